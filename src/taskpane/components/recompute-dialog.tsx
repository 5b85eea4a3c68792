import { useEffect, useState } from 'react';
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { RecomputePreview } from '../operations';
import { PANE } from '../phrases';
import { PaneDialog } from './pane-dialog';

export interface RecomputeDialogProps {
  readonly preview: RecomputePreview | undefined;
  readonly busy: boolean;
  onApply(): void;
  onCancel(): void;
  /** A withheld cell's "fix first" finding: select its cell. */
  onSelectCell?(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `2px ${tokens.spacingHorizontalXS}`, textAlign: 'left', verticalAlign: 'top' },
  ref: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, fontFamily: tokens.fontFamilyMonospace },
  after: { fontWeight: tokens.fontWeightSemibold },
  withheld: { marginBottom: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Rows listed at first and added per 「再显示」 click. A recompute of a large workbook can change
 * thousands of cells; rendering them all made the dialog slow to open. 应用 always writes the
 * whole plan, listed or not; the count says how many.
 */
export const CHANGES_PAGE = 200;

export function RecomputeDialog(p: RecomputeDialogProps) {
  const s = useStyles();
  const r = PANE.recompute;
  const changes = p.preview?.changes ?? [];
  const withheld = p.preview?.withheld ?? [];
  const [shown, setShown] = useState(CHANGES_PAGE);
  useEffect(() => setShown(CHANGES_PAGE), [p.preview]);
  const listed = changes.length > shown ? changes.slice(0, shown) : changes;
  const rest = changes.length - listed.length;
  const valueChanges = changes.filter((c) => !c.formatOnly).length;
  const title = changes.length === 0 ? r.titleNone : valueChanges === 0 ? r.titleFormatOnly : r.title;
  return (
    <PaneDialog
      open={p.preview !== undefined}
      title={title}
      onDismiss={p.onCancel}
      testId="recompute-dialog"
      actions={
        <>
          {changes.length > 0 ? (
            <Button appearance="primary" onClick={p.onApply} disabledFocusable={p.busy} data-testid="apply">
              {PANE.buttons.apply}
            </Button>
          ) : null}
          <Button appearance="secondary" onClick={p.onCancel} disabledFocusable={p.busy} data-testid="recompute-cancel">
            {changes.length === 0 ? PANE.buttons.close : PANE.buttons.cancel}
          </Button>
        </>
      }
    >
      {withheld.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" className={s.withheld} data-testid="recompute-withheld">
          <MessageBarBody>
            <MessageBarTitle>{r.withheldTitle}</MessageBarTitle>
            <ul className={s.list}>
              {withheld.map((w) => (
                <li key={`${w.sheet}!${w.address}`} data-testid="withheld" data-cell={`${w.sheet}!${w.address}`}>
                  {r.withheld(w.what, `${w.sheet}!${w.address}`, w.reason)}
                  {w.fixFirst?.cell && p.onSelectCell ? (
                    <>
                      {' '}
                      <Button appearance="transparent" size="small" onClick={() => p.onSelectCell?.(w.fixFirst!.sheet, w.fixFirst!.cell!)} data-testid="withheld-fix">
                        {r.fixFirst(`${w.fixFirst.sheet}!${w.fixFirst.cell}`)}
                      </Button>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {changes.length === 0 ? (
        <p data-testid="recompute-none">{r.none}</p>
      ) : (
        <>
          <p data-testid="recompute-count">{r.count(changes.length, changes.length - valueChanges)}</p>
          <table className={s.table} data-testid="recompute-changes">
            <thead>
              <tr>
                <th className={s.cell} scope="col">{r.columns.cell}</th>
                <th className={s.cell} scope="col">{r.columns.before}</th>
                <th className={s.cell} scope="col">{r.columns.after}</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((c) => (
                <tr key={`${c.sheet}!${c.address}`} data-testid="change" data-cell={`${c.sheet}!${c.address}`} data-format-only={c.formatOnly ? 'true' : undefined}>
                  <td className={s.cell}>
                    <span data-testid="change-label">{c.label}</span>
                    {c.formatOnly ? (
                      <>
                        {' '}
                        <Badge appearance="outline" color="informative" size="small" title={r.formatOnlyTitle} data-testid="format-only">{r.formatOnly}</Badge>
                      </>
                    ) : null}
                    <span className={s.ref}>{`${c.sheet}!${c.address}`}</span>
                  </td>
                  <td className={s.cell}>{c.before}</td>
                  <td className={`${s.cell} ${s.after}`}>{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rest > 0 ? (
            <Button appearance="subtle" size="small" data-testid="recompute-more" onClick={() => setShown((n) => n + CHANGES_PAGE)}>
              {r.more(Math.min(CHANGES_PAGE, rest), rest)}
            </Button>
          ) : null}
        </>
      )}
    </PaneDialog>
  );
}
