import type { Finding, RuleCode } from '../findings';
import type { ScoringProfile } from '../rules/profile';
import type { TableComputation } from '../rules/computed';
import type { EvaluationTable } from '../model';
import type { RuleKind } from './define-rule';

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
 * An entry of the registry's table lists: a rule declaration with its evaluator (define-rule.ts
 * defineRule) or a check of a meta code (defineCheck). Severities come from the declaration
 * unless the profile overrides them (applied by the registry).
 */
export interface TableRule {
  /** The code (F04), or the check's export name (P01_FUNDS_CELLS). */
  readonly id: string;
  /** The part of the table it reads: 'funds' or 'indicators' (a part left blank is not checked). */
  readonly kind: RuleKind;
  /** The code it reports (a check may also report the meta codes P01 and I01). */
  readonly codes: readonly RuleCode[];
  /**
   * The rule reads ctx.narrativeText. Such a rule reads, besides the narrative, only the funds
   * part of the table (sheet, kind, funds block, computation.funds): analyseSheets runs it last,
   * once the whole workbook was seen, on the table without its indicator block.
   */
  readonly readsNarrative?: boolean;
  readonly evaluate?: (ctx: TableContext) => Finding[];
}
