/**
 * The batch check's data (CLI `check --summary` and the bureau page dist/batch.html): one result
 * per file, plain and structured-cloneable (it crosses worker_threads and Web Worker boundaries).
 * Numbers are JS numbers converted from already-rounded Decimals (cells of the roll-up only;
 * nothing is computed from them).
 */
import type { Finding, Severity } from '../core/findings';

export type KindLabel = '部门整体' | '项目';

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** The figures of one table as a row of sheet 汇总 shows them. */
interface TableFigures {
  /** 单位: 预算部门名称 / 主管部门 / 实施单位 / the title's unit; else the file name's stem (unitFromFileName). */
  readonly unit: string;
  readonly unitFromFileName: boolean;
  /** 年度 from the 基本情况 sheet or the title (`2024年度…`); null when neither says. */
  readonly year: number | null;
  /** 分值合计: funds 分值 + Σ indicator 分值 (null when a 分值 cell is not a number). */
  readonly weightTotal: number | null;
  /** 总分 as typed in the table (null: no 总分 cell, blank, or not a number). */
  readonly statedTotal: number | null;
  /** 总分 as computed (RULES §3), 2 decimals; null with computedTotalReason. */
  readonly computedTotal: number | null;
  readonly computedTotalReason: string | null;
  /** 等级 as typed (null: no 等级 cell or blank). */
  readonly statedGrade: string | null;
  /** 等级 from the computed 总分; null with computedGradeReason. */
  readonly computedGrade: string | null;
  readonly computedGradeReason: string | null;
  /** 预算执行率 of the total funds row, ratio rounded half-up to 6 decimals (0.999351); null when not computable. */
  readonly executionRate: number | null;
  readonly counts: SeverityCounts;
  /** The first error-level finding's message (sheet order), else null. */
  readonly firstError: string | null;
}

/** One recognised table (one row of sheet 汇总). */
export interface TableResult extends TableFigures {
  readonly sheet: string;
  readonly kind: KindLabel;
  /** 项目名称 of a 项目支出 table, when stated. */
  readonly project: string | null;
}

/**
 * A workbook that was read and checked. The figures repeat its first table's (or, without a table,
 * the file's); counts are over the whole file (every finding once).
 */
export interface CheckedFile extends TableFigures {
  readonly file: string;
  readonly kind: KindLabel | null;
  /** Every table; findings on sheets without a table count towards the first table's row. */
  readonly tables: readonly TableResult[];
  /** Sorted by sheet, row, column, rule (core sortFindings). */
  readonly findings: readonly Finding[];
  readonly error?: undefined;
}

/**
 * Error codes of a file that gave no result: the xlsx reader's (EMPTY, NOT_ZIP, TRUNCATED,
 * XLS_FORMAT, ET_FORMAT, ENCRYPTED, ZIP_BOMB, NOT_WORKBOOK, MISSING, UNREADABLE), INTERNAL (the
 * check threw), TIMEOUT and CRASHED (set by the pool running the check).
 */
export interface UnreadableFile {
  readonly file: string;
  readonly error: { readonly code: string; readonly message: string };
}

export type FileResult = CheckedFile | UnreadableFile;

export function isUnreadable(r: FileResult): r is UnreadableFile {
  return r.error !== undefined;
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
