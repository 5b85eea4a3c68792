/**
 * A Word document (.docx) → the engine's input: every table (w:tbl, nested tables on their own)
 * as a sheet named 表1, 表2 … (w:gridSpan and w:vMerge as merged areas, cell text exactly as
 * typed, numbers kept as text), plus the body's paragraphs in order for the draft cross-check.
 * Reading only: nothing is ever written into the document. Pure of Node (fflate inflates), so the
 * CLI, the batch workers and the pages share it. Never throws anything but DocxError.
 */
import { unzipSync, strFromU8, type UnzipFileInfo } from 'fflate';
import type { Cell, CellRange, Sheet, Workbook } from '../../core/grid/types';
import { DocxPartError, readDocxBody, type BodyParagraph, type BodyTable } from '../../ooxml/docx-body';
import { DocxError, docxError } from './errors';
import { DOCX_PHRASES } from './phrases';

/** Sum of the uncompressed sizes of the parts we read: 200 MB (a 500-page report is ~10 MB). */
export const DOCX_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** A table wider than Excel's 16384 columns or longer than 100000 rows is not a 自评表. */
export const DOCX_MAX_COLUMNS = 16384;
export const DOCX_MAX_ROWS = 100000;
/** Cells (rows × columns) of one grid: keeps a forged gridSpan from allocating gigabytes. */
export const DOCX_MAX_CELLS = 4_000_000;

export interface DocxTableInfo {
  /** The sheet name of the table's grid: 表1, 表2 … */
  readonly sheet: string;
  /** The nearest non-empty paragraph before the table, outside any table ('' when none). */
  readonly heading: string;
  /** 0 = a table of the body; 1 = nested in another table's cell … */
  readonly depth: number;
}

export interface DocxDocument {
  readonly workbook: Workbook;
  readonly tables: readonly DocxTableInfo[];
  readonly paragraphs: readonly BodyParagraph[];
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isDocCfb(b: Uint8Array): boolean {
  return b.length >= 8 && CFB.every((x, i) => b[i] === x);
}

/**
 * A password-protected .docx is a CFB holding the streams `EncryptionInfo` and `EncryptedPackage`
 * ([MS-OFFCRYPTO] §2.3.4); their names sit UTF-16LE in the CFB directory. A Word 97 .doc has a
 * `WordDocument` stream instead.
 */
function isEncryptedPackage(b: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  outer: for (let i = 512; i + name.length * 2 <= b.length; i += 128) {
    // Directory entries are 128 bytes, sector-aligned after the 512-byte header: the name opens each.
    for (let k = 0; k < name.length; k++) if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

const PARTS = /^word\/(document|numbering|styles)\.xml$/;

export function readDocx(fileName: string | undefined, bytes: Uint8Array, options: { readonly maxUncompressedBytes?: number } = {}): DocxDocument {
  const limit = options.maxUncompressedBytes ?? DOCX_MAX_UNCOMPRESSED_BYTES;
  if (bytes.length === 0) throw docxError('EMPTY', fileName);
  if (isDocCfb(bytes)) throw docxError(isEncryptedPackage(bytes) ? 'ENCRYPTED' : 'DOC_FORMAT', fileName);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw docxError('NOT_ZIP', fileName);
  let files: Record<string, Uint8Array>;
  let declared = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (!PARTS.test(f.name)) return false;
        declared += f.originalSize;
        if (declared > limit) throw new BombSignal();
        return true;
      },
    });
  } catch (e) {
    if (e instanceof BombSignal) throw new DocxError('ZIP_BOMB', DOCX_PHRASES.zipBomb(fileName, Math.floor(limit / (1024 * 1024))));
    throw new DocxError('TRUNCATED', DOCX_PHRASES.truncated(fileName));
  }
  const doc = files['word/document.xml'];
  if (!doc) throw docxError('NOT_DOCUMENT', fileName);
  const text = (name: string): string | undefined => {
    const b = files[name];
    if (!b) return undefined;
    try {
      return strFromU8(b);
    } catch {
      throw new DocxError('TRUNCATED', DOCX_PHRASES.corruptPart(fileName, name));
    }
  };
  let body;
  let part = 'word/document.xml';
  try {
    const document = text(part)!;
    part = 'word/numbering.xml';
    const numbering = text(part);
    part = 'word/styles.xml';
    const styles = text(part);
    part = 'word/document.xml';
    body = readDocxBody({ document, numbering, styles });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('TRUNCATED', DOCX_PHRASES.corruptPart(fileName, e instanceof DocxPartError ? e.part : part));
  }
  const sheets: Sheet[] = [];
  const tables: DocxTableInfo[] = [];
  for (const t of body.tables) {
    const name = DOCX_PHRASES.tableName(t.index);
    sheets.push(tableSheet(fileName, name, t));
    const heading = t.paragraphBefore > 0 ? body.paragraphs[t.paragraphBefore - 1].text : '';
    tables.push({ sheet: name, heading, depth: t.depth });
  }
  return { workbook: { sheets }, tables, paragraphs: body.paragraphs };
}

class BombSignal extends Error {}

/**
 * One table → a dense grid. Each w:tc occupies w:gridSpan grid columns from the row's current
 * column (after w:gridBefore); a span > 1 is a merged area. A w:vMerge="restart" cell starts a
 * vertical merge that each w:vMerge (continue) cell in the same grid column below extends; a
 * continue with nothing to continue (no restart above) is read as a cell of its own.
 */
export function tableSheet(fileName: string | undefined, name: string, t: BodyTable): Sheet {
  const rows = t.rows;
  if (rows.length > DOCX_MAX_ROWS) throw new DocxError('TABLE_TOO_LARGE', DOCX_PHRASES.tableTooLarge(fileName, name, DOCX_PHRASES.tooLong(rows.length)));
  let width = 0;
  for (const r of rows) {
    let w = r.gridBefore;
    for (const c of r.cells) w += c.gridSpan;
    if (w > width) width = w;
  }
  if (width > DOCX_MAX_COLUMNS || width * rows.length > DOCX_MAX_CELLS)
    throw new DocxError('TABLE_TOO_LARGE', DOCX_PHRASES.tableTooLarge(fileName, name, DOCX_PHRASES.tooWide(width)));
  const cells: (Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  // Per grid column: the vertical merge open there (index into `vertical`), from a restart cell.
  const vertical: { top: number; left: number; right: number; bottom: number }[] = [];
  const openAt = new Map<number, number>();
  rows.forEach((r, ri) => {
    const row: (Cell | undefined)[] = new Array(width).fill(undefined);
    let col = r.gridBefore;
    const seen = new Set<number>();
    for (const c of r.cells) {
      const left = col;
      const right = col + c.gridSpan - 1;
      col = right + 1;
      const open = openAt.get(left);
      if (c.vMerge === 'continue' && open !== undefined && vertical[open].right === right && vertical[open].bottom === ri - 1) {
        vertical[open].bottom = ri;
        seen.add(left);
        for (let k = left; k <= right; k++) row[k] = { value: null };
        continue;
      }
      row[left] = { value: c.text === '' ? null : c.text };
      for (let k = left + 1; k <= right; k++) row[k] = { value: null };
      if (c.vMerge === 'restart') {
        vertical.push({ top: ri, bottom: ri, left, right });
        openAt.set(left, vertical.length - 1);
        seen.add(left);
      } else if (right > left) merges.push({ top: ri, bottom: ri, left, right });
    }
    // A vertical merge ends where its column is not continued.
    for (const k of [...openAt.keys()]) if (!seen.has(k)) openAt.delete(k);
    cells.push(row);
  });
  for (const v of vertical) if (v.bottom > v.top || v.right > v.left) merges.push({ top: v.top, bottom: v.bottom, left: v.left, right: v.right });
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, cells, merges };
}
