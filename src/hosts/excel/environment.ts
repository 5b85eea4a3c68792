/**
 * The two things the Excel adapter needs from Office.js, injected so tests can run it against a
 * fake object model: a batch runner (`Excel.run`) and requirement-set detection
 * (`Office.context.requirements.isSetSupported`).
 */
export interface ExcelEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** e.g. ('ExcelApi', '1.13'). */
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office.js environment (call only after Office.onReady reported Excel). */
export function officeExcelEnvironment(): ExcelEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** The ExcelApi versions whose features the adapter gates at run time. The manifest asks for 1.1 only. */
export const API = {
  /** Range.merge/unmerge, format.columnWidth/rowHeight, format.protection. */
  merge: '1.2',
  /** Worksheet.visibility may be set (read from 1.1): the hidden settings sheet. */
  visibility: '1.2',
  /** getUsedRangeOrNullObject, getItemOrNullObject. */
  nullObjects: '1.4',
  /** Application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: '1.6',
  /** Worksheet.pageLayout. */
  pageLayout: '1.9',
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: '1.13',
  /** Notes (批注/备注). */
  notes: '1.18',
} as const;
