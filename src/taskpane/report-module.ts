/**
 * The report generator, loaded lazily (its .docx writer is heavy: a separate chunk, fetched from
 * our own origin only when 生成报告 is clicked). The pane always hands it the workbook as it is
 * at that moment (never a cached analysis): `reportOfWorkbook` analyses it afresh.
 */
import type { SheetLayout } from '../core/grid/layout';
import type { Workbook } from '../core/grid/types';
import type { ScoringProfile } from '../core/rules/profile';

/** A gap the report still has: what is missing and where to fill it in. */
export interface ReportGapView {
  readonly sheet: string;
  readonly cell?: string;
  readonly what: string;
}

/** The built report (src/report's BuiltReport, typed structurally so the pane builds without it). */
export interface BuiltReportView {
  readonly draft: boolean;
  readonly gaps: readonly ReportGapView[];
}

export interface ReportModule {
  reportOfWorkbook(wb: Workbook, options?: { readonly profile?: ScoringProfile; readonly draft?: boolean }): BuiltReportView;
  reportSheetLayout(report: BuiltReportView): SheetLayout;
  reportDocx(report: BuiltReportView): Promise<Uint8Array>;
}

export async function loadReportModule(): Promise<ReportModule> {
  const mod = (await import(/* webpackChunkName: "report" */ '../report')) as unknown as Partial<ReportModule>;
  if (typeof mod.reportOfWorkbook !== 'function' || typeof mod.reportSheetLayout !== 'function' || typeof mod.reportDocx !== 'function') {
    throw new Error('src/report does not export reportOfWorkbook/reportSheetLayout/reportDocx');
  }
  return mod as ReportModule;
}
