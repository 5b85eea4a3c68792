/**
 * One worksheet part's decoded text → Sheet (dense cells from A1, merges), streaming over the XML
 * with the pull scanner; optionally recording the patch positions (patch-positions.ts) in the
 * same pass. What each `<c>` means is cell-decode.ts's, shared with the byte reader.
 *
 * Why a text reader remains beside the byte reader (sheet-bytes-reader.ts), which a check uses:
 * - the patcher edits the part as a string: its positions must be offsets in that string, and a
 *   write needs the cells read from the same text (a part already changed in this package exists
 *   only as text);
 * - error messages: a part the byte reader refuses is read again here, so the error reported is
 *   this reader's (offsets in characters of the part, named by the scanner), as it always was;
 * - every `<c>` shape the byte reader's fast path does not take (formulas, inline strings,
 *   entities, CDATA, comments, odd attribute order…) is read by readCell here, on that one
 *   element's text: one general cell reader for both paths.
 */
import type { Cell, Sheet } from '../../core/grid/types';
import { MAX_COLS, MAX_INTERNED_STYLE, MAX_ROWS, POW10, SheetCells, type SheetReadContext } from './cell-decode';
import { PositionRecorder, type SheetPositions } from './patch-positions';
import { readRichText } from './shared-strings';
import { TOK_END, TOK_EOF, XmlScanner, decodeXml, isNameEnd } from './xml-scan';

export type { SheetReadContext } from './cell-decode';
export type { CellSpan, ColumnStyle, RowSpan, SheetPositions } from './patch-positions';

export interface SheetScan {
  readonly sheet: Sheet;
  readonly positions?: SheetPositions;
}

export function readSheetXml(name: string, xml: string, ctx: SheetReadContext, withPositions = false): SheetScan {
  const recorder = withPositions ? new PositionRecorder() : undefined;
  const cells = new SheetCells(ctx);
  new SheetReader(xml, cells, recorder).read();
  const sheet = cells.finish(name);
  return recorder ? { sheet, positions: recorder.positions() } : { sheet };
}

/** parseRefAt packs (row + 1) * REF_COLS + col; row + 1 is 0 when the reference has no digits. */
const REF_COLS = 1 << 15;

/**
 * An A1 reference xml[start, end) (cell-decode's parseRef without a substring), packed as
 * REF_COLS says; undefined when malformed or beyond the sheet's last row. A column beyond the
 * last is kept as MAX_COLS (the caller reports it as a bad column).
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

/** Style index `s="12"` as an integer (Number(text) | 0, without the substring). */
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
 * Digits only, xml[start, end), as an integer (a row number, a shared-string index): -1 when
 * empty, not digits only, or longer than 9 digits (the caller then slices and uses Number).
 * The byte reader has the same over bytes (a string and a Uint8Array are read differently).
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

/**
 * A plain decimal `<v>` xml[start, end) read in place (see cell-decode's POW10): exactly the
 * double Number(text) gives, or NaN for any other text (exponents, '+', spaces, entities, more
 * than 15 digits…), which the caller then reads the general way.
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
 * The scan of one sheet's text (a class for the reason SheetCells is one). Exported for the byte
 * reader, which hands it the `<c>` elements its fast path does not read (readCellText).
 */
export class SheetReader {
  private sc: XmlScanner;
  private inData = false;

  constructor(
    private xml: string,
    private readonly cells: SheetCells,
    private readonly pos: PositionRecorder | undefined,
  ) {
    this.sc = new XmlScanner(xml);
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
            this.pos?.rowEnd(lt);
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
          this.pos?.sheetDataEnd(sc.start);
        } else if (sc.name === 'row') this.pos?.rowEnd(sc.start);
        continue;
      }
      this.startElement(sc.name);
    }
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
      this.pos?.sheetDataStart(sc.start, sc.end, sc.selfClosing);
      this.inData = !sc.selfClosing;
    } else if (tag === 'mergeCell') {
      this.cells.addMerge(sc.rawAttr('ref'));
    } else if (tag === 'col' && this.pos) {
      const st = sc.rawAttr('style');
      if (st !== undefined) this.pos.column(Number(sc.rawAttr('min')), Number(sc.rawAttr('max')), Number(st) | 0);
    } else if (tag === 'dimension' && this.pos) {
      const m = /(\sref\s*=\s*)(["'])([^"']*)/.exec(this.xml.slice(sc.attrStart, sc.attrEnd));
      if (m) {
        const start = sc.attrStart + m.index + m[1].length + 1;
        this.pos.dimension(start, start + m[3].length, m[3]);
      }
    }
  }

  /** Scanner on `<row …>`: its number (r, else the next one), and its span when recording positions. */
  private startRow(): void {
    const sc = this.sc;
    const xml = this.xml;
    const cells = this.cells;
    const rStart = sc.rawAttrStart('r');
    let r: number | undefined;
    if (rStart >= 0) {
      const rEnd = xml.indexOf(xml[rStart - 1], rStart);
      const n = digitsAt(xml, rStart, rEnd);
      r = n >= 0 ? n : Number(xml.slice(rStart, rEnd));
    }
    if (!cells.startRow(r)) throw new Error(`bad row number ${sc.rawAttr('r')}`);
    if (this.pos) {
      const cf = sc.rawAttr('customFormat');
      const rs = sc.rawAttr('s');
      const style = (cf === '1' || cf === 'true') && rs !== undefined ? Number(rs) | 0 : undefined;
      this.pos.rowStart(cells.rowIdx, sc.start, sc.end, sc.selfClosing, cells.rowHasRef, style);
    }
  }

  /**
   * The shapes Excel, WPS and LibreOffice write for plain cells — `<c r="B7" s="3" t="s"><v>12</v></c>`
   * and `<c r="B7" s="3"/>`: attributes r (uppercase A1, no '$'), then optionally s, then optionally
   * t="s" or t="n", double-quoted, one space apart; a whole-number index or a plain decimal — read
   * in one pass over the characters, the value in place (most reads run before the optimising
   * compiler has compiled this: every character looked at counts). True when read, the scanner
   * after the element; false, having changed nothing, for any other shape: readCell reads those.
   * The byte reader's fastCell is this over bytes, character for character.
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
    const cells = this.cells;
    row = cells.rowOfRef(row - 1);
    if (row < 0) return false;
    let cell: Cell;
    let end: number;
    if (ch === 47 /* / */) {
      if (xml.charCodeAt(i + 1) !== 62) return false;
      cell = cells.blankCell(s);
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
        cell = cells.stringCell(index, s);
      } else {
        const n = plainDecimalAt(xml, vStart, vEnd);
        if (n !== n) return false;
        cell = cells.numberCellOf(n, s);
      }
      end = vEnd + 8;
    }
    cells.putCell(row, col - 1, cell);
    this.pos?.cell(col - 1, lt, end, true);
    this.sc.pos = end;
    return true;
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

  /** Scanner on `<c …>`: read the cell into the sheet's cells, leave the scanner after `</c>`. */
  private readCell(): void {
    const sc = this.sc;
    const xml = this.xml;
    const cells = this.cells;
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
      const col = p % REF_COLS;
      cells.placeCell((p - col) / REF_COLS - 1, col);
    } else cells.placeCell(-1, -1);
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
        else if (n === 'f') formula = cells.formulaText(sc.rawAttr('t'), sc.rawAttr('si'), sc.rawAttr('ref'), sc.readText());
        else if (n === 'is') inline = readRichText(sc);
        else sc.skipElement();
      }
    }
    if (cells.colIdx >= MAX_COLS) throw new Error(`bad column in ${xml.slice(refStart, refEnd)}`);
    cells.storeCell(cells.cellOf(tAttr, s, vText, formula, inline));
    this.pos?.cell(cells.colIdx, start, end, hasRef);
  }
}
