/**
 * Sheet 收支明细 of docs/TEMPLATE.md: 项目支出 detail in 万元. One row per 专项 from row 3
 * (SPENDING_DETAIL_ROW_COUNT blank rows), then 合计 (inputs, so totals known without detail can
 * be entered) and 专项个数 (count in B).
 */
import type { SheetLayout } from '../grid/layout';
import { LayoutBuilder } from './layout-builder';
import {
  SPENDING_COUNT_ROW,
  SPENDING_DETAIL_FIRST_ROW,
  SPENDING_TOTAL_ROW,
  TEMPLATE_SHEET_NAMES,
} from './cells';

export function spendingDetailSheetLayout(): SheetLayout {
  const b = new LayoutBuilder();
  b.set('A1:F1', '项目支出明细（万元）', 'title');
  ['序号', '项目名称', '年初预算', '本年追加', '上年结转结余', '全年执行数'].forEach((h, i) =>
    b.set(`${String.fromCharCode(65 + i)}2`, h, 'header'),
  );
  const heights: Record<number, number> = { 0: 32, 1: 24 };
  for (let row = SPENDING_DETAIL_FIRST_ROW; row < SPENDING_TOTAL_ROW; row++) {
    b.set(`A${row}`, null, 'input').set(`B${row}`, null, 'input');
    for (const c of ['C', 'D', 'E', 'F']) b.set(`${c}${row}`, null, 'inputNumber');
    heights[row - 1] = 20;
  }
  b.set(`A${SPENDING_TOTAL_ROW}:B${SPENDING_TOTAL_ROW}`, '合计', 'label');
  for (const c of ['C', 'D', 'E', 'F']) b.set(`${c}${SPENDING_TOTAL_ROW}`, null, 'inputNumber');
  b.set(`A${SPENDING_COUNT_ROW}`, '专项个数', 'label').set(`B${SPENDING_COUNT_ROW}`, null, 'input');
  heights[SPENDING_TOTAL_ROW - 1] = 22;
  heights[SPENDING_COUNT_ROW - 1] = 22;
  return b.build(TEMPLATE_SHEET_NAMES.spendingDetail, [6, 36, 12, 12, 14, 12], heights, 'portrait', { titleRows: { top: 0, bottom: 1 } });
}
