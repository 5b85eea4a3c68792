/** What every funds rule starts from: the block, its computation and the basis in use. */
import type { FundsBlock, FundsRow } from '../../model';
import type { FundsComputation, FundsRowAmounts } from '../../rules/computed';
import { amountState, isNotApplicableFundsRow, resolveBasis, type ResolvedBasis, type AmountState } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { COLUMN_NAMES } from '../phrases-funds';

export interface FundsContext {
  readonly sheet: string;
  readonly block: FundsBlock;
  readonly funds: FundsComputation;
  readonly basis: ResolvedBasis;
  /** The name of the basis in messages: 全年预算数 / 年初预算数. */
  readonly basisName: string;
}

export function fundsContext(ctx: TableContext): FundsContext | undefined {
  const block = ctx.table.funds;
  const funds = ctx.computation.funds;
  if (!block || !funds) return undefined;
  const basis = resolveBasis(block, ctx.profile);
  return { sheet: ctx.table.sheet, block, funds, basis, basisName: COLUMN_NAMES[basis.column] };
}

/** The computed amounts of a row (same index as the block's rows; matched by role otherwise). */
export function amountsOf(fc: FundsContext, index: number): FundsRowAmounts | undefined {
  const row = fc.block.rows[index];
  const byIndex = fc.funds.rows[index];
  if (byIndex && byIndex.role === row.role) return byIndex;
  return fc.funds.rows.find((r) => r.role === row.role);
}

/** The row's budget figure on the basis in use (only rows with their own columns have one). */
export function basisState(fc: FundsContext, row: FundsRow): AmountState {
  // The row's own cell (figureState without the single figure), without copying the row.
  return amountState(row[fc.basis.column], fc.block.unit, isNotApplicableFundsRow(row));
}

/** True when the row's budget on the basis is zero or blank while its cell is readable: no rate applies (F08). */
export function zeroOrBlankBase(fc: FundsContext, row: FundsRow): { readonly zero: boolean; readonly blank: boolean } {
  const s = basisState(fc, row);
  if (s.kind === 'value') return { zero: s.value.isZero(), blank: false };
  return { zero: false, blank: s.kind === 'blank' };
}
