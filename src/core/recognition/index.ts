/**
 * Recognition: grid → recognised evaluation tables (any number per sheet), the template's 基本情况
 * and 收支明细 sheets, the mapping of each table, and M01 notes for what was not placed (RULES
 * §2.3, §4). By labels, never by fixed positions. A mapping the user confirmed, saved in the
 * hidden sheet `_jixiao_mapping`, is read from the workbook itself and wins over detection.
 */
import type { Workbook } from '../grid/types';
import type { BasicInfo, EvaluationTable, RecognisedWorkbook, RecognitionNote, SpendingDetail } from '../model';
import { isMappingSheet, readMappingSheet } from '../mapping/sheet-codec';
import { isSettingsSheet, outputSheetKind } from '../output-sheets';
import type { TableMapping } from '../mapping/types';
import { isBasicInfoSheet, recogniseBasicInfo } from './basic-info';
import { createKeyer } from './families';
import { RECOGNITION_PHRASES } from './phrases';
import { createNumberParser, sheetView } from './sheet-view';
import { isSpendingDetailSheet, recogniseSpendingDetail } from './spending-detail';
import { recogniseSheetTables } from './table';

export { RECOGNITION_PHRASES } from './phrases';

export function recogniseWorkbook(wb: Workbook): RecognisedWorkbook {
  const tables: EvaluationTable[] = [];
  const mappings: TableMapping[] = [];
  const notes: RecognitionNote[] = [];
  let basicInfo: BasicInfo | undefined;
  let spendingDetail: SpendingDetail | undefined;
  const keyOf = createKeyer();
  const parse = createNumberParser();
  const saved = savedMapping(wb, notes);
  for (const sheet of wb.sheets) {
    if (isMappingSheet(sheet) || isSettingsSheet(sheet)) continue;
    const output = outputSheetKind(sheet);
    if (output) {
      notes.push({ sheet: sheet.name, message: RECOGNITION_PHRASES.outputSheetSkipped(sheet.name, output) });
      continue;
    }
    const view = sheetView(sheet, keyOf, parse);
    if (isBasicInfoSheet(view)) {
      basicInfo ??= recogniseBasicInfo(view);
      continue;
    }
    if (isSpendingDetailSheet(view)) {
      spendingDetail ??= recogniseSpendingDetail(view);
      continue;
    }
    const sheetNotes: RecognitionNote[] = [];
    const found = recogniseSheetTables(view, sheetNotes, saved.get(sheet.name) ?? []);
    if (found.tables.length > 0) {
      tables.push(...found.tables);
      mappings.push(...found.mappings);
      notes.push(...sheetNotes);
    } else notes.push({ sheet: sheet.name, message: RECOGNITION_PHRASES.sheetSkipped(sheet.name) });
  }
  return {
    tables,
    ...(basicInfo ? { basicInfo } : {}),
    ...(spendingDetail ? { spendingDetail } : {}),
    notes,
    mappings,
  };
}

/** The confirmed tables of the saved mapping, by sheet; unreadable rows and lost sheets are noted. */
function savedMapping(wb: Workbook, notes: RecognitionNote[]): Map<string, TableMapping[]> {
  const out = new Map<string, TableMapping[]>();
  const sheet = wb.sheets.find(isMappingSheet);
  if (!sheet) return out;
  const read = readMappingSheet(sheet);
  for (const row of read.badRows) notes.push({ sheet: sheet.name, address: `A${row}`, message: RECOGNITION_PHRASES.mappingRowIgnored(row) });
  const names = new Set(wb.sheets.map((s) => s.name));
  for (const t of read.mapping.tables) {
    if (!t.confirmed) continue;
    if (!names.has(t.sheet)) {
      notes.push({ sheet: sheet.name, message: RECOGNITION_PHRASES.mappingSheetMissing(t.sheet) });
      continue;
    }
    out.set(t.sheet, [...(out.get(t.sheet) ?? []), t]);
  }
  return out;
}
