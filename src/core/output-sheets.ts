/**
 * Sheets jixiao itself writes into a workbook as OUTPUT — the generated 自评报告 and the 检查结果
 * list (标记到工作簿). They repeat the 自评表's figures (the report embeds the table), so reading
 * them as input would check the same table twice and plan writes into a report. Recognition skips
 * a sheet only when both its name and its first cell are what jixiao writes: a department's own
 * table on a sheet that merely happens to be called 自评报告 is still read.
 */
import type { Sheet } from './grid/types';
import { normalizeText } from './grid/text';

/** The generated report's sheet: its name, and the end of its title (A1: `{年}年度{单位}整体支出绩效自评报告`). */
export const REPORT_SHEET = '自评报告';
export const REPORT_TITLE_END = '绩效自评报告';

/** The 标记到工作簿 findings list: its name and title (A1). */
export const FINDINGS_SHEET = '检查结果';
export const FINDINGS_TITLE = '绩效自评表检查结果';

export type OutputSheetKind = 'report' | 'findings';

/** Excel's copy suffix: 「自评报告 (2)」 is a copy of the report sheet. */
function baseName(name: string): string {
  return name.replace(/\s*\(\d+\)$/u, '').trim();
}

/** Which jixiao output this sheet is, if it is one (name and A1 title both match). */
export function outputSheetKind(sheet: Sheet): OutputSheetKind | undefined {
  const name = baseName(sheet.name);
  if (name !== REPORT_SHEET && name !== FINDINGS_SHEET) return undefined;
  const a1 = sheet.cells[0]?.[0]?.value;
  if (typeof a1 !== 'string') return undefined;
  const title = normalizeText(a1);
  if (name === REPORT_SHEET && title.endsWith(REPORT_TITLE_END)) return 'report';
  if (name === FINDINGS_SHEET && title === FINDINGS_TITLE) return 'findings';
  return undefined;
}

/**
 * Sheets jixiao keeps for itself (`_jixiao_mapping`, `_jixiao_marks` …, hidden): settings and
 * records, never input tables. Recognition skips them without a note.
 */
export function isSettingsSheet(sheet: Pick<Sheet, 'name'>): boolean {
  return /^_jixiao_/i.test(sheet.name);
}
