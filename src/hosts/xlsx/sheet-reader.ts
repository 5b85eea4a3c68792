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
import { TOK_END, TOK_EOF, XmlScanner, decodeOoxmlEscapes, decodeXml } from './xml-scan';

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

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

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

/** Cells interned per workbook (its shared strings and styles): bounded, cleared when full. */
interface InternTables {
  readonly strings: Map<number, Cell>;
  readonly numbers: Array<Map<string, Cell> | undefined>;
}

const MAX_INTERNED = 50000;
const MAX_INTERNED_STYLE = 1 << 16;
const internBySst = new WeakMap<readonly string[], WeakMap<StylesInfo, InternTables>>();

function internTables(ctx: SheetReadContext): InternTables {
  let byStyles = internBySst.get(ctx.sharedStrings);
  if (byStyles === undefined) internBySst.set(ctx.sharedStrings, (byStyles = new WeakMap()));
  let t = byStyles.get(ctx.styles);
  if (t === undefined) byStyles.set(ctx.styles, (t = { strings: new Map(), numbers: [] }));
  return t;
}

interface SharedMaster {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

export function readSheetXml(name: string, xml: string, ctx: SheetReadContext, withPositions = false): SheetScan {
  const sc = new XmlScanner(xml);
  const rows: Array<Array<Cell | undefined>> = [];
  const merges: CellRange[] = [];
  const fmtCache: string[] = [];
  const masters = new Map<string, SharedMaster>();
  const arrayRanges: CellRange[] = [];
  const rowSpans: RowSpan[] = [];
  let sheetData: SheetPositions['sheetData'] | undefined;
  let dimensionRef: SheetPositions['dimensionRef'];
  const columnStyles: ColumnStyle[] = [];
  let inData = false;
  let rowIdx = -1;
  let colIdx = -1;
  let rowHasRef = true;
  let firstCellInRow = false;
  let curRow: RowSpan | undefined;

  const fmtOf = (s: number): string => fmtCache[s] ?? (fmtCache[s] = formatCodeOfXf(ctx.styles, s));
  const interned = internTables(ctx);
  /** The Cell of `<c t="s" s="style"><v>index</v></c>`, shared by every such cell of the workbook. */
  const sharedStringCell = (vText: string, style: number): Cell => {
    const i = vText === '' ? -1 : Number(vText);
    if (!(i >= 0)) return { value: null, numFmt: fmtOf(style) };
    const key = i * MAX_INTERNED_STYLE + style;
    if (!Number.isInteger(i) || !Number.isSafeInteger(key)) return { value: ctx.sharedStrings[i] ?? '', numFmt: fmtOf(style) };
    let c = interned.strings.get(key);
    if (c === undefined) {
      c = { value: ctx.sharedStrings[i] ?? '', numFmt: fmtOf(style) };
      if (interned.strings.size >= MAX_INTERNED) interned.strings.clear();
      interned.strings.set(key, c);
    }
    return c;
  };
  /** The Cell of `<c s="style"><v>number</v></c>`, shared by equal ones (by text and style). */
  const numberCell = (vText: string, style: number): Cell => {
    let byText = interned.numbers[style];
    if (byText === undefined) byText = interned.numbers[style] = new Map();
    let c = byText.get(vText);
    if (c === undefined) {
      c = { value: numberValue(vText), numFmt: fmtOf(style) };
      if (byText.size >= MAX_INTERNED) byText.clear();
      byText.set(vText, c);
    }
    return c;
  };

  for (let k = sc.next(); k !== TOK_EOF; k = sc.next()) {
    if (k === TOK_END) {
      if (sc.name === 'sheetData' && inData) {
        inData = false;
        if (sheetData) sheetData = { ...sheetData, closeStart: sc.start };
      } else if (sc.name === 'row' && curRow) {
        curRow.closeStart = sc.start;
        curRow = undefined;
      }
      continue;
    }
    const tag = sc.name;
    if (inData) {
      if (tag === 'row') {
        const r = sc.rawAttr('r');
        rowHasRef = r !== undefined;
        rowIdx = r !== undefined ? Number(r) - 1 : rowIdx + 1;
        if (!Number.isInteger(rowIdx) || rowIdx < 0 || rowIdx >= MAX_ROWS) throw new Error(`bad row number ${r}`);
        colIdx = -1;
        firstCellInRow = true;
        if (withPositions) {
          const cf = sc.rawAttr('customFormat');
          const rs = sc.rawAttr('s');
          const style = (cf === '1' || cf === 'true') && rs !== undefined ? Number(rs) | 0 : undefined;
          const span: RowSpan = { row: rowIdx, start: sc.start, openEnd: sc.end, selfClosing: sc.selfClosing, closeStart: -1, hasRef: rowHasRef, style, cells: [] };
          rowSpans.push(span);
          curRow = sc.selfClosing ? undefined : span;
        }
        continue;
      }
      if (tag === 'c') {
        readCell();
        continue;
      }
      sc.skipElement();
      continue;
    }
    if (tag === 'sheetData') {
      sheetData = { start: sc.start, openEnd: sc.end, selfClosing: sc.selfClosing, closeStart: -1 };
      inData = !sc.selfClosing;
    } else if (tag === 'mergeCell') {
      const ref = sc.rawAttr('ref');
      const range = ref ? parseRange(ref) : undefined;
      if (range) merges.push(range);
    } else if (tag === 'col' && withPositions) {
      const st = sc.rawAttr('style');
      if (st !== undefined) columnStyles.push({ min: Number(sc.rawAttr('min')) - 1, max: Number(sc.rawAttr('max')) - 1, style: Number(st) | 0 });
    } else if (tag === 'dimension' && withPositions) {
      const m = /(\sref\s*=\s*)(["'])([^"']*)/.exec(xml.slice(sc.attrStart, sc.attrEnd));
      if (m) {
        const start = sc.attrStart + m.index + m[1].length + 1;
        dimensionRef = { start, end: start + m[3].length, value: m[3] };
      }
    }
  }

  function readCell(): void {
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
      colIdx = p % REF_COLS;
      const r = (p - colIdx) / REF_COLS - 1;
      if (firstCellInRow && !rowHasRef && r >= 0) rowIdx = r;
    } else {
      colIdx++;
    }
    firstCellInRow = false;
    const t = tAttr ?? 'n';
    let vText: string | undefined;
    let formula: string | undefined;
    let inline: string | undefined;
    let end = sc.end;
    // Fast path for the common shape `<c …><v>text</v></c>`.
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
        else if (n === 'f') formula = readFormula();
        else if (n === 'is') inline = readRichText(sc);
        else sc.skipElement();
      }
    }
    if (colIdx >= MAX_COLS) throw new Error(`bad column in ${xml.slice(refStart, refEnd)}`);
    let cell: Cell;
    if (formula === undefined && (t === 's' || t === 'n') && vText !== undefined && s >= 0 && s < MAX_INTERNED_STYLE) {
      // Plain value cells repeat (labels, weights, scores): equal ones share one immutable Cell.
      cell = t === 's' ? sharedStringCell(vText, s) : numberCell(vText, s);
    } else {
      let value: CellValue;
      switch (t) {
        case 's': {
          const i = vText === undefined || vText === '' ? -1 : Number(vText);
          value = i >= 0 ? (ctx.sharedStrings[i] ?? '') : null;
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
          value = vText === undefined || vText === '' ? null : (isoToSerial(vText, ctx.date1904) ?? vText);
          break;
        default:
          value = vText === undefined ? null : numberValue(vText);
      }
      cell = formula === undefined ? { value, numFmt: fmtOf(s) } : { value, formula, numFmt: fmtOf(s) };
    }
    let row = rows[rowIdx];
    if (row === undefined) {
      while (rows.length <= rowIdx) rows.push([]);
      row = rows[rowIdx];
    }
    while (row.length < colIdx) row.push(undefined);
    row[colIdx] = cell;
    if (curRow) curRow.cells.push({ col: colIdx, start, end, hasRef });
  }

  /** Scanner on `<f …>`: its text, or the shared master's text moved to this cell. */
  function readFormula(): string {
    const ft = sc.rawAttr('t');
    const si = sc.rawAttr('si');
    if (ft === 'array' || ft === 'dataTable') {
      const ref = sc.rawAttr('ref');
      const range = ref ? parseRange(ref) : undefined;
      if (range && (range.bottom > range.top || range.right > range.left)) arrayRanges.push(range);
    }
    const text = sc.readText();
    if (ft === 'shared' && si !== undefined) {
      if (text !== '') {
        masters.set(si, { text, row: rowIdx, col: colIdx });
        return text;
      }
      const m = masters.get(si);
      return m ? shiftFormula(m.text, rowIdx - m.row, colIdx - m.col) : '';
    }
    return text;
  }

  // The other cells of a multi-cell array formula / data table hold only values, but they belong
  // to the formula: mark them as formula cells (text '') so nobody writes into them.
  for (const r of arrayRanges) {
    for (let y = r.top; y <= r.bottom; y++) {
      const row = rows[y];
      if (!row) continue;
      for (let x = r.left; x <= r.right && x < row.length; x++) {
        const c = row[x];
        if (c && c.formula === undefined) row[x] = { value: c.value, formula: '', numFmt: c.numFmt };
      }
    }
  }
  const sheet: Sheet = { name, cells: rows, merges };
  if (!withPositions) return { sheet };
  return {
    sheet,
    positions: {
      sheetData: sheetData ?? { start: -1, openEnd: -1, selfClosing: true, closeStart: -1 },
      rows: rowSpans,
      dimensionRef,
      columnStyles,
    },
  };
}
