/** Chinese texts of the pane's WPS-only parts (wps-actions.ts, the 收起 button). */
export const WPS_PANE = {
  hide: '收起',
  hideTitle: '收起任务窗格；再次打开请点功能区的“自评助手”',
  hideFailed: '收起任务窗格失败',
  pendingFailed: '读取功能区按钮的操作失败',
} as const;
