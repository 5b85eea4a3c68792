/**
 * Chinese messages of the xlsx host. Every user-facing text of src/hosts/xlsx lives here; the
 * logic only picks a template and fills it.
 */

/** How a file is named in a message: “X.xlsx” when known, else 该文件. */
export function fileLabel(file?: string): string {
  return file ? `“${file}”` : '该文件';
}

export const XLSX_PHRASES = {
  empty: (f?: string) => `${fileLabel(f)} 是空文件（0 字节），请确认文件已完整保存或下载`,
  notZip: (f?: string) => `${fileLabel(f)} 不是有效的 .xlsx 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
  textNotZip: (f?: string) =>
    `${fileLabel(f)} 是文本（CSV）文件，不是 .xlsx 工作簿，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查`,
  htmlNotZip: (f?: string) =>
    `${fileLabel(f)} 是网页（HTML）格式导出的表格，不是真正的 Excel 文件，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查`,
  xml2003NotZip: (f?: string) => `${fileLabel(f)} 是 XML 电子表格 2003 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
  truncated: (f?: string) => `${fileLabel(f)} 已损坏或不完整，无法解压，请重新下载或从原文件重新另存为 .xlsx`,
  corruptPart: (f: string | undefined, part: string) =>
    `${fileLabel(f)} 已损坏：内部文件 ${part} 无法读取，请在 Excel 或 WPS 中打开后重新另存为 .xlsx`,
  xls: (f?: string) => `${fileLabel(f)} 是旧版 Excel（.xls）格式，请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
  et: (f?: string) => `${fileLabel(f)} 是 WPS 表格（.et）格式，请在 WPS 中另存为 .xlsx 后再检查`,
  encrypted: (f?: string) =>
    `${fileLabel(f)} 设置了打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再检查`,
  zipBomb: (f: string | undefined, limitMb: number) =>
    `${fileLabel(f)} 解压后超过 ${limitMb} MB，疑似异常文件，已拒绝读取`,
  notWorkbook: (f?: string) =>
    `${fileLabel(f)} 是压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml），请确认选择了正确的 .xlsx 文件`,
  wordNotWorkbook: (f?: string) => `${fileLabel(f)} 是 Word 文档，不是 Excel 工作簿，请选择自评表的 .xlsx 文件`,
  powerPointNotWorkbook: (f?: string) => `${fileLabel(f)} 是 PowerPoint 演示文稿，不是 Excel 工作簿，请选择自评表的 .xlsx 文件`,
  missing: (f?: string) => `找不到文件 ${fileLabel(f)}，请检查路径是否正确`,
  unreadable: (f: string | undefined, reason: string) => `无法读取 ${fileLabel(f)}：${reason}`,
  unwritable: (f: string | undefined, reason: string) => `无法写入输出文件 ${fileLabel(f)}：${reason}（原文件未改动）`,
  noFolder: '输出文件夹不存在',
  noWritePermission: '没有写入权限',
  diskFull: '磁盘空间不足',
  sameFile: (f?: string) => `输出文件不能与输入文件 ${fileLabel(f)} 相同，请另选输出路径，以免覆盖原表`,
} as const;

/** Misuse of the writer (programming errors, never user data): still Chinese, they may surface in the pane. */
export const XLSX_MISUSE_PHRASES = {
  formulaCell: (sheet: string, address: string) => `${sheet}!${address} 是公式单元格，不能写入数值（写回计划不应包含公式单元格）`,
  unknownSheet: (sheet: string) => `工作簿中没有名为“${sheet}”的工作表`,
  badValue: (sheet: string, address: string) => `${sheet}!${address}：要写入的值不是有限数字或文本`,
  badAddress: (sheet: string, address: string) => `${sheet}!${address}：单元格地址无效`,
  hiddenSheet: (sheet: string) => `工作表“${sheet}”已隐藏，无法选中`,
  badSheetName: (sheet: string) => `工作表名“${sheet}”无效（不能为空、超过 31 个字符或包含 : \\ / ? * [ ]）`,
} as const;
