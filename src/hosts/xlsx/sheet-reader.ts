/**
 * One worksheet part's decoded text → Sheet (dense cells from A1, merges), streaming over the XML
 * with the pull scanner, every element the general way. What each `<c>` means is cell-decode.ts's,
 * shared with the byte reader (sheet-bytes-reader.ts), which reads every part the package reads
 * or patches.
 *
 * Why this text reader remains:
 * - error messages: a part the byte reader refuses is read again here, and the error reported is
 *   this reader's — its scanner's messages with offsets in characters of the part (what the
 *   user's XML tools show), never the byte reader's byte offsets;
 * - one general `<c>` reader: every shape the byte reader's fast path does not take (formulas,
 *   inline strings, t="str"/"b"/"e"/"d", entities, CDATA, comments, odd attribute order…) is
 *   decoded alone and read by readCell here (readCellText), so that code exists once.
 * It has no fast path of its own: the byte reader's is the only one, and the differential test
 * (test/hosts/xlsx/sheet-bytes-reader.test.ts) holds it to this reader's general reading.
 */
import type { Sheet } from '../../core/grid/types';
import { MAX_COLS, MAX_ROWS, SheetCells, parseRef, type SheetReadContext } from './cell-decode';
import { readRichText } from './shared-strings';
import { TOK_END, TOK_EOF, XmlScanner, decodeXml } from './xml-scan';

export type { SheetReadContext } from './cell-decode';

export function readSheetXml(name: string, xml: string, ctx: SheetReadContext): { readonly sheet: Sheet } {
  const cells = new SheetCells(ctx);
  new SheetReader(xml, cells).read();
  return { sheet: cells.finish(name) };
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
  ) {
    this.sc = new XmlScanner(xml);
  }

  read(): void {
    const sc = this.sc;
    for (;;) {
      const k = sc.next();
      if (k === TOK_EOF) break;
      if (k === TOK_END) {
        if (sc.name === 'sheetData' && this.inData) this.inData = false;
        continue;
      }
      const tag = sc.name;
      if (this.inData) {
        if (tag === 'row') this.startRow();
        else if (tag === 'c') this.readCell();
        else sc.skipElement();
      } else if (tag === 'sheetData') this.inData = !sc.selfClosing;
      else if (tag === 'mergeCell') this.cells.addMerge(sc.rawAttr('ref'));
    }
  }

  /** Scanner on `<row …>`: its number (r, else the next one). */
  private startRow(): void {
    const sc = this.sc;
    const rStart = sc.rawAttrStart('r');
    const r = rStart >= 0 ? Number(this.xml.slice(rStart, this.xml.indexOf(this.xml[rStart - 1], rStart))) : undefined;
    if (!this.cells.startRow(r)) throw new Error(`bad row number ${sc.rawAttr('r')}`);
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
    // One pass over the attributes for r, s, t (unprefixed single-letter names).
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
        } else if (n === 115) s = Number(xml.slice(i + 1, ve)) | 0;
        else if (n === 116) tAttr = xml.slice(i + 1, ve);
      }
      i = ve + 1;
    }
    if (refStart >= 0) {
      const ref = xml.slice(refStart, refEnd);
      const p = parseRef(ref);
      if (p === null || p[1] >= MAX_ROWS) throw new Error(`bad cell reference ${ref}`);
      cells.placeCell(p[1], Math.min(p[0], MAX_COLS)); // a column beyond the last: the bad column below
    } else cells.placeCell(-1, -1);
    let vText: string | undefined;
    let formula: string | undefined;
    let inline: string | undefined;
    // The common shape `<c …><v>text</v></c>` without a token per element.
    let fast = false;
    if (!sc.selfClosing && xml.startsWith('<v>', sc.end)) {
      const lt = xml.indexOf('<', sc.end + 3);
      if (lt >= 0 && xml.startsWith('</v></c>', lt)) {
        vText = decodeXml(xml.slice(sc.end + 3, lt));
        sc.pos = lt + 8;
        fast = true;
      }
    }
    if (!fast && !sc.selfClosing) {
      for (;;) {
        const k = sc.next();
        if (k === TOK_EOF) throw new Error('unterminated cell');
        if (k === TOK_END) {
          if (sc.name === 'c') break;
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
  }
}
