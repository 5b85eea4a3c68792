/**
 * 占比 (share) of RULES §3: part ÷ whole on the ShareField's basis, exact ratio. Every share
 * names its denominator (the whole row and the figure compared).
 *
 * One basis (RULES §3, issue 12 point 4): a breakdown's share of the total is taken of the
 * breakdown's own sum — 基本支出 and 项目支出 ÷ (基本支出 + 项目支出), income sources ÷ their sum —
 * so the two add to 100 % even where that sum ≠ 全年执行数 (F01 reports the 口径). The plan, the
 * checks (F05) and the report all read shares from here.
 */
import { ZERO, type Dec } from '../money/decimal';
import type { FundsBlock, FundsRow, FundsRowRole, ShareField } from '../model';
import { figureState, singleColumnOf, toWan, type AmountColumn, type AmountState } from './funds-amounts';
import type { ShareComputation } from './computed';

/** The column a share's figure is read from, for the part row and for the whole row. */
export function shareColumns(share: ShareField, part: FundsRow): { readonly part: AmountColumn; readonly whole: AmountColumn } | undefined {
  if (share.basis !== 'single') return { part: share.basis, whole: share.basis };
  // A 'single' share compares figures on the part's group basis (income: 全年预算数, expenditure: 全年执行数).
  const c = singleColumnOf(part.group);
  return c ? { part: c, whole: c } : undefined;
}

export interface ShareFigures {
  readonly partRow: FundsRow;
  readonly wholeRow: FundsRow;
  readonly column: AmountColumn;
  readonly part: AmountState;
  readonly whole: AmountState;
  /** The rows whose sum is the denominator (the breakdown's own sum); undefined when it is `wholeRow`. */
  readonly wholeParts?: readonly FundsRowRole[];
}

const EXPENDITURE_BY_NATURE: readonly FundsRowRole[] = ['basicSpending', 'projectSpending'];
const COST_ROLES: ReadonlySet<FundsRowRole> = new Set(['personnelCosts', 'operatingCosts']);

/** The rows of the breakdown `part` belongs to (itself included), when its share is of the total. */
function breakdownOf(block: FundsBlock, part: FundsRow): FundsRow[] {
  if (EXPENDITURE_BY_NATURE.includes(part.role)) return block.rows.filter((r) => EXPENDITURE_BY_NATURE.includes(r.role));
  if (part.group === 'income') return block.rows.filter((r) => r.group === 'income' && !COST_ROLES.has(r.role));
  return [part];
}

/** Σ of the rows' figures in `column`; a blank row counts 0; undefined when one is unusable or all are blank. */
function breakdownSum(rows: readonly FundsRow[], column: AmountColumn, block: FundsBlock): AmountState {
  let sum: Dec = ZERO;
  let any = false;
  for (const r of rows) {
    const st = figureState(r, column, block.unit);
    if (st.kind === 'bad') return st;
    if (st.kind === 'value') {
      sum = sum.plus(st.value);
      any = true;
    }
  }
  const field = figureState(rows[0], column, block.unit);
  return any && field.kind === 'value' ? { kind: 'value', value: sum, field: field.field } : { kind: 'blank' };
}

/** The two figures of a share, in the block's unit; undefined when a row is missing. */
export function shareFigures(block: FundsBlock, share: ShareField): ShareFigures | undefined {
  const partRow = block.rows.find((r) => r.role === share.part);
  const wholeRow = block.rows.find((r) => r.role === share.whole);
  if (!partRow || !wholeRow) return undefined;
  const cols = shareColumns(share, partRow);
  if (!cols) return undefined;
  const part = figureState(partRow, cols.part, block.unit);
  if (share.whole === 'total') {
    const siblings = breakdownOf(block, partRow);
    if (siblings.length > 1) {
      return { partRow, wholeRow, column: cols.part, part, whole: breakdownSum(siblings, cols.whole, block), wholeParts: siblings.map((r) => r.role) };
    }
  }
  return { partRow, wholeRow, column: cols.part, part, whole: figureState(wholeRow, cols.whole, block.unit) };
}

/**
 * The share computation (amounts in 万元, ratio exact); undefined when a figure is blank or
 * unusable. `value` is undefined when the whole is zero.
 */
export function computeShare(block: FundsBlock, share: ShareField): ShareComputation | undefined {
  const f = shareFigures(block, share);
  if (!f || f.part.kind !== 'value' || f.whole.kind !== 'value') return undefined;
  const partAmount: Dec = toWan(f.part.value, block.unit);
  const wholeAmount: Dec = toWan(f.whole.value, block.unit);
  const base = { part: share.part, whole: share.whole, partAmount, wholeAmount, ...(f.wholeParts ? { wholeParts: f.wholeParts } : {}) };
  // The ratio is unit-free: divide the table's own figures (no conversion in between).
  return f.whole.value.isZero() ? base : { ...base, value: f.part.value.dividedBy(f.whole.value) };
}
