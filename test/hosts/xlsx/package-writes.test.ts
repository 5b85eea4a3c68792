import type { CellWrite, OutputKind } from '../../../src/core/plan/write-plan';
import { cellAt, valueAt } from '../../../src/core/grid/types';
import { fromA1 } from '../../../src/core/grid/a1';
import { XlsxMisuseError } from '../../../src/hosts/xlsx/errors';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import {
  assertAllPartsWellFormed,
  buildRichWorkbook,
  changedEntries,
  csvRows,
  entryText,
  fixture,
  libreOfficeCsv,
  withChart,
} from './helpers';

function w(sheet: string, address: string, value: number | string, numFmt?: string, old: CellWrite['old'] = null, kind: OutputKind = 'executionRate'): CellWrite {
  const { row, col } = fromA1(address);
  return { sheet, row, col, address, kind, old, value, numFmt };
}

/** The `<xf>` elements of cellXfs and the `<numFmt>` elements, in order. */
function styleEntries(stylesXml: string): { numFmts: string[]; xfs: string[] } {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return {
    numFmts: stylesXml.match(/<numFmt\b[^>]*\/>/g) ?? [],
    xfs: cellXfs.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [],
  };
}

/** Remove the `<c>` elements of the given addresses (and whole rows listed) to compare the rest. */
function withoutCells(sheetXml: string, addresses: readonly string[], rows: readonly number[] = []): string {
  let x = sheetXml;
  for (const a of addresses) x = x.replace(new RegExp(`<c r="${a}"[^>]*?(/>|>[\\s\\S]*?</c>)`), '');
  for (const r of rows) x = x.replace(new RegExp(`<row r="${r}"[^>]*?(/>|>[\\s\\S]*?</row>)`), '');
  return x.replace(/<dimension ref="[^"]*"\/>/, '');
}

const S = '自评表';
const WRITES: CellWrite[] = [
  w(S, 'D3', 0.9512, '0.00%', 0.9), // already 0.00%: style kept
  w(S, 'B4', 0.55, '0.00%', 60), // General → new xf (clone of B4's xf with numFmt 10)
  w(S, 'C4', 0.25, '0.00%', 0), // same base xf + same format: reuses that xf
  w(S, 'C3', 120.5, '0.00', '120.50'), // text number → number with 0.00
  w(S, 'D6', 1.234, '0.00'), // styled blank with 0.00 already
  w(S, 'F3', '优', undefined, null, 'grade'), // no <c> in an existing row → inserted in column order
  w(S, 'A9', 88.5, '0.00', null, 'totalScore'), // no <row> → inserted in row order
  w(S, 'B7', '=SUM(1)', undefined, null, 'grade'), // text starting with '=' stays text
];

describe('XlsxPackage.applyWrites on an exceljs workbook', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = await buildRichWorkbook();
    const pkg = XlsxPackage.open(input);
    pkg.applyWrites(WRITES);
    output = pkg.toBytes();
  });

  test('zero writes: toBytes() returns the input bytes themselves', () => {
    const pkg = XlsxPackage.open(input);
    pkg.applyWrites([]);
    expect(pkg.toBytes()).toBe(input);
  });

  test('only the written sheet, styles.xml and workbook.xml differ; every other entry is byte-identical', () => {
    expect(changedEntries(input, output)).toEqual(['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  });

  test('entry order and names are preserved', () => {
    expect(Object.keys(require('fflate').unzipSync(output))).toEqual(Object.keys(require('fflate').unzipSync(input)));
  });

  test('every part is still well-formed XML', () => {
    expect(assertAllPartsWellFormed(output)).toBeGreaterThan(5);
  });

  test('styles.xml: existing numFmt/xf entries unchanged, exactly one xf appended per (base xf, format) combination', () => {
    const before = styleEntries(entryText(input, 'xl/styles.xml'));
    const after = styleEntries(entryText(output, 'xl/styles.xml'));
    expect(after.numFmts).toEqual(before.numFmts); // 0.00 and 0.00% are built-in (ids 2 and 10)
    expect(after.xfs.slice(0, before.xfs.length)).toEqual(before.xfs);
    // B4, C4 share the default xf → one clone with numFmtId 10; C3 (xf of a text cell) → one with 2;
    // A9 inherits xf 0 → one with numFmtId 2 (unless C3's base is also xf 0, then it is reused).
    const added = after.xfs.slice(before.xfs.length);
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(added.length).toBeLessThanOrEqual(3);
    expect(added.every((x) => /applyNumberFormat="1"/.test(x))).toBe(true);
    const count = /<cellXfs count="(\d+)"/.exec(entryText(output, 'xl/styles.xml'))![1];
    expect(Number(count)).toBe(after.xfs.length);
  });

  test('workbook.xml gets the recalculate-on-open flag', () => {
    const wbXml = entryText(output, 'xl/workbook.xml');
    expect(wbXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test('the sheet part differs only in the written cells (and the new row)', () => {
    const a = entryText(input, 'xl/worksheets/sheet1.xml');
    const b = entryText(output, 'xl/worksheets/sheet1.xml');
    const cells = ['D3', 'B4', 'C4', 'C3', 'D6', 'F3', 'B7'];
    expect(withoutCells(b, cells, [9])).toBe(withoutCells(a, cells, [9]));
    expect(b).toContain('<c r="F3" t="inlineStr"><is><t>优</t></is></c>');
    expect(b).toMatch(/<c r="B7"[^>]*t="inlineStr"><is><t>=SUM\(1\)<\/t><\/is><\/c>/);
    expect(b.indexOf('<c r="E3"') < 0 || b.indexOf('<c r="E3"') < b.indexOf('<c r="F3"')).toBe(true);
    expect(b.indexOf('<row r="9"')).toBeGreaterThan(b.indexOf('<row r="7"'));
  });

  test.each([
    ['D3', 0.9512, '0.00%'],
    ['B4', 0.55, '0.00%'],
    ['C4', 0.25, '0.00%'],
    ['C3', 120.5, '0.00'],
    ['D6', 1.234, '0.00'],
    ['F3', '优', 'General'],
    ['A9', 88.5, '0.00'],
    ['B7', '=SUM(1)', 'General'],
    ['B3', 100, 'General'], // untouched
  ])('re-read %s = %p with format %p', (a1, value, numFmt) => {
    const s = readXlsx(output).sheets[0];
    const { row, col } = fromA1(a1);
    expect(cellAt(s, row, col)).toMatchObject({ value, numFmt });
    expect(cellAt(s, row, col)?.formula).toBeUndefined();
  });

  test('formulas elsewhere are untouched', () => {
    const s = readXlsx(output).sheets[0];
    expect(cellAt(s, 3, 3)).toMatchObject({ formula: 'B4/B3', value: 0.6 });
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  test('applying the same writes again changes nothing (byte-identical output)', () => {
    const again = XlsxPackage.open(output);
    again.applyWrites(WRITES);
    expect(again.isModified).toBe(false);
    expect(again.toBytes()).toBe(output);
  });

  test('a write to a formula cell throws FORMULA_CELL and applies nothing (all or nothing)', () => {
    const pkg = XlsxPackage.open(input);
    expect(() => pkg.applyWrites([w(S, 'B3', 1), w(S, 'D4', 0.5, '0.00%')])).toThrow(XlsxMisuseError);
    try {
      pkg.applyWrites([w(S, 'D4', 0.5)]);
    } catch (e) {
      expect((e as XlsxMisuseError).code).toBe('FORMULA_CELL');
      expect((e as Error).message).toContain('自评表!D4');
    }
    expect(pkg.toBytes()).toBe(input);
  });

  test('shared-formula dependents are formula cells too', () => {
    const pkg = XlsxPackage.open(input);
    expect(() => pkg.applyWrites([w(S, 'E6', 1)])).toThrow(/公式/);
  });

  test.each([
    [w('不存在', 'A1', 1), 'UNKNOWN_SHEET'],
    [w(S, 'A1', Number.NaN), 'BAD_VALUE'],
    [{ ...w(S, 'A1', 1), row: -1 }, 'BAD_ADDRESS'],
  ])('misuse %#: %s', (write, code) => {
    const pkg = XlsxPackage.open(input);
    expect(() => pkg.applyWrites([write])).toThrow(expect.objectContaining({ code }));
  });

  test('LibreOffice reads the result and shows the new values', () => {
    const rows = csvRows(libreOfficeCsv(output));
    expect(rows[2][3]).toBe('95.12%');
    expect(rows[3][1]).toBe('55.00%');
    expect(rows[3][2]).toBe('25.00%');
    expect(rows[2][2]).toBe('120.50');
    expect(rows[2][5]).toBe('优');
    expect(rows[5][3]).toBe('1.23');
    expect(rows[6][1]).toBe('=SUM(1)');
    expect(rows[8][0]).toBe('88.50');
  });
});

describe('applyWrites on a LibreOffice-converted file (empty cells omitted)', () => {
  const input = fixture('lo-gaps-comment.xlsx');
  const writes = [
    w('数据', 'B1', '中', undefined, null, 'grade'), // between A1 and D1
    w('数据', 'E3', 0.5, '0.00%'), // between C3 and F3
    w('数据', 'B2', 3.25, '0.00'), // row 2 absent: new row between 1 and 3
    w('数据', 'C10', 1, '0.00'), // after the last row, outside <dimension>
    w('数据', 'F3', 9.5, '0.00'),
  ];
  let output: Uint8Array;
  beforeAll(() => {
    const pkg = XlsxPackage.open(input);
    pkg.applyWrites(writes);
    output = pkg.toBytes();
  });

  test('cells and rows are inserted in order; comment, validation, vml untouched', () => {
    expect(changedEntries(input, output)).toEqual(['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const x = entryText(output, 'xl/worksheets/sheet1.xml');
    const order = ['<c r="A1"', '<c r="B1"', '<c r="D1"', '<row r="2"', '<c r="B2"', '<row r="3"', '<c r="C3"', '<c r="E3"', '<c r="F3"', '<row r="6"', '<row r="10"'];
    const at = order.map((o) => x.indexOf(o));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(x).toContain('<dimension ref="A1:F10"/>');
    assertAllPartsWellFormed(output);
  });

  test('re-read and LibreOffice see the new values', () => {
    const s = readXlsx(output).sheets[0];
    expect(valueAt(s, 0, 1)).toBe('中');
    expect(cellAt(s, 2, 4)).toMatchObject({ value: 0.5, numFmt: '0.00%' });
    expect(cellAt(s, 1, 1)).toMatchObject({ value: 3.25, numFmt: '0.00' });
    expect(cellAt(s, 9, 2)).toMatchObject({ value: 1, numFmt: '0.00' });
    expect(cellAt(s, 2, 5)).toMatchObject({ value: 9.5, numFmt: '0.00' });
    expect(cellAt(s, 5, 5)).toMatchObject({ formula: 'SUM(F1:F5)' });
    const rows = csvRows(libreOfficeCsv(output));
    expect(rows[0].slice(0, 4)).toEqual(['指标', '中', '', '得分']);
    expect(rows[1][1]).toBe('3.25');
    expect(rows[2].slice(2, 6)).toEqual(['87.50%', '', '50.00%', '9.50']);
    expect(rows[9][2]).toBe('1.00');
  });

  test('idempotent on the LibreOffice file too', () => {
    const again = XlsxPackage.open(output);
    again.applyWrites(writes);
    expect(again.toBytes()).toBe(output);
  });
});

describe('applyWrites on a workbook with a chart and drawing', () => {
  test('chart, drawing and their rels stay byte-identical; LibreOffice opens the result', async () => {
    const input = withChart(await buildRichWorkbook());
    const pkg = XlsxPackage.open(input);
    pkg.applyWrites([w('说明', 'B3', 43.5, '0.00', 42)]);
    const output = pkg.toBytes();
    expect(changedEntries(input, output)).toEqual(['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet2.xml']);
    expect(entryText(output, 'xl/worksheets/sheet2.xml')).toContain('<drawing r:id="rIdChart"/>');
    assertAllPartsWellFormed(output);
    expect(valueAt(readXlsx(output).sheets[1], 2, 1)).toBe(43.5);
    const rows = csvRows(libreOfficeCsv(output));
    expect(rows[2][3]).toBe('90.00%');
  });
});
