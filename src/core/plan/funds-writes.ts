/**
 * The funds part of the write plan (RULES §6): 执行率 cells (ratio rounded half-up to 4 decimals
 * = percent to 2, '0.00%'), the total row's 资金得分 ('0.00', already rounded to 2), and 占比
 * cells ('0.00%'). Nothing when a value is not computable (zero/blank budget, unreadable input);
 * never an embedded or formula cell (numberWrite checks that).
 */
import { roundHalfUp } from '../money/decimal';
import type { EvaluationTable } from '../model';
import type { FundsComputation, FundsRowAmounts } from '../rules/computed';
import { computeShare } from '../rules/funds-share';
import { numberWrite } from './output';
import type { CellWrite } from './write-plan';

export function fundsWrites(table: EvaluationTable, funds: FundsComputation): CellWrite[] {
  const block = table.funds;
  if (!block) return [];
  const out: CellWrite[] = [];
  const push = (w: CellWrite | undefined) => {
    if (w) out.push(w);
  };
  let scored = false;
  block.rows.forEach((row, i) => {
    const amounts: FundsRowAmounts | undefined = funds.rows[i]?.role === row.role ? funds.rows[i] : funds.rows.find((r) => r.role === row.role);
    if (amounts?.executionRate) push(numberWrite(row.executionRate, 'executionRate', roundHalfUp(amounts.executionRate, 4), '0.00%'));
    if (row.role === 'total' && !scored) {
      scored = true;
      if (funds.fundScore) push(numberWrite(row.score, 'fundScore', roundHalfUp(funds.fundScore, 2), '0.00'));
    }
  });
  for (const s of block.shares) {
    const c = computeShare(block, s);
    if (c?.value) push(numberWrite(s.stated, 'share', roundHalfUp(c.value, 4), '0.00%'));
  }
  return out;
}
