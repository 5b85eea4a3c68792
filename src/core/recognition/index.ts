/**
 * Recognition: grid → recognised evaluation tables (one per sheet), the template's 基本情况 and
 * 收支明细 sheets, and M01 notes for what was not placed (SPEC §2.3, §4). By labels, never by
 * fixed positions.
 */
import type { Workbook } from '../grid/types';
import type { BasicInfo, EvaluationTable, RecognisedWorkbook, RecognitionNote, SpendingDetail } from '../model';
import { isBasicInfoSheet, recogniseBasicInfo } from './basic-info';
import { RECOGNITION_PHRASES } from './phrases';
import { sheetView } from './sheet-view';
import { isSpendingDetailSheet, recogniseSpendingDetail } from './spending-detail';
import { recogniseTable } from './table';

export { RECOGNITION_PHRASES } from './phrases';

export function recogniseWorkbook(wb: Workbook): RecognisedWorkbook {
  const tables: EvaluationTable[] = [];
  const notes: RecognitionNote[] = [];
  let basicInfo: BasicInfo | undefined;
  let spendingDetail: SpendingDetail | undefined;
  for (const sheet of wb.sheets) {
    const view = sheetView(sheet);
    if (isBasicInfoSheet(view)) {
      basicInfo ??= recogniseBasicInfo(view);
      continue;
    }
    if (isSpendingDetailSheet(view)) {
      spendingDetail ??= recogniseSpendingDetail(view);
      continue;
    }
    const sheetNotes: RecognitionNote[] = [];
    const table = recogniseTable(view, sheetNotes);
    if (table) {
      tables.push(table);
      notes.push(...sheetNotes);
    } else notes.push({ sheet: sheet.name, message: RECOGNITION_PHRASES.sheetSkipped(sheet.name) });
  }
  return {
    tables,
    ...(basicInfo ? { basicInfo } : {}),
    ...(spendingDetail ? { spendingDetail } : {}),
    notes,
  };
}
