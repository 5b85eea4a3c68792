/**
 * One worksheet part → Sheet (dense cells from A1, merges), streaming over the XML with the pull
 * scanner. Optionally records the offsets of `<sheetData>`, every `<row>` and `<c>` for the
 * patcher, so writes are string splices at known positions.
 *
 * Cell types (ECMA-376 §18.18.11 ST_CellType): s (shared string), str (formula string), inlineStr,
 * b (boolean), e (error), n (number, default), d (ISO 8601 date → serial number).
 */
import type { Cell, CellRange, CellValue, Sheet } from '../../core/grid/types';
import { shiftFormula } from './formula-shift';
import { readRichText } from './shared-strings';
import { formatCodeOfXf, type StylesInfo } from './styles';
import { TOK_END, TOK_EOF, XmlScanner, decodeOoxmlEscapes, decodeXml, isNameEnd } from './xml-scan';

export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
  readonly styles: StylesInfo;
  /** workbookPr date1904: serials count from 1904-01-01. */
  readonly date1904?: boolean;
}

/** Offsets of one `<c>` element, [start, end). */
export interface CellSpan {
  readonly col: number;
  readonly start: number;
  readonly end: number;
  readonly hasRef: boolean;
}

/** Offsets of one `<row>`: start tag [start, openEnd); `</row>` at closeStart (-1 when self-closing). */
export interface RowSpan {
  readonly row: number;
  readonly start: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
  closeStart: number;
  readonly hasRef: boolean;
  /** The row's default style index when customFormat="1". */
  readonly style?: number;
  readonly cells: CellSpan[];
}

/** A `<col>` range (0-based, inclusive) with its default style index. */
export interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

export interface SheetPositions {
  /** `<sheetData>` start tag span and `</sheetData>` offset (-1 when self-closing). */
  readonly sheetData: { readonly start: number; readonly openEnd: number; readonly selfClosing: boolean; readonly closeStart: number };
  readonly rows: readonly RowSpan[];
  /** The `ref` attribute value span of `<dimension>`, if any. */
  readonly dimensionRef?: { readonly start: number; readonly end: number; readonly value: string };
  readonly columnStyles: readonly ColumnStyle[];
}

export interface SheetScan {
  readonly sheet: Sheet;
  readonly positions?: SheetPositions;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

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

function numberValue(raw: string): CellValue {
  const text = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
  if (text === '') return null;
  const n = Number(text);
  // A malformed <v> stays text so the checks can name the cell instead of seeing NaN.
  return Number.isFinite(n) ? n : text;
}

/** parseRefAt packs (row + 1) * REF_COLS + col; row + 1 is 0 when the reference has no digits. */
const REF_COLS = 1 << 15;

/**
 * parseRef over xml[start, end) without a substring, packed as REF_COLS says; undefined when
 * malformed or beyond the sheet's last row. A column beyond the last is kept as MAX_COLS (the
 * caller reports it as a bad column, as before).
 */
function parseRefAt(xml: string, start: number, end: number): number | undefined {
  let i = start;
  let col = 0;
  for (; i < end; i++) {
    let ch = xml.charCodeAt(i);
    if (ch === 36) continue; // '$'
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    col = Math.min(col * 26 + (ch - 64), MAX_COLS + 1);
  }
  let row = 0;
  let digits = 0;
  for (; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 36 && digits === 0) continue;
    if (ch < 48 || ch > 57) return undefined;
    row = row * 10 + (ch - 48);
    if (row > MAX_ROWS) return undefined;
    digits++;
  }
  if (col === 0) return undefined;
  return (digits ? row : 0) * REF_COLS + (col - 1);
}

/** Style index `s="12"` as an integer (Number(text) | 0, as before, without the substring). */
function styleIndex(xml: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 48 || ch > 57 || i - start > 6) return Number(xml.slice(start, end)) | 0;
    n = n * 10 + (ch - 48);
  }
  return n;
}

/**
 * A `<v>` of digits only, xml[start, end), as an integer (a shared-string index): -1 when empty,
 * not digits only, or longer than 9 digits (the caller then slices and uses Number, as before).
 */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + (ch - 48);
  }
  return n;
}

/** Exact powers of ten (every one up to 1e22 is a double). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A plain decimal `<v>` (optional '-', digits, optional '.' and digits; at most 15 digits) read in
 * place, without a substring: the digits form an integer m < 2^53 and the value is m / 10^k, one
 * correctly rounded division of two exact doubles, so exactly the double Number(text) gives.
 * NaN for any other text (exponents, '+', spaces, entities, more digits…): the caller then slices
 * and uses Number, as before.
 */
export function plainDecimalAt(xml: string, start: number, end: number): number {
  let i = start;
  const negative = xml.charCodeAt(i) === 45; // '-'
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let point = -1;
  for (; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      m = m * 10 + (ch - 48);
      digits++;
    } else if (ch === 46 && point < 0) point = i;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = point < 0 ? m : m / POW10[end - point - 1];
  return negative ? -v : v;
}

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
   * The row being gathered (SheetReader.pending), shared by the workbook's sheets (one is read
   * at a time, start to end): grown once to the widest row, then stores into it stay in bounds
   * — a fresh array per sheet grew again on every sheet, which threw the fast paths' optimised
   * code out. Holds `undefined` from the start, an array of any values.
   */
  readonly pendingRow: Array<Cell | undefined>;
}

const MAX_INTERNED = 50000;
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

export function readSheetXml(name: string, xml: string, ctx: SheetReadContext, withPositions = false): SheetScan {
  const reader = new SheetReader(xml, ctx, withPositions);
  reader.read();
  const sheet: Sheet = { name, cells: reader.rows, merges: reader.merges };
  if (!withPositions) return { sheet };
  return {
    sheet,
    positions: {
      sheetData: reader.sheetData ?? { start: -1, openEnd: -1, selfClosing: true, closeStart: -1 },
      rows: reader.rowSpans,
      dimensionRef: reader.dimensionRef,
      columnStyles: reader.columnStyles,
    },
  };
}

/**
 * The state of one sheet's read. A class rather than closures inside readSheetXml: its methods
 * are the same functions for every sheet, so their optimised code is compiled once per process
 * (a closure's is compiled again for each sheet's new context) — most reads are cold.
 *
 * Exported for the byte reader (sheet-bytes-reader.ts), which keeps its cells, rows and the
 * position in the row here and hands it the `<c>` shapes it does not read itself (readCellText);
 * the members it uses are the ones not marked private.
 */
export class SheetReader {
  readonly rows: Array<Array<Cell | undefined>> = emptyRows();
  readonly merges: CellRange[] = [];
  readonly rowSpans: RowSpan[] = [];
  readonly columnStyles: ColumnStyle[] = [];
  sheetData: SheetPositions['sheetData'] | undefined = undefined;
  dimensionRef: SheetPositions['dimensionRef'] = undefined;
  private sc: XmlScanner;
  private readonly sst: readonly string[];
  private readonly interned: InternTables;
  private readonly masters = new Map<string, SharedMaster>();
  private readonly arrayRanges: CellRange[] = [];
  private inData = false;
  rowIdx = -1;
  colIdx = -1;
  rowHasRef = true;
  firstCellInRow = false;
  private curRow: RowSpan | undefined = undefined;
  /** The cells of row `pendingRow` (-1: none) so far, [0, pendingLength); see storeCell and InternTables.pendingRow. */
  private readonly pending: Array<Cell | undefined>;
  private pendingRow = -1;
  private pendingLength = 0;

  constructor(
    private xml: string,
    private readonly ctx: SheetReadContext,
    private readonly withPositions: boolean,
  ) {
    this.sc = new XmlScanner(xml);
    this.sst = ctx.sharedStrings;
    this.interned = internTables(ctx);
    this.pending = this.interned.pendingRow;
  }

  read(): void {
    const xml = this.xml;
    const sc = this.sc;
    for (;;) {
      if (this.inData) {
        // Fast path for the bulk of a sheet: `<c …>`, `<row …>` and `</row>` recognised by their
        // unprefixed names in place (the generic scanner slices every tag name). Anything else —
        // prefixed names, comments, other elements — goes through the scanner below.
        let lt = sc.pos;
        if (xml.charCodeAt(lt) !== 60) lt = xml.indexOf('<', lt);
        if (lt >= 0) {
          const c1 = xml.charCodeAt(lt + 1);
          if (c1 === 99 /* c */ && isNameEnd(xml.charCodeAt(lt + 2))) {
            if (!this.fastCell(lt)) {
              sc.startTagNamed(lt, lt + 2, 'c');
              this.readCell();
            }
            continue;
          }
          if (c1 === 114 /* r */ && xml.charCodeAt(lt + 2) === 111 && xml.charCodeAt(lt + 3) === 119 && isNameEnd(xml.charCodeAt(lt + 4))) {
            sc.startTagNamed(lt, lt + 4, 'row');
            this.startRow();
            continue;
          }
          if (c1 === 47 /* / */ && xml.startsWith('row>', lt + 2)) {
            if (this.curRow) {
              this.curRow.closeStart = lt;
              this.curRow = undefined;
            }
            sc.pos = lt + 6;
            continue;
          }
        }
      }
      const k = sc.next();
      if (k === TOK_EOF) break;
      if (k === TOK_END) {
        if (sc.name === 'sheetData' && this.inData) {
          this.inData = false;
          if (this.sheetData) this.sheetData = { ...this.sheetData, closeStart: sc.start };
        } else if (sc.name === 'row' && this.curRow) {
          this.curRow.closeStart = sc.start;
          this.curRow = undefined;
        }
        continue;
      }
      this.startElement(sc.name);
    }
    this.flushRow();
    this.markArrayFormulaCells();
  }

  /** The scanner on a start tag (not a fast-path one). */
  private startElement(tag: string): void {
    const sc = this.sc;
    if (this.inData) {
      if (tag === 'row') this.startRow();
      else if (tag === 'c') this.readCell();
      else sc.skipElement();
      return;
    }
    if (tag === 'sheetData') {
      this.sheetData = { start: sc.start, openEnd: sc.end, selfClosing: sc.selfClosing, closeStart: -1 };
      this.inData = !sc.selfClosing;
    } else if (tag === 'mergeCell') {
      const ref = sc.rawAttr('ref');
      const range = ref ? parseRange(ref) : undefined;
      if (range) this.merges.push(range);
    } else if (tag === 'col' && this.withPositions) {
      const st = sc.rawAttr('style');
      if (st !== undefined) this.columnStyles.push({ min: Number(sc.rawAttr('min')) - 1, max: Number(sc.rawAttr('max')) - 1, style: Number(st) | 0 });
    } else if (tag === 'dimension' && this.withPositions) {
      const m = /(\sref\s*=\s*)(["'])([^"']*)/.exec(this.xml.slice(sc.attrStart, sc.attrEnd));
      if (m) {
        const start = sc.attrStart + m.index + m[1].length + 1;
        this.dimensionRef = { start, end: start + m[3].length, value: m[3] };
      }
    }
  }

  private fmtOf(s: number): string {
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

  /** The Cell of `<c t="s" s="style"><v>text</v></c>` from the `<v>` text. */
  private sharedStringCell(vText: string, style: number): Cell {
    const i = vText === '' ? -1 : Number(vText);
    if (!(i >= 0)) return { value: null, numFmt: this.fmtOf(style) };
    if (!Number.isSafeInteger(i)) return { value: this.sst[i] ?? '', numFmt: this.fmtOf(style) };
    return this.stringCell(i, style);
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

  /** The Cell of `<c s="style"><v>text</v></c>` from the `<v>` text (malformed numbers stay text). */
  private numberCell(vText: string, style: number): Cell {
    const value = numberValue(vText);
    return typeof value === 'number' ? this.numberCellOf(value, style) : { value, numFmt: this.fmtOf(style) };
  }

  /** The Cell of an empty `<c s="style"/>`, shared by every such cell of the workbook. */
  blankCell(style: number): Cell {
    const interned = this.interned;
    const known = interned.blanks[style];
    if (known !== undefined) return known;
    countInterned(interned); // may drop every table
    return (interned.blanks[style] = { value: null, numFmt: this.fmtOf(style) });
  }

  /** Scanner on `<row …>`: its number (r, else the next one), and its span when recording positions. */
  private startRow(): void {
    const sc = this.sc;
    const xml = this.xml;
    const rStart = sc.rawAttrStart('r');
    this.rowHasRef = rStart >= 0;
    if (rStart >= 0) {
      const rEnd = xml.indexOf(xml[rStart - 1], rStart);
      const n = digitsAt(xml, rStart, rEnd);
      this.rowIdx = (n >= 0 ? n : Number(xml.slice(rStart, rEnd))) - 1;
    } else this.rowIdx++;
    const rowIdx = this.rowIdx;
    if (!Number.isInteger(rowIdx) || rowIdx < 0 || rowIdx >= MAX_ROWS) throw new Error(`bad row number ${sc.rawAttr('r')}`);
    this.colIdx = -1;
    this.firstCellInRow = true;
    if (this.withPositions) {
      const cf = sc.rawAttr('customFormat');
      const rs = sc.rawAttr('s');
      const style = (cf === '1' || cf === 'true') && rs !== undefined ? Number(rs) | 0 : undefined;
      const span: RowSpan = { row: rowIdx, start: sc.start, openEnd: sc.end, selfClosing: sc.selfClosing, closeStart: -1, hasRef: this.rowHasRef, style, cells: [] };
      this.rowSpans.push(span);
      this.curRow = sc.selfClosing ? undefined : span;
    }
  }

  /**
   * The shapes Excel, WPS and LibreOffice write for plain cells — `<c r="B7" s="3" t="s"><v>12</v></c>`
   * and `<c r="B7" s="3"/>`: attributes r (uppercase A1, no '$'), then optionally s, then optionally
   * t="s" or t="n", double-quoted, one space apart; a whole-number index or a plain decimal — read
   * in one pass over the characters, the value in place (most reads run before the optimising
   * compiler has compiled this: every character looked at counts). True when read, the scanner
   * after the element; false, having changed nothing, for any other shape: readCell reads those.
   */
  private fastCell(lt: number): boolean {
    const xml = this.xml;
    if (!xml.startsWith(' r="', lt + 2)) return false;
    // The reference: 1–3 letters, then the row's digits, then '"'.
    let i = lt + 6;
    let ch = xml.charCodeAt(i);
    let col = 0;
    while (ch >= 65 && ch <= 90) {
      col = col * 26 + (ch - 64);
      ch = xml.charCodeAt(++i);
    }
    const letters = i - (lt + 6);
    let row = 0;
    while (ch >= 48 && ch <= 57) {
      row = row * 10 + (ch - 48);
      ch = xml.charCodeAt(++i);
    }
    const digits = i - (lt + 6) - letters;
    if (ch !== 34 || letters === 0 || letters > 3 || digits === 0 || digits > 7 || row === 0 || row > MAX_ROWS || col > MAX_COLS) return false;
    col--;
    row--;
    // Then ` s="digits"` and ` t="s"` / ` t="n"`, each optional, in that order.
    let s = 0;
    let shared = false;
    ch = xml.charCodeAt(++i);
    if (ch === 32 && xml.charCodeAt(i + 1) === 115 /* s */) {
      if (xml.charCodeAt(i + 2) !== 61 || xml.charCodeAt(i + 3) !== 34) return false;
      i += 4;
      const vs = i;
      for (ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) s = s * 10 + (ch - 48);
      if (ch !== 34 || i === vs || i - vs > 5 || s >= MAX_INTERNED_STYLE) return false;
      ch = xml.charCodeAt(++i);
    }
    if (ch === 32 && xml.charCodeAt(i + 1) === 116 /* t */) {
      if (xml.charCodeAt(i + 2) !== 61 || xml.charCodeAt(i + 3) !== 34 || xml.charCodeAt(i + 5) !== 34) return false;
      const type = xml.charCodeAt(i + 4);
      if (type !== 115 && type !== 110) return false;
      shared = type === 115;
      i += 6;
      ch = xml.charCodeAt(i);
    }
    if (!this.firstCellInRow || this.rowHasRef) row = this.rowIdx;
    if (row < 0) return false;
    let cell: Cell;
    let end: number;
    if (ch === 47 /* / */) {
      if (xml.charCodeAt(i + 1) !== 62) return false;
      cell = this.blankCell(s);
      end = i + 2;
    } else {
      // `><v>`, the value up to '<', then `</v></c>`.
      if (ch !== 62 || xml.charCodeAt(i + 1) !== 60 || xml.charCodeAt(i + 2) !== 118 || xml.charCodeAt(i + 3) !== 62) return false;
      const vStart = i + 4;
      let vEnd = vStart;
      for (ch = xml.charCodeAt(vEnd); (ch >= 48 && ch <= 57) || ch === 46 || ch === 45; ch = xml.charCodeAt(++vEnd));
      if (ch !== 60 || !xml.startsWith('/v></c>', vEnd + 1)) return false;
      if (shared) {
        const index = digitsAt(xml, vStart, vEnd);
        if (index < 0) return false;
        cell = this.stringCell(index, s);
      } else {
        const n = plainDecimalAt(xml, vStart, vEnd);
        if (n !== n) return false;
        cell = this.numberCellOf(n, s);
      }
      end = vEnd + 8;
    }
    this.rowIdx = row;
    this.colIdx = col;
    this.firstCellInRow = false;
    this.storeCell(cell);
    if (this.curRow) this.curRow.cells.push({ col, start: lt, end, hasRef: true });
    this.sc.pos = end;
    return true;
  }

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
  flushRow(): void {
    const at = this.pendingRow;
    if (at < 0) return;
    this.pendingRow = -1;
    const rows = this.rows;
    while (rows.length < at) rows.push([]);
    rows.push(this.pending.slice(0, this.pendingLength));
  }

  /**
   * Read one whole `<c …>…</c>` element given as its own text, as readCell would read it in
   * place: the byte reader's way to hand over a shape its fast path does not take.
   */
  readCellText(cellXml: string): void {
    this.xml = cellXml;
    this.sc = new XmlScanner(cellXml);
    this.sc.next();
    this.readCell();
  }

  /** Scanner on `<c …>`: read the cell into `rows`, leave the scanner after `</c>`. */
  private readCell(): void {
    const sc = this.sc;
    const xml = this.xml;
    const start = sc.start;
    // One pass over the attributes for r, s, t (unprefixed single-letter names); r and s are
    // parsed in place (no substring per cell), r is sliced only to name it in an error.
    let refStart = -1;
    let refEnd = -1;
    let tAttr: string | undefined;
    let s = 0;
    for (let i = sc.attrStart, e = sc.attrEnd; i < e; ) {
      const ch = xml.charCodeAt(i);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
        i++;
        continue;
      }
      const ns = i;
      while (i < e && xml.charCodeAt(i) !== 61) i++;
      let ne = i;
      while (ne > ns && xml.charCodeAt(ne - 1) <= 32) ne--;
      i++;
      while (i < e && xml.charCodeAt(i) <= 32) i++;
      const q = xml.charCodeAt(i);
      if (q !== 34 && q !== 39) throw new Error('bad attribute in <c>');
      const ve = xml.indexOf(q === 34 ? '"' : "'", i + 1);
      if (ne - ns === 1) {
        const n = xml.charCodeAt(ns);
        if (n === 114) {
          refStart = i + 1;
          refEnd = ve;
        } else if (n === 115) s = styleIndex(xml, i + 1, ve);
        else if (n === 116) tAttr = xml.slice(i + 1, ve);
      }
      i = ve + 1;
    }
    const hasRef = refStart >= 0;
    if (hasRef) {
      const p = parseRefAt(xml, refStart, refEnd);
      if (p === undefined) throw new Error(`bad cell reference ${xml.slice(refStart, refEnd)}`);
      this.colIdx = p % REF_COLS;
      const r = (p - this.colIdx) / REF_COLS - 1;
      if (this.firstCellInRow && !this.rowHasRef && r >= 0) this.rowIdx = r;
    } else {
      this.colIdx++;
    }
    this.firstCellInRow = false;
    const t = tAttr ?? 'n';
    let vText: string | undefined;
    let formula: string | undefined;
    let inline: string | undefined;
    let end = sc.end;
    // Fast path for the shape `<c …><v>text</v></c>`.
    let fast = false;
    if (!sc.selfClosing && xml.startsWith('<v>', sc.end)) {
      const lt = xml.indexOf('<', sc.end + 3);
      if (lt >= 0 && xml.startsWith('</v></c>', lt)) {
        vText = decodeXml(xml.slice(sc.end + 3, lt));
        end = lt + 8;
        sc.pos = end;
        fast = true;
      }
    }
    if (!fast && !sc.selfClosing) {
      for (;;) {
        const k = sc.next();
        if (k === TOK_EOF) throw new Error('unterminated cell');
        if (k === TOK_END) {
          if (sc.name === 'c') {
            end = sc.end;
            break;
          }
          continue;
        }
        const n = sc.name;
        if (n === 'v') vText = sc.readText();
        else if (n === 'f') formula = this.readFormula();
        else if (n === 'is') inline = readRichText(sc);
        else sc.skipElement();
      }
    }
    if (this.colIdx >= MAX_COLS) throw new Error(`bad column in ${xml.slice(refStart, refEnd)}`);
    let cell: Cell;
    if (formula === undefined && (t === 's' || t === 'n') && vText !== undefined && s >= 0 && s < MAX_INTERNED_STYLE) {
      // Plain value cells repeat (labels, weights, scores): equal ones share one immutable Cell.
      cell = t === 's' ? this.sharedStringCell(vText, s) : this.numberCell(vText, s);
    } else {
      let value: CellValue;
      switch (t) {
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
      cell = formula === undefined ? { value, numFmt: this.fmtOf(s) } : { value, formula, numFmt: this.fmtOf(s) };
    }
    this.storeCell(cell);
    if (this.curRow) this.curRow.cells.push({ col: this.colIdx, start, end, hasRef });
  }

  /** Scanner on `<f …>`: its text, or the shared master's text moved to this cell. */
  private readFormula(): string {
    const sc = this.sc;
    const ft = sc.rawAttr('t');
    const si = sc.rawAttr('si');
    if (ft === 'array' || ft === 'dataTable') {
      const ref = sc.rawAttr('ref');
      const range = ref ? parseRange(ref) : undefined;
      if (range && (range.bottom > range.top || range.right > range.left)) this.arrayRanges.push(range);
    }
    const text = sc.readText();
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

  /**
   * The other cells of a multi-cell array formula / data table hold only values, but they belong
   * to the formula: mark them as formula cells (text '') so nobody writes into them.
   */
  markArrayFormulaCells(): void {
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
