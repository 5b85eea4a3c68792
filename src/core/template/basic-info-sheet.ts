/**
 * Sheet 基本情况 of docs/TEMPLATE.md: the narrative's inputs (RULES §2.4), label in A, value in B
 * (wrapped, wide). Row 1 is the title; labels from row 2 in BASIC_INFO_FIELDS order. Amounts in
 * 万元; 政府性基金/国有资本经营/社会保险基金: blank or 无 = none.
 */
import type { SheetLayout } from '../grid/layout';
import { LayoutBuilder } from './layout-builder';
import { BASIC_INFO_FIELDS, TEMPLATE_SHEET_NAMES, type BasicInfoKey } from './cells';

/** Points for rows whose answer is several lines or paragraphs. */
const TALL_ROWS: Readonly<Partial<Record<BasicInfoKey, number>>> = {
  duties: 230,
  institutions: 75,
  performanceSummary: 120,
  problems: 75,
  improvements: 100,
  disclosure: 45,
};

export function basicInfoSheetLayout(): SheetLayout {
  const b = new LayoutBuilder();
  b.set('A1:B1', '基本情况', 'title');
  const heights: Record<number, number> = { 0: 32 };
  BASIC_INFO_FIELDS.forEach((f, i) => {
    const row = i + 2;
    b.set(`A${row}`, f.label, 'label').set(`B${row}`, null, 'input');
    heights[row - 1] = TALL_ROWS[f.key] ?? 22;
  });
  return b.build(TEMPLATE_SHEET_NAMES.basicInfo, [26, 80], heights, 'portrait', { titleRows: { top: 0, bottom: 0 } });
}
