/** SheetLayout.hidden in the Excel host: Worksheet.visibility = Hidden where ExcelApi 1.2 allows. */
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

  test('the hidden sheet is still read (recognition finds the saved mapping)', async () => {
    const x = book();
    const host = createExcelHost(x.environment());
    await host.writeSheet(settings(true));
    expect((await host.readWorkbook()).sheets.map((s) => s.name)).toEqual(['自评表', '_jixiao_mapping']);
  });

  test('ExcelApi 1.1 (visibility read-only): the sheet is written and left visible, no error', async () => {
    const x = book('1.1');
    await createExcelHost(x.environment()).writeSheet(settings(true));
    expect(x.sheetNamed('_jixiao_mapping')!.visibility).toBe('Visible');
    expect(x.sheetNamed('_jixiao_mapping')!.cell(0, 0)!.value).toBe('jixiao-mapping');
  });

  test.each([
    ['absent', undefined],
    ['false', false],
  ])('hidden %s: visibility untouched (a hidden sheet rewritten stays hidden; a new one is visible)', async (_n, hidden) => {
    const x = book();
    const host = createExcelHost(x.environment());
    await host.writeSheet(settings(hidden));
    expect(x.sheetNamed('_jixiao_mapping')!.visibility).toBe('Visible');
    await host.writeSheet(settings(true));
    await host.writeSheet(settings(hidden));
    expect(x.sheetNamed('_jixiao_mapping')!.visibility).toBe('Hidden');
  });

  test('the fake refuses to hide the last visible sheet, as Excel does (so the rule is exercised)', async () => {
    const x = new FakeExcel();
    await expect(createExcelHost(x.environment()).writeSheet(settings(true))).rejects.toThrow();
  });
});
