/**
 * The report module (RULES §5, §4 R01–R03): build the 自评报告 from the workbook, render it as a
 * sheet layout or a .docx, and cross-check a hand-written draft. Browser-safe (the pane
 * dynamic-imports this file): no Node APIs.
 *
 * Issue 12 point 2: the report is built from the workbook as it is when 生成报告/下载 is asked
 * for — `reportOfWorkbook` analyses the grid afresh (never a cached analysis). Point 3: the final
 * text has no placeholder; `gaps` lists what is still missing (sheet, cell, what); a draft
 * (`{ draft: true }`) shows each gap as 【请在…填写…】.
 */
import { analyseWorkbook, type Analysis } from '../core/analyse';
import type { SheetLayout } from '../core/grid/layout';
import type { Workbook } from '../core/grid/types';
import { profileById, type ScoringProfile } from '../core/rules/profile';
import { MAPPING_SHEET } from '../core/mapping/types';
import { profileInForce } from '../core/mapping/sheet-codec';
import { buildReport } from './build-report';
import type { BuiltReport, ReportDocument, ReportOptions } from './document';
import { sheetLayoutOf } from './sheet-layout';
import { renderDocx } from './docx-render';

export { buildReport } from './build-report';
export { readDraft, draftParagraphs } from './draft-read';
export type { DraftDocument, DraftParagraph } from './draft-read';
export { checkDraft } from './check-draft';
export type { ReportDocument, ReportBlock, ReportTable, ReportTableCell, HeadingBlock, ParagraphBlock, TableBlock, TitleBlock, HeadingLevel, ReportGap, ReportOptions, BuiltReport } from './document';
export { reportText, blockText } from './document';
export { REPORT_SHEET } from './phrases';

export interface WorkbookReportOptions extends ReportOptions {
  /** The rule set in force (the pane's choice / the CLI's --profile); national by default. */
  readonly profile?: ScoringProfile;
}

/**
 * The report of the workbook as it stands: a fresh analysis of `wb`, then the document and its gaps.
 * The rule set: `options.profile`, else the one remembered in the workbook (_jixiao_mapping), else national.
 */
export function reportOfWorkbook(wb: Workbook, options: WorkbookReportOptions = {}): BuiltReport {
  const profile = profileInForce(options.profile, wb.sheets.map((s) => s.name), (n) => wb.sheets.find((s) => s.name === n)!);
  return buildReport(analyseWorkbook(wb, { profile }), options);
}

type Source = ReportDocument | Analysis;
const isDocument = (s: Source): s is ReportDocument => (s as ReportDocument).blocks !== undefined;

/** The 自评报告 sheet: one paragraph per row, wrapped, the 自评表 with its merges, A4 portrait. */
export function reportSheetLayout(source: Source, options: ReportOptions = {}): SheetLayout {
  return sheetLayoutOf(isDocument(source) ? source : buildReport(source, options));
}

/** The report as .docx bytes, laid out per GB/T 9704-2012. */
export function reportDocx(source: Source, options: ReportOptions = {}): Promise<Uint8Array> {
  return renderDocx(isDocument(source) ? source : buildReport(source, options));
}
