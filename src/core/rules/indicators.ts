import type { Dec } from '../money/decimal';
import type { EvaluationTable } from '../model';
import type { ScoringProfile } from './profile';
import type { FundsComputation, IndicatorsComputation } from './computed';

/** PLACEHOLDER (being written): SPEC §3 indicator scoring. */
export function computeIndicators(table: EvaluationTable, profile: ScoringProfile): IndicatorsComputation | undefined {
  void table;
  void profile;
  return undefined;
}

/** PLACEHOLDER (being written): 总分 and 等级 (SPEC §3). */
export function computeTotal(
  table: EvaluationTable,
  profile: ScoringProfile,
  funds: FundsComputation | undefined,
  indicators: IndicatorsComputation | undefined,
): { totalScore?: Dec; grade?: string } {
  void table;
  void profile;
  void funds;
  void indicators;
  return {};
}
