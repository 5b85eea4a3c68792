/**
 * Issue 12 point 10: the inserted template and the report sheet print as the official form — A4,
 * one page wide, the whole form as print area, title rows repeated on every page, centred — in
 * every host that renders a SheetLayout: Excel (Worksheet.pageLayout, gated on ExcelApi 1.9, on the
 * strict fake), the .xlsx package (OOXML pageSetup/printOptions + _xlnm.Print_Area/_xlnm.Print_Titles),
 * the CLI's exceljs template. (WPS: test/hosts/wps/write-sheet.test.ts.)
 * Expected addresses are read off docs/TEMPLATE.md: 自评表 is A–I, rows 1–29 with the signature line
 * on row 29; title rows 1–2 (title, 预算部门名称); 收支明细 A–F, rows 1–19, headers on row 2.
 */
import ExcelJS from 'exceljs';
import { templateLayouts } from '../../src/core/template/definition';
import type { SheetLayout } from '../../src/core/grid/layout';
import { createExcelHost } from '../../src/hosts/excel';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { renderLayoutsXlsx } from '../../src/cli/exceljs-layout';
import { FakeExcel } from './excel/fake-excel';
import { buildRichWorkbook, entryText } from './xlsx/helpers';

const [evaluation, , spending] = templateLayouts();

describe('Excel: Worksheet.pageLayout (ExcelApi 1.9)', () => {
  test('ExcelApi 1.9: A4, fit to width, print area A1:I29, rows $1:$2 repeated, centred', async () => {
    const x = new FakeExcel({ apiVersion: '1.9' });
    x.addSheet('Sheet1', [['x']]);
    await createExcelHost(x.environment()).writeSheet(evaluation);
    expect(x.sheetNamed('自评表')!.pageLayout).toEqual({
      paperSize: 'A4',
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printArea: 'A1:I29',
      printTitleRows: '$1:$2',
    });
  });

  test('below ExcelApi 1.9 the sheet is written and pageLayout never touched (the strict fake would throw)', async () => {
    const x = new FakeExcel({ apiVersion: '1.8' });
    x.addSheet('Sheet1', [['x']]);
    await createExcelHost(x.environment()).writeSheet(evaluation);
    expect(x.sheetNamed('自评表')!.pageLayout).toEqual({});
    expect(x.sheetNamed('自评表')!.cell(28, 0)?.value).toBe('单位（盖章）：');
  });

  test('the fake refuses undocumented PageLayout members', async () => {
    const x = new FakeExcel({ apiVersion: '1.9' });
    x.addSheet('Sheet1', [['x']]);
    await expect(
      x.environment().run(async (ctx) => {
        const pl = (ctx.workbook.worksheets.getItem('Sheet1') as unknown as { pageLayout: Record<string, unknown> }).pageLayout;
        pl.printArea = 'A1:B2'; // a method (setPrintArea) in the API, not a property
      }),
    ).rejects.toThrow(/not a documented property/);
  });
});

test('the Excel fake refuses RangeFormat members and values the reference does not have', async () => {
  const x = new FakeExcel({ apiVersion: '1.9' });
  x.addSheet('Sheet1', [['x']]);
  const attempt = (f: (fmt: Record<string, Record<string, unknown> & { getItem(i: string): Record<string, unknown> }>) => void) =>
    x.environment().run(async (ctx) => {
      f((ctx.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as { format: never }).format);
      await ctx.sync();
    });
  await expect(attempt((f) => (f.font.family = '宋体'))).rejects.toThrow(/not a documented RangeFormat property/);
  await expect(attempt((f) => (f.borders.getItem('Outline').style = 'Continuous'))).rejects.toThrow(/not a BorderIndex/);
  await expect(attempt((f) => (f.borders.getItem('EdgeTop').style = 'Solid'))).rejects.toThrow(/not a valid value/);
  await expect(attempt((f) => (f.font.name = '宋体'))).resolves.toBeUndefined();
});

describe('.xlsx package (CLI report --sheet, recompute): pageSetup, printOptions, defined names', () => {
  test('print area and titles are the sheet’s own defined names; writing the sheet again replaces them', async () => {
    const input = await buildRichWorkbook(); // sheets 自评表, 说明 → the new one is localSheetId 2
    const pkg = XlsxPackage.open(input);
    pkg.writeSheet({ ...spending, name: '模板明细' } as SheetLayout);
    pkg.writeSheet({ ...spending, name: '模板明细' } as SheetLayout);
    const out = pkg.toBytes();
    const wb = entryText(out, 'xl/workbook.xml');
    expect(wb.match(/<definedName [^>]*>[^<]*<\/definedName>/g)).toEqual([
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'模板明细'!$A$1:$F$19</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'模板明细'!$1:$2</definedName>`,
    ]);
    // definedNames sits after <sheets> and before <calcPr> (CT_Workbook order).
    expect(wb.indexOf('<definedNames>')).toBeGreaterThan(wb.indexOf('</sheets>'));
    if (wb.includes('<calcPr')) expect(wb.indexOf('<definedNames>')).toBeLessThan(wb.indexOf('<calcPr'));
    const sheet = entryText(out, 'xl/worksheets/sheet3.xml');
    expect(sheet).toContain('<printOptions horizontalCentered="1"/><pageMargins');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
  });
});

describe('CLI template (exceljs): the same print setup in a fresh file', () => {
  test('each template sheet: A4, fit to width, centred, print area and title rows', async () => {
    const bytes = await renderLayoutsXlsx(templateLayouts(), { created: new Date('2025-01-01T00:00:00Z') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const got = wb.worksheets.map((ws) => ({
      name: ws.name,
      paper: ws.pageSetup.paperSize,
      fit: [ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight],
      centred: ws.pageSetup.horizontalCentered,
      area: String(ws.pageSetup.printArea).replace(/\$/g, ''),
      titles: ws.pageSetup.printTitlesRow?.replace(/\$/g, ''),
    }));
    expect(got).toEqual([
      { name: '自评表', paper: 9, fit: [true, 1, 0], centred: true, area: 'A1:I29', titles: '1:2' },
      { name: '基本情况', paper: 9, fit: [true, 1, 0], centred: true, area: 'A1:B16', titles: '1:1' },
      { name: '收支明细', paper: 9, fit: [true, 1, 0], centred: true, area: 'A1:F19', titles: '1:2' },
    ]);
  });
});
