/** Chinese messages of the Excel adapter (the pane shows them with the Office.js cause). */
export const EXCEL_PHRASES = {
  read: '读取 Excel 工作簿失败',
  write: '写入 Excel 单元格失败',
  writeSheet: (sheet: string) => `写入工作表“${sheet}”失败`,
  select: (sheet: string, address: string) => `无法选中 ${sheet}!${address}`,
  mark: '在工作簿中标记检查结果失败',
  noSheet: (sheet: string) => `工作表“${sheet}”不存在`,
  badAddress: (sheet: string, address: string) => `${sheet}!${address}：不是有效的单元格地址`,
  badValue: (sheet: string, address: string) => `${sheet}!${address}：写入值不是有限数字`,
} as const;
