/**
 * What a worksheet `<c>` means, shared by both sheet readers — the byte reader
 * (sheet-bytes-reader.ts: every read and every patch of a part, with the one fast path) and the
 * text reader (sheet-reader.ts: the general `<c>` reader and the error messages). The readers
 * only find the parts of each element (reference, style, type, `<v>` text, `<f>`, `<is>`) in
 * their own representation; everything after that is here, once:
 * - A1 references and ranges;
 * - cell types (ECMA-376 §18.18.11 ST_CellType): s (shared string), str (formula string),
 *   inlineStr, b (boolean), e (error), n (number, default), d (ISO 8601 date → serial number);
 *   number formats by style index; malformed numbers kept as text;
 * - shared and array formulas;
 * - where a cell goes (a row's r, a cell's r, or the next position) and the rows built from them
 *   (SheetCells), with the interning of equal cells across the workbook.
 */
import type { Cell, CellRange, CellValue, Sheet } from '../../core/grid/types';
import { shiftFormula } from './formula-shift';
import { formatCodeOfXf, type StylesInfo } from './styles';
import { decodeOoxmlEscapes } from './xml-scan';

export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
  readonly styles: StylesInfo;
  /** workbookPr date1904: serials count from 1904-01-01. */
  readonly date1904?: boolean;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

// ---------------------------------------------------------------------------------------------
// A1 references

/** 'AB12' → [col 27, row 11]; row -1 when no digits; null when malformed. */
export function parseRef(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    let ch = ref.charCodeAt(i);
    if (ch === 36) continue; // '$'
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch === 36 && digits === 0) continue;
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
    digits++;
  }
  if (col === 0) return null;
  return [col - 1, digits ? row - 1 : -1];
}

export function parseRange(ref: string): CellRange | undefined {
  const [a, b] = ref.split(':');
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q || p[1] < 0 || q[1] < 0) return undefined;
  return { top: Math.min(p[1], q[1]), left: Math.min(p[0], q[0]), bottom: Math.max(p[1], q[1]), right: Math.max(p[0], q[0]) };
}

// ---------------------------------------------------------------------------------------------
// Values

const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** ISO 8601 (t="d") → serial day number; undefined when unparsable. */
export function isoToSerial(iso: string, date1904 = false): number | undefined {
  let s = iso.trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(s)) s += 'Z';
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  return (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

/** A number cell's `<v>` text (entities decoded) → its value; a malformed number stays text. */
export function numberValue(raw: string): CellValue {
  const text = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
  if (text === '') return null;
  const n = Number(text);
  // A malformed <v> stays text so the checks can name the cell instead of seeing NaN.
  return Number.isFinite(n) ? n : text;
}

/**
 * Exact powers of ten (every one up to 1e22 is a double). The readers' fast paths read a plain
 * decimal `<v>` in place — an optional '-', digits, at most one '.', at most 15 digits — as the
 * integer m of its digits (< 2^53) and the value m / 10^k: one correctly rounded division of two
 * exact doubles, so exactly the double Number(text) gives. Anything else goes the general way.
 */
export const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// ---------------------------------------------------------------------------------------------
// Interning

/**
 * Cells interned per workbook (its shared strings and styles), bounded: all dropped when full.
 * Arrays indexed by style (and shared-string index) rather than maps keyed by text: a cell's
 * `<v>` is parsed in place and never sliced.
 */
interface InternTables {
  /** [style][shared-string index] → Cell. */
  strings: Array<Array<Cell | undefined> | undefined>;
  /** [style] → numeric value → Cell (never -0: a Map key cannot tell it from 0). */
  numbers: Array<Map<number, Cell> | undefined>;
  /** [style] → the Cell of an empty `<c s="style"/>`. */
  blanks: Array<Cell | undefined>;
  size: number;
  /**
   * [style] → its number format code. Per workbook rather than per sheet: a fresh array per
   * sheet changes its map on its first writes, which threw the fast paths' optimised code (this
   * lookup is inlined there) out again on a later sheet.
   */
  readonly formats: string[];
  /**
   * The row being gathered (SheetCells.pending), shared by the workbook's sheets (one is read
   * at a time, start to end): grown once to the widest row, then stores into it stay in bounds
   * — a fresh array per sheet grew again on every sheet, which threw the fast paths' optimised
   * code out. Holds `undefined` from the start, an array of any values.
   */
  readonly pendingRow: Array<Cell | undefined>;
}

const MAX_INTERNED = 50000;
/** Styles at or above this index are never interned (the fast paths leave such cells alone). */
export const MAX_INTERNED_STYLE = 1 << 16;
const internBySst = new WeakMap<readonly string[], WeakMap<StylesInfo, InternTables>>();

function internTables(ctx: SheetReadContext): InternTables {
  let byStyles = internBySst.get(ctx.sharedStrings);
  if (byStyles === undefined) internBySst.set(ctx.sharedStrings, (byStyles = new WeakMap()));
  let t = byStyles.get(ctx.styles);
  if (t === undefined) byStyles.set(ctx.styles, (t = { strings: [], numbers: [], blanks: [], size: 0, formats: [], pendingRow: [undefined] }));
  return t;
}

function countInterned(t: InternTables): void {
  if (++t.size <= MAX_INTERNED) return;
  t.strings = [];
  t.numbers = [];
  t.blanks = [];
  t.size = 1;
}

/**
 * An empty array of rows that is an array of objects from the start (V8 starts `[]` as an array
 * of small integers, or not, depending on what earlier arrays created at the same place became):
 * every sheet's `rows` has the same map, so storeCell's optimised code, inlined in the fast
 * paths, is not thrown out on a later sheet whose array started differently.
 */
function emptyRows(): Array<Array<Cell | undefined>> {
  const rows: Array<Array<Cell | undefined>> = [[]];
  rows.pop();
  return rows;
}

interface SharedMaster {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

// ---------------------------------------------------------------------------------------------
// One sheet's cells

/**
 * The cells of one sheet as its reader finds them: position (row, column), decoding, interning,
 * formulas, and the rows they are stored in. A class rather than closures: its methods are the
 * same functions for every sheet, so their optimised code is compiled once per process (a
 * closure's is compiled again for each sheet's new context) — most reads are cold. Each reader
 * holds one (never a subclass), so every call site here stays monomorphic.
 */
export class SheetCells {
  readonly rows: Array<Array<Cell | undefined>> = emptyRows();
  readonly merges: CellRange[] = [];
  /** The current row and column (0-based; -1 before the first). */
  rowIdx = -1;
  colIdx = -1;
  /** Did the current `<row>` carry r? (Else its first cell's r, if any, places it.) */
  rowHasRef = true;
  firstCellInRow = false;
  private readonly sst: readonly string[];
  private readonly interned: InternTables;
  private readonly masters = new Map<string, SharedMaster>();
  private readonly arrayRanges: CellRange[] = [];
  /** The cells of row `pendingRow` (-1: none) so far, [0, pendingLength); see storeCell and InternTables.pendingRow. */
  private readonly pending: Array<Cell | undefined>;
  private pendingRow = -1;
  private pendingLength = 0;

  constructor(private readonly ctx: SheetReadContext) {
    this.sst = ctx.sharedStrings;
    this.interned = internTables(ctx);
    this.pending = this.interned.pendingRow;
  }

  /** The Sheet read, once the part is done. */
  finish(name: string): Sheet {
    this.flushRow();
    this.markArrayFormulaCells();
    return { name, cells: this.rows, merges: this.merges };
  }

  // --- position ---------------------------------------------------------------------------

  /**
   * A `<row>` starts: `r` is its 1-based number when it has one (NaN when unreadable), else
   * undefined (the row after the last). False when the number is out of range (the reader throws).
   */
  startRow(r: number | undefined): boolean {
    const hasRef = r !== undefined;
    this.rowHasRef = hasRef;
    const rowIdx = hasRef ? r - 1 : this.rowIdx + 1;
    this.rowIdx = rowIdx;
    if (!Number.isInteger(rowIdx) || rowIdx < 0 || rowIdx >= MAX_ROWS) return false;
    this.colIdx = -1;
    this.firstCellInRow = true;
    return true;
  }

  /**
   * A cell at r = (row, col) (row -1: no digits), or at the next column (col -1: no r): the
   * `<row>`'s own r wins over the row a cell's r names; a row without r takes its first cell's.
   * (The byte reader's fast path does the same in place, then storeCell.)
   */
  placeCell(row: number, col: number): void {
    if (col >= 0) {
      this.colIdx = col;
      if (this.firstCellInRow && !this.rowHasRef && row >= 0) this.rowIdx = row;
    } else this.colIdx++;
    this.firstCellInRow = false;
  }

  // --- decoding -----------------------------------------------------------------------------

  fmtOf(s: number): string {
    const formats = this.interned.formats;
    return formats[s] ?? (formats[s] = formatCodeOfXf(this.ctx.styles, s));
  }

  /** The Cell of `<c t="s" s="style"><v>i</v></c>` (i a whole number), shared by every such cell of the workbook. */
  stringCell(i: number, style: number): Cell {
    if (i >= this.sst.length) return { value: '', numFmt: this.fmtOf(style) };
    const interned = this.interned;
    const known = interned.strings[style]?.[i];
    if (known !== undefined) return known;
    countInterned(interned); // may drop every table
    const c: Cell = { value: this.sst[i], numFmt: this.fmtOf(style) };
    (interned.strings[style] ??= [])[i] = c;
    return c;
  }

  /** The Cell of `<c s="style"><v>n</v></c>`, shared by equal ones (by value and style). */
  numberCellOf(n: number, style: number): Cell {
    if (Object.is(n, -0)) return { value: n, numFmt: this.fmtOf(style) };
    const interned = this.interned;
    const known = interned.numbers[style]?.get(n);
    if (known !== undefined) return known;
    countInterned(interned); // may drop every table
    const c: Cell = { value: n, numFmt: this.fmtOf(style) };
    (interned.numbers[style] ??= new Map()).set(n, c);
    return c;
  }

  /** The Cell of an empty `<c s="style"/>`, shared by every such cell of the workbook. */
  blankCell(style: number): Cell {
    const interned = this.interned;
    const known = interned.blanks[style];
    if (known !== undefined) return known;
    countInterned(interned); // may drop every table
    return (interned.blanks[style] = { value: null, numFmt: this.fmtOf(style) });
  }

  /**
   * The Cell of a `<c>` from its parts: type t (undefined: n), style s, the `<v>` text (entities
   * decoded; undefined: no `<v>`), the formula (formulaText) and the inline string (`<is>`).
   */
  cellOf(t: string | undefined, s: number, vText: string | undefined, formula: string | undefined, inline: string | undefined): Cell {
    const type = t ?? 'n';
    if (formula === undefined && (type === 's' || type === 'n') && vText !== undefined && s >= 0 && s < MAX_INTERNED_STYLE) {
      // Plain value cells repeat (labels, weights, scores): equal ones share one immutable Cell.
      if (type === 's') {
        const i = vText === '' ? -1 : Number(vText);
        if (!(i >= 0)) return { value: null, numFmt: this.fmtOf(s) };
        if (!Number.isSafeInteger(i)) return { value: this.sst[i] ?? '', numFmt: this.fmtOf(s) };
        return this.stringCell(i, s);
      }
      const value = numberValue(vText);
      return typeof value === 'number' ? this.numberCellOf(value, s) : { value, numFmt: this.fmtOf(s) };
    }
    let value: CellValue;
    switch (type) {
      case 's': {
        const i = vText === undefined || vText === '' ? -1 : Number(vText);
        value = i >= 0 ? (this.sst[i] ?? '') : null;
        break;
      }
      case 'str':
        value = vText === undefined ? null : decodeOoxmlEscapes(vText);
        break;
      case 'inlineStr':
        value = inline ?? (vText === undefined ? null : decodeOoxmlEscapes(vText));
        break;
      case 'b':
        value = vText === undefined || vText === '' ? null : vText.trim() === '1' || vText.trim() === 'true';
        break;
      case 'e':
        value = vText === undefined || vText === '' ? null : { error: vText.trim() };
        break;
      case 'd':
        value = vText === undefined || vText === '' ? null : (isoToSerial(vText, this.ctx.date1904) ?? vText);
        break;
      default:
        value = vText === undefined ? null : numberValue(vText);
    }
    return formula === undefined ? { value, numFmt: this.fmtOf(s) } : { value, formula, numFmt: this.fmtOf(s) };
  }

  /**
   * The formula of the current cell from its `<f>`: type ft, shared index si, ref, text — a
   * shared formula's text moved from its master; an array formula's / data table's other cells
   * remembered (markArrayFormulaCells).
   */
  formulaText(ft: string | undefined, si: string | undefined, ref: string | undefined, text: string): string {
    if (ft === 'array' || ft === 'dataTable') {
      const range = ref ? parseRange(ref) : undefined;
      if (range && (range.bottom > range.top || range.right > range.left)) this.arrayRanges.push(range);
    }
    if (ft === 'shared' && si !== undefined) {
      if (text !== '') {
        this.masters.set(si, { text, row: this.rowIdx, col: this.colIdx });
        return text;
      }
      const m = this.masters.get(si);
      return m ? shiftFormula(m.text, this.rowIdx - m.row, this.colIdx - m.col) : '';
    }
    return text;
  }

  /** A `<mergeCell ref>`. */
  addMerge(ref: string | undefined): void {
    const range = ref ? parseRange(ref) : undefined;
    if (range) this.merges.push(range);
  }

  // --- storage ------------------------------------------------------------------------------

  /**
   * Put `cell` at (rowIdx, colIdx), padding the row with undefined. A row read for the first time
   * is gathered in `pending` and stored as an exact-size copy once complete (flushRow): an array
   * grown cell by cell would reserve room for 17 cells or more.
   */
  storeCell(cell: Cell): void {
    const rowIdx = this.rowIdx;
    const colIdx = this.colIdx;
    if (this.pendingRow !== rowIdx || rowIdx < 0) {
      this.flushRow();
      if (rowIdx >= this.rows.length) {
        this.pendingRow = rowIdx;
        this.pendingLength = 0;
      }
    }
    if (this.pendingRow === rowIdx && rowIdx >= 0) {
      const pending = this.pending;
      let length = this.pendingLength;
      while (length < colIdx) pending[length++] = undefined;
      pending[colIdx] = cell;
      if (colIdx >= length) length = colIdx + 1;
      this.pendingLength = length;
      return;
    }
    const rows = this.rows;
    let row = rows[rowIdx];
    if (row === undefined) {
      while (rows.length <= rowIdx) rows.push([]);
      row = rows[rowIdx];
    }
    while (row.length < colIdx) row.push(undefined);
    row[colIdx] = cell;
  }

  /** Store the pending row (see storeCell), padding the rows before it with empty ones. */
  private flushRow(): void {
    const at = this.pendingRow;
    if (at < 0) return;
    this.pendingRow = -1;
    const rows = this.rows;
    while (rows.length < at) rows.push([]);
    rows.push(this.pending.slice(0, this.pendingLength));
  }

  /**
   * The other cells of a multi-cell array formula / data table hold only values, but they belong
   * to the formula: mark them as formula cells (text '') so nobody writes into them.
   */
  private markArrayFormulaCells(): void {
    for (const r of this.arrayRanges) {
      for (let y = r.top; y <= r.bottom; y++) {
        const row = this.rows[y];
        if (!row) continue;
        for (let x = r.left; x <= r.right && x < row.length; x++) {
          const c = row[x];
          if (c && c.formula === undefined) row[x] = { value: c.value, formula: '', numFmt: c.numFmt };
        }
      }
    }
  }
}
