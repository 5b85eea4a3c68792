/**
 * The batch check shared by the CLI (`check --summary`, worker_threads) and the bureau page
 * (dist/batch.html, Web Workers). Pure of Node: bytes in, results and workbook bytes out.
 */
export { checkWorkbookBytes, baseName, type CheckOptions } from './check';
export { buildSummaryWorkbook, summaryWorkbookOf, SUMMARY_SHEETS, SUMMARY_COLUMNS, FINDINGS_COLUMNS, type SummaryMeta } from './summary';
export { rollUp, unitKey, type RollUp, type RollUpRow, type RollUpTotals, type RollUpOptions } from './roll-up';
export { BATCH_TEXT } from './phrases';
export { RULE_MEANINGS } from './rule-catalogue';
export * from './types';
