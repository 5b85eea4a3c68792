/** Chinese messages of the in-memory host. */
export const MEMORY_PHRASES = {
  noSheet: (sheet: string) => `工作表“${sheet}”不存在`,
  badAddress: (sheet: string, address: string) => `${sheet}!${address}：不是有效的单元格地址`,
  hiddenSheet: (sheet: string) => `工作表“${sheet}”已隐藏，无法选中`,
  badValue: (sheet: string, address: string) => `${sheet}!${address}：写入值不是有限数字`,
} as const;
