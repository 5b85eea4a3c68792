/** Chinese texts of the report delivery (pane notices and the download page). */
export const DELIVERY_PHRASES = {
  downloaded: (name: string) => `已下载“${name}”（在浏览器或系统的“下载”文件夹中）。报告同时已写入“自评报告”工作表。`,
  /** Where a download may silently do nothing (Office on Windows, WPS): say so, and name the other way. */
  downloadRequested: (name: string) => `已开始下载“${name}”。如果没有出现保存提示或找不到文件，请点下方“没有出现保存提示？”旁的按钮。报告同时已写入“自评报告”工作表。`,
  saved: (path: string) => `Word 报告已保存到：${path}。报告同时已写入“自评报告”工作表。`,
  savedAndOpened: (path: string) => `Word 报告已保存到：${path}，并已打开。报告同时已写入“自评报告”工作表。`,
  dialog: '已在弹出的窗口中准备好 Word 报告，请点击其中的“保存 Word 报告”。报告同时已写入“自评报告”工作表。',
  browserWindow: '已在系统浏览器中打开下载页，请在浏览器中保存 Word 报告。报告同时已写入“自评报告”工作表。',
  sheetOnly: '此版本的 Office 不能从加载项保存文件：报告已写入“自评报告”工作表，可复制到 Word，或用命令行 jixiao report 生成 .docx。',
  alternative: '没有出现保存提示？',
  alternativeButton: '改用弹出窗口保存',
  alternativeDownload: '改用浏览器下载',
  dialogTimeout: '下载窗口没有响应（30 秒）：报告已在“自评报告”工作表中',
  dialogFailed: (code: number | undefined, message: string | undefined) =>
    `无法打开下载窗口${code === undefined ? '' : `（错误 ${code}${code === 12007 ? '：已有一个加载项窗口打开' : code === 12009 ? '：弹出窗口被阻止' : ''}）`}${message ? `：${message}` : ''}`,
  dialogIncomplete: '下载窗口收到的文件不完整，请重试',
  dialogClosed: (code: number) => `下载窗口已关闭（${code}）`,
  noWpsFiles: '此版本的 WPS 不提供文件写入接口',
  noOffice: '未检测到 Office',
  page: {
    title: '保存 Word 报告',
    waiting: '正在接收报告…',
    ready: (name: string, kb: string) => `报告“${name}”（${kb} KB）已准备好。`,
    save: '保存 Word 报告',
    hint: '如果点击后没有出现保存提示，请关闭此窗口，在 Excel 中使用“自评报告”工作表。',
    noData: '没有收到报告。请回到 Excel 任务窗格，重新点击“生成报告”。',
  },
} as const;
