import type { EvaluationTable } from '../model';
import type { ScoringProfile } from './profile';
import type { FundsComputation } from './computed';

/** PLACEHOLDER (being written): SPEC §3 funds computations. */
export function computeFunds(table: EvaluationTable, profile: ScoringProfile): FundsComputation | undefined {
  void table;
  void profile;
  return undefined;
}
