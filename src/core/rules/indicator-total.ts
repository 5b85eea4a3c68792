/**
 * 总分 and 等级 (RULES §3): 总分 = 资金得分 + Σ 指标得分, summing the 2-decimal figures (computed
 * where computable, else stated); 等级 by profile.gradeBands, not evaluated when the weights do
 * not total profile.weightTotal (S01) or 总分 > 100. Options: 按百分制折算 (normalizeTo100) and
 * the execution-rate caps (executionRateCaps). All points, exact Decimals.
 */
import { Dec, ZERO, HUNDRED, decEq, decGte, decLt, decLte, decOf, isNegativeDec, isPositiveDec, roundHalfUp, minDec } from '../money/decimal';
import type { EvaluationTable, FundsRow } from '../model';
import type { ScoringProfile } from './profile';
import type { FundsComputation } from './computed';
import type { IndicatorEvaluation } from './indicator-eval';
import { evaluateIndicatorRow } from './indicator-eval';
import { number2, numberOf, isInvalidNumber } from './indicator-fields';
import { gradeFor } from './grade';
import { normalizeText } from '../grid/text';
import { indicatorWeightSums } from './indicator-weights';
import { sumExact } from '../money/exact-sum';

/** The funds block's total row (年度资金总额 / 总额), if any. */
export function fundsTotalRow(table: EvaluationTable): FundsRow | undefined {
  return table.funds?.rows.find((r) => r.role === 'total');
}

/** Evaluations per indicator block and profile: the computation, 总分 and every check share one pass. */
const evaluated = new WeakMap<object, WeakMap<ScoringProfile, readonly IndicatorEvaluation[]>>();

/**
 * Every indicator row of the table, evaluated (empty rows included, shape says so). Evaluated
 * once per (indicator block, profile) and shared: read-only, never mutate it.
 */
export function evaluateTableIndicators(table: EvaluationTable, profile: ScoringProfile): readonly IndicatorEvaluation[] {
  const block = table.indicators;
  if (!block) return [];
  let byProfile = evaluated.get(block);
  if (!byProfile) {
    byProfile = new WeakMap();
    evaluated.set(block, byProfile);
  }
  let evals = byProfile.get(profile);
  if (!evals) {
    const rows = block.rows;
    const out: IndicatorEvaluation[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = evaluateIndicatorRow(rows[i], profile);
    // Shared read-only (typed readonly; not frozen: frozen arrays make for…of allocate an iterator).
    evals = out;
    byProfile.set(profile, evals);
  }
  return evals;
}

const counted = new WeakMap<readonly IndicatorEvaluation[], { plain?: readonly IndicatorEvaluation[]; normalized?: readonly IndicatorEvaluation[] }>();

/**
 * Rows that count: real indicators, minus 不适用 rows under normalizeTo100. Shared per input
 * array (the evaluations are shared per table), so the sums below are computed once; read-only.
 */
export function countedRows(evals: readonly IndicatorEvaluation[], profile: ScoringProfile): readonly IndicatorEvaluation[] {
  let entry = counted.get(evals);
  if (!entry) {
    entry = {};
    counted.set(evals, entry);
  }
  const normalized = profile.normalizeTo100;
  const cached = normalized ? entry.normalized : entry.plain;
  if (cached) return cached;
  // A row marked 不适用 with no number for its 分值 is left out whatever the profile (RULES §3);
  // under normalizeTo100 every 不适用 row is.
  const rows: readonly IndicatorEvaluation[] = evals.filter(
    (e) => e.shape === 'indicator' && !(e.notApplicable && (normalized || e.row.weight?.parsed.kind !== 'number')),
  );
  if (normalized) entry.normalized = rows;
  else entry.plain = rows;
  return rows;
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
  return numberOf(row?.weight) ?? numberOf(table.funds.headerWeight) ?? funds?.weight ?? decOf(profile.fundsWeight);
}

export function weightTotals(table: EvaluationTable, profile: ScoringProfile, funds: FundsComputation | undefined, rows: readonly IndicatorEvaluation[]): WeightTotals {
  const fundsWeight = fundsWeightOf(table, profile, funds);
  const { sum: indicatorWeights, anyInvalid } = indicatorWeightSums(rows);
  const fundsInvalid = table.funds !== undefined && fundsWeight === undefined;
  const complete = !fundsInvalid && !anyInvalid;
  return { fundsWeight, indicatorWeights, all: indicatorWeights.plus(fundsWeight ?? ZERO), complete };
}

/** The cap on 总分 for an execution rate (ratio), per profile.executionRateCaps; undefined when none applies. */
export function capFor(rate: Dec | undefined, profile: ScoringProfile): Dec | undefined {
  if (!profile.executionRateCaps || rate === undefined) return undefined;
  for (const c of profile.executionRateCaps) {
    if (decLt(rate, decOf(c.below)) && decGte(rate, decOf(c.atLeast))) return decOf(c.cap);
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
  return combineSum(fundsPart, sumExact(parts as Dec[]), applicableWeights, rate, profile, true);
}

/**
 * combineTotal from Σ parts already summed (the row-order sum, sumExact): callers that combine the same
 * parts several ways (S05: capped, uncapped, without funds) sum them once. `capped` false leaves
 * the execution-rate cap out.
 */
export function combineSum(fundsPart: Dec | undefined, partsSum: Dec, applicableWeights: Dec, rate: Dec | undefined, profile: ScoringProfile, capped: boolean): Dec | undefined {
  let total = partsSum.plus(fundsPart ?? ZERO);
  if (profile.normalizeTo100) {
    if (!isPositiveDec(applicableWeights)) return undefined;
    total = roundHalfUp(total.times(HUNDRED).dividedBy(applicableWeights), 2);
  }
  const cap = capped ? capFor(rate, profile) : undefined;
  return cap !== undefined ? minDec(total, cap) : total;
}

/** Labels of a closing row that may sum one block only (Sichuan's 合计 under 绩效指标（90分）). */
const SUBTOTAL_LABELS: ReadonlySet<string> = new Set(['合计', '小计', '总计', '指标合计', '绩效指标合计']);

/**
 * The indicator block's closing row sums that block only, not the table: its label is 合计 (not
 * 总分), the table has its funds score in a block of its own, and the row's stated 分值 equals
 * Σ indicator 分值 but not funds + indicators (or, with no 分值 stated, its 得分 equals Σ indicator
 * 得分 as shown), and the indicators do not already weigh the whole 100. Such a row is checked against the indicators alone (S01, S05) and written with
 * their sum; a 总分 row that leaves the funds out is S05 (docs/RULES.md §4).
 */
export function closingIsSubtotal(table: EvaluationTable, weights: WeightTotals, statedPartsSum: Dec | undefined, profile: ScoringProfile): boolean {
  const total = table.indicators?.total;
  if (!total || !table.funds) return false;
  if (!SUBTOTAL_LABELS.has(normalizeText(total.label.text).replace(/[:：]+$/u, ''))) return false;
  // Indicators summing to the whole (100) beside a funds block: a total that leaves the funds out
  // (S05), not a block subtotal.
  if (decEq(weights.indicatorWeights, decOf(profile.weightTotal))) return false;
  const weight = numberOf(total.weight);
  if (weight !== undefined) return decEq(weight, weights.indicatorWeights) && !decEq(weight, weights.all);
  const score = number2(total.score);
  return score !== undefined && statedPartsSum !== undefined && decEq(score, roundHalfUp(statedPartsSum, 2));
}

export function computeTableTotal(
  table: EvaluationTable,
  profile: ScoringProfile,
  funds: FundsComputation | undefined,
): { totalScore?: Dec; grade?: string; subtotalScore?: Dec } {
  const rows = countedRows(evaluateTableIndicators(table, profile), profile);
  if (rows.length === 0 && !table.funds) return {};
  const weights = weightTotals(table, profile, funds, rows);
  let fundsPart: Dec | undefined;
  if (table.funds) {
    fundsPart = funds?.fundScore ?? number2(fundsTotalRow(table)?.score);
    if (fundsPart === undefined) return {};
  }
  // Σ row parts (the row-order sum's value, sumExact); no 总分 when a part is missing.
  const parts: Dec[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const part = rowPart(rows[i]);
    if (part === undefined) return {};
    parts[i] = part;
  }
  const partsSum = sumExact(parts);
  const totalScore = combineSum(fundsPart, partsSum, weights.all, funds?.executionRate, profile, true);
  // Stated parts are summed as shown; a negative stated score (S03) can drive the sum below zero:
  // such a 总分 is no score at all (never a negative score) — not computed, not written.
  if (totalScore === undefined || isNegativeDec(totalScore)) return {};
  const grade = isEvaluable(weights, totalScore, profile) ? gradeFor(totalScore, profile) : undefined;
  if (closingIsSubtotal(table, weights, statedPartsSum(rows), profile)) return { totalScore, grade, subtotalScore: partsSum };
  return { totalScore, grade };
}

/** Σ stated 得分 (2 decimals) of the rows; undefined when one is blank or unreadable. */
export function statedPartsSum(rows: readonly IndicatorEvaluation[]): Dec | undefined {
  const parts: Dec[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const part = number2(rows[i].row.score) ?? (numberOf(rows[i].row.weight)?.isZero() ? ZERO : undefined);
    if (part === undefined) return undefined;
    parts[i] = part;
  }
  return sumExact(parts);
}

/** Weights total profile.weightTotal (any total under normalizeTo100) and 总分 ≤ 100. */
export function isEvaluable(weights: WeightTotals, totalScore: Dec, profile: ScoringProfile): boolean {
  if (!weights.complete) return false;
  if (!profile.normalizeTo100 && !decEq(weights.all, decOf(profile.weightTotal))) return false;
  return decLte(totalScore, HUNDRED);
}
