/**
 * Surgical cell writes into one worksheet part: only the written `<c>` elements are replaced
 * (value, type, and `s` only when the needed number format differs), missing `<c>`/`<row>`
 * elements are inserted in order, `<dimension>` is widened when needed. Everything else in the
 * part is left byte-for-byte as it was.
 */
import { toA1 } from '../../core/grid/a1';
import type { Cell } from '../../core/grid/types';
import { inlineStringXml, numberValueXml } from './cell-xml';
import { XlsxMisuseError } from './errors';
import { parseRange, type SheetReadContext } from './cell-decode';
import type { RowSpan, SheetPositions } from './patch-positions';
import { readSheetBytesWithPositions } from './sheet-bytes-reader';
import { formatCodeOfXf } from './styles';
import type { StylesEditor } from './styles';
import { XmlScanner, escapeXml } from './xml-scan';
import { prefixOf } from './xml-edit';

/** One write into this sheet (0-based row/col). */
export interface CellPatch {
  readonly row: number;
  readonly col: number;
  readonly value: number | string;
  /** Needed number format code ('0.00', '0.00%'); undefined = keep the cell's. */
  readonly numFmt?: string;
}

export interface PatchContext {
  readonly sheetName: string;
  readonly read: Omit<SheetReadContext, 'styles'>;
  readonly styles: StylesEditor;
  /** (base xf index | format code) → appended xf index; shared across sheets and calls. */
  readonly xfCache: Map<string, number>;
}

export interface PatchResult {
  readonly xml: string;
  /** Number of cells actually changed. */
  readonly changed: number;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function sameValue(cell: Cell | undefined, value: number | string): boolean {
  return cell !== undefined && cell.value === value;
}

/** The style index a brand-new cell inherits: row style (customFormat), else column style, else 0. */
function inheritedStyle(pos: SheetPositions, row: RowSpan | undefined, col: number): number {
  if (row?.style !== undefined) return row.style;
  const c = pos.columnStyles.find((x) => col >= x.min && col <= x.max);
  return c ? c.style : 0;
}

export function patchSheetXml(xml: string, patches: readonly CellPatch[], ctx: PatchContext): PatchResult {
  const stylesInfo = ctx.styles.info();
  // The cells and where they are, in one pass of the byte reader (patch-positions.ts).
  const scan = readSheetBytesWithPositions(ctx.sheetName, xml, { ...ctx.read, styles: stylesInfo });
  const pos = scan.positions;
  if (pos.sheetData.start < 0) throw new Error('worksheet without sheetData');
  const rowsByIndex = new Map<number, RowSpan>();
  for (const r of pos.rows) rowsByIndex.set(r.row, r);

  // Validate everything before touching anything (all or nothing).
  for (const p of patches) {
    const cell = scan.sheet.cells[p.row]?.[p.col];
    if (cell?.formula !== undefined) throw XlsxMisuseError.formulaCell(ctx.sheetName, toA1(p.row, p.col));
  }

  const edits: Edit[] = [];
  /** New cells per existing row, or per new row. */
  const newInRow = new Map<number, Array<{ col: number; xml: string }>>();
  let changed = 0;
  let maxRow = -1;
  let maxCol = -1;
  const seen = new Set<string>();

  for (const p of patches) {
    const key = `${p.row},${p.col}`;
    if (seen.has(key)) continue; // the first write of a cell wins; a plan never repeats a cell
    seen.add(key);
    const cell = scan.sheet.cells[p.row]?.[p.col];
    const fmtOk = p.numFmt === undefined || cell?.numFmt === p.numFmt;
    if (sameValue(cell, p.value) && fmtOk) continue;
    const rowSpan = rowsByIndex.get(p.row);
    const span = rowSpan?.cells.find((c) => c.col === p.col);

    // Current attributes of an existing <c>, or a fresh element.
    let attrs: Array<[string, string]> = [];
    let prefix = '';
    if (span) {
      const sc = new XmlScanner(xml, span.start);
      sc.next();
      attrs = sc.attrList();
      prefix = prefixOf(sc.qname);
    } else if (rowSpan) {
      const sc = new XmlScanner(xml, rowSpan.start);
      sc.next();
      prefix = prefixOf(sc.qname);
    } else {
      const sc = new XmlScanner(xml, pos.sheetData.start);
      sc.next();
      prefix = prefixOf(sc.qname);
    }
    const sRaw = attrs.find(([n]) => n === 's')?.[1];
    const baseStyle = span ? (sRaw === undefined ? 0 : Number(sRaw) | 0) : inheritedStyle(pos, rowSpan, p.col);
    let style = baseStyle;
    if (p.numFmt !== undefined && formatCodeOfXf(stylesInfo, baseStyle) !== p.numFmt) {
      const k = `${baseStyle}|${p.numFmt}`;
      let xf = ctx.xfCache.get(k);
      if (xf === undefined) {
        const numFmtId = ctx.styles.ensureNumFmt(p.numFmt);
        xf = ctx.styles.appendXfWithNumFmt(baseStyle, numFmtId);
        ctx.xfCache.set(k, xf);
      }
      style = xf;
    }

    const a1 = toA1(p.row, p.col);
    const kept = attrs.filter(([n]) => n !== 'r' && n !== 's' && n !== 't' && n !== 'vm' && n !== 'cm');
    let open = `<${prefix}c r="${a1}"`;
    if (style !== 0 || sRaw !== undefined) open += ` s="${style}"`;
    if (typeof p.value === 'string') open += ` t="inlineStr"`;
    for (const [n, v] of kept) open += ` ${n}="${v}"`;
    const body = typeof p.value === 'string' ? inlineStringXml(p.value, prefix) : numberValueXml(p.value, prefix);
    const cXml = `${open}>${body}</${prefix}c>`;
    changed++;
    if (span) {
      edits.push({ start: span.start, end: span.end, text: cXml });
    } else {
      const list = newInRow.get(p.row) ?? [];
      list.push({ col: p.col, xml: cXml });
      newInRow.set(p.row, list);
    }
    if (p.row > maxRow) maxRow = p.row;
    if (p.col > maxCol) maxCol = p.col;
  }
  if (changed === 0) return { xml, changed: 0 };

  // Insert the new cells: into existing rows in column order, or as new rows in row order.
  const newRows: Array<{ row: number; xml: string }> = [];
  const sheetPrefix = (() => {
    const sc = new XmlScanner(xml, pos.sheetData.start);
    sc.next();
    return prefixOf(sc.qname);
  })();
  for (const [row, list] of newInRow) {
    list.sort((a, b) => a.col - b.col);
    const rs = rowsByIndex.get(row);
    if (!rs) {
      newRows.push({ row, xml: `<${sheetPrefix}row r="${row + 1}">${list.map((c) => c.xml).join('')}</${sheetPrefix}row>` });
      continue;
    }
    if (rs.selfClosing) {
      const open = xml.slice(rs.start, rs.openEnd).replace(/\s*\/>$/, '>');
      const q = /^<([^\s/>]+)/.exec(open)![1];
      edits.push({ start: rs.start, end: rs.openEnd, text: `${open}${list.map((c) => c.xml).join('')}</${q}>` });
      continue;
    }
    // Group by insertion point: before the first existing cell to the right, else before </row>.
    const groups = new Map<number, string>();
    for (const c of list) {
      const next = rs.cells.find((x) => x.col > c.col);
      const at = next ? next.start : rs.closeStart;
      groups.set(at, (groups.get(at) ?? '') + c.xml);
    }
    for (const [at, text] of groups) edits.push({ start: at, end: at, text });
  }
  if (newRows.length > 0) {
    newRows.sort((a, b) => a.row - b.row);
    const sd = pos.sheetData;
    if (sd.selfClosing) {
      const open = xml.slice(sd.start, sd.openEnd).replace(/\s*\/>$/, '>');
      const q = /^<([^\s/>]+)/.exec(open)![1];
      edits.push({ start: sd.start, end: sd.openEnd, text: `${open}${newRows.map((r) => r.xml).join('')}</${q}>` });
    } else {
      const groups = new Map<number, string>();
      for (const r of newRows) {
        const next = pos.rows.find((x) => x.row > r.row);
        const at = next ? next.start : sd.closeStart;
        groups.set(at, (groups.get(at) ?? '') + r.xml);
      }
      for (const [at, text] of groups) edits.push({ start: at, end: at, text });
    }
  }

  // Widen <dimension ref> when a written cell lies outside it.
  const dim = pos.dimensionRef;
  if (dim) {
    const r = parseRange(dim.value);
    if (r && (maxRow > r.bottom || maxCol > r.right)) {
      const ref = `${toA1(r.top, r.left)}:${toA1(Math.max(r.bottom, maxRow), Math.max(r.right, maxCol))}`;
      edits.push({ start: dim.start, end: dim.end, text: escapeXml(ref) });
    }
  }

  return { xml: applyEdits(xml, edits), changed };
}

/**
 * Apply non-overlapping edits. At one offset, insertions go before a replacement starting there
 * (a new cell before an existing one that is rewritten); insertions keep their push order.
 */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  const rank = (e: Edit) => (e.start === e.end ? 0 : 1);
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || rank(a.e) - rank(b.e) || a.i - b.i);
  const parts: string[] = [];
  let p = 0;
  for (const { e } of sorted) {
    parts.push(xml.slice(p, e.start), e.text);
    p = e.end;
  }
  parts.push(xml.slice(p));
  return parts.join('');
}
