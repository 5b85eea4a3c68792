import { createExcelHost, groupRuns } from '../../../src/hosts/excel';
import type { CellWrite } from '../../../src/core/plan/write-plan';
import type { SheetLayout } from '../../../src/core/grid/layout';
import { HostError } from '../../../src/hosts/ports';
import { FakeExcel, OfficeError } from './fake-excel';

const score = (row: number, value: number | string, sheet = '自评表', col = 6, numFmt: string | undefined = '0.00'): CellWrite => ({
  sheet,
  row,
  col,
  address: `${String.fromCharCode(65 + col)}${row + 1}`,
  kind: 'indicatorScore',
  old: null,
  value,
  ...(numFmt && typeof value === 'number' ? { numFmt } : {}),
});

/** An indicator table of n rows × 9 columns (A–I), like the template's. */
function tableOf(n: number): FakeExcel {
  const x = new FakeExcel();
  const rows: Array<Array<string | number | null | { v?: number | string; f?: string; fmt?: string }>> = [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因', ''],
  ];
  for (let i = 0; i < n; i++) rows.push(['产出指标', '数量指标', `指标${i + 1}`, '≥100', '120', 5, null, '', null]);
  rows.push(['总分', null, null, null, null, { v: 5 * n, f: `SUM(F2:F${n + 1})` }, null, null, null]);
  x.addSheet('自评表', rows);
  x.addSheet('基本情况', [['部门名称', '某某局']]);
  return x;
}

describe('Excel host: reading', () => {
  test('reads values, formulas, number formats and merged areas (ExcelApi 1.13+)', async () => {
    const x = new FakeExcel({ apiVersion: '1.13' });
    const s = x.addSheet('自评表', [
      ['部门整体支出绩效自评表', null, null],
      [null, { v: 0.9994, fmt: '0.00%' }, { v: '#DIV/0!', f: 'B2/0' }],
      [null, '#REF!', { v: 10, f: 'SUM(B2:B3)', fmt: '0.00' }],
      [null, { v: '#N/A', fmt: '@' }, true],
    ]);
    s.merges.push({ top: 0, left: 0, bottom: 0, right: 2 }, { top: 1, left: 0, bottom: 3, right: 0 });
    const wb = await createExcelHost(x.environment()).readWorkbook();
    const sh = wb.sheets[0];
    expect(sh.name).toBe('自评表');
    expect(sh.mergesUnknown).toBeUndefined();
    expect(sh.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 3, right: 0 },
    ]);
    expect(sh.cells[0]).toEqual([{ value: '部门整体支出绩效自评表' }]);
    expect(sh.cells[1]).toEqual([undefined, { value: 0.9994, numFmt: '0.00%' }, { value: { error: '#DIV/0!' }, formula: 'B2/0' }]);
    expect(sh.cells[2][1]).toEqual({ value: { error: '#REF!' } });
    expect(sh.cells[2][2]).toEqual({ value: 10, formula: 'SUM(B2:B3)', numFmt: '0.00' });
    expect(sh.cells[3][1]).toEqual({ value: '#N/A', numFmt: '@' });
    expect(sh.cells[3][2]).toEqual({ value: true });
  });

  test('ExcelApi 1.1 (Office 2016 volume licence): no merged areas, mergesUnknown, getUsedRange', async () => {
    const x = new FakeExcel({ apiVersion: '1.1' });
    x.addSheet('表1', [[null, null], [null, 'B2']]);
    const wb = await createExcelHost(x.environment()).readWorkbook();
    expect(wb.sheets[0]).toEqual({ name: '表1', merges: [], mergesUnknown: true, cells: [[], [undefined, { value: 'B2' }]] });
  });

  test('an empty sheet reads as no cells (1.4+ null object)', async () => {
    const x = new FakeExcel();
    x.addSheet('空', []);
    const wb = await createExcelHost(x.environment()).readWorkbook();
    expect(wb.sheets[0].cells).toEqual([]);
  });

  test.each([10, 10_000])('reading %i rows takes exactly 3 syncs, each payload under 5 MB', async (n) => {
    const x = tableOf(n);
    const wb = await createExcelHost(x.environment()).readWorkbook();
    expect(wb.sheets[0].cells).toHaveLength(n + 2);
    expect(wb.sheets[0].cells[n + 1][5]).toEqual({ value: 5 * n, formula: `SUM(F2:F${n + 1})` });
    expect(x.syncCount).toBe(3);
    for (const b of [...x.requestBytes, ...x.responseBytes]) expect(b).toBeLessThan(5 * 1024 * 1024);
  });

  test('a sheet too big for one response is read in ~4 MB chunks (syncs grow with bytes, not rows)', async () => {
    const x = new FakeExcel();
    const wide: string[][] = [];
    for (let i = 0; i < 4000; i++) wide.push(Array.from({ length: 60 }, (_, j) => `第${i}行第${j}列的较长文字`));
    x.addSheet('大表', wide);
    const wb = await createExcelHost(x.environment()).readWorkbook();
    expect(wb.sheets[0].cells[3999][59]).toEqual({ value: '第3999行第59列的较长文字' });
    // 60 columns × 40 B estimated → 1,747 rows per chunk: chunks of 1,747, 1,747 and 506 rows.
    // The texts are ~80 B per cell, so each full chunk's response (~8.4 MB) is refused once and
    // read in two halves: 2 (names, used ranges) + 3 + 3 + 1 = 9 syncs, 2 of them refused.
    expect(x.syncCount).toBe(9);
    expect(x.rejectedSyncs).toBe(2);
    for (const b of x.responseBytes) expect(b).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('Excel host: applying a write plan', () => {
  test.each([10, 10_000])('writing %i scores + total + grade takes exactly 2 syncs', async (n) => {
    const x = tableOf(n);
    const writes: CellWrite[] = [];
    for (let i = 0; i < n; i++) writes.push(score(i + 1, 5 - (i % 3) * 0.25));
    writes.push(score(n + 1, 99.5), { ...score(n + 2, '优'), kind: 'grade' });
    await createExcelHost(x.environment()).applyWrites(writes);
    expect(x.syncCount).toBe(2);
    expect(x.suspendCount).toBe(1);
    const s = x.sheetNamed('自评表')!;
    expect(s.cell(1, 6)).toMatchObject({ value: 5, numberFormat: '0.00' });
    expect(s.cell(n, 6)).toMatchObject({ value: 5 - ((n - 1) % 3) * 0.25, numberFormat: '0.00' });
    expect(s.cell(n + 2, 6)).toMatchObject({ value: '优', numberFormat: 'General' });
    for (const b of x.requestBytes) expect(b).toBeLessThan(5 * 1024 * 1024);
  });

  test('the same number of syncs at 10 and 10,000 rows', async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const x = tableOf(n);
      await createExcelHost(x.environment()).applyWrites(Array.from({ length: n }, (_, i) => score(i + 1, 1)));
      counts.push(x.syncCount);
    }
    expect(counts).toEqual([2, 2]);
  });

  test('consecutive rows of a column become one range write', () => {
    const runs = groupRuns([score(3, 1), score(1, 1), score(2, 1), score(5, 1), score(1, 2, '自评表', 7)]);
    expect(runs.map((r) => [r.col, r.top, r.values.length])).toEqual([
      [6, 1, 3],
      [6, 5, 1],
      [7, 1, 1],
    ]);
  });

  test('undo-style write of "" clears the cell and restores its old format', async () => {
    const x = tableOf(3);
    const host = createExcelHost(x.environment());
    await host.applyWrites([score(1, 4.5)]);
    await host.applyWrites([{ ...score(1, ''), numFmt: 'General' }]);
    expect(x.sheetNamed('自评表')!.cell(1, 6)).toMatchObject({ value: '', numberFormat: 'General' });
  });

  // Formula-looking text, refused plans writing nothing, writeSheet replacing a sheet: the host
  // port's contract (test/hosts/contract). Here: what Excel's syncs add to it.
  test('a missing sheet is found in the first sync, before any write is queued', async () => {
    const x = tableOf(3);
    const err = await createExcelHost(x.environment())
      .applyWrites([score(1, 1), score(1, 1, '不存在')])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).message).toBe('工作表“不存在”不存在');
    expect(x.sheetNamed('自评表')!.cell(1, 6)).toBeUndefined();
    expect(x.syncCount).toBe(1);
  });

  test('a bad address or a non-finite number is refused before any sync', async () => {
    const x = tableOf(3);
    const host = createExcelHost(x.environment());
    await expect(host.applyWrites([{ ...score(1, 1), address: 'G9' }])).rejects.toThrow('不是有效的单元格地址');
    await expect(host.applyWrites([score(1, Number.POSITIVE_INFINITY)])).rejects.toThrow('不是有限数字');
    expect(x.syncCount).toBe(0);
  });

  test('an Office.js failure is wrapped in HostError with the original error as cause', async () => {
    const x = tableOf(3);
    x.failAtSync = 2;
    const err = (await createExcelHost(x.environment())
      .applyWrites([score(1, 1)])
      .catch((e: unknown) => e)) as HostError;
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe('写入 Excel 单元格失败');
    expect(err.cause).toBeInstanceOf(OfficeError);
    expect((err.cause as OfficeError).code).toBe('GeneralException');
  });

  test('an empty plan makes no Excel call', async () => {
    const x = tableOf(3);
    await createExcelHost(x.environment()).applyWrites([]);
    expect(x.syncCount).toBe(0);
  });

  test('without ExcelApi 1.6 there is no calculation suspension, same syncs', async () => {
    const x = tableOf(3);
    (x as { apiVersion: string }).apiVersion = '1.1';
    await createExcelHost(x.environment()).applyWrites([score(1, 1)]);
    expect(x.suspendCount).toBe(0);
    expect(x.syncCount).toBe(2);
  });
});

describe('Excel host: writeSheet, selectCell, readLooks/writeLooks', () => {
  const layout = (rows: number): SheetLayout => {
    const cells: SheetLayout['cells'][number][] = [
      { row: 0, col: 0, value: '检查结果', style: 'title' },
      { row: 1, col: 0, value: '规则', style: 'header' },
      { row: 1, col: 1, value: '说明', style: 'header' },
    ];
    for (let i = 0; i < rows; i++) {
      cells.push({ row: i + 2, col: 0, value: 'S05', style: 'label' }, { row: i + 2, col: 1, value: i === 0 ? '=总分不符' : '总分不符', style: 'label' });
    }
    cells.push({ row: rows + 2, col: 1, value: null, formula: `COUNTA(A3:A${rows + 2})`, style: 'output' });
    return { name: '检查结果', cells, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], columnWidths: [8, 40], rowHeights: { 0: 24 } };
  };

  test.each([10, 10_000])('writeSheet of %i rows: 2 syncs; values, text guard, formulas, merges, styles, widths', async (n) => {
    const x = tableOf(2);
    await createExcelHost(x.environment()).writeSheet(layout(n), { activate: true });
    expect(x.syncCount).toBe(2);
    const s = x.sheetNamed('检查结果')!;
    expect(s.cell(0, 0)!.value).toBe('检查结果');
    expect(s.cell(2, 1)).toMatchObject({ value: '=总分不符', numberFormat: '@' });
    expect(s.cell(2, 1)!.formula).toBeUndefined();
    expect(s.cell(n + 2, 1)).toMatchObject({ formula: `COUNTA(A3:A${n + 2})`, numberFormat: '0.00' });
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(s.cell(1, 0)!.format['format.font.bold']).toBe(true);
    expect(s.cell(1, 1)!.format['format.fill.color']).toBe('#D9E1F2');
    expect(s.cell(1, 1)!.format['format.borders[EdgeTop].style']).toBe('Continuous');
    expect(s.columnFormats.get(1)).toEqual({ columnWidth: (40 * 7 + 5) * 0.75 });
    expect(s.rowFormats.get(0)).toEqual({ rowHeight: 24 });
    expect(x.activeSheet).toBe('检查结果');
  });

  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const x = tableOf(2);
    await createExcelHost(x.environment()).selectCell('自评表', 'G3');
    expect(x.selection).toEqual({ sheet: '自评表', address: 'G3' });
    expect(x.activeSheet).toBe('自评表');
    expect(x.syncCount).toBe(1);
    await expect(createExcelHost(x.environment()).selectCell('无此表', 'A1')).rejects.toThrow('无法选中 无此表!A1');
  });

  test('writeLooks fills cells and adds, updates or deletes notes where ExcelApi 1.18; readLooks reads them back', async () => {
    const x = tableOf(2);
    const host = createExcelHost(x.environment());
    const s = x.sheetNamed('自评表')!;
    s.notes.set('A2', '用户自己的批注');
    x.resetCounters();
    const before = await host.readLooks([{ sheet: '自评表', address: 'G2' }, { sheet: '自评表', address: 'A2' }]);
    expect(before).toEqual([
      { sheet: '自评表', address: 'G2', fill: null, note: null },
      { sheet: '自评表', address: 'A2', fill: null, note: '用户自己的批注' },
    ]);
    expect(x.syncCount).toBe(1);
    const r = await host.writeLooks([
      { sheet: '自评表', address: 'G2', fill: '#FFC7CE', note: '总分不符' },
      { sheet: '自评表', address: 'A2', fill: '#FFEB9C', note: '用户自己的批注\n再次检查' },
    ]);
    expect(r).toEqual({ filled: 2, notesWritten: true });
    expect(x.syncCount).toBe(3);
    expect(s.cell(1, 6)!.format['format.fill.color']).toBe('#FFC7CE');
    expect(s.notes.get('G2')).toBe('总分不符');
    expect(s.notes.get('A2')).toBe('用户自己的批注\n再次检查');
    // Restoring: no fill is fill.clear(), a null note deletes ours, the user's note comes back.
    await host.writeLooks(before);
    expect(s.cell(1, 6)!.format['format.fill.color']).toBeUndefined();
    expect(s.notes.has('G2')).toBe(false);
    expect(s.notes.get('A2')).toBe('用户自己的批注');
  });

  test('readLooks/writeLooks need a constant number of syncs whatever the number of cells', async () => {
    const x = tableOf(300);
    const host = createExcelHost(x.environment());
    const cells = Array.from({ length: 300 }, (_, i) => ({ sheet: '自评表', address: `G${i + 1}` }));
    x.resetCounters();
    const looks = await host.readLooks(cells);
    await host.writeLooks(looks.map((l) => ({ ...l, fill: '#DDEBF7', note: 'x' })));
    expect(x.syncCount).toBe(3);
  });

  test('below ExcelApi 1.18 fills only; below 1.9 white reads as no fill', async () => {
    const x = new FakeExcel({ apiVersion: '1.8' });
    x.addSheet('自评表', [['a', 'b']]);
    const host = createExcelHost(x.environment());
    const r = await host.writeLooks([{ sheet: '自评表', address: 'A1', fill: '#FFC7CE', note: 'x' }]);
    expect(r).toEqual({ filled: 1, notesWritten: false });
    expect(x.sheetNamed('自评表')!.notes.size).toBe(0);
    expect(host.notes).toBe(false);
    await expect(host.readLooks([{ sheet: '自评表', address: 'A1' }, { sheet: '自评表', address: 'B1' }])).resolves.toEqual([
      { sheet: '自评表', address: 'A1', fill: '#FFC7CE', note: null },
      { sheet: '自评表', address: 'B1', fill: null, note: null },
    ]);
    expect(createExcelHost(x.environment()).capabilities).toEqual({ mergedAreas: false, notes: false });
  });
});

describe('the fake itself behaves like Office.js', () => {
  test('reading a property before load + sync throws PropertyNotLoaded', async () => {
    const x = tableOf(1);
    await x.environment().run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('自评表').getRange('A1:B2');
      expect(() => r.values).toThrow(/call the load method/);
      r.load('values');
      expect(() => r.values).toThrow(/call the load method/);
      await ctx.sync();
      expect(r.values).toEqual([
        ['一级指标', '二级指标'],
        ['产出指标', '数量指标'],
      ]);
    });
  });

  test('a raw formula-like string IS parsed as a formula by the fake (so the guard matters)', async () => {
    const x = tableOf(1);
    await x.environment().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('自评表').getRange('A1').values = [['=1+1']];
      await ctx.sync();
    });
    expect(x.sheetNamed('自评表')!.cell(0, 0)!.formula).toBe('1+1');
  });
});
