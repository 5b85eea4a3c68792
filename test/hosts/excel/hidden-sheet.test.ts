/**
 * SheetLayout.hidden in the Excel host, what is its own: Worksheet.visibility = Hidden where
 * ExcelApi 1.2 allows, in the same syncs. Hidden, still read, never activated, rewriting keeps it
 * hidden: the host port's contract (test/hosts/contract).
 */
import { createExcelHost } from '../../../src/hosts/excel';
import type { SheetLayout } from '../../../src/core/grid/layout';
import { FakeExcel } from './fake-excel';

const settings = (hidden?: boolean): SheetLayout => ({
  name: '_jixiao_mapping',
  cells: [{ row: 0, col: 0, value: 'jixiao-mapping' }],
  merges: [],
  columnWidths: [10],
  ...(hidden === undefined ? {} : { hidden }),
});

function book(apiVersion?: string): FakeExcel {
  const x = new FakeExcel(apiVersion ? { apiVersion } : {});
  x.addSheet('自评表', [['得分'], [9.5]]);
  x.activeSheet = '自评表';
  return x;
}

describe('Excel host: hidden sheets', () => {
  test('a hidden layout is written and hidden in the same 2 syncs; the user’s sheet stays active', async () => {
    const x = book();
    await createExcelHost(x.environment()).writeSheet(settings(true), { activate: true });
    const s = x.sheetNamed('_jixiao_mapping')!;
    expect(s.cell(0, 0)!.value).toBe('jixiao-mapping');
    expect(s.visibility).toBe('Hidden');
    expect(x.activeSheet).toBe('自评表');
    expect(x.syncCount).toBe(2);
  });

  test('ExcelApi 1.1 (visibility read-only): the sheet is written and left visible, no error', async () => {
    const x = book('1.1');
    await createExcelHost(x.environment()).writeSheet(settings(true));
    expect(x.sheetNamed('_jixiao_mapping')!.visibility).toBe('Visible');
    expect(x.sheetNamed('_jixiao_mapping')!.cell(0, 0)!.value).toBe('jixiao-mapping');
  });

  test('the fake refuses to hide the last visible sheet, as Excel does (so the rule is exercised)', async () => {
    const x = new FakeExcel();
    await expect(createExcelHost(x.environment()).writeSheet(settings(true))).rejects.toThrow();
  });
});
