/**
 * The WPS 表格 host. The pane calls `getWpsApplication(window)` at start; when it returns an
 * Application, `createWpsHost(app)` gives the WorkbookHost over the WPS object model.
 */
export { getWpsApplication } from './detect';
export { createWpsHost } from './host';
export { hideTaskPane, takePendingAction, toggleTaskPane, showTaskPane, TASK_PANE_ID_KEY, PENDING_ACTION_KEY } from './task-pane';
export type { PaneAction } from './task-pane';
export type { WpsApplication, WpsWorkbook, WpsWorksheet, WpsRange, WpsTaskPane, WpsPluginStorage } from './types';
export { errorFromCvErr, cvErrFromError, CV_ERRORS } from './cell-values';
export { saveReportFile, wpsFileServices, binaryString, ReportFileError } from './report-file';
export type { WpsFileServices, SavedReport } from './report-file';
