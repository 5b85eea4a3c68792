/**
 * One worksheet part → Sheet, read from its UTF-8 bytes without decoding the part to a string:
 * every read of a part (a check's sheet by sheet, a whole workbook) and, recording positions, the
 * patcher's. The same Sheet as readSheetXml (sheet-reader.ts) gives for the decoded text, cell
 * for cell:
 * - the structure (`<row>`, `<c>`, `<sheetData>`, `<mergeCell>`) is scanned in bytes by
 *   ByteScanner, which gives the tokens XmlScanner gives for the text (see byte-scan.ts);
 * - the shapes Excel, WPS and LibreOffice write for plain cells (see fastCell) are read in place,
 *   numbers and shared-string indexes parsed from the bytes;
 * - any other `<c>` (formulas, inline strings, t="str"/"b"/"e"/"d", entities, odd attribute
 *   order…) is decoded alone and read by SheetReader.readCellText, the text reader's own code;
 * - what a cell means, where it goes and how rows are stored is cell-decode.ts's, shared with
 *   the text reader;
 * - a part this reader cannot read is read again by readSheetXml, whose error is reported.
 * Saves decoding ≈ 30 KB of text per 100-row sheet and the cold first pass over it.
 *
 * With a PositionRecorder it also records the patch positions (patch-positions.ts) in the same
 * pass: the patcher's read of a sheet it writes (readSheetBytesWithPositions).
 */
import type { Cell, Sheet } from '../../core/grid/types';
import { ByteScanner, bytesStartWith, decodeBytes, indexOfByte, isNameEndAt } from './byte-scan';
import { MAX_COLS, MAX_INTERNED_STYLE, MAX_ROWS, POW10, SheetCells, type SheetReadContext } from './cell-decode';
import { PositionRecorder, type SheetPositions } from './patch-positions';
import { SheetReader, readSheetXml } from './sheet-reader';
import { TOK_END, TOK_EOF } from './xml-scan';
import { decodeUtf8Text, encodeUtf8 } from './zip';

/** The part's bytes → Sheet, as readSheetXml(name, decodeUtf8Text(bytes), ctx).sheet gives (errors included). */
export function readSheetBytes(name: string, bytes: Uint8Array, ctx: SheetReadContext): Sheet {
  try {
    return readSheetBytesOnly(name, bytes, ctx);
  } catch {
    // Malformed somewhere: the text reader reads it again and throws its own error (offsets in
    // characters, as always).
    return readSheetXml(name, decodeUtf8Text(bytes), ctx).sheet;
  }
}

/** The byte reader alone: the Sheet of a well-formed part; throws (its own error) on a malformed one. */
export function readSheetBytesOnly(name: string, bytes: Uint8Array, ctx: SheetReadContext): Sheet {
  const cells = new SheetCells(ctx);
  new ByteSheetReader(bytes, cells, undefined).read();
  return cells.finish(name);
}

/**
 * A part's text → its Sheet and the patch positions in that text, read in one pass of the byte
 * reader over the text's UTF-8 (offsets mapped back to the text's UTF-16 units when it is not all
 * ASCII). A malformed part throws the text reader's error, as readSheetBytes does.
 */
export function readSheetBytesWithPositions(name: string, xml: string, ctx: SheetReadContext): { sheet: Sheet; positions: SheetPositions } {
  const bytes = encodeUtf8(xml);
  const recorder = new PositionRecorder(bytes.length === xml.length ? undefined : utf16Offsets(bytes));
  const cells = new SheetCells(ctx);
  try {
    new ByteSheetReader(bytes, cells, recorder).read();
  } catch (err) {
    readSheetXml(name, xml, ctx); // throws its own error (as readSheetBytes reports)
    throw err;
  }
  return { sheet: cells.finish(name), positions: recorder.positions() };
}

/**
 * For bytes = the UTF-8 of a string (TextEncoder's: always well-formed, a lone surrogate as the
 * three bytes of U+FFFD), the string offset of each byte offset that starts a character, and of
 * the end: one UTF-16 unit per character, two from U+10000 on (a four-byte sequence).
 */
export function utf16Offsets(b: Uint8Array): Int32Array {
  const map = new Int32Array(b.length + 1);
  let u = 0;
  for (let i = 0; i < b.length; i++) {
    map[i] = u;
    const x = b[i];
    if (x < 0x80) u++;
    else if (x >= 0xc0) u += x >= 0xf0 ? 2 : 1; // a lead byte; continuation bytes (0x80–0xbf) add nothing
  }
  map[b.length] = u;
  return map;
}

/** An `r` of digits only, b[start, end), as an integer; -1 when empty, not digits only or over 9 digits (sheet-reader's digitsAt over bytes). */
function digitsAt(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = b[i];
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + (ch - 48);
  }
  return n;
}

/** The scan of one part's bytes (a class for the reason SheetCells is one). */
class ByteSheetReader {
  private readonly sc: ByteScanner;
  private inData = false;
  /** The text reader of the `<c>` shapes fastCell does not read, made at the first one. */
  private general: SheetReader | undefined = undefined;

  constructor(
    private readonly b: Uint8Array,
    private readonly cells: SheetCells,
    private readonly pos: PositionRecorder | undefined,
  ) {
    this.sc = new ByteScanner(b);
  }

  read(): void {
    const b = this.b;
    const sc = this.sc;
    for (;;) {
      if (this.inData) {
        // As SheetReader.read: `<c …>`, `<row …>` and `</row>` recognised in place by their
        // unprefixed names; anything else through the scanner. The next element mostly follows at
        // once or after a little indentation: a plain loop finds it (Uint8Array.prototype.indexOf
        // calls into the runtime, which costs more here).
        let lt = sc.pos;
        while (lt < b.length && b[lt] !== 60) lt++;
        if (lt === b.length) lt = -1;
        if (lt >= 0) {
          const c1 = b[lt + 1];
          if (c1 === 99 /* c */ && (b[lt + 2] === 32 || isNameEndAt(b, lt + 2))) {
            if (!this.fastCell(lt)) {
              sc.startTagNamed(lt, lt + 2);
              this.otherCell();
            }
            continue;
          }
          if (c1 === 114 /* r */ && b[lt + 2] === 111 && b[lt + 3] === 119 && isNameEndAt(b, lt + 4)) {
            sc.startTagNamed(lt, lt + 4);
            // `<row r="…"`: that r is the one rawAttrStart would find (the first).
            this.startRow(bytesStartWith(b, ' r="', lt + 4) ? lt + 8 : sc.rawAttrStart('r'));
            continue;
          }
          if (c1 === 47 /* / */ && b[lt + 2] === 114 && b[lt + 3] === 111 && b[lt + 4] === 119 && b[lt + 5] === 62) {
            // `</row>`
            this.pos?.rowEnd(lt);
            sc.pos = lt + 6;
            continue;
          }
        }
      }
      const k = sc.next();
      if (k === TOK_EOF) break;
      if (k === TOK_END) {
        if (this.inData && sc.nameIs('sheetData')) {
          this.inData = false;
          this.pos?.sheetDataEnd(sc.start);
        } else if (sc.nameIs('row')) this.pos?.rowEnd(sc.start);
        continue;
      }
      this.startElement();
    }
  }

  /** The scanner on a start tag (not a fast-path one): as SheetReader.read's, plus positions. */
  private startElement(): void {
    const sc = this.sc;
    if (this.inData) {
      if (sc.nameIs('row')) this.startRow(sc.rawAttrStart('r'));
      else if (sc.nameIs('c')) this.otherCell();
      else sc.skipElement();
      return;
    }
    if (sc.nameIs('sheetData')) {
      this.pos?.sheetDataStart(sc.start, sc.end, sc.selfClosing);
      this.inData = !sc.selfClosing;
    } else if (sc.nameIs('mergeCell')) {
      this.cells.addMerge(sc.rawAttr('ref'));
    } else if (this.pos && sc.nameIs('col')) {
      const st = sc.rawAttr('style');
      if (st !== undefined) this.pos.column(Number(sc.rawAttr('min')), Number(sc.rawAttr('max')), Number(st) | 0);
    } else if (this.pos && sc.nameIs('dimension')) {
      // The ref value's span, found in the tag's bytes one character per byte (offsets stay byte offsets).
      const region = String.fromCharCode.apply(null, this.b.subarray(sc.attrStart, sc.attrEnd) as unknown as number[]);
      const m = /(\sref\s*=\s*)(["'])([^"']*)/.exec(region);
      if (m) {
        const start = sc.attrStart + m.index + m[1].length + 1;
        const end = start + m[3].length;
        this.pos.dimension(start, end, decodeBytes(this.b, start, end));
      }
    }
  }

  /** The scanner on `<row …>`, its r value at rStart (-1: none); its span when recording positions. */
  private startRow(rStart: number): void {
    const b = this.b;
    const sc = this.sc;
    let r: number | undefined;
    if (rStart >= 0) {
      const rEnd = indexOfByte(b, b[rStart - 1], rStart);
      const n = digitsAt(b, rStart, rEnd);
      r = n >= 0 ? n : Number(decodeBytes(b, rStart, rEnd));
    }
    if (!this.cells.startRow(r)) throw new Error('bad row number');
    if (this.pos) {
      const cf = sc.rawAttr('customFormat');
      const rs = sc.rawAttr('s');
      const style = (cf === '1' || cf === 'true') && rs !== undefined ? Number(rs) | 0 : undefined;
      this.pos.rowStart(this.cells.rowIdx, sc.start, sc.end, sc.selfClosing, style);
    }
  }

  /**
   * The scanner on the start tag of a `<c>` fastCell does not read: find its end as
   * SheetReader.readCell's scan would (`<v>`'s and `<f>`'s text skipped like their readText,
   * other children skipped whole, up to the first end tag named c), decode just that element and
   * let SheetReader read it. The scanner is left after it.
   */
  private otherCell(): void {
    const sc = this.sc;
    const start = sc.start;
    if (!sc.selfClosing) {
      for (;;) {
        const k = sc.next();
        if (k === TOK_EOF) throw new Error('unterminated cell');
        if (k === TOK_END) {
          if (sc.nameIs('c')) break;
          continue;
        }
        if (!sc.nameIs('v') && !sc.nameIs('f')) sc.skipElement();
      }
    }
    const end = sc.end;
    (this.general ??= new SheetReader('', this.cells)).readCellText(decodeBytes(this.b, start, end));
    this.pos?.cell(this.cells.colIdx, start, end);
    sc.pos = end;
  }

  /**
   * SheetReader.fastCell over bytes, character for character: `<c r="B7" s="3" t="s"><v>12</v></c>`
   * and `<c r="B7" s="3"/>` (r in uppercase A1; s and t="s"/"n" optional, in that order; a
   * whole-number index or a plain decimal) read in one pass, the value in place. True when read,
   * the scanner after the element; false, having changed nothing, for any other shape.
   */
  private fastCell(lt: number): boolean {
    const b = this.b;
    if (b[lt + 2] !== 32 || b[lt + 3] !== 114 || b[lt + 4] !== 61 || b[lt + 5] !== 34) return false; // ' r="'
    let i = lt + 6;
    let ch = b[i];
    let col = 0;
    while (ch >= 65 && ch <= 90) {
      col = col * 26 + (ch - 64);
      ch = b[++i];
    }
    const letters = i - (lt + 6);
    let row = 0;
    while (ch >= 48 && ch <= 57) {
      row = row * 10 + (ch - 48);
      ch = b[++i];
    }
    const digits = i - (lt + 6) - letters;
    if (ch !== 34 || letters === 0 || letters > 3 || digits === 0 || digits > 7 || row === 0 || row > MAX_ROWS || col > MAX_COLS) return false;
    let s = 0;
    let shared = false;
    ch = b[++i];
    if (ch === 32 && b[i + 1] === 115 /* s */) {
      if (b[i + 2] !== 61 || b[i + 3] !== 34) return false;
      i += 4;
      const vs = i;
      for (ch = b[i]; ch >= 48 && ch <= 57; ch = b[++i]) s = s * 10 + (ch - 48);
      if (ch !== 34 || i === vs || i - vs > 5 || s >= MAX_INTERNED_STYLE) return false;
      ch = b[++i];
    }
    if (ch === 32 && b[i + 1] === 116 /* t */) {
      if (b[i + 2] !== 61 || b[i + 3] !== 34 || b[i + 5] !== 34) return false;
      const type = b[i + 4];
      if (type !== 115 && type !== 110) return false;
      shared = type === 115;
      i += 6;
      ch = b[i];
    }
    const cells = this.cells;
    // SheetCells.placeCell written out here (the row's r wins; a row without r takes its first
    // cell's): most reads run in V8's interpreter and baseline tiers, where a call per cell
    // costs ≈ 5 % of the read.
    if (!cells.firstCellInRow || cells.rowHasRef) row = cells.rowIdx;
    else row--;
    if (row < 0) return false;
    let cell: Cell;
    let end: number;
    if (ch === 47 /* / */) {
      if (b[i + 1] !== 62) return false;
      cell = cells.blankCell(s);
      end = i + 2;
    } else {
      // `><v>`, the value up to '<', then `</v></c>`. The value is read as it is scanned: what
      // plainDecimalAt (sheet-reader.ts) accepts, as cell-decode's POW10 says. A shared-string
      // index is 1–9 digits alone. Any other value goes to the general reader.
      if (ch !== 62 || b[i + 1] !== 60 || b[i + 2] !== 118 || b[i + 3] !== 62) return false;
      let v = i + 4;
      const negative = b[v] === 45; // '-'
      if (negative) v++;
      let m = 0;
      let digits = 0;
      let point = -1;
      for (ch = b[v]; ; ch = b[++v]) {
        if (ch >= 48 && ch <= 57) {
          m = m * 10 + (ch - 48);
          digits++;
        } else if (ch === 46 && point < 0) point = v;
        else break;
      }
      // `</v></c>`, byte by byte.
      if (ch !== 60 || b[v + 1] !== 47 || b[v + 2] !== 118 || b[v + 3] !== 62 || b[v + 4] !== 60 || b[v + 5] !== 47 || b[v + 6] !== 99 || b[v + 7] !== 62) return false;
      if (digits === 0) return false;
      if (shared) {
        if (negative || point >= 0 || digits > 9) return false;
        cell = cells.stringCell(m, s);
      } else {
        if (digits > 15) return false;
        const n = point < 0 ? m : m / POW10[v - point - 1];
        cell = cells.numberCellOf(negative ? -n : n, s);
      }
      end = v + 8;
    }
    cells.rowIdx = row;
    cells.colIdx = col - 1;
    cells.firstCellInRow = false;
    cells.storeCell(cell);
    this.pos?.cell(col - 1, lt, end);
    this.sc.pos = end;
    return true;
  }
}
