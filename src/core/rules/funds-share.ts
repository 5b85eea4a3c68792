/**
 * 占比 (share) of SPEC §3: part ÷ whole on the ShareField's basis, exact ratio. Every share
 * names its denominator (the whole row and the figure compared).
 */
import type { Dec } from '../money/decimal';
import type { FundsBlock, FundsRow, ShareField } from '../model';
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
}

/** The two figures of a share, in the block's unit; undefined when a row is missing. */
export function shareFigures(block: FundsBlock, share: ShareField): ShareFigures | undefined {
  const partRow = block.rows.find((r) => r.role === share.part);
  const wholeRow = block.rows.find((r) => r.role === share.whole);
  if (!partRow || !wholeRow) return undefined;
  const cols = shareColumns(share, partRow);
  if (!cols) return undefined;
  return { partRow, wholeRow, column: cols.part, part: figureState(partRow, cols.part, block.unit), whole: figureState(wholeRow, cols.whole, block.unit) };
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
  const base = { part: share.part, whole: share.whole, partAmount, wholeAmount };
  // The ratio is unit-free: divide the table's own figures (no conversion in between).
  return f.whole.value.isZero() ? base : { ...base, value: f.part.value.dividedBy(f.whole.value) };
}
