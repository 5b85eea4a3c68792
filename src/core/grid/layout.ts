/**
 * A declarative sheet layout: cells with named styles, merges, widths, print setup. The 自评表
 * template and the 自评报告 sheet are defined once as layouts; each host renders them (the CLI
 * with exceljs into a fresh file, Excel/WPS with bulk range writes, the xlsx host as a new part).
 */
import type { CellRange, CellValue } from './types';

/** Named styles; hosts map each to fonts/borders/fills via CELL_STYLES. */
export type CellStyleName =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'label'
  | 'input'
  | 'inputNumber'
  | 'output'
  | 'outputPercent'
  | 'text'
  | 'note'
  | 'heading1'
  | 'heading2'
  | 'paragraph';

export interface CellStyle {
  readonly font: string;
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
  /** ARGB hex without '#', e.g. 'FFFFF2CC'. Input cells light yellow, output cells light grey-blue. */
  readonly fill?: string;
  readonly border?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle';
  readonly wrap?: boolean;
  readonly numFmt?: string;
  /** Locked for sheet protection: outputs and labels locked, inputs unlocked. */
  readonly locked?: boolean;
}

export const CELL_STYLES: Readonly<Record<CellStyleName, CellStyle>> = {
  title: { font: '宋体', size: 16, bold: true, horizontal: 'center', vertical: 'middle', locked: true },
  subtitle: { font: '宋体', size: 11, horizontal: 'left', vertical: 'middle', locked: true },
  header: { font: '宋体', size: 11, bold: true, border: true, horizontal: 'center', vertical: 'middle', wrap: true, fill: 'FFD9E1F2', locked: true },
  label: { font: '宋体', size: 11, border: true, horizontal: 'left', vertical: 'middle', wrap: true, locked: true },
  input: { font: '宋体', size: 11, border: true, horizontal: 'left', vertical: 'middle', wrap: true, fill: 'FFFFF2CC', locked: false },
  inputNumber: { font: '宋体', size: 11, border: true, horizontal: 'right', vertical: 'middle', fill: 'FFFFF2CC', numFmt: '0.00', locked: false },
  output: { font: '宋体', size: 11, border: true, horizontal: 'right', vertical: 'middle', fill: 'FFE2EFDA', numFmt: '0.00', locked: true },
  outputPercent: { font: '宋体', size: 11, border: true, horizontal: 'right', vertical: 'middle', fill: 'FFE2EFDA', numFmt: '0.00%', locked: true },
  text: { font: '宋体', size: 11, horizontal: 'left', vertical: 'top', wrap: true },
  note: { font: '宋体', size: 9, horizontal: 'left', vertical: 'top', wrap: true },
  heading1: { font: '黑体', size: 16, horizontal: 'left', vertical: 'top', wrap: true },
  heading2: { font: '楷体_GB2312', size: 16, horizontal: 'left', vertical: 'top', wrap: true },
  paragraph: { font: '仿宋_GB2312', size: 16, horizontal: 'left', vertical: 'top', wrap: true },
};

export interface LayoutCell {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  /** Without '='. */
  readonly formula?: string;
  readonly style?: CellStyleName;
}

/**
 * How a sheet prints as the official form (issue 12 point 10): A4, fit to one page wide, the print
 * area, the rows repeated at the top of every page, centred horizontally. Hosts map it to Excel's
 * PageLayout (ExcelApi 1.9), WPS's PageSetup, OOXML pageSetup/printOptions/definedNames.
 */
export interface PrintSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly fitToWidth: boolean;
  /** 0-based; absent: the layout's cells' bounding box. */
  readonly printArea?: CellRange;
  /** 0-based rows repeated at the top of each printed page (title and header rows). */
  readonly titleRows?: { readonly top: number; readonly bottom: number };
  /** Centre the print area horizontally on the page. */
  readonly centerHorizontally?: boolean;
}

/** The print area of a layout: the one it names, else the bounding box of its cells (A1 when none). */
export function printAreaOf(layout: Pick<SheetLayout, 'cells' | 'merges' | 'print'>): CellRange {
  if (layout.print?.printArea) return layout.print.printArea;
  let bottom = 0;
  let right = 0;
  for (const c of layout.cells) {
    if (c.row > bottom) bottom = c.row;
    if (c.col > right) right = c.col;
  }
  for (const m of layout.merges) {
    if (m.bottom > bottom) bottom = m.bottom;
    if (m.right > right) right = m.right;
  }
  return { top: 0, left: 0, bottom, right };
}

export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly CellRange[];
  /** Column widths in characters, index = column. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, by 0-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly print?: PrintSetup;
  /** A settings sheet the user should not see (`_jixiao_mapping`): hosts hide it where they can. */
  readonly hidden?: boolean;
}
