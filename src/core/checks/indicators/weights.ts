/**
 * The indicator weights as S01, S02, S05 and S06 read them: per 一级 sums, whether the table
 * states weights at all, and whether S01's main check fires.
 */
import { Dec, ZERO, decEq, decOf } from '../../money/decimal';
import { level1Key } from '../../rules/indicator-fields';
import { normalizeLevel2 } from '../../grid/text';
import { weightTotals } from '../../rules/indicator-total';
import { indicatorWeightSums } from '../../rules/indicator-weights';
import type { IndicatorEvaluation } from '../../rules/indicator-eval';
import type { TableContext } from '../registry-types';
import { factsOf } from './facts';

/** Σ valid weights of rows whose 一级 matches `label` (sameLabel); undefined when one is unparseable. */
export function groupWeight(rows: readonly IndicatorEvaluation[], label: string): { sum: Dec; rows: readonly IndicatorEvaluation[] } | undefined {
  const g = indicatorWeightSums(rows).groups.get(normalizeLevel2(level1Key(label)));
  if (!g) return { sum: ZERO, rows: [] };
  if (g.invalid) return undefined;
  return { sum: g.sum, rows: g.rows };
}

/**
 * The indicator block states weights: it has a 分值/权重 column (or 一级 label weights). Local
 * forms without one (`年度绩效目标 (80分)` over 一级 | 二级 | 三级 | 目标值 | 完成值 | 得分) leave the
 * weights unstated — S01's total and S02's per-一级 sums are not checked there.
 */
export function statesIndicatorWeights(ctx: TableContext): boolean {
  const block = ctx.table.indicators;
  return block !== undefined && (block.columns.weight !== undefined || block.level1Weights.length > 0);
}

/** True when S01's main check fires (also read by S06 to explain why no grade). */
export function weightTotalOff(ctx: TableContext): boolean {
  // A form without a 分值 column states no indicator weights: their total is unknown, not 0.
  if (!statesIndicatorWeights(ctx)) return false;
  const { counted } = factsOf(ctx);
  const w = weightTotals(ctx.table, ctx.profile, ctx.computation.funds, counted);
  if (!w.complete) return false;
  if (ctx.profile.normalizeTo100 && factsOf(ctx).all.some((e) => e.shape === 'indicator' && e.notApplicable)) return false;
  return !decEq(w.all, decOf(ctx.profile.weightTotal));
}
