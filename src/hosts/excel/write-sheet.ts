/**
 * Render a SheetLayout (template, 自评报告, 检查结果) with range writes: one sync to find the sheet,
 * one to write everything — values as one block, formulas, merges, styles grouped into row runs,
 * widths and heights (plus one sync per ~4 MB of payload). An existing sheet of that name is
 * cleared and rewritten in place, so references to it from other sheets survive. A layout marked
 * `hidden` is hidden (Worksheet.visibility, settable from ExcelApi 1.2; visible before that).
 */
import type { CellStyle, CellStyleName, LayoutCell, SheetLayout } from '../../core/grid/layout';
import { CELL_STYLES, printAreaOf } from '../../core/grid/layout';
import { columnLetters, rangeToA1, toA1 } from '../../core/grid/a1';
import type { CellValue } from '../../core/grid/types';
import { isCellError } from '../../core/grid/types';
import type { ExcelEnvironment } from './environment';
import { API } from './environment';
import { charsToPoints } from './addresses';
import { jsonBytes, OP_OVERHEAD_BYTES, PayloadMeter } from './payload';
import { needsTextFormat } from './write';

export interface StyleRect {
  readonly style: CellStyleName;
  readonly top: number;
  bottom: number;
  readonly left: number;
  right: number;
}

export async function writeSheetTo(env: ExcelEnvironment, layout: SheetLayout, options?: { readonly activate?: boolean }): Promise<void> {
  const canMerge = env.isSetSupported('ExcelApi', API.merge);
  const canPageLayout = env.isSetSupported('ExcelApi', API.pageLayout);
  const suspend = env.isSetSupported('ExcelApi', API.suspendCalculation);
  const canHide = env.isSetSupported('ExcelApi', API.visibility);
  await env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const exists = worksheets.items.some((w) => w.name === layout.name);
    const ws = exists ? worksheets.getItem(layout.name) : worksheets.add(layout.name);
    const meter = new PayloadMeter();
    const queue = async (bytes: number) => {
      if (meter.wouldOverflow(bytes)) {
        await context.sync();
        meter.reset();
      }
      meter.add(bytes);
    };
    if (suspend) context.application.suspendApiCalculationUntilNextSync();
    if (exists) {
      if (canMerge) ws.getRange().unmerge();
      ws.getRange().clear('All');
    }

    const maxRow = Math.max(-1, ...layout.cells.map((c) => c.row));
    const maxCol = Math.max(-1, ...layout.cells.map((c) => c.col));
    if (maxRow >= 0) {
      // Row blocks so a huge layout (a long report) never exceeds the payload budget in one op.
      const values: Array<Array<string | number | boolean | null>> = [];
      const formats: Array<Array<string | null>> = [];
      for (let r = 0; r <= maxRow; r++) {
        values.push(new Array<string | number | boolean | null>(maxCol + 1).fill(null));
        formats.push(new Array<string | null>(maxCol + 1).fill(null));
      }
      const formulas: LayoutCell[] = [];
      for (const c of layout.cells) {
        if (c.formula !== undefined) formulas.push(c);
        else values[c.row][c.col] = layoutValue(c.value);
        const style = c.style ? CELL_STYLES[c.style] : undefined;
        formats[c.row][c.col] = c.formula === undefined && needsTextFormat(c.value) ? '@' : (style?.numFmt ?? null);
      }
      const blockRows = 2000;
      for (let top = 0; top <= maxRow; top += blockRows) {
        const bottom = Math.min(maxRow, top + blockRows - 1);
        const v = values.slice(top, bottom + 1);
        const f = formats.slice(top, bottom + 1);
        const hasFormats = f.some((row) => row.some((x) => x !== null));
        await queue(2 * OP_OVERHEAD_BYTES + jsonBytes(v) + (hasFormats ? jsonBytes(f) : 0));
        const range = ws.getRange(rangeToA1({ top, left: 0, bottom, right: maxCol }));
        if (hasFormats) range.numberFormat = f;
        range.values = v;
      }
      for (const c of formulas) {
        await queue(OP_OVERHEAD_BYTES + jsonBytes(c.formula));
        ws.getRange(toA1(c.row, c.col)).formulas = [[`=${c.formula}`]];
      }
    }
    if (canMerge) {
      for (const m of layout.merges) {
        await queue(OP_OVERHEAD_BYTES);
        ws.getRange(rangeToA1(m)).merge(false);
      }
    }
    for (const rect of styleRects(layout.cells)) {
      await queue(12 * OP_OVERHEAD_BYTES);
      applyStyle(ws.getRange(rangeToA1(rect)), CELL_STYLES[rect.style], canMerge);
    }
    if (canMerge) {
      layout.columnWidths.forEach((chars, col) => {
        const letters = columnLetters(col);
        ws.getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(chars);
      });
      for (const [row, points] of Object.entries(layout.rowHeights ?? {})) {
        const n = Number(row) + 1;
        ws.getRange(`${n}:${n}`).format.rowHeight = points;
      }
    }
    if (layout.print && canPageLayout) {
      // Worksheet.pageLayout (ExcelApi 1.9): paper, orientation, fit to one page wide, print area,
      // title rows repeated on every page, centring. Below 1.9 the sheet prints with Excel's defaults.
      const pl = ws.pageLayout;
      pl.paperSize = 'A4';
      pl.orientation = layout.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      if (layout.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (layout.print.centerHorizontally) pl.centerHorizontally = true;
      pl.setPrintArea(rangeToA1(printAreaOf(layout)));
      const t = layout.print.titleRows;
      if (t) pl.setPrintTitleRows(`$${t.top + 1}:$${t.bottom + 1}`);
    }
    // A settings sheet (`hidden`) is hidden where the API allows, and never activated (Excel cannot
    // activate a hidden sheet). Otherwise an existing sheet keeps the visibility the user gave it.
    if (layout.hidden && canHide) ws.visibility = 'Hidden';
    if (options?.activate && !layout.hidden) ws.activate();
    await context.sync();
  });
}

/** Layout values → what `Range.values` accepts (an error value is written as its text). */
function layoutValue(v: CellValue): string | number | boolean | null {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return v;
}

/**
 * Cells with the same style → rectangles: consecutive cells of a row form a run, and a run
 * continues the rectangle of the row above when style and columns match (a 10,000-row table of
 * labels is one rectangle, one set of format calls).
 */
export function styleRects(cells: readonly LayoutCell[]): StyleRect[] {
  const styled = cells.filter((c): c is LayoutCell & { style: CellStyleName } => c.style !== undefined);
  styled.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleRect[] = [];
  for (const c of styled) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.style === c.style && last.right === c.col - 1) last.right = c.col;
    else runs.push({ style: c.style, top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  const open = new Map<string, StyleRect>();
  const rects: StyleRect[] = [];
  for (const r of runs) {
    const key = `${r.style}|${r.left}|${r.right}`;
    const prev = open.get(key);
    if (prev && prev.bottom === r.top - 1) prev.bottom = r.top;
    else {
      open.set(key, r);
      rects.push(r);
    }
  }
  return rects;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function applyStyle(range: Excel.Range, s: CellStyle, canProtect: boolean): void {
  const f = range.format;
  f.font.name = s.font;
  f.font.size = s.size;
  f.font.bold = s.bold === true;
  if (s.fill) f.fill.color = `#${s.fill.slice(-6)}`;
  if (s.horizontal) f.horizontalAlignment = s.horizontal === 'left' ? 'Left' : s.horizontal === 'center' ? 'Center' : 'Right';
  if (s.vertical) f.verticalAlignment = s.vertical === 'top' ? 'Top' : 'Center';
  f.wrapText = s.wrap === true;
  if (s.border) for (const edge of EDGES) f.borders.getItem(edge).style = 'Continuous';
  if (canProtect && s.locked !== undefined) f.protection.locked = s.locked;
}
