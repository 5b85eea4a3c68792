import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import { HostError } from '../../../src/hosts/ports';
import { argbToWpsColor } from '../../../src/hosts/wps/write-sheet';
import { rangeToA1, toA1 } from '../../../src/core/grid/a1';
import type { SheetLayout } from '../../../src/core/grid/layout';
import { templateLayouts } from '../../../src/core/template/definition';
import { FakeWpsApplication } from './fake-wps';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;

const small: SheetLayout = {
  name: '检查结果',
  cells: [
    { row: 0, col: 0, value: '检查结果', style: 'title' },
    { row: 1, col: 0, value: '=不是公式', style: 'text' },
    { row: 1, col: 1, value: 12.5, style: 'output' },
    { row: 2, col: 1, value: null, formula: 'SUM(B2:B2)', style: 'output' },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  columnWidths: [20, 12],
  rowHeights: { 0: 30 },
  print: { paper: 'A4', orientation: 'landscape', fitToWidth: true },
};

describe('WPS host: writeSheet', () => {
  it('adds a sheet after the last one and renders values, formulas, styles, merges, sizes, print setup', async () => {
    const fake = new FakeWpsApplication([{ name: '自评表', rows: [['x']] }]);
    await createWpsHost(asApp(fake)).writeSheet(small, { activate: true });
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['自评表', '检查结果']);
    const s = fake.book.sheet('检查结果');
    expect(fake.book.activeSheet).toBe(s);
    expect(s.valueAt('A1')).toBe('检查结果');
    expect(s.valueAt('A2')).toBe('=不是公式');
    expect(s.cell('A2')?.formula).toBeUndefined();
    expect(s.valueAt('B2')).toBe(12.5);
    expect(s.cell('B3')?.formula).toBe('=SUM(B2:B2)');
    expect(s.mergeAddresses()).toEqual(['A1:C1']);
    expect(s.cell('B2')?.numberFormat).toBe('0.00');
    expect(s.cell('B2')?.style).toMatchObject({ fontName: '宋体', fontSize: 11, border: 1, hAlign: -4152, color: argbToWpsColor('FFE2EFDA'), locked: true });
    // the merged title's other cells take the title style
    expect(s.cell('C1')?.style).toMatchObject({ fontName: '宋体', fontSize: 16, bold: true, hAlign: -4108 });
    expect([s.columnWidths.get(1), s.columnWidths.get(2), s.rowHeights.get(1)]).toEqual([20, 12, 30]);
    // Print area: the cells reach row 3, the merge column C → $A$1:$C$3.
    expect(s.pageSetup).toEqual({ PaperSize: 9, Orientation: 2, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, PrintArea: '$A$1:$C$3' });
  });

  it('prints as the official form: the template 自评表 gets its area, repeated title rows and centring', async () => {
    const fake = new FakeWpsApplication([{ name: 'Sheet1', rows: [['x']] }]);
    await createWpsHost(asApp(fake)).writeSheet(templateLayouts()[0]);
    // 自评表 spans A1:I29 (signature line on row 29); rows 1–2 (title, 预算部门名称) repeat.
    expect(fake.book.sheet('自评表').pageSetup).toEqual({
      PaperSize: 9, Orientation: 1, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false,
      PrintArea: '$A$1:$I$29', PrintTitleRows: '$1:$2', CenterHorizontally: true,
    });
  });

  it('the fake refuses a PageSetup member outside EtPageSetup', () => {
    const fake = new FakeWpsApplication([{ name: 'Sheet1', rows: [['x']] }]);
    const ps = fake.book.sheet('Sheet1').PageSetup as Record<string, unknown>;
    expect(() => (ps.PrintAreaRange = 'A1')).toThrow(/不支持/);
  });

  it.each([
    ['FFD9E1F2', 0xd9 + 0xe1 * 256 + 0xf2 * 65536],
    ['FFFFF2CC', 0xff + 0xf2 * 256 + 0xcc * 65536],
    ['000000', 0],
  ])('colour %s → BGR %i', (argb, bgr) => {
    expect(argbToWpsColor(argb)).toBe(bgr);
  });

  it('the template layouts round-trip: what readWorkbook gives back is what was laid out', async () => {
    const fake = new FakeWpsApplication([{ name: 'Sheet1' }]);
    const host = createWpsHost(asApp(fake));
    const layouts = templateLayouts();
    for (const layout of layouts) await host.writeSheet(layout);
    const wb = await host.readWorkbook();
    for (const layout of layouts) {
      const sheet = wb.sheets.find((s) => s.name === layout.name)!;
      expect(sheet).toBeDefined();
      expect(sheet.merges.map(rangeToA1).sort()).toEqual(layout.merges.map(rangeToA1).sort());
      for (const c of layout.cells) {
        const got = sheet.cells[c.row]?.[c.col];
        const where = `${layout.name}!${toA1(c.row, c.col)}`;
        if (c.formula !== undefined) expect([where, got?.formula]).toEqual([where, c.formula]);
        else expect([where, got?.value ?? null]).toEqual([where, c.value]);
      }
    }
  });

  it('a name the host refuses is a HostError with the cause', async () => {
    const fake = new FakeWpsApplication([{ name: 'Sheet1' }]);
    const error = await createWpsHost(asApp(fake)).writeSheet({ ...small, name: '检查:结果' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toBe('生成工作表“检查:结果”失败（WPS：工作表名称无效）');
  });

  it('a page setup failure is reported after the sheet is complete', async () => {
    const fake = new FakeWpsApplication([{ name: 'Sheet1' }]);
    fake.failOn({ op: 'PageSetup.PaperSize=', message: '没有安装打印机' });
    await expect(createWpsHost(asApp(fake)).writeSheet(small)).rejects.toThrow('工作表“检查结果”的页面设置失败（其余内容已写入）（WPS：没有安装打印机）');
    expect(fake.book.sheet('检查结果').valueAt('B2')).toBe(12.5);
  });
});
