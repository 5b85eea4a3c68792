import { valueAt, cellAt, type Workbook } from '../../../src/core/grid/types';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import { buildRichWorkbook, fixture, handPackage, withChart, worksheetXml as ws } from './helpers';

describe('readXlsx on an exceljs workbook', () => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = readXlsx(await buildRichWorkbook());
  });

  test('sheet order and names', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(['自评表', '说明']);
  });

  test.each([
    ['A1', '部门整体支出绩效自评表', undefined],
    ['B3', 100, 'General'],
    ['C3', '120.50', 'General'], // a number stored as text stays text
    ['D3', 0.9, '0.00%'],
    ['C4', 0, 'General'],
    ['D4', 0.6, '0.00%'],
    ['A5', '项目支出', undefined], // rich text runs concatenated
    ['B5', -12.345, '#,##0.00"万元"'],
    ['B6', { error: '#DIV/0!' }, undefined],
    ['C6', true, undefined],
    ['D6', null, '0.00'], // styled blank cell exists with a null value
    ['A7', '=不是公式', undefined], // text starting with '=' is text
  ])('%s = %p (format %p)', (a1, value, numFmt) => {
    const s = wb.sheets[0];
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const row = Number(m[2]) - 1;
    const col = m[1].charCodeAt(0) - 65;
    expect(valueAt(s, row, col)).toEqual(value);
    if (numFmt) expect(cellAt(s, row, col)?.numFmt).toBe(numFmt);
  });

  test('formulas keep their text and cached result; shared-formula dependents are reconstructed', () => {
    const s = wb.sheets[0];
    expect(cellAt(s, 3, 3)).toMatchObject({ formula: 'B4/B3', value: 0.6 });
    expect(cellAt(s, 4, 4)).toMatchObject({ formula: 'B5*2', value: -24.69 });
    expect(cellAt(s, 5, 4)).toMatchObject({ formula: 'B6*2', value: 0 });
    expect(cellAt(s, 2, 1)?.formula).toBeUndefined();
  });

  test('merges and non-existent cells', () => {
    const s = wb.sheets[0];
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(cellAt(s, 0, 10)).toBeUndefined();
    expect(cellAt(s, 100, 0)).toBeUndefined();
    expect(wb.sheets[1].cells[0]).toEqual([]);
    expect(valueAt(wb.sheets[1], 2, 1)).toBe(42);
  });

  test('a chart + drawing added by hand are ignored without failing', async () => {
    const withC = readXlsx(withChart(await buildRichWorkbook()));
    expect(withC).toEqual(wb);
  });
});

describe('readXlsx on LibreOffice-converted files', () => {
  test('lo-evaluation.xlsx: values, formats, formula, merges', () => {
    const [s] = readXlsx(fixture('lo-evaluation.xlsx')).sheets;
    expect(s.name).toBe('自评表');
    expect(valueAt(s, 0, 0)).toBe('部门整体支出绩效自评表');
    expect(s.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 4 }, { top: 6, left: 0, bottom: 7, right: 1 }]));
    expect(valueAt(s, 2, 2)).toBe(120.5);
    expect(valueAt(s, 2, 3)).toBe(110.25);
    expect(cellAt(s, 2, 4)).toMatchObject({ formula: 'D3/C3', numFmt: '0.00%' });
    expect(valueAt(s, 2, 4)).toBeCloseTo(110.25 / 120.5, 12);
    expect(valueAt(s, 4, 1)).toBe('40');
    expect(cellAt(s, 4, 4)?.numFmt).toBe('0.00');
    expect(valueAt(s, 5, 3)).toBe(0);
    expect(valueAt(s, 5, 4)).toBe(-1.5);
  });

  test('lo-gaps-comment.xlsx: omitted empty cells are undefined; comment/validation/cf ignored', () => {
    const wb = readXlsx(fixture('lo-gaps-comment.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['数据', '说明']);
    const s = wb.sheets[0];
    expect(cellAt(s, 0, 1)).toBeUndefined();
    expect(s.cells[1]).toEqual([]);
    expect(cellAt(s, 2, 2)).toMatchObject({ value: 0.875, numFmt: '0.00%' });
    expect(cellAt(s, 5, 5)).toMatchObject({ value: 7.5, formula: 'SUM(F1:F5)' });
    expect(valueAt(wb.sheets[1], 1, 1)).toBe('第二张表');
  });
});

describe('readXlsx on hand-written parts (spec corners)', () => {
  test('rows and cells without r attributes', () => {
    const bytes = handPackage(ws('<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row></sheetData>'));
    const [s] = readXlsx(bytes).sheets;
    expect(s.cells.map((r) => r.map((c) => c?.value))).toEqual([[1, 2], ['x'], [], [], [undefined, undefined, 3, 4], [5]]);
  });

  test.each([
    ['t="s" with rich runs and phonetic rPh ignored', '<c r="A1" t="s"><v>1</v></c>', '中文'],
    ['t="str" formula string', '<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>', 'ab'],
    ['t="inlineStr" with runs', '<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/></rPr><t xml:space="preserve"> b</t></r></is></c>', 'a b'],
    ['t="b" false', '<c r="A1" t="b"><v>0</v></c>', false],
    ['t="e"', '<c r="A1" t="e"><v>#N/A</v></c>', { error: '#N/A' }],
    ['t="n" explicit', '<c r="A1" t="n"><v>-0.125</v></c>', -0.125],
    ['exponent', '<c r="A1"><v>1.5E-3</v></c>', 0.0015],
    ['no <v>', '<c r="A1" s="0"/>', null],
    ['t="d" ISO date → 1900 serial', '<c r="A1" t="d"><v>2024-01-01T00:00:00</v></c>', 45292],
    ['malformed number stays text', '<c r="A1"><v>1,5</v></c>', '1,5'],
    ['entities and _x000D_ escapes', '<c r="A1" t="inlineStr"><is><t>&lt;a&amp;b&gt;_x000D_&#x4E2D;</t></is></c>', '<a&b>\r中'],
    ['CDATA', '<c r="A1" t="inlineStr"><is><t><![CDATA[<x>]]></t></is></c>', '<x>'],
  ])('%s', (_name, cellXml, expected) => {
    const sst =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>zero</t></si><si><r><t>中</t></r><r><t>文</t></r><rPh sb="0" eb="1"><t>ちゅう</t></rPh></si></sst>';
    const bytes = handPackage(ws(`<sheetData><row r="1">${cellXml}</row></sheetData>`), { 'xl/sharedStrings.xml': sst });
    expect(valueAt(readXlsx(bytes).sheets[0], 0, 0)).toEqual(expected);
  });

  test('prefixed elements (x:worksheet) and custom numFmts by cellXfs index', () => {
    const styles =
      '<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.000&quot;元&quot;"/></x:numFmts><x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="10"/><x:xf numFmtId="170"/><x:xf numFmtId="4"><x:alignment horizontal="left"/></x:xf></x:cellXfs></x:styleSheet>';
    const bytes = handPackage(ws('<x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>0.5</x:v></x:c><x:c r="B1" s="2"><x:v>3</x:v></x:c><x:c r="C1" s="3"><x:v>4</x:v></x:c><x:c r="D1" s="99"><x:v>5</x:v></x:c></x:row></x:sheetData>', 'x:'), { 'xl/styles.xml': styles });
    const [s] = readXlsx(bytes).sheets;
    expect(s.cells[0].map((c) => c?.numFmt)).toEqual(['0.00%', '0.000"元"', '#,##0.00', 'General']);
    expect(s.cells[0].map((c) => c?.value)).toEqual([0.5, 3, 4, 5]);
  });

  test('chart sheets are not grids; sheet order follows workbook.xml', () => {
    const wbXml =
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="图表" sheetId="2" r:id="rId9"/><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const bytes = handPackage(ws('<sheetData/>'), {}, wbXml);
    expect(readXlsx(bytes).sheets.map((s) => s.name)).toEqual(['S']);
  });
});
