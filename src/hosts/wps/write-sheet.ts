/**
 * Rendering a SheetLayout (template, 自评报告, 检查结果) into a WPS worksheet with bulk calls: one
 * Value2 array over the layout's bounding box, one Formula per formula cell, each named style
 * applied to rectangles of cells, one Merge per merged area, widths/heights per column/row.
 *
 * Constants are the VBA values WPS documents [ET-API 枚举]: XlHAlign xlLeft -4131, xlCenter -4108,
 * xlRight -4152; XlVAlign xlTop -4160, xlCenter -4108; XlLineStyle xlContinuous 1; xlPaperA4 9;
 * xlPortrait 1, xlLandscape 2; XlSheetVisibility xlSheetHidden 0. A layout marked `hidden` (the
 * settings sheet) is hidden and never activated; the sheet the user was on stays active, as it
 * does for any layout written without `activate`.
 */
import { rangeToA1, columnLetters } from '../../core/grid/a1';
import type { CellStyle, CellStyleName, LayoutCell, SheetLayout } from '../../core/grid/layout';
import { CELL_STYLES, printAreaOf } from '../../core/grid/layout';
import type { CellRange } from '../../core/grid/types';
import { HostError } from '../ports';
import { boxAddress, coverWithBoxes } from './boxes';
import { textForValue2 } from './cell-values';
import { WPS_PHRASES, withCause } from './phrases';
import { lookupSheet, withScreenUpdatingOff } from './sheets';
import type { WpsApplication, WpsRange, WpsScalar, WpsWorksheet } from './types';

const H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const;
const V_ALIGN = { top: -4160, middle: -4108 } as const;
const XL_CONTINUOUS = 1;
const XL_PAPER_A4 = 9;
const XL_PORTRAIT = 1;
const XL_LANDSCAPE = 2;
const XL_SHEET_HIDDEN = 0;

/** 'FFD9E1F2' (ARGB) → the BGR-packed number WPS's Interior.Color takes (R + G·256 + B·65536). */
export function argbToWpsColor(argb: string): number {
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  const r = parseInt(hex.slice(0, 2), 16);
  const g = parseInt(hex.slice(2, 4), 16);
  const b = parseInt(hex.slice(4, 6), 16);
  return r + g * 256 + b * 65536;
}

export function writeWpsSheet(app: WpsApplication, layout: SheetLayout, options?: { readonly activate?: boolean }): void {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new HostError(WPS_PHRASES.noWorkbook);
  const failed = WPS_PHRASES.writeSheetFailed(layout.name);
  // Worksheets.Add activates the new sheet: note the user's sheet to return to (after hiding,
  // or when not asked to activate: as on every host, the user's sheet stays active).
  let before: WpsWorksheet | null | undefined;
  try {
    before = wb.ActiveSheet;
  } catch {
    before = undefined; // a build without ActiveSheet: WPS picks the neighbour when hiding
  }
  let ws: WpsWorksheet;
  let added = false;
  try {
    ws = withScreenUpdatingOff(app, () => {
      const existing = lookupSheet(wb, layout.name);
      added = existing === undefined;
      const sheet = prepareSheet(wb, layout.name, existing);
      writeValues(sheet, layout.cells);
      writeStyles(sheet, layout);
      for (const m of layout.merges) sheet.Range(rangeToA1(m)).Merge();
      layout.columnWidths.forEach((w, c) => {
        const col = columnLetters(c);
        if (w > 0) sheet.Range(`${col}:${col}`).ColumnWidth = w;
      });
      for (const [row, h] of Object.entries(layout.rowHeights ?? {})) sheet.Range(`${Number(row) + 1}:${Number(row) + 1}`).RowHeight = h;
      return sheet;
    });
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw new HostError(withCause(failed, cause), { cause });
  }
  if (layout.print) {
    try {
      const ps = ws.PageSetup;
      ps.PaperSize = XL_PAPER_A4;
      ps.Orientation = layout.print.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
      if (layout.print.fitToWidth) {
        ps.Zoom = false;
        ps.FitToPagesWide = 1;
        ps.FitToPagesTall = false;
      }
      // The official form: its whole area, title rows on every page, centred [ET-API PageSetup].
      ps.PrintArea = absoluteA1(printAreaOf(layout));
      const t = layout.print.titleRows;
      if (t) ps.PrintTitleRows = `$${t.top + 1}:$${t.bottom + 1}`;
      if (layout.print.centerHorizontally) ps.CenterHorizontally = true;
    } catch (cause) {
      // Page setup needs a printer driver on some desktops; the sheet itself is complete.
      throw new HostError(withCause(WPS_PHRASES.pageSetupFailed(layout.name), cause), { cause });
    }
  }
  if (layout.hidden) {
    try {
      ws.Visible = XL_SHEET_HIDDEN;
      if (before && before.Name !== layout.name) before.Activate();
    } catch (cause) {
      throw new HostError(withCause(WPS_PHRASES.hideFailed(layout.name), cause), { cause });
    }
  } else if (options?.activate) {
    try {
      ws.Activate();
    } catch (cause) {
      throw new HostError(withCause(failed, cause), { cause });
    }
  } else if (added && before && before.Name !== layout.name) {
    try {
      before.Activate();
    } catch (cause) {
      throw new HostError(withCause(failed, cause), { cause });
    }
  }
}

/** The sheet of that name (`existing`) emptied (values, formats, merges), or a new one after the last sheet. */
function prepareSheet(wb: NonNullable<WpsApplication['ActiveWorkbook']>, name: string, existing: WpsWorksheet | undefined): WpsWorksheet {
  if (existing) {
    existing.Cells.UnMerge();
    existing.Cells.Clear();
    return existing;
  }
  const list = wb.Worksheets;
  const ws = list.Add(undefined, list.Item(list.Count));
  ws.Name = name;
  return ws;
}

function writeValues(ws: WpsWorksheet, cells: readonly LayoutCell[]): void {
  if (cells.length === 0) return;
  let bottom = 0;
  let right = 0;
  for (const c of cells) {
    if (c.row > bottom) bottom = c.row;
    if (c.col > right) right = c.col;
  }
  const grid: WpsScalar[][] = [];
  for (let r = 0; r <= bottom; r++) grid.push(new Array<WpsScalar>(right + 1).fill(null));
  const formulas: LayoutCell[] = [];
  for (const c of cells) {
    if (c.formula !== undefined) {
      formulas.push(c);
      continue;
    }
    const v = c.value;
    grid[c.row][c.col] = typeof v === 'string' ? textForValue2(v) : typeof v === 'object' && v !== null ? v.error : v;
  }
  const range = ws.Range(boxAddress({ top: 0, left: 0, bottom, right }));
  range.Value2 = bottom === 0 && right === 0 ? grid[0][0] : grid;
  for (const c of formulas) ws.Range(rangeToA1({ top: c.row, left: c.col, bottom: c.row, right: c.col })).Formula = `=${c.formula}`;
}

/** Each style over rectangles; cells of a merged area take the style of its top-left cell. */
function writeStyles(ws: WpsWorksheet, layout: SheetLayout): void {
  const styleOf = new Map<string, CellStyleName>();
  for (const c of layout.cells) if (c.style) styleOf.set(`${c.row},${c.col}`, c.style);
  for (const m of layout.merges) {
    const anchor = styleOf.get(`${m.top},${m.left}`);
    if (!anchor) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (!styleOf.has(`${r},${c}`)) styleOf.set(`${r},${c}`, anchor);
  }
  const styled = [...styleOf].map(([key, style]) => {
    const [row, col] = key.split(',').map(Number);
    return { row, col, style };
  });
  for (const run of coverWithBoxes(styled, (s) => s.style)) applyStyle(ws.Range(boxAddress(run.box)), CELL_STYLES[run.key as CellStyleName]);
}

function applyStyle(range: WpsRange, style: CellStyle): void {
  const font = range.Font;
  font.Name = style.font;
  font.Size = style.size;
  font.Bold = style.bold === true;
  if (style.fill) range.Interior.Color = argbToWpsColor(style.fill);
  if (style.border) range.Borders.LineStyle = XL_CONTINUOUS;
  if (style.horizontal) range.HorizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) range.VerticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.numFmt) range.NumberFormat = style.numFmt;
  if (style.locked !== undefined) range.Locked = style.locked;
}

/** '$A$1:$I$29' (PageSetup.PrintArea takes an absolute A1 reference [ET-API PageSetup.PrintArea]). */
function absoluteA1(r: CellRange): string {
  return `$${columnLetters(r.left)}$${r.top + 1}:$${columnLetters(r.right)}$${r.bottom + 1}`;
}
