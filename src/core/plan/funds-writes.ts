import type { EvaluationTable } from '../model';
import type { FundsComputation } from '../rules/computed';
import type { CellWrite } from './write-plan';

/** PLACEHOLDER (being written): 执行率, 资金得分, 占比 output cells. */
export function fundsWrites(table: EvaluationTable, funds: FundsComputation): CellWrite[] {
  void table;
  void funds;
  return [];
}
