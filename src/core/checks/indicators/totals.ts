/**
 * Whether the indicator block's closing row is a subtotal (S05, S06, S17 read it).
 */
import { closingIsSubtotal, statedPartsSum, weightTotals } from '../../rules/indicator-total';
import type { TableContext } from '../registry-types';
import { factsOf } from './facts';

/** The indicator block's closing row sums the block only (Sichuan's 合计): see closingIsSubtotal. */
export function isSubtotal(ctx: TableContext): boolean {
  const { counted } = factsOf(ctx);
  const weights = weightTotals(ctx.table, ctx.profile, ctx.computation.funds, counted);
  return closingIsSubtotal(ctx.table, weights, statedPartsSum(counted), ctx.profile);
}
