/**
 * 标记到工作簿 in WPS 表格: each cell's fill (Interior.Color, BGR-packed; ColorIndex
 * xlColorIndexNone = -4142 is "no fill") and comment (Range.Comment / AddComment /
 * ClearComments) [ET-API Interior, Comment; VBA]. Synchronous: one short run of calls per cell.
 */
import type { CellLook, CellRef, MarkResult } from '../ports';
import { HostError } from '../ports';
import { WPS_PHRASES, withCause } from './phrases';
import { findSheet } from './sheets';
import type { WpsApplication, WpsRange, WpsWorkbook, WpsWorksheet } from './types';

const XL_COLOR_INDEX_NONE = -4142;

/** '#RRGGBB' from Interior.Color (R + G·256 + B·65536). */
export function hexFromBgr(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** Interior.Color from '#RRGGBB'. */
export function bgrFromHex(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n >> 16) & 0xff) + (((n >> 8) & 0xff) << 8) + ((n & 0xff) << 16);
}

function workbook(app: WpsApplication): WpsWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new HostError(WPS_PHRASES.noWorkbook);
  return wb;
}

function rangesOf(app: WpsApplication, cells: readonly CellRef[]): WpsRange[] {
  const wb = workbook(app);
  const sheets = new Map<string, WpsWorksheet>();
  return cells.map((c) => {
    let ws = sheets.get(c.sheet);
    if (!ws) {
      ws = findSheet(wb, c.sheet);
      sheets.set(c.sheet, ws);
    }
    return ws.Range(c.address.replace(/\$/g, ''));
  });
}

/** Whether this WPS build exposes comments on ranges. */
const hasComments = (r: WpsRange) => typeof r.AddComment === 'function' && typeof r.ClearComments === 'function';

export function readWpsLooks(app: WpsApplication, cells: readonly CellRef[]): CellLook[] {
  const ranges = rangesOf(app, cells);
  return cells.map((c, i) => {
    try {
      const r = ranges[i];
      const interior = r.Interior;
      const fill = interior.ColorIndex === XL_COLOR_INDEX_NONE ? null : hexFromBgr(interior.Color);
      const comment = hasComments(r) ? r.Comment : null;
      return { sheet: c.sheet, address: c.address, fill, note: comment ? comment.Text() : null };
    } catch (cause) {
      throw new HostError(withCause(WPS_PHRASES.markFailed(c.sheet, c.address), cause), { cause });
    }
  });
}

export function writeWpsLooks(app: WpsApplication, looks: readonly CellLook[]): MarkResult {
  const ranges = rangesOf(app, looks);
  let notes = looks.length > 0;
  looks.forEach((l, i) => {
    const r = ranges[i];
    try {
      if (l.fill === null) r.Interior.ColorIndex = XL_COLOR_INDEX_NONE;
      else r.Interior.Color = bgrFromHex(l.fill);
      if (!hasComments(r)) {
        notes = false;
        return;
      }
      const now = r.Comment ? r.Comment.Text() : null;
      if (now === l.note) return;
      if (now !== null) r.ClearComments!();
      if (l.note !== null) r.AddComment!(l.note);
    } catch (cause) {
      throw new HostError(withCause(WPS_PHRASES.markFailed(l.sheet, l.address), cause), { cause });
    }
  });
  return { filled: looks.length, notesWritten: notes };
}
