/**
 * RULES §3 indicator scoring and 总分/等级 for one recognised table. Row-level rules live in
 * indicator-eval.ts, totals in indicator-total.ts, bands in grade.ts.
 */
import type { Dec } from '../money/decimal';
import type { EvaluationTable } from '../model';
import type { ScoringProfile } from './profile';
import type { FundsComputation, IndicatorScore, IndicatorsComputation } from './computed';
import type { IndicatorEvaluation } from './indicator-eval';
import { computeTableTotal, countedRows, evaluateTableIndicators, weightTotals } from './indicator-total';

function toScore(e: IndicatorEvaluation): IndicatorScore {
  return {
    row: e.row.row,
    computable: e.computable,
    direction: e.direction,
    score: e.computable ? e.score : undefined,
    qualitative: e.qualitative,
    notComputableReason: e.computable ? undefined : e.note,
  };
}

/** Score every indicator row (computable ones by rule, 2 decimals); undefined without an indicator block. */
export function computeIndicators(table: EvaluationTable, profile: ScoringProfile): IndicatorsComputation | undefined {
  if (!table.indicators) return undefined;
  const all = evaluateTableIndicators(table, profile);
  // countedRows keeps indicator rows only, so the shared evaluations give the same rows.
  const weightSum = weightTotals({ ...table, funds: undefined }, profile, undefined, countedRows(all, profile)).indicatorWeights;
  // The rows are built on first read: the write plan and the pane read them, a check does not.
  let rows: readonly IndicatorScore[] | undefined;
  return {
    get rows(): readonly IndicatorScore[] {
      return (rows ??= scoresOf(all));
    },
    weightSum,
  };
}

function scoresOf(all: readonly IndicatorEvaluation[]): IndicatorScore[] {
  const rows: IndicatorScore[] = [];
  for (let i = 0; i < all.length; i++) if (all[i].shape === 'indicator') rows.push(toScore(all[i]));
  return rows;
}

/** 总分 (2 decimals) and 等级 (undefined when not evaluable: weights ≠ weightTotal or 总分 > 100). */
export function computeTotal(
  table: EvaluationTable,
  profile: ScoringProfile,
  funds: FundsComputation | undefined,
  indicators: IndicatorsComputation | undefined,
): { totalScore?: Dec; grade?: string; subtotalScore?: Dec } {
  void indicators; // re-derived from the same rows by the same evaluator, so it cannot disagree
  return computeTableTotal(table, profile, funds);
}
