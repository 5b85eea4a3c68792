/**
 * Before the report is downloaded: what it still lacks ("报告中还有 7 处需要补充"), each gap a
 * button to its cell (or its sheet), and 下载草稿 for a version with bracketed placeholders
 * (the final text leaves those sentences out).
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportGapView } from '../report-module';
import { PANE } from '../phrases';

export interface ReportGapsProps {
  readonly gaps: readonly ReportGapView[];
  readonly busy: boolean;
  onSelectCell(sheet: string, cell: string): void;
  onDownloadDraft(): void;
}

const useStyles = makeStyles({
  box: { marginBottom: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalXS} 0` },
  list: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '12em', overflowY: 'auto' },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalXS },
  ref: { minWidth: 'auto', padding: 0, height: 'auto', fontFamily: tokens.fontFamilyMonospace },
});

export function ReportGaps(p: ReportGapsProps) {
  const s = useStyles();
  const r = PANE.report;
  if (p.gaps.length === 0) return <Caption1 data-testid="report-complete">{r.noGaps}</Caption1>;
  return (
    <section className={s.box} aria-label={r.gaps(p.gaps.length)} data-testid="report-gaps">
      <p className={s.heading} data-testid="report-gaps-count">{r.gaps(p.gaps.length)}</p>
      <ul className={s.list}>
        {p.gaps.map((g, i) => (
          <li key={i} className={s.item} data-testid="report-gap" data-cell={`${g.sheet}!${g.cell ?? ''}`}>
            <span>{g.what}</span>
            <Button appearance="transparent" size="small" className={s.ref} data-testid="report-gap-cell" onClick={() => p.onSelectCell(g.sheet, g.cell ?? 'A1')} title={PANE.selectCellTitle(`${g.sheet}!${g.cell ?? 'A1'}`)}>
              {g.cell ? `${g.sheet}!${g.cell}` : g.sheet}
            </Button>
          </li>
        ))}
      </ul>
      <Caption1>{r.gapsHint}</Caption1>{' '}
      <Button size="small" appearance="secondary" disabledFocusable={p.busy} onClick={p.onDownloadDraft} data-testid="download-draft">
        {PANE.buttons.downloadDraft}
      </Button>
    </section>
  );
}
