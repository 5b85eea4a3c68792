/**
 * 总分 and 等级 (SPEC §3): 总分 = 资金得分 + Σ 指标得分, summing the 2-decimal figures (computed
 * where computable, else stated); 等级 by profile.gradeBands, not evaluated when the weights do
 * not total profile.weightTotal (S01) or 总分 > 100. Options: 按百分制折算 (normalizeTo100) and
 * the execution-rate caps (executionRateCaps). All points, exact Decimals.
 */
import { Dec, ZERO, HUNDRED, roundHalfUp, sumDec, minDec } from '../money/decimal';
import type { EvaluationTable, FundsRow } from '../model';
import type { ScoringProfile } from './profile';
import type { FundsComputation } from './computed';
import type { IndicatorEvaluation } from './indicator-eval';
import { evaluateIndicatorRow } from './indicator-eval';
import { number2, numberOf, isInvalidNumber } from './indicator-fields';
import { gradeFor } from './grade';

/** The funds block's total row (年度资金总额 / 总额), if any. */
export function fundsTotalRow(table: EvaluationTable): FundsRow | undefined {
  return table.funds?.rows.find((r) => r.role === 'total');
}

/** Every indicator row of the table, evaluated (empty rows included, shape says so). */
export function evaluateTableIndicators(table: EvaluationTable, profile: ScoringProfile): IndicatorEvaluation[] {
  return (table.indicators?.rows ?? []).map((r) => evaluateIndicatorRow(r, profile));
}

/** Rows that count: real indicators, minus 不适用 rows under normalizeTo100. */
export function countedRows(evals: readonly IndicatorEvaluation[], profile: ScoringProfile): IndicatorEvaluation[] {
  return evals.filter((e) => e.shape === 'indicator' && !(profile.normalizeTo100 && e.notApplicable));
}

export interface WeightTotals {
  /** 分值 of the funds row: stated, else the computation's, else profile.fundsWeight; 0 without a funds block. */
  readonly fundsWeight?: Dec;
  /** Σ indicator 分值 (valid numbers only). */
  readonly indicatorWeights: Dec;
  /** funds + indicators. */
  readonly all: Dec;
  /** No weight cell was unparseable (otherwise the sum is not known). */
  readonly complete: boolean;
}

export function fundsWeightOf(table: EvaluationTable, profile: ScoringProfile, funds: FundsComputation | undefined): Dec | undefined {
  if (!table.funds) return funds?.weight;
  const row = fundsTotalRow(table);
  if (isInvalidNumber(row?.weight)) return undefined;
  return numberOf(row?.weight) ?? funds?.weight ?? new Dec(profile.fundsWeight);
}

export function weightTotals(table: EvaluationTable, profile: ScoringProfile, funds: FundsComputation | undefined, rows: readonly IndicatorEvaluation[]): WeightTotals {
  const fundsWeight = fundsWeightOf(table, profile, funds);
  const weights = rows.map((e) => numberOf(e.row.weight)).filter((w): w is Dec => w !== undefined);
  const indicatorWeights = sumDec(weights);
  const fundsInvalid = table.funds !== undefined && fundsWeight === undefined;
  const complete = !fundsInvalid && !rows.some((e) => isInvalidNumber(e.row.weight));
  return { fundsWeight, indicatorWeights, all: indicatorWeights.plus(fundsWeight ?? ZERO), complete };
}

/** The cap on 总分 for an execution rate (ratio), per profile.executionRateCaps; undefined when none applies. */
export function capFor(rate: Dec | undefined, profile: ScoringProfile): Dec | undefined {
  if (!profile.executionRateCaps || rate === undefined) return undefined;
  for (const c of profile.executionRateCaps) {
    if (rate.lessThan(new Dec(c.below)) && rate.greaterThanOrEqualTo(new Dec(c.atLeast))) return new Dec(c.cap);
  }
  return undefined;
}

/** The 2-decimal score a row contributes: computed where computable, else stated; 0 for a 0-weight row left blank. */
export function rowPart(e: IndicatorEvaluation): Dec | undefined {
  if (e.computable && e.score !== undefined) return e.score;
  const stated = number2(e.row.score);
  if (stated !== undefined) return stated;
  const w = numberOf(e.row.weight);
  return w !== undefined && w.isZero() ? ZERO : undefined;
}

/**
 * Combine 资金得分 and the indicator parts into 总分: plain sum, or under normalizeTo100
 * Σ 得分 × 100 ÷ Σ applicable 分值 (funds row included), rounded half-up to 2 decimals; then the
 * execution-rate cap when the profile has one. Undefined when a part is missing.
 */
export function combineTotal(
  fundsPart: Dec | undefined,
  parts: readonly (Dec | undefined)[],
  applicableWeights: Dec,
  rate: Dec | undefined,
  profile: ScoringProfile,
): Dec | undefined {
  if (parts.some((p) => p === undefined)) return undefined;
  let total = sumDec(parts as Dec[]).plus(fundsPart ?? ZERO);
  if (profile.normalizeTo100) {
    if (!applicableWeights.greaterThan(0)) return undefined;
    total = roundHalfUp(total.times(HUNDRED).dividedBy(applicableWeights), 2);
  }
  const cap = capFor(rate, profile);
  return cap !== undefined ? minDec(total, cap) : total;
}

export function computeTableTotal(
  table: EvaluationTable,
  profile: ScoringProfile,
  funds: FundsComputation | undefined,
): { totalScore?: Dec; grade?: string } {
  const rows = countedRows(evaluateTableIndicators(table, profile), profile);
  if (rows.length === 0 && !table.funds) return {};
  const weights = weightTotals(table, profile, funds, rows);
  let fundsPart: Dec | undefined;
  if (table.funds) {
    fundsPart = funds?.fundScore ?? number2(fundsTotalRow(table)?.score);
    if (fundsPart === undefined) return {};
  }
  const totalScore = combineTotal(fundsPart, rows.map(rowPart), weights.all, funds?.executionRate, profile);
  if (totalScore === undefined) return {};
  return { totalScore, grade: isEvaluable(weights, totalScore, profile) ? gradeFor(totalScore, profile) : undefined };
}

/** Weights total profile.weightTotal (any total under normalizeTo100) and 总分 ≤ 100. */
export function isEvaluable(weights: WeightTotals, totalScore: Dec, profile: ScoringProfile): boolean {
  if (!weights.complete) return false;
  if (!profile.normalizeTo100 && !weights.all.equals(new Dec(profile.weightTotal))) return false;
  return totalScore.lessThanOrEqualTo(HUNDRED);
}
