import { Badge, Button, Caption1, CounterBadge, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/findings';
import { ruleTitle } from '../../core/findings';
import { PANE } from '../phrases';

export type SeverityFilter = Severity | 'all';

export interface FindingsPanelProps {
  /** undefined = not checked yet. */
  readonly findings: readonly Finding[] | undefined;
  readonly filter: SeverityFilter;
  onFilter(filter: SeverityFilter): void;
  onSelectCell(sheet: string, cell: string): void;
  /** Findings of a Word report: where each is, as text (表1!D3（heading）, 第N段：“…”), instead of a cell to select. */
  readonly placeOf?: (f: Finding) => string | undefined;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const COUNTER_COLOR = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalS },
  group: { marginBottom: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  message: { wordBreak: 'break-word' },
  cell: { minWidth: 'auto', padding: 0, height: 'auto', fontFamily: tokens.fontFamilyMonospace },
});

export function FindingsPanel(p: FindingsPanelProps) {
  const s = useStyles();
  if (!p.findings) return <Caption1>{PANE.empty.notChecked}</Caption1>;
  if (p.findings.length === 0) return <Caption1 data-testid="no-findings">{PANE.empty.noFindings}</Caption1>;
  const counts = { error: 0, warning: 0, info: 0 } as Record<Severity, number>;
  for (const f of p.findings) counts[f.severity] += 1;
  const shown = SEVERITIES.filter((sev) => p.filter === 'all' || p.filter === sev);
  return (
    <section aria-label={PANE.summary(p.findings.length)}>
      <div className={s.filters}>
        <ToggleButton size="small" checked={p.filter === 'all'} onClick={() => p.onFilter('all')} data-testid="filter-all">
          {PANE.filterAll} {p.findings.length}
        </ToggleButton>
        {SEVERITIES.map((sev) => (
          <ToggleButton key={sev} size="small" checked={p.filter === sev} onClick={() => p.onFilter(sev)} data-testid={`filter-${sev}`}>
            {PANE.severity[sev]} {counts[sev]}
          </ToggleButton>
        ))}
      </div>
      {shown.map((sev) => {
        const list = p.findings!.filter((f) => f.severity === sev);
        return (
          <div key={sev} className={s.group} data-testid={`group-${sev}`}>
            <div className={s.heading}>
              {PANE.severity[sev]}
              <CounterBadge count={list.length} showZero color={COUNTER_COLOR[sev]} data-testid={`count-${sev}`} />
            </div>
            {list.length === 0 ? (
              <Caption1>{PANE.empty.noneOfSeverity}</Caption1>
            ) : (
              <ul className={s.list}>
                {list.map((f, i) => (
                  <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`} className={s.item} data-testid="finding" data-rule={f.rule} data-severity={f.severity} data-sheet={f.sheet ?? ''} data-cell={f.cell ?? ''}>
                    <Badge appearance="tint" color={BADGE_COLOR[sev]} title={ruleTitle(f.rule)} data-testid="finding-badge">{f.rule}</Badge>
                    <div>
                      <div className={s.message}>{f.message}</div>
                      {p.placeOf ? (
                        <Caption1 data-testid="finding-place">{p.placeOf(f)}</Caption1>
                      ) : f.sheet && f.cell ? (
                        <Button
                          appearance="transparent"
                          size="small"
                          className={s.cell}
                          title={PANE.selectCellTitle(PANE.findingCell(f.sheet, f.cell))}
                          onClick={() => p.onSelectCell(f.sheet as string, f.cell as string)}
                          data-testid="finding-cell"
                        >
                          {PANE.findingCell(f.sheet, f.cell)}
                        </Button>
                      ) : f.file ? (
                        <Caption1>{f.file}{f.paragraph !== undefined ? ` 第${f.paragraph}段` : ''}</Caption1>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
