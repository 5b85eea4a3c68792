/**
 * One recognised table in the 识别映射 view: sheet, range, kind, confidence, and per block the
 * range field and every header column with its role (a dropdown) and confidence. Guesses are
 * highlighted. Pure presentation: changes go up through the callbacks.
 */
import { Badge, Caption1, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { columnLetters } from '../../../core/grid/a1';
import { rangeToA1 } from '../../../core/grid/a1';
import { MAPPING_PHRASES } from '../../../core/mapping/phrases';
import { roleChoices, roleName } from '../../../core/mapping/roles';
import type { MappedRole } from '../../../core/mapping/types';
import { blockRange, confidenceLevel, type DraftTable, type MappingDraft, isLowConfidence } from './draft';
import { PANE } from '../../phrases';
import { MAPPING_PANE } from './phrases';

export interface TableCardProps {
  readonly draft: MappingDraft;
  readonly index: number;
  readonly disabled: boolean;
  onRole(block: number, col: number, role: MappedRole): void;
  onRangeText(block: number, text: string): void;
  onSelectCell(sheet: string, address: string): void;
}

const LEVEL_COLOR = { high: 'success', medium: 'warning', low: 'danger' } as const;

const useStyles = makeStyles({
  card: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalXS} 0` },
  block: { marginTop: tokens.spacingVerticalS },
  blockTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXS },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px' },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', verticalAlign: 'middle', wordBreak: 'break-all' },
  low: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  address: { fontFamily: tokens.fontFamilyMonospace, background: 'none', border: 'none', padding: 0, color: tokens.colorBrandForeground1, cursor: 'pointer' },
  select: { minWidth: '140px' },
});

export function TableCard({ draft, index, disabled, onRole, onRangeText, onSelectCell }: TableCardProps) {
  const s = useStyles();
  const t: DraftTable = draft.tables[index];
  const m = t.mapping;
  const level = confidenceLevel(m.confidence);
  return (
    <section className={s.card} data-testid="mapping-table" data-sheet={m.sheet} data-range={rangeToA1(m.range)} aria-label={MAPPING_PANE.tableHeading(index + 1, m.sheet)}>
      <div className={s.heading}>
        <span>{MAPPING_PANE.tableHeading(index + 1, m.sheet)}</span>
        <Badge appearance="tint" color="brand" data-testid="table-kind">{t.kind ? MAPPING_PANE.kind[t.kind] : MAPPING_PANE.kindUnknown}</Badge>
        {m.confirmed ? <Badge appearance="filled" color="success" data-testid="table-confirmed">{MAPPING_PANE.confirmed}</Badge> : null}
      </div>
      <div className={s.meta}>
        <span data-testid="table-range">{MAPPING_PANE.tableRange(rangeToA1(m.range))}</span>
        <Badge appearance="outline" color={LEVEL_COLOR[level]} data-testid="table-confidence" data-level={level}>
          {MAPPING_PANE.confidence(MAPPING_PANE.level[level], m.confidence)}
        </Badge>
      </div>
      {m.blocks.map((b, bi) => {
        const check = blockRange(draft, index, bi);
        return (
          <div key={`${b.kind}-${b.headerTop}`} className={s.block} data-testid="mapping-block" data-kind={b.kind}>
            <div className={s.blockTitle}>
              {MAPPING_PHRASES.blockName[b.kind]}
              <Caption1>{MAPPING_PANE.headerRows(b.headerTop + 1, b.headerBottom + 1)}</Caption1>
              {b.rangeSource === 'user' ? <Badge appearance="tint" color="informative">{MAPPING_PANE.rangeUser}</Badge> : null}
            </div>
            <Field
              label={MAPPING_PANE.rangeLabel}
              size="small"
              validationState={check.error ? 'error' : 'none'}
              validationMessage={check.error ?? MAPPING_PANE.rangeHint}
            >
              <Input
                size="small"
                value={t.rangeTexts[bi]}
                disabled={disabled}
                onChange={(_e, d) => onRangeText(bi, d.value)}
                data-testid="block-range"
              />
            </Field>
            <table className={s.table}>
              <thead>
                <tr>
                  <th className={s.th}>{MAPPING_PANE.columns.col}</th>
                  <th className={s.th}>{MAPPING_PANE.columns.header}</th>
                  <th className={s.th}>{MAPPING_PANE.columns.role}</th>
                  <th className={s.th}>{MAPPING_PANE.columns.confidence}</th>
                </tr>
              </thead>
              <tbody>
                {b.columns.map((c) => {
                  const low = isLowConfidence(c);
                  const cl = confidenceLevel(c.confidence);
                  const header = c.header === '' ? MAPPING_PANE.blankHeader : c.header;
                  return (
                    <tr key={c.col} className={low ? s.low : undefined} data-testid="mapping-column" data-address={c.address} data-role={c.role} data-low={low ? 'true' : undefined}>
                      <td className={s.td}>
                        <button type="button" className={s.address} title={PANE.selectCellTitle(PANE.findingCell(m.sheet, c.address))} onClick={() => onSelectCell(m.sheet, c.address)} data-testid="column-cell">
                          {columnLetters(c.col)}
                        </button>
                      </td>
                      <td className={s.td}>{header}</td>
                      <td className={s.td}>
                        <Select
                          size="small"
                          className={s.select}
                          value={c.role}
                          disabled={disabled}
                          aria-label={`${MAPPING_PANE.columns.role}：${columnLetters(c.col)} ${header}`}
                          onChange={(_e, d) => onRole(bi, c.col, d.value as MappedRole)}
                          data-testid="role-select"
                        >
                          {roleChoices(b.kind).map((r) => (
                            <option key={r} value={r}>{roleName(b.kind, r)}</option>
                          ))}
                        </Select>
                      </td>
                      <td className={s.td}>
                        {c.source === 'user' ? (
                          <Badge appearance="tint" color="success">{MAPPING_PANE.confirmed}</Badge>
                        ) : (
                          <Badge appearance="tint" color={LEVEL_COLOR[cl]} title={String(c.confidence)}>
                            {MAPPING_PANE.level[cl]}{low ? ` · ${MAPPING_PANE.lowGuess}` : ''}
                          </Badge>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
