/**
 * Write plan for the indicator block (SPEC §6 output cells): computable quantitative 得分
 * ('0.00'), the 总分 cell ('0.00'), and the 等级 cell (text) only when evaluable. numberWrite /
 * textWrite skip formula and embedded cells and unchanged values.
 */
import type { IndicatorRow } from '../model';
import type { TableComputation } from '../rules/computed';
import type { CellWrite } from './write-plan';
import { numberWrite, textWrite } from './output';

export function indicatorWrites(computation: TableComputation): CellWrite[] {
  const block = computation.table.indicators;
  const out: CellWrite[] = [];
  if (block && computation.indicators) {
    const rows = block.rows;
    const scores = computation.indicators.rows;
    // The scores follow the block's rows in order (a subset): walk both, no row → row map.
    let j = 0;
    let byRow: Map<number, IndicatorRow> | undefined;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i];
      if (!s.computable || s.score === undefined) continue;
      while (j < rows.length && rows[j].row !== s.row) j++;
      let row: IndicatorRow | undefined = rows[j];
      if (row === undefined) {
        // Out of order (not as computeIndicators gives them): look the row up.
        byRow ??= new Map(rows.map((r) => [r.row, r]));
        row = byRow.get(s.row);
        j = 0;
      }
      const w = numberWrite(row?.score, 'indicatorScore', s.score, '0.00');
      if (w) out.push(w);
    }
  }
  const closing = computation.subtotalScore ?? computation.totalScore;
  if (block?.total && closing !== undefined) {
    const w = numberWrite(block.total.score, 'totalScore', closing, '0.00');
    if (w) out.push(w);
  }
  if (computation.grade !== undefined) {
    const w = textWrite(computation.table.grade, 'grade', computation.grade);
    if (w) out.push(w);
  }
  return out;
}
