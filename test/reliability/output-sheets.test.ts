/**
 * jixiao's own output sheets — the generated 自评报告 (which embeds the 自评表) and the 检查结果
 * list — are not read back as input: checking a workbook after 生成报告 gives the findings it gave
 * before, plus one note saying the report sheet was left out. A department's own sheet that is
 * merely NAMED 自评报告 (its title is a 自评表's) is still read.
 */
import { analyseSheets, analyseWorkbook } from '../../src/core/analyse';
import type { Sheet, Workbook } from '../../src/core/grid/types';
import { outputSheetKind, REPORT_SHEET, FINDINGS_SHEET } from '../../src/core/output-sheets';
import { buildReport, reportSheetLayout } from '../../src/report';
import { findingsSheetLayout } from '../../src/taskpane/findings-sheet';
import { sampleWorkbook } from '../taskpane/sample';
import type { SheetLayout } from '../../src/core/grid/layout';

/** A SheetLayout as a host would leave it in the workbook: values at their cells, merges kept. */
function sheetOf(layout: SheetLayout): Sheet {
  const rows: Array<Array<{ value: string | number } | undefined>> = [];
  for (const c of layout.cells) {
    const row = (rows[c.row] ??= []);
    row[c.col] = { value: c.value as string | number };
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: layout.name, cells: rows, merges: [...layout.merges] };
}

const sample = sampleWorkbook();
const before = analyseWorkbook(sample);
const reportSheet = sheetOf(reportSheetLayout(before));
const findingsSheet = sheetOf(findingsSheetLayout(before.findings));

const key = (f: { rule: string; sheet?: string; cell?: string; message: string }) => `${f.rule} ${f.sheet ?? ''}!${f.cell ?? ''} ${f.message}`;

describe('jixiao output sheets are not input', () => {
  it('the generated report sheet and the findings sheet are recognised as output by name and title', () => {
    expect(reportSheet.name).toBe(REPORT_SHEET);
    expect(outputSheetKind(reportSheet)).toBe('report');
    expect(findingsSheet.name).toBe(FINDINGS_SHEET);
    expect(outputSheetKind(findingsSheet)).toBe('findings');
    // Excel's copy of a sheet is named 「自评报告 (2)」: still the report.
    expect(outputSheetKind({ ...reportSheet, name: `${REPORT_SHEET} (2)` })).toBe('report');
  });

  it('checking after 生成报告 and 标记到工作簿 gives the same findings and plan, plus one note per output sheet', () => {
    const wb: Workbook = { sheets: [...sample.sheets, reportSheet, findingsSheet] };
    const after = analyseWorkbook(wb);
    const notes = after.findings.filter((f) => f.sheet === REPORT_SHEET || f.sheet === FINDINGS_SHEET);
    // Findings are sorted by sheet name: 检查结果 before 自评报告.
    expect(notes.map((f) => [f.rule, f.severity, f.sheet, f.message])).toEqual([
      ['M01', 'info', FINDINGS_SHEET, `工作表“${FINDINGS_SHEET}”是本工具生成的检查结果，不作为自评表检查（以原表为准）`],
      ['M01', 'info', REPORT_SHEET, `工作表“${REPORT_SHEET}”是本工具生成的自评报告，不作为自评表检查（以原表为准）`],
    ]);
    expect(after.findings.filter((f) => !notes.includes(f)).map(key)).toEqual(before.findings.map(key));
    expect(after.plan).toEqual(before.plan);
    expect(after.recognised.tables).toHaveLength(before.recognised.tables.length);
    // The streaming path (the CLI) agrees.
    const streamed = analyseSheets({ names: wb.sheets.map((s) => s.name), read: (n) => wb.sheets.find((s) => s.name === n)! });
    expect(streamed.findings).toEqual(after.findings);
  });

  it('a sheet merely named 自评报告 that holds a 自评表 (its own title) is read as a table', () => {
    const own = sample.sheets.find((s) => s.name === '自评表')!;
    const renamed: Sheet = { ...own, name: REPORT_SHEET };
    expect(outputSheetKind(renamed)).toBeUndefined();
    const a = analyseWorkbook({ sheets: [renamed] });
    expect(a.recognised.tables).toHaveLength(1);
    expect(a.recognised.tables[0].sheet).toBe(REPORT_SHEET);
  });

  it('the report title the report module writes ends as recognition expects', () => {
    const title = buildReport(before).blocks[0];
    expect(title.kind).toBe('title');
    expect(reportSheet.cells[0][0]?.value).toMatch(/整体支出绩效自评报告$/u);
  });
});
