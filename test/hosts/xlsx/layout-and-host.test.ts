import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetLayout } from '../../../src/core/grid/layout';
import { cellAt, valueAt } from '../../../src/core/grid/types';
import { XlsxError } from '../../../src/hosts/xlsx/errors';
import { assertNotSame, readXlsxFile, writeFileAtomic } from '../../../src/hosts/xlsx/file-io';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/host';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import { assertAllPartsWellFormed, buildRichWorkbook, changedEntries, csvRows, entryText, fixture, libreOfficeCsv, withChart } from './helpers';

const LAYOUT: SheetLayout = {
  name: '检查结果',
  cells: [
    { row: 0, col: 0, value: '检查结果', style: 'title' },
    { row: 1, col: 0, value: '执行率', style: 'label' },
    { row: 1, col: 1, value: 0.9512, style: 'outputPercent' },
    { row: 2, col: 0, value: '金额', style: 'label' },
    { row: 2, col: 1, value: 1234.5, style: 'inputNumber' },
    { row: 3, col: 1, value: 2469, formula: 'B3*2', style: 'output' },
    { row: 4, col: 0, value: '=不是公式', style: 'text' },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  columnWidths: [20, 12, 0, 8],
  rowHeights: { 0: 30, 6: 18 },
  print: { paper: 'A4', orientation: 'landscape', fitToWidth: true },
};

describe('writeSheet', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = withChart(await buildRichWorkbook());
    const pkg = XlsxPackage.open(input);
    pkg.writeSheet(LAYOUT);
    output = pkg.toBytes();
  });

  test('adds a worksheet part, workbook entry, relationship and content-type override; nothing else changes', () => {
    expect(changedEntries(input, output)).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet3.xml']);
    expect(entryText(output, '[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    expect(entryText(output, 'xl/workbook.xml')).toMatch(/<sheet name="检查结果" sheetId="3" r:id="rId\d+"\/>/);
    assertAllPartsWellFormed(output);
  });

  test('the new sheet reads back with values, formats, formula, merges; print and widths are set', () => {
    const wb = readXlsx(output);
    expect(wb.sheets.map((s) => s.name)).toEqual(['自评表', '说明', '检查结果']);
    const s = wb.sheets[2];
    expect(cellAt(s, 1, 1)).toMatchObject({ value: 0.9512, numFmt: '0.00%' });
    expect(cellAt(s, 2, 1)).toMatchObject({ value: 1234.5, numFmt: '0.00' });
    expect(cellAt(s, 3, 1)).toMatchObject({ value: 2469, formula: 'B3*2', numFmt: '0.00' });
    expect(valueAt(s, 4, 0)).toBe('=不是公式');
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    const x = entryText(output, 'xl/worksheets/sheet3.xml');
    expect(x).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(x).toContain('<col min="1" max="1" width="20" customWidth="1"/>');
    expect(x).not.toContain('<col min="3"');
    expect(x).toContain('<row r="1" ht="30" customHeight="1">');
    expect(x).toContain('<row r="7" ht="18" customHeight="1"></row>');
    expect(entryText(output, 'xl/workbook.xml')).toMatch(/fullCalcOnLoad="1"/);
  });

  test('styles: fonts/fills/borders/xfs appended after the existing ones; unlocked inputs', () => {
    const before = entryText(input, 'xl/styles.xml');
    const after = entryText(output, 'xl/styles.xml');
    const xfs = (s: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(s)![1];
    expect(xfs(after).startsWith(xfs(before))).toBe(true);
    expect(after).toContain('<name val="宋体"/>');
    expect(after).toContain('<fgColor rgb="FFFFF2CC"/>');
    expect(after).toContain('<protection locked="0"/>');
  });

  test('replacing a sheet of the same name keeps one sheet and drops its old relationships', () => {
    const pkg = XlsxPackage.open(output);
    pkg.writeSheet({ ...LAYOUT, cells: [{ row: 0, col: 0, value: '第二版', style: 'title' }], merges: [] });
    pkg.writeSheet({ name: '说明', cells: [{ row: 0, col: 0, value: '替换' }], merges: [], columnWidths: [] });
    const again = pkg.toBytes();
    const wb = readXlsx(again);
    expect(wb.sheets.map((s) => s.name)).toEqual(['自评表', '说明', '检查结果']);
    expect(valueAt(wb.sheets[2], 0, 0)).toBe('第二版');
    expect(valueAt(wb.sheets[1], 0, 0)).toBe('替换');
    expect(Object.keys(require('fflate').unzipSync(again))).not.toContain('xl/worksheets/_rels/sheet2.xml.rels');
    assertAllPartsWellFormed(again);
    // The replaced sheet held the chart; LibreOffice still opens the package and shows the new content.
    expect(csvRows(libreOfficeCsv(again, { number: 2, name: '说明' }))[0][0]).toBe('替换');
  });

  test('LibreOffice opens the workbook with the new sheet', () => {
    const pkg = XlsxPackage.open(fixture('lo-evaluation.xlsx'));
    pkg.writeSheet({ ...LAYOUT, name: '报告' }, { activate: true });
    const rows = csvRows(libreOfficeCsv(pkg.toBytes(), { number: 2, name: '报告' }));
    expect(rows[0][0]).toBe('检查结果');
    expect(rows[1].slice(0, 2)).toEqual(['执行率', '95.12%']);
    expect(rows[2].slice(0, 2)).toEqual(['金额', '1234.50']);
    expect(rows[3][1]).toBe('2469.00');
    expect(rows[4][0]).toBe('=不是公式');
  });

  test.each(['', 'a/b', 'x'.repeat(32), '[1]'])('bad sheet name %p → BAD_SHEET_NAME', (name) => {
    const pkg = XlsxPackage.open(fixture('lo-evaluation.xlsx'));
    expect(() => pkg.writeSheet({ ...LAYOUT, name })).toThrow(expect.objectContaining({ code: 'BAD_SHEET_NAME' }));
  });
});

describe('XlsxWorkbookHost', () => {
  test('implements the port: read, write, select; selection only when asked', async () => {
    const input = await buildRichWorkbook();
    const host = XlsxWorkbookHost.open(input);
    expect(host.kind).toBe('xlsx');
    const wb = await host.readWorkbook();
    expect(valueAt(wb.sheets[0], 2, 1)).toBe(100);
    await host.applyWrites([{ sheet: '自评表', row: 2, col: 1, address: 'B3', kind: 'fundScore', old: 100, value: 99.5, numFmt: '0.00' }]);
    const afterWrite = host.toBytes();
    expect(entryText(afterWrite, 'xl/worksheets/sheet1.xml')).not.toMatch(/activeCell="B3"/);
    expect(valueAt((await host.readWorkbook()).sheets[0], 2, 1)).toBe(99.5);
    await host.selectCell('说明', 'C12');
    const out = host.toBytes();
    const s2 = entryText(out, 'xl/worksheets/sheet2.xml');
    expect(s2).toMatch(/<sheetView[^>]*tabSelected="1"/);
    expect(s2).toMatch(/<selection[^>]*activeCell="C12"[^>]*sqref="C12"/);
    expect(entryText(out, 'xl/workbook.xml')).toMatch(/activeTab="1"/);
    expect(entryText(out, 'xl/worksheets/sheet1.xml')).not.toMatch(/tabSelected="(1|true)"/);
    assertAllPartsWellFormed(out);
  });

  test('selectCell on a LibreOffice file amends the existing selection', () => {
    const pkg = XlsxPackage.open(fixture('lo-gaps-comment.xlsx'));
    pkg.selectCell('数据', 'F3');
    const x = entryText(pkg.toBytes(), 'xl/worksheets/sheet1.xml');
    expect(x).toContain('<selection pane="topLeft" activeCell="F3" sqref="F3"/>');
    // 数据 is already the active tab (activeTab="0"): workbook.xml needs no change.
    expect(changedEntries(fixture('lo-gaps-comment.xlsx'), pkg.toBytes())).toEqual(['xl/worksheets/sheet1.xml']);
  });
});

describe('file-io writes', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-xlsx-io-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writeFileAtomic writes the bytes and leaves no temp file', async () => {
    const out = path.join(dir, '输出.xlsx');
    const bytes = await buildRichWorkbook();
    await writeFileAtomic(out, bytes);
    expect(new Uint8Array(fs.readFileSync(out))).toEqual(bytes);
    expect(fs.readdirSync(dir)).toEqual(['输出.xlsx']);
    const back = await readXlsxFile(out);
    expect(back.workbook.sheets).toHaveLength(2);
  });

  test('refuses to overwrite the input (same path, another spelling, a hard link)', async () => {
    const input = path.join(dir, 'in.xlsx');
    fs.writeFileSync(input, fixture('lo-evaluation.xlsx'));
    fs.linkSync(input, path.join(dir, 'link.xlsx'));
    for (const out of [input, path.join(dir, '.', 'in.xlsx'), path.join(dir, 'link.xlsx')]) {
      await expect(writeFileAtomic(out, new Uint8Array([1]), { input })).rejects.toMatchObject({ code: 'SAME_FILE' });
    }
    await expect(assertNotSame(input, path.join(dir, 'other.xlsx'))).resolves.toBeUndefined();
    expect(new Uint8Array(fs.readFileSync(input))).toEqual(fixture('lo-evaluation.xlsx'));
    const e = await writeFileAtomic(input, new Uint8Array([1]), { input }).catch((x) => x);
    expect(e).toBeInstanceOf(XlsxError);
    expect(e.message).toContain('输出文件不能与输入文件 “in.xlsx” 相同');
  });
});
