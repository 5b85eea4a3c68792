import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import type { Cell, Sheet } from '../../../src/core/grid/types';
import { dateSerial, FakeWpsApplication } from './fake-wps';
import { bodyTable } from './fixtures';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;
const read = (fake: FakeWpsApplication) => createWpsHost(asApp(fake)).readWorkbook();
const at = (sheet: Sheet, a1: string): Cell | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  return sheet.cells[Number(m[2]) - 1]?.[col];
};

describe('WPS host: readWorkbook', () => {
  const fake = new FakeWpsApplication([
    {
      name: '自评表',
      rows: [
        ['部门整体支出绩效自评表'],
        ['资金类别', '全年预算数', '全年执行数', '执行率', '日期', '备注'],
        ['年度资金总额', { value: 1186.19, numberFormat: '0.00' }, { value: 1397.9, numberFormat: '0.00' }, { value: 0.8486, formula: '=C3/B3', numberFormat: '0.00%' }, { value: dateSerial(2024, 12, 31), numberFormat: 'yyyy-mm-dd' }, '=abc'],
        ['其中：一般公共预算', { value: 0, numberFormat: '0.00' }, { value: -5, numberFormat: '0.00' }, { value: { error: '#DIV/0!' }, formula: '=C4/B4', numberFormat: '0.00%' }, undefined, '1397.90'],
      ],
      merges: ['A1:F1'],
    },
    { name: '空表' },
    { name: '偏移', origin: 'C3', rows: [['x', 1], [undefined, true]] },
    { name: '单格', origin: 'B2', rows: [[5]] },
  ]);

  let sheets: readonly Sheet[];
  beforeAll(async () => {
    sheets = (await read(fake)).sheets;
  });

  it('reads every sheet in workbook order (Worksheets is 1-based)', () => {
    expect(sheets.map((s) => s.name)).toEqual(['自评表', '空表', '偏移', '单格']);
  });

  // Expected cells written out by hand from the fixture above.
  it.each<[string, Cell | undefined]>([
    ['A1', { value: '部门整体支出绩效自评表' }],
    ['B1', { value: null }],
    ['B3', { value: 1186.19, numFmt: '0.00' }],
    ['B4', { value: 0, numFmt: '0.00' }],
    ['C4', { value: -5, numFmt: '0.00' }],
    ['D3', { value: 0.8486, formula: 'C3/B3', numFmt: '0.00%' }],
    ['D4', { value: { error: '#DIV/0!' }, formula: 'C4/B4', numFmt: '0.00%' }],
    ['E3', { value: 45657, numFmt: 'yyyy-mm-dd' }],
    ['E4', { value: null }],
    ['F3', { value: '=abc' }],
    ['F4', { value: '1397.90' }],
  ])('%s', (a1, expected) => {
    expect(at(sheets[0], a1)).toEqual(expected);
  });

  it('a date stays its serial number (2024-12-31 = 45657)', () => {
    expect(dateSerial(2024, 12, 31)).toBe(45657);
  });

  it('reports merged areas 0-based', () => {
    expect(sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(sheets[0].mergesUnknown).toBeUndefined();
  });

  it('an empty sheet has no cells (its UsedRange is a blank A1)', () => {
    expect(sheets[1]).toEqual({ name: '空表', cells: [], merges: [] });
  });

  it('honours the UsedRange offset: cells above/left of it do not exist', () => {
    const s = sheets[2];
    expect(s.cells.length).toBe(4);
    expect(s.cells[0]).toEqual([]);
    expect(s.cells[2][0]).toBeUndefined();
    expect(s.cells[2][1]).toBeUndefined();
    expect(s.cells[2][2]).toEqual({ value: 'x', numFmt: 'General' });
    expect(s.cells[2][3]).toEqual({ value: 1, numFmt: 'General' });
    expect(s.cells[3][2]).toEqual({ value: null, numFmt: 'General' });
    expect(s.cells[3][3]).toEqual({ value: true, numFmt: 'General' });
  });

  it('a one-cell used range (Value2 is a scalar) is read as one cell', () => {
    const s = sheets[3];
    expect(s.cells[1][1]).toEqual({ value: 5, numFmt: 'General' });
    expect(s.cells[1].length).toBe(2);
  });
});

describe('WPS host: merged areas found in bulk', () => {
  it.each<[string, string[], { top: number; left: number; bottom: number; right: number }[]]>([
    ['no merges', [], []],
    ['title across', ['A1:I1'], [{ top: 0, left: 0, bottom: 0, right: 8 }]],
    ['vertical 一级 column', ['A3:A12'], [{ top: 2, left: 0, bottom: 11, right: 0 }]],
    [
      'several, incl. a blank merged area',
      ['A1:I1', 'A3:A12', 'H3:I3', 'B20:C21'],
      [
        { top: 0, left: 0, bottom: 0, right: 8 },
        { top: 2, left: 0, bottom: 11, right: 0 },
        { top: 2, left: 7, bottom: 2, right: 8 },
        { top: 19, left: 1, bottom: 20, right: 2 },
      ],
    ],
  ])('%s', async (_label, merges, expected) => {
    const fake = new FakeWpsApplication([{ ...bodyTable(20), merges }]);
    const got = (await read(fake)).sheets[0].merges;
    expect(got).toEqual(expected);
  });
});
