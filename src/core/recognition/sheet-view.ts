/**
 * A merge-aware read view of one sheet for recognition. A cell covered by a merge but not its
 * top-left is not a separate cell ("covered"); every other position is a real cell, even when
 * the host did not store it (then its value is blank). Fields built here carry their A1 address.
 *
 * Built once per sheet and cheap to query (speed budget of issue #5): merges are indexed by cell
 * once, the real columns of a row are computed once, and label keys are memoised. The view is a
 * class (methods on one prototype, one object shape) and builds no wrapper object per cell: only
 * the fields of the model (SourceCell, TextField, NumberField) are allocated.
 */
import type { Cell, CellRange, CellValue, Sheet } from '../grid/types';
import { toA1 } from '../grid/a1';
import { cellText } from '../grid/text';
import { type ParsedNumber, parseNumber, parseNumericText } from '../money/parse';
import type { NumberField, SourceCell, TextField } from '../model';
import { createKeyer, type Keyer } from './families';
import { classifyRow } from './row-classes';

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
  /** The merge holding (row, col), if any (area without building a range for a single cell). */
  merge(row: number, col: number): CellRange | undefined;
  /** Display text of the cell itself (not of its merge anchor); '' when blank. */
  text(row: number, col: number): string;
  /** True when the cell itself holds a number (not text). */
  isNumber(row: number, col: number): boolean;
  /** labelKey of the cell's text ('' for blanks and numbers). */
  key(row: number, col: number): string;
  /** The cell's text when it holds text (what key reads); '' for blanks, numbers and other values. */
  labelText(row: number, col: number): string;
  /** True when the cell's display text is not blank (text(row, col).trim() !== ''), without building it. */
  hasText(row: number, col: number): boolean;
  /** The label classes of the row's real cells (row-classes.ts), computed once per row. */
  rowClasses(row: number): number;
  /** The memoised labelKey, for texts built from several cells. */
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
 * equal cells share one result — weights and scores repeat down a table and across sheets.
 */
export type NumberParser = (value: Cell['value'] | undefined, numFmt: string | undefined) => ParsedNumber;

const BLANK_NUMBER = parseNumber(null);
/** Numbers by number format (undefined included) then value: no key string built per lookup. */
const numberMemo = new Map<string | undefined, Map<number, ParsedNumber>>();
/** Texts parse the same whatever the number format (parseNumber ignores it for text). */
const textMemo = new Map<string, ParsedNumber>();
const NUMBER_MEMO_LIMIT = 50000;
const TEXT_MEMO_MAX_LENGTH = 100;

function parseMemoised(value: CellValue | undefined, numFmt: string | undefined): ParsedNumber {
  if (value === null || value === undefined) return BLANK_NUMBER;
  if (typeof value === 'number') {
    let byValue = numberMemo.get(numFmt);
    if (byValue === undefined) {
      if (numberMemo.size > 64) numberMemo.clear();
      byValue = new Map();
      numberMemo.set(numFmt, byValue);
    }
    let p = byValue.get(value);
    if (p === undefined) {
      p = parseNumber(value, numFmt);
      if (byValue.size > NUMBER_MEMO_LIMIT) byValue.clear();
      byValue.set(value, p);
    }
    return p;
  }
  if (typeof value === 'string' && value.length <= TEXT_MEMO_MAX_LENGTH) {
    let p = textMemo.get(value);
    if (p === undefined) {
      p = parseNumber(value, numFmt);
      if (textMemo.size > NUMBER_MEMO_LIMIT) textMemo.clear();
      textMemo.set(value, p);
    }
    return p;
  }
  return parseNumber(value, numFmt);
}

export function createNumberParser(): NumberParser {
  return parseMemoised;
}

/** The view; see SheetView. Private fields are set once in the constructor (one shape). */
class GridView implements SheetView {
  readonly sheet: Sheet;
  readonly rows: number;
  readonly cols: number;
  readonly keyOf: Keyer;
  private readonly name: string;
  private readonly cells: ReadonlyArray<ReadonlyArray<Cell | undefined>>;
  private readonly parse: NumberParser;
  /** Merge of each covered or anchor cell, by row * ROW_STRIDE + col; undefined when the sheet has none. */
  private readonly mergeIndex: Map<number, CellRange> | undefined;
  private readonly realColsCache: Array<readonly number[] | undefined> = [];
  private everyColCache: readonly number[] | undefined = undefined;
  /** rowClasses by row, -1 until computed. */
  private classes: Int32Array | undefined = undefined;

  constructor(sheet: Sheet, keyOf: Keyer, parse: NumberParser) {
    this.sheet = sheet;
    this.name = sheet.name;
    this.cells = sheet.cells;
    this.keyOf = keyOf;
    this.parse = parse;
    const cells = sheet.cells;
    let cols = 0;
    for (let r = 0; r < cells.length; r++) if (cells[r].length > cols) cols = cells[r].length;
    let index: Map<number, CellRange> | undefined;
    const merges = sheet.merges;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      cols = Math.max(cols, m.right + 1);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) (index ??= new Map()).set(r * ROW_STRIDE + c, m);
      }
    }
    this.rows = cells.length;
    this.cols = cols;
    this.mergeIndex = index;
  }

  /** The cell at (row, col). The readers called per indicator row repeat its two lines (a call less in unoptimised code). */
  private cellOf(row: number, col: number): Cell | undefined {
    const r = this.cells[row];
    return r === undefined ? undefined : r[col];
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.mergeIndex === undefined ? undefined : this.mergeIndex.get(row * ROW_STRIDE + col);
  }

  covered(row: number, col: number): boolean {
    if (this.mergeIndex === undefined) return false;
    const m = this.mergeIndex.get(row * ROW_STRIDE + col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  anchor(row: number, col: number): Position {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  area(row: number, col: number): CellRange {
    return this.merge(row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  text(row: number, col: number): string {
    const cell = this.cellOf(row, col);
    if (cell === undefined) return '';
    const v = cell.value;
    if (typeof v === 'string') return v;
    if (v === null || v === undefined) return '';
    return cellText(v);
  }

  isNumber(row: number, col: number): boolean {
    const r = this.cells[row];
    const cell = r === undefined ? undefined : r[col];
    return cell !== undefined && typeof cell.value === 'number';
  }

  key(row: number, col: number): string {
    const cell = this.cellOf(row, col);
    if (cell === undefined) return '';
    const v = cell.value;
    if (typeof v !== 'string' || v === '') return '';
    return this.keyOf(v);
  }

  labelText(row: number, col: number): string {
    const r = this.cells[row];
    const cell = r === undefined ? undefined : r[col];
    if (cell === undefined) return '';
    const v = cell.value;
    return typeof v === 'string' ? v : '';
  }

  hasText(row: number, col: number): boolean {
    const r = this.cells[row];
    const cell = r === undefined ? undefined : r[col];
    if (cell === undefined) return false;
    const v = cell.value;
    if (typeof v === 'string') return v.trim() !== '';
    if (typeof v === 'number' || typeof v === 'boolean') return true; // String(v) is never blank
    if (v === null || v === undefined) return false;
    return cellText(v).trim() !== '';
  }

  rowClasses(row: number): number {
    const classes = (this.classes ??= new Int32Array(this.rows).fill(-1));
    let k = classes[row];
    if (k < 0) {
      k = classifyRow(this.cells[row], this.allReal(row));
      classes[row] = k;
    }
    return k;
  }

  realCols(row: number, from = 0, to = this.cols - 1): readonly number[] {
    const all = this.allReal(row);
    if (from <= 0 && to >= this.cols - 1) return all;
    return all.filter((c) => c >= from && c <= to);
  }

  private allReal(row: number): readonly number[] {
    if (this.mergeIndex === undefined) return (this.everyColCache ??= Array.from({ length: this.cols }, (_, c) => c));
    let cached = this.realColsCache[row];
    if (cached === undefined) {
      const out: number[] = [];
      for (let c = 0; c < this.cols; c++) if (!this.covered(row, c)) out.push(c);
      cached = out;
      this.realColsCache[row] = cached;
    }
    return cached;
  }

  source(row: number, col: number): SourceCell {
    return this.sourceOf(this.cellOf(row, col), row, col);
  }

  /** The SourceCell of a cell already fetched (field builders fetch each cell once). */
  private sourceOf(cell: Cell | undefined, row: number, col: number): SourceCell {
    const sheet = this.name;
    const address = toA1(row, col);
    // One literal per combination (same keys, same order as before): stable object shapes.
    if (cell === undefined) return { sheet, row, col, address, raw: null };
    const raw = cell.value ?? null;
    const formula = cell.formula;
    const numFmt = cell.numFmt;
    if (formula === undefined) return numFmt === undefined ? { sheet, row, col, address, raw } : { sheet, row, col, address, raw, numFmt };
    return numFmt === undefined ? { sheet, row, col, address, raw, formula } : { sheet, row, col, address, raw, formula, numFmt };
  }

  textField(row: number, col: number): TextField {
    const r = this.cells[row];
    const cell = r === undefined ? undefined : r[col];
    const v = cell === undefined ? undefined : cell.value;
    return { cell: this.sourceOf(cell, row, col), text: typeof v === 'string' ? v : v === null || v === undefined ? '' : cellText(v) };
  }

  numberField(row: number, col: number): NumberField {
    const r = this.cells[row];
    const cell = r === undefined ? undefined : r[col];
    return { cell: this.sourceOf(cell, row, col), parsed: cell === undefined ? this.parse(null, undefined) : this.parse(cell.value ?? null, cell.numFmt) };
  }

  embeddedField(row: number, col: number, valueText: string): NumberField {
    return { cell: this.source(row, col), parsed: parseNumericText(valueText), embedded: true };
  }
}

export function sheetView(sheet: Sheet, keyOf: Keyer = createKeyer(), parse: NumberParser = createNumberParser()): SheetView {
  return new GridView(sheet, keyOf, parse);
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
