/**
 * RULES §3 funds computations: 执行率, 资金得分 and 占比, exact (decimal.js, ROUND_HALF_UP).
 * - 执行率 = 全年执行数 ÷ basis (profile `budgetBasis`; lettered columns override), exact
 *   ratio per row that has its own columns; undefined for a zero/blank basis (F08).
 * - 资金得分 = 分值 × min(执行率, 100%) from the exact rate, rounded half-up once to 2
 *   decimals; 分值 = the stated funds-row weight, else profile `fundsWeight`. No floor.
 * - Amounts are returned in 万元 (元 converted exactly, after reading; F01 sums in the table's unit).
 * Unreadable or negative amounts are left out (P01 reports them), so no negative rate or score.
 */
import { Dec, ONE, minDec, roundHalfUp } from '../money/decimal';
import type { EvaluationTable, FundsRow, AmountUnit } from '../model';
import type { ScoringProfile } from './profile';
import type { FundsComputation, FundsRowAmounts, ShareComputation } from './computed';
import { amountOf, resolveBasis, resolveWeight, toWan, totalRowIndex } from './funds-amounts';
import { computeShare } from './funds-share';

/** executed ÷ budget, exact ratio; undefined when the budget is zero (no rate for a zero budget). */
export function executionRateOf(executed: Dec, budget: Dec): Dec | undefined {
  return budget.isZero() ? undefined : executed.dividedBy(budget);
}

/** 分值 × min(rate, 100%), rounded half-up to 2 decimals once (rate exact, ratio ≥ 0). */
export function fundScoreOf(weight: Dec, rate: Dec): Dec {
  return roundHalfUp(weight.times(minDec(rate, ONE)), 2);
}

/** The unrounded score, for the "within 0.000001" tolerance of RULES §4. */
export function exactFundScoreOf(weight: Dec, rate: Dec): Dec {
  return weight.times(minDec(rate, ONE));
}

export function computeFunds(table: EvaluationTable, profile: ScoringProfile): FundsComputation | undefined {
  const block = table.funds;
  if (!block) return undefined;
  const basis = resolveBasis(block, profile);
  const rows = block.rows.map((r) => rowAmounts(r, block.unit, basis.column));
  const ti = totalRowIndex(block);
  const executionRate = ti >= 0 ? rows[ti].executionRate : undefined;
  const weight = resolveWeight(block, profile);
  const fundScore = executionRate && weight.usable ? fundScoreOf(weight.value, executionRate) : undefined;
  const shares: ShareComputation[] = [];
  for (const s of block.shares) {
    const c = computeShare(block, s);
    if (c) shares.push(c);
  }
  return {
    basis: basis.basis,
    weight: weight.value,
    ...(executionRate ? { executionRate } : {}),
    ...(fundScore ? { fundScore } : {}),
    rows,
    shares,
  };
}

function rowAmounts(row: FundsRow, unit: AmountUnit, basisColumn: 'initialBudget' | 'adjustedBudget'): FundsRowAmounts {
  const initial = amountOf(row.initialBudget, unit);
  const adjusted = amountOf(row.adjustedBudget, unit);
  const executed = amountOf(row.executed, unit);
  const single = amountOf(row.single, unit);
  const budget = basisColumn === 'initialBudget' ? initial : adjusted;
  const rate = executed && budget ? executionRateOf(executed, budget) : undefined;
  return {
    role: row.role,
    ...(initial ? { initialBudget: toWan(initial, unit) } : {}),
    ...(adjusted ? { adjustedBudget: toWan(adjusted, unit) } : {}),
    ...(executed ? { executed: toWan(executed, unit) } : {}),
    ...(single ? { single: toWan(single, unit) } : {}),
    ...(rate ? { executionRate: rate } : {}),
  };
}
