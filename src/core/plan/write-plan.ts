/**
 * The write plan (写回计划): output cell → old value → new value. Only recognised output cells
 * (SPEC §6: 执行率, 资金得分, 占比, computable quantitative 得分, 总分, 等级) ever appear; never
 * a formula cell, never a cell the table lacks, never an input.
 */
import type { CellValue } from '../grid/types';

export type OutputKind = 'executionRate' | 'fundScore' | 'share' | 'indicatorScore' | 'totalScore' | 'grade';

export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly kind: OutputKind;
  /** The value before (as the host reported it). */
  readonly old: CellValue;
  /** The value to write: a number (rounded half-up at the documented places) or text (等级). */
  readonly value: number | string;
  /** The number format the value needs ('0.00', '0.00%'); undefined for text. */
  readonly numFmt?: string;
}

export interface WritePlan {
  readonly writes: readonly CellWrite[];
}

export const EMPTY_PLAN: WritePlan = { writes: [] };
