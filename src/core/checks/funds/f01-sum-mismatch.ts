/**
 * F01 SUM_MISMATCH (RULES §4, basis of §2.1): a total ≠ the sum of its parts.
 * Breakdowns: 按收入性质 (all income rows) vs 年度资金总额; 基本支出 + 项目支出 vs 年度资金总额;
 * 人员经费 + 公用经费 vs 基本支出. Checked column by column (年初 / 全年 / 执行); in the Hunan
 * single-figure layout a breakdown's label figure counts only in its basis column (income →
 * 全年预算数, expenditure → 全年执行数), so the same loop serves both layouts.
 * Sums are exact, in the table's own unit (元 summed before any conversion).
 * When a breakdown is checked (documented decision):
 *   - the total figure is a usable number;
 *   - the breakdown is complete in the table: ≥ 2 income rows; both 基本支出 and 项目支出 rows;
 *     both 人员经费 and 公用经费 rows (a lone `其中：` row is a partial listing, not a breakdown);
 *   - no part is unreadable or negative (P01 reports it; no cascade);
 *   - at least one part has a non-zero figure in that column — a breakdown with no figures
 *     (or only zeros marking "none") is not filled in and not checked; otherwise blank parts
 *     count as zero (the seed's blank 政府性基金拨款：).
 * Severity: |sum − total| ≤ 0.01 万元 × (figures − 1) → info 尾差; else a sum equal (at 2
 * decimals) to another shown figure → warning 口径不一致 naming both (seed: 586.11 + 376.23 =
 * 962.34 = 一般公共预算, not the 1186.19 total); else error.
 */
import { Dec, roundHalfUp, sumDec, TEN_THOUSAND } from '../../money/decimal';
import type { Finding } from '../../findings';
import type { FundsRow, FundsRowRole, NumberField } from '../../model';
import { AMOUNT_COLUMNS, figureField, figureState, type AmountColumn, type AmountState } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { BREAKDOWN_NAMES, COLUMN_NAMES, ROW_NAMES, fundsPhrases, partsText } from '../phrases-funds';
import { amountText } from './tolerance';
import { fundsContext, type FundsContext } from './context';
import { defineRule } from '../define-rule';

type BreakdownKey = keyof typeof BREAKDOWN_NAMES;

interface Breakdown {
  readonly key: BreakdownKey;
  readonly total: FundsRow;
  readonly parts: readonly FundsRow[];
}

const WAN_TAIL = new Dec('0.01');

function byRole(rows: readonly FundsRow[], role: FundsRowRole): FundsRow | undefined {
  return rows.find((r) => r.role === role);
}

/** The breakdowns the block contains completely enough to check. */
function breakdownsOf(rows: readonly FundsRow[]): Breakdown[] {
  const out: Breakdown[] = [];
  const total = byRole(rows, 'total');
  const income = rows.filter((r) => r.group === 'income');
  if (total && income.length >= 2) out.push({ key: 'income', total, parts: income });
  const basic = byRole(rows, 'basicSpending');
  const project = byRole(rows, 'projectSpending');
  if (total && basic && project) out.push({ key: 'expenditure', total, parts: [basic, project] });
  const personnel = byRole(rows, 'personnelCosts');
  const operating = byRole(rows, 'operatingCosts');
  if (basic && personnel && operating) out.push({ key: 'basic', total: basic, parts: [personnel, operating] });
  return out;
}

/** `基本支出` for a label figure, `年度资金总额全年执行数` for a column cell. */
function figureNameOf(row: FundsRow, column: AmountColumn, field: NumberField | undefined): string {
  return field && field === row.single ? ROW_NAMES[row.role] : `${ROW_NAMES[row.role]}${COLUMN_NAMES[column]}`;
}

/** Another shown figure equal to the sum (at 2 decimals), excluding the compared total and the parts. */
function otherFigureEqualTo(fc: FundsContext, b: Breakdown, column: AmountColumn, sum: Dec): { name: string; value: Dec } | undefined {
  const target = roundHalfUp(sum, 2);
  const compared = figureField(b.total, column);
  const ordered = [b.total, ...fc.block.rows.filter((r) => r !== b.total)];
  const seen = new Set<NumberField>();
  for (const row of ordered) {
    if (b.parts.includes(row)) continue;
    for (const c of AMOUNT_COLUMNS) {
      const s = figureState(row, c, fc.block.unit);
      if (s.kind !== 'value' || s.field === compared || seen.has(s.field) || s.value.isZero()) continue;
      seen.add(s.field);
      if (roundHalfUp(s.value, 2).equals(target)) return { name: figureNameOf(row, c, s.field), value: s.value };
    }
  }
  return undefined;
}

function checkBreakdown(fc: FundsContext, b: Breakdown, column: AmountColumn): Finding | undefined {
  const unit = fc.block.unit;
  const total = figureState(b.total, column, unit);
  if (total.kind !== 'value') return undefined;
  const states = b.parts.map((p) => ({ row: p, state: figureState(p, column, unit) }));
  // An unreadable part, or a mark amid a row's figures, is P01's (no cascade).
  if (states.some((s) => s.state.kind === 'bad')) return undefined;
  const given = states.filter((s) => s.state.kind === 'value');
  if (!given.some((s) => s.state.kind === 'value' && !s.state.value.isZero())) return partsAllEmpty(fc, b, column, total, states);
  const values = given.map((s) => (s.state.kind === 'value' ? s.state.value : new Dec(0)));
  const sum = sumDec(values);
  const diff = sum.minus(total.value);
  if (diff.isZero()) return undefined;

  const totalName = figureNameOf(b.total, column, total.field);
  const parts = partsText(given.map((s, i) => ({ name: ROW_NAMES[s.row.role], amount: amountText(values[i]) })));
  const breakdown = BREAKDOWN_NAMES[b.key];
  const sumText = amountText(sum);
  const totalText = amountText(total.value);
  const diffText = amountText(diff.abs());
  const sheet = fc.sheet;

  // 尾差: 0.01 万元 per additional part (RULES §4), expressed in the table's unit.
  const perPart = unit === 'yuan' ? WAN_TAIL.times(TEN_THOUSAND) : WAN_TAIL;
  const tolerance = perPart.times(given.length - 1);
  if (diff.abs().lessThanOrEqualTo(tolerance)) {
    return F01.finding({
      severity: 'info', sheet, cell: total.field.cell.address,
      message: fundsPhrases.sumRounding(totalName, totalText, breakdown, parts, sumText, diffText, amountText(tolerance), unit),
      expected: sumText, actual: totalText,
    });
  }
  const other = otherFigureEqualTo(fc, b, column, sum);
  if (other) {
    const first = given[0].state.kind === 'value' ? given[0].state.field : total.field;
    return F01.finding({
      severity: 'warning', sheet, cell: first.cell.address,
      message: fundsPhrases.sumBasis(totalName, totalText, breakdown, parts, sumText, other.name, amountText(other.value), unit),
      expected: totalText, actual: sumText,
    });
  }
  return F01.finding({
    sheet, cell: total.field.cell.address,
    message: fundsPhrases.sumMismatch(totalName, totalText, breakdown, parts, sumText, diffText, unit),
    expected: sumText, actual: totalText,
  });
}

/**
 * A non-zero total whose listed parts are all zero, blank or marked not applicable (a documented
 * special case of F01, docs/RULES.md §4): a warning, since the reviewer would ask where the money
 * is. Only parts that have a cell in the column count as listed (single-figure breakdowns have
 * none outside their basis column); a zero total with empty parts is a table not broken down.
 */
function partsAllEmpty(
  fc: FundsContext,
  b: Breakdown,
  column: AmountColumn,
  total: Extract<AmountState, { kind: 'value' }>,
  states: ReadonlyArray<{ readonly row: FundsRow; readonly state: AmountState }>,
): Finding | undefined {
  // Listed parts: at least one holds an explicit 0 or a not-applicable mark (a breakdown left
  // wholly blank was not filled in: no finding on what was not filled).
  const listed = states.some((s) => s.state.kind === 'value' || (s.state.kind === 'blank' && s.state.mark === true));
  if (total.value.isZero() || !listed) return undefined;
  const totalName = figureNameOf(b.total, column, total.field);
  return F01.finding({
    severity: 'warning', sheet: fc.sheet, cell: total.field.cell.address,
    message: fundsPhrases.partsEmpty(totalName, amountText(total.value), BREAKDOWN_NAMES[b.key], fc.block.unit),
    expected: amountText(total.value), actual: '0',
  });
}

export const F01 = defineRule({
  code: 'F01',
  name: 'SUM_MISMATCH',
  title: '合计不符',
  severity: 'error',
  kind: 'funds',
  meaning: '合计数不等于各分项之和（资金来源、基本支出+项目支出、人员经费+公用经费等）',
  params: [],
  messages: { partsEmpty: fundsPhrases.partsEmpty, sumBasis: fundsPhrases.sumBasis, sumMismatch: fundsPhrases.sumMismatch, sumRounding: fundsPhrases.sumRounding },
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    if (!fc) return [];
    const out: Finding[] = [];
    for (const b of breakdownsOf(fc.block.rows)) {
      for (const c of AMOUNT_COLUMNS) {
        const f = checkBreakdown(fc, b, c);
        if (f) out.push(f);
      }
    }
    return out;
  },
});
