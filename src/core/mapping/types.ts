/**
 * The mapping (issue #5): for each table found, where it is and what each header column means,
 * with a confidence — shown in the task pane, corrected by the user, saved in the workbook
 * (hidden sheet `_jixiao_mapping`, see sheet-codec.ts) and reused by the next recognition.
 */
import type { CellRange } from '../grid/types';
import type { IndicatorColumnRole } from '../column-roles';

export type BlockKind = 'funds' | 'indicators';

/** Columns of the funds block (预算执行情况); `label` is the column holding the row labels. */
export type FundsColumnRole =
  | 'initialBudget'
  | 'adjustedBudget'
  | 'executed'
  | 'weight'
  | 'executionRate'
  | 'score'
  | 'share'
  | 'reason'
  | 'method'
  | 'label';

/**
 * A column's role in its block: a funds or indicator role, `serial` (序号: recognised, unused) or
 * `ignore` (not used: unrecognised, or set so by the user).
 */
export type MappedRole = FundsColumnRole | IndicatorColumnRole | 'serial' | 'ignore';

/** Who decided: recognition (`auto`) or the user in the pane (`user`, confidence 1). */
export type MappingSource = 'auto' | 'user';

export interface ColumnMapping {
  /** 0-based column of the header cell (its merge's left column). */
  readonly col: number;
  /** A1 address of the header cell. */
  readonly address: string;
  /** The header as typed, whitespace removed (both rows of a two-row header joined). */
  readonly header: string;
  readonly role: MappedRole;
  /**
   * 0–1: 1 = a label of the role's family; 0.9 = a family label built from a two-row header;
   * 0.6 = guessed from key words; 0 = not recognised (role `ignore`).
   */
  readonly confidence: number;
  readonly source: MappingSource;
}

export interface BlockMapping {
  readonly kind: BlockKind;
  /** The block's cells, header included. */
  readonly range: CellRange;
  /** Header rows (0-based, inclusive): two rows when the header is split. */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: readonly ColumnMapping[];
  /** `user`: the range was selected by hand and is read as is; `auto`: the rows are found again. */
  readonly rangeSource: MappingSource;
}

export interface TableMapping {
  readonly sheet: string;
  readonly range: CellRange;
  readonly blocks: readonly BlockMapping[];
  /** 0–1: the mean confidence of the header columns (see tableConfidence). */
  readonly confidence: number;
  /** True once the user confirmed it in the pane; saved and reused as is. */
  readonly confirmed: boolean;
}

export interface WorkbookMapping {
  readonly tables: readonly TableMapping[];
  /** The rule set (评分规则集) chosen for this workbook: a built-in profile id (issue 12 point 8). */
  readonly profile?: string;
}

/** Name of the hidden settings sheet holding the confirmed mapping. */
export const MAPPING_SHEET = '_jixiao_mapping';
