/**
 * The preview's injected workbook (window.__JIXIAO_PREVIEW_WORKBOOK__, used by `npm run bench`):
 * honoured when present, ignored when absent, refused with a Chinese message naming the place when
 * malformed — never half-loaded.
 */
import { injectedWorkbook, parseInjectedWorkbook, PREVIEW_WORKBOOK_GLOBAL } from '../../../src/taskpane/preview/injected-workbook';

const grid = {
  sheets: [
    {
      name: '项目1',
      merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
      cells: [
        [{ value: '项目支出绩效自评表' }],
        [{ value: '项目名称' }, { value: '测试项目1' }],
        [null, { value: 110.37, numFmt: '0.00' }, { value: { error: '#DIV/0!' } }, { value: true }, { value: null }],
      ],
    },
  ],
};

describe('injectedWorkbook', () => {
  test.each([
    ['no window', undefined],
    ['null window', null],
    ['window without the global', {}],
    ['global set to null', { [PREVIEW_WORKBOOK_GLOBAL]: null }],
  ])('%s → undefined (the bundled sample is used)', (_label, win) => {
    expect(injectedWorkbook(win)).toBeUndefined();
  });

  test.each([
    ['object', grid],
    ['JSON text', JSON.stringify(grid)],
  ])('the global as %s is honoured', (_label, raw) => {
    const wb = injectedWorkbook({ [PREVIEW_WORKBOOK_GLOBAL]: raw })!;
    expect(wb.sheets.map((s) => s.name)).toEqual(['项目1']);
    const s = wb.sheets[0];
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
    expect(s.cells[1]).toEqual([{ value: '项目名称' }, { value: '测试项目1' }]);
    // null (JSON's undefined in arrays) is an absent cell; { value: null } is a blank cell.
    expect(s.cells[2][0]).toBeUndefined();
    expect(s.cells[2][1]).toEqual({ value: 110.37, numFmt: '0.00' });
    expect(s.cells[2][2]).toEqual({ value: { error: '#DIV/0!' } });
    expect(s.cells[2][3]).toEqual({ value: true });
    expect(s.cells[2][4]).toEqual({ value: null });
  });

  test('merges default to none', () => {
    expect(parseInjectedWorkbook({ sheets: [{ name: 'A', cells: [] }] }).sheets[0].merges).toEqual([]);
  });
});

describe('parseInjectedWorkbook refuses malformed input, naming where', () => {
  test.each([
    ['not JSON', '{sheets:', '注入的预览工作簿无效：不是有效的 JSON'],
    ['not a workbook', { tables: [] }, '注入的预览工作簿无效：应为 { sheets: [...] }'],
    ['no sheets', { sheets: [] }, '注入的预览工作簿无效：没有工作表'],
    ['sheet without a name', { sheets: [{ cells: [] }] }, '注入的预览工作簿无效：第 1 个工作表缺少工作表名称'],
    ['duplicate names', { sheets: [{ name: 'A', cells: [] }, { name: 'A', cells: [] }] }, '注入的预览工作簿无效：工作表名称“A”重复'],
    ['cells not rows', { sheets: [{ name: 'A', cells: [1, 2] }] }, '注入的预览工作簿无效：A：cells 应为按行排列的数组'],
    ['a bare value as cell', { sheets: [{ name: 'A', cells: [[{ value: 1 }, 5]] }] }, '注入的预览工作簿无效：A!B1：单元格应为 { value } 或空'],
    ['NaN-like value', { sheets: [{ name: 'A', cells: [[], [null, null, { value: Number.NaN }]] }] }, '注入的预览工作簿无效：A!C2：单元格的值应为数字、文本、逻辑值、空或 { error }'],
    ['object value', { sheets: [{ name: 'A', cells: [[{ value: { x: 1 } }]] }] }, '注入的预览工作簿无效：A!A1：单元格的值应为数字、文本、逻辑值、空或 { error }'],
    ['negative merge', { sheets: [{ name: 'A', cells: [], merges: [{ top: -1, left: 0, bottom: 0, right: 0 }] }] }, '注入的预览工作簿无效：A：合并区域应为 { top, left, bottom, right }（从 0 起的整数）'],
    ['inverted merge', { sheets: [{ name: 'A', cells: [], merges: [{ top: 2, left: 0, bottom: 1, right: 0 }] }] }, '注入的预览工作簿无效：A：合并区域应为 { top, left, bottom, right }（从 0 起的整数）'],
  ])('%s', (_label, raw, message) => {
    expect(() => parseInjectedWorkbook(raw)).toThrow(message);
  });
});
