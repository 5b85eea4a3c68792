/**
 * ReportDocument → the 自评报告 sheet: one paragraph per row merged across columns A–H, wrapped,
 * row heights estimated from text length, the 自评表 as cells with its merges, A4 portrait.
 */
import type { CellStyleName, LayoutCell, SheetLayout } from '../core/grid/layout';
import { CELL_STYLES } from '../core/grid/layout';
import type { CellRange } from '../core/grid/types';
import type { ReportBlock, ReportDocument, ReportTable } from './document';
import { blockText } from './document';
import { REPORT_SHEET } from './phrases';

/** Column widths (Excel character units); their sum is the width a paragraph wraps in. */
export const REPORT_COLUMN_WIDTHS: readonly number[] = [10, 12, 16, 14, 14, 7, 8, 15];
const COLS = REPORT_COLUMN_WIDTHS.length;
const TOTAL_WIDTH = REPORT_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
/** Two ideographic spaces: the 2-character first-line indent a cell cannot express. */
const INDENT = '\u3000\u3000';

/** Display width in Excel character units at 11 pt: CJK and full-width characters count 2. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return n;
}

/** Estimated row height (points) of `text` wrapped in `widthChars` at `size` pt; at least one line. Layout only. */
export function estimateHeight(text: string, widthChars: number, size: number): number {
  const perLine = Math.max(1, (widthChars * 11) / size);
  const lines = text.split('\n').reduce((acc, l) => acc + Math.max(1, Math.ceil(textUnits(l) / perLine)), 0);
  return Math.ceil(lines * size * 1.45 + 4);
}

function styleOf(b: Exclude<ReportBlock, { kind: 'table' }>): CellStyleName {
  if (b.kind === 'title') return 'title';
  if (b.kind === 'heading') return b.level === 1 ? 'heading1' : b.level === 2 ? 'heading2' : 'paragraph';
  return 'paragraph';
}

export function sheetLayoutOf(doc: ReportDocument): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: CellRange[] = [];
  const heights: Record<number, number> = {};
  let row = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      row = placeTable(b.table, row, cells, merges, heights);
      continue;
    }
    const style = styleOf(b);
    // The title stays one line here: the title style does not wrap (the balanced lines are the .docx's).
    const text = b.kind === 'title' ? blockText(b) : INDENT + blockText(b);
    cells.push({ row, col: 0, value: text, style });
    merges.push({ top: row, left: 0, bottom: row, right: COLS - 1 });
    heights[row] = estimateHeight(text, TOTAL_WIDTH, CELL_STYLES[style].size);
    row++;
  }
  // Printed as the official form (issue 12 point 10): after a spacer row, the lines the department
  // signs and stamps — 单位（盖章） and 日期 — inside the print area; A4, one page wide, centred.
  row++;
  for (const text of SIGNATURE_LINES) {
    cells.push({ row, col: 0, value: text, style: 'paragraph' });
    merges.push({ top: row, left: 0, bottom: row, right: COLS - 1 });
    heights[row] = estimateHeight(text, TOTAL_WIDTH, CELL_STYLES.paragraph.size);
    row++;
  }
  return {
    name: REPORT_SHEET,
    cells,
    merges,
    columnWidths: REPORT_COLUMN_WIDTHS,
    rowHeights: heights,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, centerHorizontally: true },
  };
}

/** The signature lines under the report (indented to the right half of the page). */
export const SIGNATURE_LINES: readonly string[] = [
  `${'\u3000'.repeat(16)}单位（盖章）：`,
  `${'\u3000'.repeat(16)}日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日`,
];

function placeTable(t: ReportTable, start: number, cells: LayoutCell[], merges: CellRange[], heights: Record<number, number>): number {
  cells.push({ row: start, col: 0, value: t.caption, style: 'subtitle' });
  merges.push({ top: start, left: 0, bottom: start, right: COLS - 1 });
  heights[start] = estimateHeight(t.caption, TOTAL_WIDTH, CELL_STYLES.subtitle.size);
  const top = start + 1;
  t.rows.forEach((r, i) => {
    let h = 0;
    r.forEach((c, col) => {
      const m = t.merges.find((x) => x.top === i && x.left === col);
      const inside = t.merges.some((x) => i >= x.top && i <= x.bottom && col >= x.left && col <= x.right && !(x.top === i && x.left === col));
      const style: CellStyleName = c.header ? 'header' : 'label';
      cells.push({ row: top + i, col, value: inside || c.text === '' ? null : c.text, style });
      if (inside) return;
      let width = 0;
      for (let cc = col; cc <= (m ? m.right : col); cc++) width += REPORT_COLUMN_WIDTHS[cc];
      const rowsSpanned = m ? m.bottom - m.top + 1 : 1;
      h = Math.max(h, estimateHeight(c.text, width, CELL_STYLES[style].size) / rowsSpanned);
    });
    heights[top + i] = Math.ceil(h);
  });
  for (const m of t.merges) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
  return top + t.rows.length;
}
