import { Workbook, type Worksheet } from 'exceljs';
import { renderLayoutsXlsx } from '../../src/cli/exceljs-layout';
import { templateLayouts } from '../../src/core/template/definition';
import { fillLayout } from '../../src/core/template/fill';
import type { SheetLayout } from '../../src/core/grid/layout';
import { rangeToA1 } from '../../src/core/grid/a1';

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function merges(ws: Worksheet): string[] {
  return [...(ws.model as unknown as { merges: string[] }).merges].sort();
}

describe('renderLayoutsXlsx: the template', () => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await load(await renderLayoutsXlsx(templateLayouts(), { created: new Date('2025-01-01T00:00:00Z') }));
  });

  it('writes one sheet per layout, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表', '基本情况', '收支明细']);
    expect(wb.creator).toBe('jixiao');
  });

  it('keeps every merge of every layout', () => {
    for (const layout of templateLayouts()) {
      expect(merges(wb.getWorksheet(layout.name)!)).toEqual(layout.merges.map(rangeToA1).sort());
    }
  });

  it.each([
    ['A1', '部门整体支出绩效自评表'],
    ['B4', '年度资金总额'],
    ['F4', 10],
    ['H15', '偏差原因分析及改进措施'],
    ['F26', 100],
    ['H27', '优≥90，良≥80，中≥60，差<60'],
  ])('自评表!%s = %p', (address, value) => {
    expect(wb.getWorksheet('自评表')!.getCell(address).value).toBe(value);
  });

  it.each([
    // address, font, size, bold, fill, numFmt, locked
    ['A1', '宋体', 16, true, undefined, undefined, true],
    ['B4', '宋体', 11, false, undefined, undefined, true],
    ['C4', '宋体', 11, false, 'FFFFF2CC', '0.00', false],
    ['G4', '宋体', 11, false, 'FFE2EFDA', '0.00%', true],
    ['H4', '宋体', 11, false, 'FFE2EFDA', '0.00', true],
    ['I5', '宋体', 11, false, 'FFE2EFDA', '0.00%', true],
    ['G16', '宋体', 11, false, 'FFE2EFDA', '0.00', true],
    ['H16', '宋体', 11, false, 'FFFFF2CC', undefined, false],
    ['B3', '宋体', 11, true, 'FFD9E1F2', undefined, true],
  ])('自评表!%s: font %s %d bold=%p, fill %s, format %s, locked=%p', (address, font, size, bold, fill, numFmt, locked) => {
    const cell = wb.getWorksheet('自评表')!.getCell(address as string);
    expect(cell.font.name).toBe(font);
    expect(cell.font.size).toBe(size);
    expect(Boolean(cell.font.bold)).toBe(bold);
    const f = cell.fill as { fgColor?: { argb?: string } } | undefined;
    expect(f?.fgColor?.argb).toBe(fill);
    expect(cell.numFmt || undefined).toBe(numFmt);
    expect(cell.protection?.locked ?? true).toBe(locked);
  });

  it('draws thin borders on table cells, including the covered cells of a merge', () => {
    const ws = wb.getWorksheet('自评表')!;
    for (const a of ['C4', 'A3', 'A12', 'I14', 'E26']) {
      const b = ws.getCell(a).border;
      expect([b.top?.style, b.left?.style, b.bottom?.style, b.right?.style]).toEqual(['thin', 'thin', 'thin', 'thin']);
    }
    expect(ws.getCell('A1').border?.top).toBeUndefined();
  });

  it('wraps and aligns as the styles say', () => {
    const ws = wb.getWorksheet('自评表')!;
    expect(ws.getCell('B14').alignment).toMatchObject({ wrapText: true, horizontal: 'left', vertical: 'middle' });
    expect(ws.getCell('G4').alignment).toMatchObject({ horizontal: 'right' });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
  });

  it('sets column widths, row heights and A4 fit-to-width page setup', () => {
    for (const layout of templateLayouts()) {
      const ws = wb.getWorksheet(layout.name)!;
      layout.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
      for (const [r, h] of Object.entries(layout.rowHeights ?? {})) expect(ws.getRow(Number(r) + 1).height).toBe(h);
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe('portrait');
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
    }
  });
});

describe('renderLayoutsXlsx: values of every kind', () => {
  const layout: SheetLayout = {
    name: '测试',
    cells: [
      { row: 0, col: 0, value: 1186.96, style: 'inputNumber' },
      { row: 0, col: 1, value: 0, style: 'inputNumber' },
      { row: 0, col: 2, value: -3.005, style: 'inputNumber' },
      { row: 1, col: 0, value: '岳阳市信访局\u3000', style: 'input' },
      { row: 1, col: 1, value: '效益指标\n\n\u3000', style: 'label' },
      { row: 1, col: 2, value: '  其中：  一般公共预算：962.34', style: 'label' },
      { row: 2, col: 0, value: true },
      { row: 2, col: 1, value: { error: '#DIV/0!' } },
      { row: 2, col: 2, value: 0.9994, formula: 'A1/1187', style: 'outputPercent' },
      { row: 3, col: 0, value: null, formula: 'SUM(A1:C1)', style: 'output' },
      { row: 3, col: 1, value: '=1+1', style: 'label' },
    ],
    merges: [{ top: 4, left: 0, bottom: 5, right: 2 }],
    columnWidths: [10, 12, 14],
  };

  it('round-trips numbers (incl. 0 and negatives), text with line breaks and spaces, booleans, errors, formulas', async () => {
    const wb = await load(await renderLayoutsXlsx([layout]));
    const ws = wb.getWorksheet('测试')!;
    expect(ws.getCell('A1').value).toBe(1186.96);
    expect(ws.getCell('B1').value).toBe(0);
    expect(ws.getCell('C1').value).toBe(-3.005);
    expect(ws.getCell('A2').value).toBe('岳阳市信访局\u3000');
    expect(ws.getCell('B2').value).toBe('效益指标\n\n\u3000');
    expect(ws.getCell('C2').value).toBe('  其中：  一般公共预算：962.34');
    expect(ws.getCell('A3').value).toBe(true);
    expect(ws.getCell('B3').value).toEqual({ error: '#DIV/0!' });
    expect(ws.getCell('C3').value).toMatchObject({ formula: 'A1/1187', result: 0.9994 });
    expect(ws.getCell('A4').value).toMatchObject({ formula: 'SUM(A1:C1)' });
    // Text that looks like a formula stays text.
    expect(ws.getCell('B4').value).toBe('=1+1');
    expect(merges(ws)).toEqual(['A5:C6']);
    // A layout without print setup gets none of ours (exceljs defaults).
    expect(ws.pageSetup.fitToPage).toBeFalsy();
  });

  it('renders a filled template with the figures in place', async () => {
    const [evaluation] = templateLayouts();
    const wb = await load(await renderLayoutsXlsx([fillLayout(evaluation, { C2: '岳阳市信访局', D4: 1186.96, G4: 0.9994 })]));
    const ws = wb.getWorksheet('自评表')!;
    expect(ws.getCell('C2').value).toBe('岳阳市信访局');
    expect(ws.getCell('D4').value).toBe(1186.96);
    expect(ws.getCell('G4').value).toBe(0.9994);
    expect(ws.getCell('G4').numFmt).toBe('0.00%');
  });
});
