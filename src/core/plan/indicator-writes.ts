/**
 * Write plan for the indicator block (SPEC §6 output cells): computable quantitative 得分
 * ('0.00'), the 总分 cell ('0.00'), and the 等级 cell (text) only when evaluable. numberWrite /
 * textWrite skip formula and embedded cells and unchanged values.
 */
import type { TableComputation } from '../rules/computed';
import type { CellWrite } from './write-plan';
import { numberWrite, textWrite } from './output';

export function indicatorWrites(computation: TableComputation): CellWrite[] {
  const block = computation.table.indicators;
  const out: CellWrite[] = [];
  if (block && computation.indicators) {
    const byRow = new Map(block.rows.map((r) => [r.row, r]));
    for (const s of computation.indicators.rows) {
      if (!s.computable || s.score === undefined) continue;
      const w = numberWrite(byRow.get(s.row)?.score, 'indicatorScore', s.score, '0.00');
      if (w) out.push(w);
    }
  }
  if (block?.total && computation.totalScore !== undefined) {
    const w = numberWrite(block.total.score, 'totalScore', computation.totalScore, '0.00');
    if (w) out.push(w);
  }
  if (computation.grade !== undefined) {
    const w = textWrite(computation.table.grade, 'grade', computation.grade);
    if (w) out.push(w);
  }
  return out;
}
