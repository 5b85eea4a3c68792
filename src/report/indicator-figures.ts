/**
 * Indicator figures the report states: each row's score (the engine's rule score where the row is
 * computable, else the stated 得分), below-full-marks rows, and the 分值 total.
 */
import { sumDec, type Dec } from '../core/money/decimal';
import type { IndicatorRow } from '../core/model';
import type { TableComputation } from '../core/rules/computed';
import { statedValue } from './figures';

/** 得分 shown for a row (2 decimals by the caller); undefined when neither computed nor stated. */
export function indicatorScore(c: TableComputation, row: IndicatorRow): Dec | undefined {
  const computed = c.indicators?.rows.find((s) => s.row === row.row);
  if (computed?.computable && computed.score !== undefined) return computed.score;
  return statedValue(row.score);
}

/** Rows with 分值 > 0 whose score is below 分值 (compared exactly). */
export function belowFullMarks(c: TableComputation): ReadonlyArray<{ readonly row: IndicatorRow; readonly weight: Dec; readonly score: Dec }> {
  const out: Array<{ row: IndicatorRow; weight: Dec; score: Dec }> = [];
  for (const row of c.table.indicators?.rows ?? []) {
    const weight = statedValue(row.weight);
    const score = indicatorScore(c, row);
    if (weight === undefined || score === undefined || !weight.greaterThan(0)) continue;
    if (score.lessThan(weight)) out.push({ row, weight, score });
  }
  return out;
}

/** 分值 total of the table: the funds row's 分值 plus Σ indicator 分值 (stated weights). */
export function weightTotal(c: TableComputation): Dec | undefined {
  const parts: Dec[] = [];
  if (c.funds) parts.push(c.funds.weight);
  if (c.indicators) parts.push(c.indicators.weightSum);
  return parts.length === 0 ? undefined : sumDec(parts);
}
