/**
 * The batch reads through the WorkbookHost port one sheet at a time (issue 14, seam 1): core
 * analyseSheets' onTable hands each table over while its sheet is held, and a sheet that cannot be
 * parsed — found only when analysis reaches it — is still one row naming the file, with the
 * reader's own code, never INTERNAL.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkWorkbookBytes, type CheckedFile, type FileResult } from '../../src/batch';
import { analyseSheets, analyseWorkbook } from '../../src/core/analyse';
import type { Sheet, SheetSource, Workbook } from '../../src/core/grid/types';
import { mappingSheetLayout } from '../../src/core/mapping/sheet-codec';
import type { EvaluationTable } from '../../src/core/model';
import type { TableComputation } from '../../src/core/rules/computed';
import { XlsxError } from '../../src/hosts/xlsx/errors';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { SAMPLE, manyTables } from './bad-inputs';

function checked(r: FileResult): CheckedFile {
  if (r.error) throw new Error(`unexpected error ${r.error.message}`);
  return r;
}

/** A SheetSource over a workbook that records which sheets are read, in order. */
function recording(wb: Workbook): { source: SheetSource; reads: string[] } {
  const reads: string[] = [];
  return { reads, source: { names: wb.sheets.map((s) => s.name), read: (n) => (reads.push(n), wb.sheets.find((s) => s.name === n)!) } };
}

describe('core analyseSheets onTable: the tables analyseWorkbook sees, one sheet at a time', () => {
  const cases: Array<[string, () => Uint8Array]> = [
    ['seed-template.xlsx', () => SAMPLE('seed-template.xlsx')],
    ['seed-hunan-pasted.xlsx', () => SAMPLE('seed-hunan-pasted.xlsx')],
    ['the seed’s 自评表 three more times', () => manyTables(3)],
  ];
  for (const [label, bytes] of cases) {
    test(label, () => {
      const wb = XlsxPackage.open(bytes()).readWorkbook();
      const whole = analyseWorkbook(wb);
      const seen: Array<{ table: EvaluationTable; c: TableComputation; sheet: Sheet }> = [];
      const { source, reads } = recording(wb);
      const streamed = analyseSheets(source, { plan: false, onTable: (table, c, sheet) => seen.push({ table, c, sheet }) });
      // Each sheet read once, in workbook order; each table handed over with its own sheet's grid.
      expect(reads).toEqual(wb.sheets.map((s) => s.name));
      expect(seen.map((x) => x.sheet.name)).toEqual(seen.map((x) => x.table.sheet));
      expect(seen.map((x) => [x.table.sheet, x.table.kind, x.c.totalScore?.toString(), x.c.grade, x.c.funds?.executionRate?.toString()])).toEqual(
        whole.recognised.tables.map((t, i) => [t.sheet, t.kind, whole.computations[i].totalScore?.toString(), whole.computations[i].grade, whole.computations[i].funds?.executionRate?.toString()]),
      );
      expect(streamed.basicInfo?.departmentName?.text).toBe(whole.recognised.basicInfo?.departmentName?.text);
      expect(streamed.findings).toEqual(whole.findings);
    });
  }

  test('a workbook analysed whole (it carries a _jixiao sheet) still hands over every table', () => {
    const pkg = XlsxPackage.open(SAMPLE('seed-template.xlsx'));
    pkg.writeSheet(mappingSheetLayout({ tables: [], profile: 'sichuan' }));
    const wb = pkg.readWorkbook();
    const sheets: string[] = [];
    analyseSheets(recording(wb).source, { onTable: (t, _c, sheet) => sheets.push(`${t.sheet}=${sheet.name}`) });
    expect(sheets).toEqual(analyseWorkbook(wb).recognised.tables.map((t) => `${t.sheet}=${t.sheet}`));
    expect(sheets.length).toBeGreaterThan(0);
  });
});

describe('checkWorkbookBytes through the port', () => {
  test('every table of a many-sheet workbook gets its row: the seed’s figures four times', async () => {
    // The seed's 自评表 (总分 108.79 computed, 98.8 stated, 执行率 1186.19 ÷ 1186.96 → 0.999351, unit
    // 岳阳市信访局, 2024; see summary.test.ts) plus three copies of that sheet.
    const r = checked(await checkWorkbookBytes('局/多表.xlsx', manyTables(3)));
    expect(r.tables.map((t) => [t.sheet, t.computedTotal, t.statedTotal, t.executionRate, t.unit, t.year])).toEqual(
      ['自评表', '自评表1', '自评表2', '自评表3'].map((s) => [s, 108.79, 98.8, 0.999351, '岳阳市信访局', 2024]),
    );
    // Each copy carries the same findings as the original sheet; the file's counts are their sum.
    const one = r.tables[0].counts;
    for (const t of r.tables) expect(t.counts).toEqual(one);
    expect(r.counts.error).toBe(r.tables.reduce((n, t) => n + t.counts.error, 0));
  });

  test('a damaged sheet further on (parsed only when reached) is one row with the reader’s code, naming the file', async () => {
    const files = unzipSync(manyTables(2));
    files['xl/worksheets/copy2.xml'] = strToU8('garbage<<<');
    const bytes = zipSync(files);
    // What the reader says of it when the workbook is read whole:
    let code = '';
    try {
      XlsxPackage.open(bytes).readWorkbook();
    } catch (e) {
      code = (e as XlsxError).code;
    }
    expect(code).not.toBe('');
    const r = await checkWorkbookBytes('局/坏表.xlsx', bytes);
    expect(r.error?.code).toBe(code);
    expect(r.error?.message).toContain('坏表.xlsx');
    expect(r.error?.message).not.toMatch(/at .*\.ts|Error:/);
  });
});
