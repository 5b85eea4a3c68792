/** Chinese messages of the WPS host (shown by the pane in a MessageBar). */

export const WPS_PHRASES = {
  noWorkbook: '没有打开的工作簿：请先在 WPS 表格中打开自评表',
  sheetMissing: (sheet: string) => `找不到工作表“${sheet}”`,
  readFailed: (sheet: string) => `读取工作表“${sheet}”失败`,
  listSheetsFailed: '读取工作表列表失败',
  writeFailed: (sheet: string, range: string) => `写入 ${sheet}!${range} 失败`,
  rolledBack: '已撤销本次已写入的单元格',
  rollbackFailed: '撤销也失败了：部分单元格可能已改变，请逐项核对',
  badWriteValue: (address: string) => `${address}：要写入的值不是有限数字`,
  badWriteAddress: (address: string) => `${address}：单元格地址与行列号不符或超出工作表范围`,
  badAddress: (address: string) => `“${address}”不是单元格地址`,
  writeSheetFailed: (sheet: string) => `生成工作表“${sheet}”失败`,
  pageSetupFailed: (sheet: string) => `工作表“${sheet}”的页面设置失败（其余内容已写入）`,
  hideFailed: (sheet: string) => `工作表“${sheet}”已写入，但无法隐藏`,
  selectFailed: (sheet: string, address: string) => `无法选中 ${sheet}!${address}`,
  taskPaneFailed: '打开任务窗格失败',
  operationFailed: 'WPS 表格操作失败',
  markFailed: (sheet: string, address: string) => `无法标记单元格 ${sheet}!${address}`,
  /** Appended to a failure: the host's own message. */
  cause: (message: string) => `（WPS：${message}）`,
} as const;

/** "message（WPS：cause）" — the host error text is kept so support can act on it. */
export function withCause(message: string, cause: unknown): string {
  const text = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '';
  return text ? message + WPS_PHRASES.cause(text) : message;
}
