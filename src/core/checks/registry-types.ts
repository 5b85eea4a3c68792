import type { Finding, RuleCode } from '../findings';
import type { ScoringProfile } from '../rules/profile';
import type { TableComputation } from '../rules/computed';
import type { EvaluationTable } from '../model';

/** Everything a table rule may look at. Rules never throw: bad data is a finding. */
export interface TableContext {
  readonly table: EvaluationTable;
  readonly profile: ScoringProfile;
  readonly computation: TableComputation;
  /**
   * The workbook's narrative text (基本情况 sheet fields joined), where F06/F07 look for a
   * reason when the funds block has no reason column of its own. Empty when there is none.
   */
  readonly narrativeText: string;
}

/**
 * A rule in the registry: the codes it may emit and its evaluator. Severities come from the
 * catalogue (findings.ts) unless the profile overrides them (applied by the registry).
 */
export interface TableRule {
  readonly id: string;
  readonly codes: readonly RuleCode[];
  /**
   * The rule reads ctx.narrativeText. Such a rule reads, besides the narrative, only the funds
   * part of the table (sheet, kind, funds block, computation.funds): analyseSheets runs it last,
   * once the whole workbook was seen, on the table without its indicator block.
   */
  readonly readsNarrative?: boolean;
  evaluate(ctx: TableContext): Finding[];
}
