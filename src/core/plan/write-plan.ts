/**
 * The write plan (写回计划): output cell → old value → new value. Only recognised output cells
 * (RULES §6: 执行率, 资金得分, 占比, computable quantitative 得分, 总分, 等级) ever appear; never
 * a formula cell, never a cell the table lacks, never an input.
 */
import type { CellValue } from '../grid/types';

export type OutputKind = 'executionRate' | 'fundScore' | 'share' | 'indicatorScore' | 'totalScore' | 'grade';

/**
 * What a write is: an output cell of the plan, or — the one write into an input cell — a drafted
 * 偏差原因 the person confirmed (起草偏差原因, issue 12), never part of a recompute plan.
 */
export type WriteKind = OutputKind | 'deviationReason';

export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly kind: WriteKind;
  /** The value before (as the host reported it). */
  readonly old: CellValue;
  /** The value to write: a number (rounded half-up at the documented places) or text (等级). */
  readonly value: number | string;
  /** The number format the value needs ('0.00', '0.00%'); undefined for text. */
  readonly numFmt?: string;
}

/**
 * An output cell the plan deliberately does not write (issue 12 point 1): 总分 / 等级 when the
 * weights do not total 100 (S01) or the total would exceed 100. The preview shows `reason`.
 */
export interface WithheldWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly kind: 'totalScore' | 'grade';
  /** 总分 / 等级 */
  readonly what: string;
  /** The value recomputation arrived at (总分, 2 decimals), for the preview; undefined for 等级. */
  readonly value?: number;
  /** Chinese: why it is not written and which finding to fix first. */
  readonly reason: string;
  /** The finding to fix first (its rule and cell). */
  readonly fixFirst?: { readonly rule: 'S01' | 'S05'; readonly sheet: string; readonly cell?: string };
}

export interface WritePlan {
  readonly writes: readonly CellWrite[];
  /** Output cells not written, each with its reason; empty when everything computable is planned. */
  readonly withheld: readonly WithheldWrite[];
}

export const EMPTY_PLAN: WritePlan = { writes: [], withheld: [] };
