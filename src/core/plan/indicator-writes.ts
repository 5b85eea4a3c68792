import type { TableComputation } from '../rules/computed';
import type { CellWrite } from './write-plan';

/** PLACEHOLDER (being written): computable quantitative 得分, 总分, 等级 output cells. */
export function indicatorWrites(computation: TableComputation): CellWrite[] {
  void computation;
  return [];
}
