/**
 * Chinese message templates of recognition (M01 UNRECOGNISED, RULES §4): a sheet, table, row or
 * column that was not recognised, said plainly; amounts that will be converted from 元.
 */
export const RECOGNITION_PHRASES = {
  /** A sheet with no evaluation table (and not a supporting sheet). */
  sheetSkipped: (sheet: string): string => `未在工作表“${sheet}”中识别到自评表，已跳过`,
  outputSheetSkipped: (sheet: string, kind: 'report' | 'findings'): string =>
    `工作表“${sheet}”是本工具生成的${kind === 'report' ? '自评报告' : '检查结果'}，不作为自评表检查（以原表为准）`,
  /** A header cell of a recognised block that names no known column. */
  columnIgnored: (header: string): string => `未识别“${header}”列，已忽略`,
  /** Two columns of one block in the same family: the preferred one is used (Chongqing 调整指标值 over 年初指标值). */
  columnDuplicate: (header: string, used: string): string => `“${header}”列与“${used}”列含义相同，以“${used}”列为准，“${header}”列已忽略`,
  /** The saved mapping (hidden sheet) has a row that cannot be read. */
  mappingRowIgnored: (row: number): string => `映射设置第${row}行无法读取，已忽略`,
  /** The saved mapping names a sheet that no longer exists. */
  mappingSheetMissing: (sheet: string): string => `映射设置中的工作表“${sheet}”不存在，已忽略`,
  /** A labelled row inside the funds block that carries amounts but names no known fund type. */
  rowIgnored: (label: string): string => `未识别“${label}”行，已忽略`,
  /** The funds block is in 元 (RULES §2.1): amounts are summed in 元, then converted. */
  amountsInYuan: (): string => '金额单位为“元”，计算时将换算为万元（合计在换算前求和）',
} as const;
