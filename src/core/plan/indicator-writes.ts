/**
 * Write plan for the indicator block (RULES §6 output cells): computable quantitative 得分
 * ('0.00'), the 总分 cell ('0.00'), and the 等级 cell (text) only when evaluable. numberWrite /
 * textWrite skip formula and embedded cells and unchanged values.
 *
 * Issue 12 point 1: an impossible 总分 is never written. When the weights do not total the
 * profile's weightTotal (S01) or the recomputed 总分 exceeds 100, 总分 and 等级 are withheld and
 * the plan says why and which finding to fix first.
 */
import { HUNDRED, decEq, decGt, decOf } from '../money/decimal';
import { formatPlain, formatScore } from '../money/format';
import type { IndicatorRow } from '../model';
import type { TableComputation } from '../rules/computed';
import type { ScoringProfile } from '../rules/profile';
import { countedRows, evaluateTableIndicators, fundsTotalRow, weightTotals } from '../rules/indicator-total';
import type { CellWrite, WithheldWrite } from './write-plan';
import { numberWrite, textWrite } from './output';
import { PLAN_TEXT } from './phrases';

export interface IndicatorPlan {
  readonly writes: CellWrite[];
  readonly withheld: WithheldWrite[];
}

export function indicatorWrites(computation: TableComputation, profile: ScoringProfile): CellWrite[] {
  return indicatorPlan(computation, profile).writes;
}

export function indicatorPlan(computation: TableComputation, profile: ScoringProfile): IndicatorPlan {
  const block = computation.table.indicators;
  const out: CellWrite[] = [];
  const withheld: WithheldWrite[] = [];
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
  const hold = holdReason(computation, profile);
  // A Sichuan 合计 is the indicator block's own subtotal (its funds score is in its own block).
  const closing = computation.subtotalScore ?? computation.totalScore;
  if (block?.total && closing !== undefined) {
    const w = numberWrite(block.total.score, 'totalScore', closing, '0.00');
    if (w && hold) withheld.push({ sheet: w.sheet, row: w.row, col: w.col, address: w.address, kind: 'totalScore', what: PLAN_TEXT.total, value: w.value as number, reason: hold.reason, fixFirst: hold.fixFirst });
    else if (w) out.push(w);
  }
  const gradeCell = computation.table.grade;
  if (hold && gradeCell && gradeCell.cell.formula === undefined) {
    const c = gradeCell.cell;
    withheld.push({ sheet: c.sheet, row: c.row, col: c.col, address: c.address, kind: 'grade', what: PLAN_TEXT.grade, reason: hold.reason, fixFirst: hold.fixFirst });
  } else if (computation.grade !== undefined) {
    const w = textWrite(gradeCell, 'grade', computation.grade);
    if (w) out.push(w);
  }
  return { writes: out, withheld };
}

/** Why 总分/等级 must not be written (weights ≠ weightTotal, or 总分 > 100); undefined when they may. */
function holdReason(computation: TableComputation, profile: ScoringProfile): Pick<WithheldWrite, 'reason' | 'fixFirst'> | undefined {
  const table = computation.table;
  const block = table.indicators;
  if (!block) return undefined;
  const all = evaluateTableIndicators(table, profile);
  const rows = countedRows(all, profile);
  const w = weightTotals(table, profile, computation.funds, rows);
  // The same test as S01's (checks/indicators/weights.ts weightTotalOff), so the finding named exists.
  const notApplicableLeftOut = profile.normalizeTo100 && all.some((e) => e.shape === 'indicator' && e.notApplicable);
  if (w.complete && !notApplicableLeftOut && !decEq(w.all, decOf(profile.weightTotal))) {
    const cell = block.total?.weight?.cell.address ?? fundsTotalRow(table)?.weight?.cell.address ?? rows[0]?.row.weight?.cell.address;
    return {
      reason: PLAN_TEXT.weightsOff(formatPlain(w.all), formatPlain(w.fundsWeight ?? decOf('0')), formatPlain(w.indicatorWeights), profile.weightTotal, cell ? `${table.sheet}!${cell}` : table.sheet),
      fixFirst: { rule: 'S01', sheet: table.sheet, ...(cell ? { cell } : {}) },
    };
  }
  const total = computation.totalScore;
  if (total !== undefined && decGt(total, HUNDRED)) {
    const cell = block.total?.score?.cell.address;
    return { reason: PLAN_TEXT.over100(formatScore(total)), fixFirst: { rule: 'S05', sheet: table.sheet, ...(cell ? { cell } : {}) } };
  }
  return undefined;
}
