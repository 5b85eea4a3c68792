import type { Finding } from '../core/findings';

/** Chinese text of the batch check (roll-up workbook, pool errors), shared by the CLI and the bureau page. */
export const BATCH_TEXT = {
  noTable: '未识别到自评表',
  noParts: '未识别到资金和指标部分',
  fundsScoreUnknown: '资金得分无法计算（预算数或执行数不全，表中也未填得分）',
  rowScoreUnknown: (address: string) => `${address} 的指标得分未填，也无法按规则计算`,
  negativeTotal: '各项得分之和为负数',
  totalUnknown: '总分未计算',
  weightsNotNumbers: '有分值不是数字',
  weightsOff: (all: string, expected: string) => `分值合计 ${all}，不等于 ${expected}`,
  over100: (total: string) => `总分 ${total} 超过 100`,
  noBand: '总分不在任何等级区间内',
  internal: (file: string, why: string) => `检查“${file}”时程序出错（${why}），请把此文件发给技术支持。`,
  timeout: (file: string, seconds: number) => `检查“${file}”超过 ${seconds} 秒仍未完成，已跳过（文件可能过大或结构异常）。`,
  crashed: (file: string, why: string) => `检查“${file}”时检查进程意外退出（${why}），已跳过。`,
  // Flags (备注) of the roll-up.
  unitFromFileName: '单位取自文件名（表中未填单位名称）',
  notSubmitted: '未报送',
  notOnList: '单位不在报送名单中',
  duplicateKept: (older: string) => `重复报送：保留本文件（较新），另有 ${older}`,
  duplicateDropped: (newer: string) => `重复报送：已有较新的 ${newer}，本文件不计`,
  otherYear: (year: number, majority: number) => `年度为 ${year}，本批多数为 ${majority}`,
  otherKind: (kind: string, majority: string) => `为${kind}自评表，本批多数为${majority}`,
  unreadable: '无法读取',
  // Where a finding on a Word report's text (R rules) is: the text, its paragraph.
  reportText: '正文',
  paragraph: (n: number) => `第${n}段`,
} as const;

/**
 * Where a finding is, as the 工作表 and 单元格 columns show it: a table's sheet and cell; a
 * report text's finding (R rules) as 正文 and its paragraph; null where the finding has none.
 */
export function findingPlace(f: Pick<Finding, 'sheet' | 'cell' | 'paragraph'>): { readonly sheet: string | null; readonly cell: string | null } {
  if (f.sheet === undefined && f.paragraph !== undefined) return { sheet: BATCH_TEXT.reportText, cell: BATCH_TEXT.paragraph(f.paragraph) };
  return { sheet: f.sheet ?? null, cell: f.cell ?? null };
}
