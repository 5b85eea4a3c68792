/**
 * The funds rules (SPEC §4), in evaluation order: P01 on funds cells first (an unreadable or
 * negative cell is then ignored by every other rule), F01–F08, then I01 notes.
 */
import type { TableRule } from '../registry-types';
import { fundsUnparseableRule } from './p01-unparseable';
import { fundsSumRule } from './f01-sums';
import { fundsRateRule } from './f02-rate';
import { fundsScoreRule } from './f03-score';
import { fundsOverExecutionRule } from './f04-over-execution';
import { fundsShareRule } from './f05-share';
import { fundsLowExecutionRule, fundsBudgetAdjustedRule } from './f06-f07-reasons';
import { fundsZeroBaseRule } from './f08-zero-base';
import { fundsNotesRule } from './i01-notes';

export const FUNDS_RULES: readonly TableRule[] = [
  fundsUnparseableRule,
  fundsSumRule,
  fundsRateRule,
  fundsScoreRule,
  fundsOverExecutionRule,
  fundsShareRule,
  fundsLowExecutionRule,
  fundsBudgetAdjustedRule,
  fundsZeroBaseRule,
  fundsNotesRule,
];
