/**
 * A merge-aware read view of one sheet for recognition. A cell covered by a merge but not its
 * top-left is not a separate cell ("covered"); every other position is a real cell, even when
 * the host did not store it (then its value is blank). Fields built here carry their A1 address.
 *
 * Built once per sheet and cheap to query (speed budget of issue #5): merges are indexed by cell
 * once, the real columns of a row are computed once, and label keys are memoised per run.
 */
import type { Cell, CellRange, Sheet } from '../grid/types';
import { colCount, rowCount } from '../grid/types';
import { toA1 } from '../grid/a1';
import { cellText } from '../grid/text';
import { type ParsedNumber, parseNumber, parseNumericText } from '../money/parse';
import type { NumberField, SourceCell, TextField } from '../model';
import { createKeyer, type Keyer } from './families';

export interface Position {
  readonly row: number;
  readonly col: number;
}

export interface SheetView {
  readonly sheet: Sheet;
  readonly rows: number;
  readonly cols: number;
  /** True when (row, col) lies inside a merge but is not its top-left. */
  covered(row: number, col: number): boolean;
  /** The top-left of the area holding (row, col): the position itself when not merged. */
  anchor(row: number, col: number): Position;
  /** The area of the cell at (row, col): its merge, or the single cell. */
  area(row: number, col: number): CellRange;
  /** Display text of the cell itself (not of its merge anchor); '' when blank. */
  text(row: number, col: number): string;
  /** True when the cell itself holds a number (not text). */
  isNumber(row: number, col: number): boolean;
  /** labelKey of the cell's text ('' for blanks and numbers). */
  key(row: number, col: number): string;
  /** The run's memoised labelKey, for texts built from several cells. */
  readonly keyOf: Keyer;
  /** Columns of the real (uncovered) cells of a row, left to right, within [from, to]. */
  realCols(row: number, from?: number, to?: number): readonly number[];
  source(row: number, col: number): SourceCell;
  textField(row: number, col: number): TextField;
  numberField(row: number, col: number): NumberField;
  /** A value read out of a label cell (`其他资金：224.62`): input, never written. */
  embeddedField(row: number, col: number, valueText: string): NumberField;
}

const ROW_STRIDE = 1 << 16;

/**
 * parseNumber memoised by value and number format: ParsedNumber is immutable (its Dec too), so
 * equal cells share one result — weights and scores repeat down a table.
 */
export type NumberParser = (value: Cell['value'] | undefined, numFmt: string | undefined) => ParsedNumber;

export function createNumberParser(): NumberParser {
  const memo = new Map<string, ParsedNumber>();
  const blank = parseNumber(null);
  return (value, numFmt) => {
    if (value === null || value === undefined) return blank;
    if (typeof value !== 'number') return parseNumber(value, numFmt);
    const k = numFmt === undefined ? String(value) : `${value}|${numFmt}`;
    let p = memo.get(k);
    if (p === undefined) {
      p = parseNumber(value, numFmt);
      if (memo.size > 50000) memo.clear();
      memo.set(k, p);
    }
    return p;
  };
}

export function sheetView(sheet: Sheet, keyOf: Keyer = createKeyer(), parse: NumberParser = createNumberParser()): SheetView {
  const rows = rowCount(sheet);
  let cols = colCount(sheet);
  const mergeIndex = new Map<number, CellRange>();
  for (const m of sheet.merges) {
    cols = Math.max(cols, m.right + 1);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) mergeIndex.set(r * ROW_STRIDE + c, m);
  }
  const hasMerges = mergeIndex.size > 0;
  const mergeOf = (row: number, col: number): CellRange | undefined => (hasMerges ? mergeIndex.get(row * ROW_STRIDE + col) : undefined);
  const covered = (row: number, col: number): boolean => {
    if (!hasMerges) return false;
    const m = mergeIndex.get(row * ROW_STRIDE + col);
    return m !== undefined && (m.top !== row || m.left !== col);
  };
  const cellOf = (row: number, col: number) => {
    const r = sheet.cells[row];
    return r ? r[col] : undefined;
  };
  const source = (row: number, col: number): SourceCell => {
    const cell = cellOf(row, col);
    const address = toA1(row, col);
    // One literal per combination (same keys, same order as before): stable object shapes.
    if (cell === undefined) return { sheet: sheet.name, row, col, address, raw: null };
    const raw = cell.value ?? null;
    const { formula, numFmt } = cell;
    if (formula === undefined) return numFmt === undefined ? { sheet: sheet.name, row, col, address, raw } : { sheet: sheet.name, row, col, address, raw, numFmt };
    return numFmt === undefined ? { sheet: sheet.name, row, col, address, raw, formula } : { sheet: sheet.name, row, col, address, raw, formula, numFmt };
  };
  const text = (row: number, col: number): string => {
    const v = cellOf(row, col)?.value;
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v;
    return cellText(v);
  };
  const key = (row: number, col: number): string => {
    const v = cellOf(row, col)?.value;
    if (typeof v !== 'string' || v === '') return '';
    return keyOf(v);
  };
  const realColsCache: Array<readonly number[] | undefined> = [];
  const everyCol: readonly number[] = Array.from({ length: cols }, (_, c) => c);
  const allReal = (row: number): readonly number[] => {
    if (!hasMerges) return everyCol;
    let cached = realColsCache[row];
    if (cached === undefined) {
      const out: number[] = [];
      for (let c = 0; c < cols; c++) if (!covered(row, c)) out.push(c);
      cached = out;
      realColsCache[row] = cached;
    }
    return cached;
  };
  return {
    sheet,
    rows,
    cols,
    covered,
    anchor(row, col) {
      const m = mergeOf(row, col);
      return m ? { row: m.top, col: m.left } : { row, col };
    },
    area(row, col) {
      return mergeOf(row, col) ?? { top: row, left: col, bottom: row, right: col };
    },
    text,
    isNumber(row, col) {
      return typeof cellOf(row, col)?.value === 'number';
    },
    key,
    keyOf,
    realCols(row, from = 0, to = cols - 1) {
      const all = allReal(row);
      if (from <= 0 && to >= cols - 1) return all;
      return all.filter((c) => c >= from && c <= to);
    },
    source,
    textField(row, col) {
      return { cell: source(row, col), text: text(row, col) };
    },
    numberField(row, col) {
      const cell = cellOf(row, col);
      return { cell: source(row, col), parsed: parse(cell?.value ?? null, cell?.numFmt) };
    },
    embeddedField(row, col, valueText) {
      return { cell: source(row, col), parsed: parseNumericText(valueText), embedded: true };
    },
  };
}

/** The smallest range holding all the given ranges. */
export function unionRange(ranges: readonly CellRange[]): CellRange | undefined {
  if (ranges.length === 0) return undefined;
  return ranges.reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
}
