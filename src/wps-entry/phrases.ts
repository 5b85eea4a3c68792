/** Chinese messages of the WPS ribbon entry script. */
export const ENTRY_PHRASES = {
  notInWps: '未检测到 WPS 表格：绩效自评助手只能在 WPS 表格中使用',
  paneFailed: (detail: string) => `打开绩效自评助手失败：${detail}`,
  unknownButton: (id: string) => `未知的按钮：${id}`,
} as const;
