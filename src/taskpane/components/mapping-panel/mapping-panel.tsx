/**
 * The 识别映射 view (issue #5): every table recognition found, each header column's role with
 * a dropdown to correct it, low-confidence guesses highlighted, a range field per block, and
 * 确认并保存 / 恢复自动识别; below the cards, 添加未识别的表格 (add-table.ts) when the sheets are given.
 * Workbook access only through the callbacks (props).
 */
import { useEffect, useState } from 'react';
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { Sheet } from '../../../core/grid/types';
import type { BlockKind, MappedRole, WorkbookMapping } from '../../../core/mapping/types';
import { AddTableForm } from './add-table-form';
import { addableSheetNames, withAddedTable } from './add-table';
import { confirmedMapping, draftOf, draftProblems, type MappingDraft, type RecognisedTables, withRangeText, withRole } from './draft';
import { MAPPING_PANE } from './phrases';
import { TableCard } from './table-card';

export interface MappingPanelProps {
  /** undefined = the workbook was not read yet. */
  readonly recognised: RecognisedTables | undefined;
  readonly busy: boolean;
  /** The workbook's sheets as the last 检查 read them: for 添加未识别的表格 (no form without them). */
  readonly sheets?: readonly Sheet[];
  onSave(mapping: WorkbookMapping): void;
  onReset(): void;
  onSelectCell(sheet: string, address: string): void;
}

const useStyles = makeStyles({
  intro: { display: 'block', marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  problems: { marginBottom: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function MappingPanel({ recognised, busy, sheets, onSave, onReset, onSelectCell }: MappingPanelProps) {
  const s = useStyles();
  const [draft, setDraft] = useState<MappingDraft | undefined>(() => (recognised ? draftOf(recognised) : undefined));
  // A new recognition (检查, save, reset) replaces the draft.
  useEffect(() => setDraft(recognised ? draftOf(recognised) : undefined), [recognised]);

  if (!recognised || !draft) return <Caption1 data-testid="mapping-not-checked">{MAPPING_PANE.notChecked}</Caption1>;
  const problems = draftProblems(draft);
  const bar = (
    <div className={s.bar}>
      <Button
        appearance="primary"
        disabled={busy || draft.tables.length === 0 || problems.length > 0}
        title={MAPPING_PANE.saveTitle}
        onClick={() => onSave(confirmedMapping(draft))}
        data-testid="mapping-save"
      >
        {MAPPING_PANE.buttons.save}
      </Button>
      <Button disabled={busy} title={MAPPING_PANE.resetTitle} onClick={onReset} data-testid="mapping-reset">
        {MAPPING_PANE.buttons.reset}
      </Button>
      {draft.dirty ? <span className={s.dirty} data-testid="mapping-dirty">{MAPPING_PANE.dirty}</span> : null}
    </div>
  );
  return (
    <section aria-label={MAPPING_PANE.tabs.mapping} data-testid="mapping-panel">
      <Caption1 className={s.intro}>{MAPPING_PANE.intro}</Caption1>
      {draft.tables.length === 0 ? <Caption1 data-testid="mapping-none">{MAPPING_PANE.noTables}</Caption1> : null}
      {problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" className={s.problems} data-testid="mapping-problems">
          <MessageBarBody>
            <MessageBarTitle>{MAPPING_PANE.problemsTitle}</MessageBarTitle>
            <ul className={s.list}>
              {problems.map((p, i) => <li key={i}>{p}</li>)}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {bar}
      {draft.tables.map((t, ti) => (
        <TableCard
          key={`${t.mapping.sheet}!${t.mapping.range.top}`}
          draft={draft}
          index={ti}
          disabled={busy}
          onRole={(bi, col, role: MappedRole) => setDraft((d) => (d ? withRole(d, ti, bi, col, role) : d))}
          onRangeText={(bi, text) => setDraft((d) => (d ? withRangeText(d, ti, bi, text) : d))}
          onSelectCell={onSelectCell}
        />
      ))}
      {sheets ? (
        <AddTableForm
          sheetNames={addableSheetNames(sheets)}
          disabled={busy}
          onAdd={(sheet: string, kind: BlockKind, rangeText: string) => {
            const r = withAddedTable(draft, sheets, sheet, kind, rangeText);
            if ('error' in r) return r.error;
            setDraft(r.draft);
            return undefined;
          }}
        />
      ) : null}
    </section>
  );
}
