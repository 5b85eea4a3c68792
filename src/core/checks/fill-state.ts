/**
 * What of a table the department filled (docs/RULES.md §4 "unfilled tables"): a freshly inserted
 * or copied template gets one info and nothing else; a partly filled table gets findings only on
 * the part that was filled (the funds block, the indicator block).
 */
import type { EvaluationTable, FundsRow } from '../model';
import { isBlankOrMark } from '../rules/template-marks';
import { rowShape } from '../rules/indicator-fields';

export interface FillState {
  /** The table has a funds block with an amount, a rate or a score typed in (not a mark). */
  readonly funds: boolean;
  /** The table has an indicator row of shape 'indicator' or a 总分 typed in. */
  readonly indicators: boolean;
}

function fundsRowFilled(r: FundsRow): boolean {
  return !isBlankOrMark(r.initialBudget) || !isBlankOrMark(r.adjustedBudget) || !isBlankOrMark(r.executed) || !isBlankOrMark(r.single) || !isBlankOrMark(r.executionRate) || !isBlankOrMark(r.score);
}

const memo = new WeakMap<EvaluationTable, FillState>();

export function fillState(table: EvaluationTable): FillState {
  let s = memo.get(table);
  if (s) return s;
  const funds = table.funds !== undefined && table.funds.rows.some(fundsRowFilled);
  const block = table.indicators;
  const indicators = block !== undefined && (block.rows.some((r) => rowShape(r) === 'indicator') || !isBlankOrMark(block.total?.score));
  s = { funds, indicators };
  memo.set(table, s);
  return s;
}

/** Nothing of the table was filled (a blank template): one info, no other finding. */
export function isUnfilled(table: EvaluationTable): boolean {
  const s = fillState(table);
  return !s.funds && !s.indicators && (table.funds !== undefined || table.indicators !== undefined);
}
