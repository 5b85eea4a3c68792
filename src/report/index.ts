/**
 * The report module (SPEC §5, §4 R01–R03): build the 自评报告 from an Analysis, render it as a
 * sheet layout or a .docx, and cross-check a hand-written draft. Browser-safe (the pane
 * dynamic-imports this file): no Node APIs.
 */
import type { Analysis } from '../core/analyse';
import type { SheetLayout } from '../core/grid/layout';
import { buildReport } from './build-report';
import { sheetLayoutOf } from './sheet-layout';
import { renderDocx } from './docx-render';

export { buildReport } from './build-report';
export { readDraft } from './draft-read';
export type { DraftDocument, DraftParagraph } from './draft-read';
export { checkDraft } from './check-draft';
export type { ReportDocument, ReportBlock, ReportTable, ReportTableCell, HeadingBlock, ParagraphBlock, TableBlock, TitleBlock, HeadingLevel } from './document';
export { reportText, blockText } from './document';
export { REPORT_SHEET } from './phrases';

/** The 自评报告 sheet: one paragraph per row, wrapped, the 自评表 with its merges, A4 portrait. */
export function reportSheetLayout(analysis: Analysis): SheetLayout {
  return sheetLayoutOf(buildReport(analysis));
}

/** The report as .docx bytes, laid out per GB/T 9704-2012. */
export function reportDocx(analysis: Analysis): Promise<Uint8Array> {
  return renderDocx(buildReport(analysis));
}
