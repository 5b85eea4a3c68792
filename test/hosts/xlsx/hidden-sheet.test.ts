/**
 * SheetLayout.hidden in the xlsx host, what is its own: `state="hidden"` on the workbook.xml
 * entry, read back by exceljs; the only sheet is never hidden. Rewriting keeps it hidden, hiding
 * the active sheet activates the first visible one: the host port's contract (test/hosts/contract).
 */
import ExcelJS from 'exceljs';
import type { SheetLayout } from '../../../src/core/grid/layout';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import { assertAllPartsWellFormed, buildRichWorkbook, entryText } from './helpers';

const settings = (value: string, hidden?: boolean): SheetLayout => ({
  name: '_jixiao_mapping',
  cells: [{ row: 0, col: 0, value }],
  merges: [],
  columnWidths: [10],
  ...(hidden === undefined ? {} : { hidden }),
});

async function statesByExcelJs(bytes: Uint8Array): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return Object.fromEntries(wb.worksheets.map((w) => [w.name, w.state]));
}

describe('xlsx host: hidden sheets', () => {
  test('a new hidden sheet gets state="hidden"; other sheets stay visible; the sheet reads back', async () => {
    const pkg = XlsxPackage.open(await buildRichWorkbook());
    pkg.writeSheet(settings('v1', true), { activate: true });
    const out = pkg.toBytes();
    expect(entryText(out, 'xl/workbook.xml')).toMatch(/<sheet name="_jixiao_mapping" sheetId="\d+" r:id="rId\d+" state="hidden"\/>/);
    expect(await statesByExcelJs(out)).toEqual({ 自评表: 'visible', 说明: 'visible', _jixiao_mapping: 'hidden' });
    expect(entryText(out, 'xl/workbook.xml')).not.toMatch(/activeTab="2"/);
    expect(readXlsx(out).sheets[2].cells[0][0]).toMatchObject({ value: 'v1' });
    assertAllPartsWellFormed(out);
  });

  test.each([
    ['absent', undefined],
    ['false', false],
  ])('hidden %s: the new sheet gets no state attribute (visible)', async (_n, hidden) => {
    const pkg = XlsxPackage.open(await buildRichWorkbook());
    pkg.writeSheet(settings('v', hidden));
    const out = pkg.toBytes();
    expect(entryText(out, 'xl/workbook.xml')).toMatch(/<sheet name="_jixiao_mapping" sheetId="\d+" r:id="rId\d+"\/>/);
    expect((await statesByExcelJs(out))._jixiao_mapping).toBe('visible');
  });

  test('a hidden sheet is never made the active tab: selectCell refuses it (HIDDEN_SHEET), activate on rewrite is ignored', async () => {
    const pkg = XlsxPackage.open(await buildRichWorkbook());
    pkg.writeSheet(settings('v1', true));
    expect(() => pkg.selectCell('_jixiao_mapping', 'A1')).toThrow(expect.objectContaining({ code: 'HIDDEN_SHEET', message: '工作表“_jixiao_mapping”已隐藏，无法选中' }));
    pkg.writeSheet(settings('v2'), { activate: true });
    const xml = entryText(pkg.toBytes(), 'xl/workbook.xml');
    expect(xml).toMatch(/name="_jixiao_mapping"[^>]*state="hidden"/);
    expect(xml).not.toMatch(/activeTab="2"/);
    expect(readXlsx(pkg.toBytes()).sheets[2].cells[0][0]).toMatchObject({ value: 'v2' });
  });

  test('the only sheet of a workbook is never hidden (a workbook keeps one visible sheet)', () => {
    const pkg = XlsxPackage.open(onlySheet());
    pkg.writeSheet(settings('v', true));
    expect(entryText(pkg.toBytes(), 'xl/workbook.xml')).not.toContain('state="hidden"');
  });
});

/** A minimal package whose only sheet is `_jixiao_mapping`. */
function onlySheet(): Uint8Array {
  const { zipSync, strToU8 } = require('fflate') as typeof import('fflate');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="_jixiao_mapping" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'),
  });
}
