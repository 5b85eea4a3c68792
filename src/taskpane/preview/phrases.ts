/** Chinese messages of the preview's injected workbook (injected-workbook.ts). */
export const PREVIEW_PHRASES = {
  invalid: (where: string, what: string) => `注入的预览工作簿无效：${where}${what}`,
  notJson: '不是有效的 JSON',
  notWorkbook: '应为 { sheets: [...] }',
  noSheets: '没有工作表',
  sheetName: '缺少工作表名称',
  duplicateName: (name: string) => `工作表名称“${name}”重复`,
  cellsNotRows: 'cells 应为按行排列的数组',
  badCell: '单元格应为 { value } 或空',
  badValue: '单元格的值应为数字、文本、逻辑值、空或 { error }',
  badMerge: '合并区域应为 { top, left, bottom, right }（从 0 起的整数）',
} as const;
