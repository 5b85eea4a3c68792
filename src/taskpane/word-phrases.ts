/** The pane's 检查Word报告 words (Simplified Chinese, plain 财务 wording). */
export const WORD_PANE = {
  button: '检查Word报告',
  buttonTitle: '选择本机上的 .docx 自评报告，检查其中的自评表和正文（文件只在本机读取，不上传）',
  running: '正在读取并检查Word报告…',
  failed: 'Word报告检查失败',
  notDocx: (name: string) => `“${name}”不是 .docx 文件。请选择 Word 报告（.docx）；.doc 文件请先在 Word 或 WPS 中“另存为”.docx 格式。`,
  unreadable: (name: string) => `无法读取文件“${name}”。`,
  moduleMissing: 'Word报告检查模块未能加载。',
  showing: (name: string, tables: number) => `以下为Word报告“${name}”的检查结果（自评表 ${tables} 张）`,
  noTable: (name: string) => `Word报告“${name}”中没有识别出自评表，只检查了正文的标题序号和列举数量（正文数字无表可对，未核对）。`,
  close: '返回工作簿检查结果',
  /** A table cell with the nearest heading before its table. */
  tablePlace: (sheet: string, cell: string, heading: string) => (heading ? `${sheet}!${cell}（${heading}）` : `${sheet}!${cell}`),
  /** A paragraph of the text, with its opening words. */
  paragraphPlace: (n: number, excerpt: string | undefined) => (excerpt ? `第${n}段：“${excerpt}”` : `第${n}段`),
} as const;
