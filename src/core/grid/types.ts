/**
 * The engine's only input: a plain 2-D grid of cell values per sheet, filled by every host
 * (xlsx file, Excel, WPS, in-memory). Rows and columns are 0-based here; A1 addresses are
 * derived (see a1.ts).
 */

/** A spreadsheet error value as the host shows it: '#DIV/0!', '#REF!', '#N/A', '#VALUE!' … */
export interface CellError {
  readonly error: string;
}

/** number | text | boolean | blank (null) | error. Dates arrive as serial numbers. */
export type CellValue = number | string | boolean | null | CellError;

export interface Cell {
  /** The value (for a formula cell: its cached result; null when never calculated). */
  readonly value: CellValue;
  /** The formula without the leading '=', when the cell holds one. Formula cells are never written. */
  readonly formula?: string;
  /** The number format code, e.g. '0.00%', '0.00', 'General', '#,##0.00"万元"'. */
  readonly numFmt?: string;
}

/** An inclusive rectangle, 0-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  readonly name: string;
  /** Dense rows × columns from A1; `undefined` = the cell does not exist in the file/host. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell | undefined>>;
  /** Merged areas. Hosts that cannot report merges may leave this empty (recognition copes). */
  readonly merges: readonly CellRange[];
  /** True when the host could not tell merges (old Excel API); recognition infers them from blanks. */
  readonly mergesUnknown?: boolean;
}

export interface Workbook {
  readonly sheets: readonly Sheet[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  const r = sheet.cells[row];
  return r ? r[col] : undefined;
}

export function valueAt(sheet: Sheet, row: number, col: number): CellValue {
  return cellAt(sheet, row, col)?.value ?? null;
}

export function rowCount(sheet: Sheet): number {
  return sheet.cells.length;
}

export function colCount(sheet: Sheet): number {
  let n = 0;
  for (const r of sheet.cells) if (r.length > n) n = r.length;
  return n;
}

/** The merged area that contains (row, col), if any. */
export function mergeAt(sheet: Sheet, row: number, col: number): CellRange | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** A sheet built from plain values (tests, the in-browser demo). */
export function sheetFromValues(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue | Cell>>, merges: CellRange[] = []): Sheet {
  return {
    name,
    merges,
    cells: rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' && 'value' in v ? (v as Cell) : { value: v as CellValue }))),
  };
}

/**
 * The sheets of a workbook read one at a time (a host that parses each sheet on demand):
 * core/analyse.ts analyseSheets keeps nothing of a sheet once it is checked.
 */
export interface SheetSource {
  /** Every sheet name, in workbook order. */
  readonly names: readonly string[];
  /** The grid of one sheet; called once per name, in order. */
  read(name: string): Sheet;
}
