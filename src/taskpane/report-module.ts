/**
 * The report generator, loaded lazily (its .docx writer is heavy: a separate chunk, fetched from
 * our own origin only when 生成报告 is clicked).
 */
import type { Analysis } from '../core/analyse';
import type { SheetLayout } from '../core/grid/layout';

export interface ReportModule {
  reportSheetLayout(analysis: Analysis): SheetLayout;
  reportDocx(analysis: Analysis): Promise<Uint8Array>;
}

export async function loadReportModule(): Promise<ReportModule> {
  const mod = (await import(/* webpackChunkName: "report" */ '../report')) as unknown as Partial<ReportModule>;
  if (typeof mod.reportSheetLayout !== 'function' || typeof mod.reportDocx !== 'function') {
    throw new Error('src/report does not export reportSheetLayout/reportDocx');
  }
  return mod as ReportModule;
}
