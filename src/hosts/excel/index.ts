export { createExcelHost } from './excel-host';
export type { ExcelHost } from './excel-host';
export { officeExcelEnvironment, API } from './environment';
export type { ExcelEnvironment } from './environment';
export type { CellMark, MarkResult } from '../ports';
export { groupRuns, needsTextFormat } from './write';
