/**
 * Chinese messages of the .docx host. Every user-facing text of src/hosts/docx lives here.
 */
function fileLabel(file?: string): string {
  return file ? `“${file}”` : '该文件';
}

export const DOCX_PHRASES = {
  empty: (f?: string) => `${fileLabel(f)} 是空文件（0 字节），请确认文件已完整保存或下载`,
  doc: (f?: string) => `${fileLabel(f)} 是旧版 Word（.doc）格式，请在 Word 或 WPS 中“另存为”Word 文档（.docx）后再检查`,
  encrypted: (f?: string) => `${fileLabel(f)} 设置了打开密码（已加密），请在 Word 或 WPS 中取消密码后另存为 .docx 再检查`,
  notZip: (f?: string) => `${fileLabel(f)} 不是有效的 Word 文档（.docx），请在 Word 或 WPS 中另存为 .docx 后再检查`,
  truncated: (f?: string) => `${fileLabel(f)} 已损坏或不完整，无法解压，请重新下载或在 Word 中重新另存为 .docx`,
  notDocument: (f?: string) =>
    `${fileLabel(f)} 是压缩包，但不是 Word 文档（缺少 word/document.xml），请确认选择了正确的 .docx 文件`,
  corruptPart: (f: string | undefined, part: string) =>
    `${fileLabel(f)} 已损坏：内部文件 ${part} 无法读取，请在 Word 或 WPS 中打开后重新另存为 .docx`,
  zipBomb: (f: string | undefined, limitMb: number) => `${fileLabel(f)} 解压后超过 ${limitMb} MB，疑似异常文件，已拒绝读取`,
  tableTooLarge: (f: string | undefined, table: string, what: string) =>
    `${fileLabel(f)} 的${table}${what}，超出可检查的范围，疑似异常文件，已拒绝读取`,
  tooWide: (cols: number) => `宽度为 ${cols} 列`,
  tooLong: (rows: number) => `有 ${rows} 行`,
  tableName: (n: number) => `表${n}`,
} as const;
