/**
 * The one interface every host implements: Excel (Office.js, asynchronous and batched: queue
 * loads, then one `context.sync()`), WPS (synchronous COM-like object model: `Range.Value2`
 * arrays), an .xlsx file (the CLI), and an in-memory workbook (tests, browser preview).
 *
 * The behaviour every host shares is pinned by one contract suite,
 * test/hosts/contract/workbook-host-contract.ts (`describeWorkbookHost`), run against each host:
 * adding a host = implementing this port + passing that suite.
 *
 * Every operation is bulk: a host reads whole used ranges and writes whole plans, never cell by
 * cell, so an asynchronous host needs a constant number of round trips whatever the table size,
 * and a synchronous host simply resolves at once.
 */
import type { SheetSource, Workbook } from '../core/grid/types';
import type { SheetLayout } from '../core/grid/layout';
import type { CellWrite } from '../core/plan/write-plan';

export type HostKind = 'excel' | 'wps' | 'xlsx' | 'memory';

export interface WorkbookHost {
  readonly kind: HostKind;
  /** Every sheet's used range: values, formulas, number formats, merged areas (where the host can tell). */
  readWorkbook(): Promise<Workbook>;
  /**
   * Optional, for hosts that can parse one sheet on demand (the .xlsx file): the sheet names in
   * workbook order and a reader that parses a sheet when asked and keeps nothing, so core's
   * `analyseSheets` holds one sheet's grid at a time (the CLI's `check`, and each file of the bureau's batch, src/batch/check.ts).
   * Names and grids are those of readWorkbook. Hosts without it are read whole.
   */
  readSheets?(): Promise<SheetSource>;
  /**
   * Apply the writes in one batch (all or nothing as far as the host allows). Numbers are
   * written with their `numFmt`; text starting with = + - @ is written as text, never a formula
   * (core/plan `isFormulaLikeText`). A plan that fails core/plan `validateWritePlan` (unknown
   * sheet, address not agreeing with row and column, a value that is not a finite number or
   * text) is refused with the host's own error before anything is written.
   */
  applyWrites(writes: readonly CellWrite[]): Promise<void>;
  /** Create a sheet from a layout, or replace the sheet of that name (template, 自评报告, 检查结果). */
  writeSheet(layout: SheetLayout, options?: { readonly activate?: boolean }): Promise<void>;
  /** Select (and scroll to) a cell: the pane's click on a finding. */
  selectCell(sheet: string, address: string): Promise<void>;
}

/**
 * 标记到工作簿: a fill colour per cell and, where the host can, a note. An optional capability
 * (Excel, WPS and the in-memory host have it); the pane asks for it explicitly, never as a side
 * effect of 检查 alone. The pane remembers what a cell looked like before it marked it (hidden
 * sheet `_jixiao_marks`, src/taskpane/marks.ts), so 清除标记 can restore it: hosts only read and
 * write a cell's look, in one batch each (a constant number of round trips).
 */
export interface CellRef {
  readonly sheet: string;
  /** A1, e.g. 'G16'. */
  readonly address: string;
}

/** What a mark touches on a cell: its fill and its note. */
export interface CellLook extends CellRef {
  /** Fill colour '#RRGGBB', or null: no fill. */
  readonly fill: string | null;
  /** The note's text, or null: no note (always null where the host cannot read notes). */
  readonly note: string | null;
}

/** A new mark: the fill and the note text of the findings (Simplified Chinese). */
export interface CellMark extends CellRef {
  /** Fill colour, '#RRGGBB'. */
  readonly color: string;
  readonly note?: string;
}

export interface MarkResult {
  readonly filled: number;
  /** False when the host cannot write notes (e.g. Excel below ExcelApi 1.18). */
  readonly notesWritten: boolean;
}

export interface CellMarker {
  /** Whether this host reads and writes notes (批注); fills always. */
  readonly notes: boolean;
  /** Each cell's fill and note now (cells on existing sheets), in the order asked. */
  readLooks(cells: readonly CellRef[]): Promise<CellLook[]>;
  /** Set each cell's fill (null: no fill) and note (null: none; ignored without notes) in one batch. */
  writeLooks(looks: readonly CellLook[]): Promise<MarkResult>;
}

/** A host call failed: carries the original error as `cause`; the pane shows the message in Chinese. */
export class HostError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HostError';
  }
}
