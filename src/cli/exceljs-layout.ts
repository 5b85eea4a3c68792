/**
 * Render declarative sheet layouts (src/core/grid/layout.ts) into a NEW .xlsx with exceljs:
 * values, formulas, merges, fonts, fills, thin borders, alignment/wrap, number formats, column
 * widths, row heights, A4 page setup (fit to width, print area, repeated title rows, centred), and
 * cell protection flags (inputs unlocked).
 *
 * exceljs is used here ONLY to author fresh files (`jixiao template`, the samples): a fresh file
 * has nothing to lose. Existing workbooks are edited by src/hosts/xlsx, which keeps every part.
 */
import { Workbook, type Borders, type Cell, type CellErrorValue, type Worksheet } from 'exceljs';
import { CELL_STYLES, printAreaOf, type CellStyle, type LayoutCell, type SheetLayout } from '../core/grid/layout';
import { rangeToA1 } from '../core/grid/a1';
import { isCellError } from '../core/grid/types';

export interface RenderOptions {
  /** Workbook created/modified time (document properties); default now. Fix it for reproducible files. */
  readonly created?: Date;
}

/** OOXML paper size code for A4. */
const PAPER_A4 = 9;
/** GB2312 charset code, so Excel picks a CJK face for 宋体/黑体/仿宋_GB2312 when the font is missing. */
const CHARSET_GB2312 = 134;
/** Page margins in inches (≈ 15–20 mm). */
const MARGINS = { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function hasNonAscii(s: string): boolean {
  return /[^\x20-\x7e]/.test(s);
}

function applyStyle(cell: Cell, style: CellStyle): void {
  cell.font = {
    name: style.font,
    size: style.size,
    bold: style.bold ?? false,
    ...(hasNonAscii(style.font) ? { charset: CHARSET_GB2312 } : {}),
  };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  if (style.border) cell.border = THIN;
  cell.alignment = {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
  };
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.locked !== undefined) cell.protection = { locked: style.locked };
}

function applyValue(cell: Cell, c: LayoutCell): void {
  const v = c.value;
  if (c.formula !== undefined) {
    const result = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : undefined;
    cell.value = result === undefined ? { formula: c.formula, date1904: false } : { formula: c.formula, result, date1904: false };
    return;
  }
  if (v === null) return;
  if (isCellError(v)) {
    cell.value = { error: v.error } as CellErrorValue;
    return;
  }
  cell.value = v;
}

function renderSheet(ws: Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, height] of Object.entries(layout.rowHeights ?? {})) {
    ws.getRow(Number(row) + 1).height = height;
  }
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.style) applyStyle(cell, CELL_STYLES[c.style]);
    applyValue(cell, c);
  }
  // Merge after styling: exceljs copies the top-left cell's style to the covered cells.
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (layout.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: layout.print.orientation,
      fitToPage: layout.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: layout.print.centerHorizontally ?? true,
      margins: { ...MARGINS },
      // The official form: its whole area, title rows repeated on every page.
      printArea: rangeToA1(printAreaOf(layout)),
      ...(layout.print.titleRows ? { printTitlesRow: `${layout.print.titleRows.top + 1}:${layout.print.titleRows.bottom + 1}` } : {}),
    };
  }
}

/** A new .xlsx with one sheet per layout, in order. */
export async function renderLayoutsXlsx(layouts: readonly SheetLayout[], options: RenderOptions = {}): Promise<Uint8Array> {
  const wb = new Workbook();
  const when = options.created ?? new Date();
  wb.creator = 'jixiao';
  wb.lastModifiedBy = 'jixiao';
  wb.created = when;
  wb.modified = when;
  for (const layout of layouts) renderSheet(wb.addWorksheet(layout.name), layout);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
