import { createMemoryHost } from '../../../src/hosts/memory';
import { sheetFromValues } from '../../../src/core/grid/types';
import type { CellWrite } from '../../../src/core/plan/write-plan';
import type { SheetLayout } from '../../../src/core/grid/layout';
import { HostError } from '../../../src/hosts/ports';

const base = () =>
  createMemoryHost({
    sheets: [
      sheetFromValues('自评表', [
        ['项目', '执行率', '得分'],
        ['一般公共预算', { value: 0.5, numFmt: '0.00%' }, null],
        ['合计', null, { value: 10, formula: 'SUM(C2:C2)' }],
      ], [{ top: 0, left: 0, bottom: 0, right: 0 }]),
    ],
  });

const w = (address: string, row: number, col: number, value: number | string, numFmt?: string): CellWrite => ({
  sheet: '自评表', address, row, col, kind: 'indicatorScore', old: null, value, ...(numFmt ? { numFmt } : {}),
});

describe('memory host', () => {
  test('readWorkbook returns a copy: mutating it does not change the host', async () => {
    const h = base();
    const wb = await h.readWorkbook();
    (wb.sheets[0].cells[0] as unknown[])[0] = { value: 'x' };
    expect((await h.readWorkbook()).sheets[0].cells[0][0]).toEqual({ value: '项目' });
  });

  // Formats, formula-looking text, refused plans: the host port's contract (test/hosts/contract).
  test.each([
    ['number keeps old format when none given', w('B2', 1, 1, 0.75), { value: 0.75, numFmt: '0.00%' }],
    ['empty string clears (undo of a blank)', w('B2', 1, 1, ''), { value: null, numFmt: '0.00%' }],
    ['zero', w('C2', 1, 2, 0, '0.00'), { value: 0, numFmt: '0.00' }],
    ['negative', w('C2', 1, 2, -1.25, '0.00'), { value: -1.25, numFmt: '0.00' }],
  ])('applyWrites: %s', async (_name, write, expected) => {
    const h = base();
    await h.applyWrites([write]);
    const wb = await h.readWorkbook();
    expect(wb.sheets[0].cells[write.row][write.col]).toEqual(expected);
  });

  test('writes beyond the used range grow the grid', async () => {
    const h = base();
    await h.applyWrites([w('E6', 5, 4, 1, '0.00')]);
    const wb = await h.readWorkbook();
    expect(wb.sheets[0].cells[5][4]).toEqual({ value: 1, numFmt: '0.00' });
    expect(wb.sheets[0].cells[3]).toEqual([]);
  });

  test('a refused plan says why in the memory host’s words', async () => {
    const h = base();
    await expect(h.applyWrites([{ ...w('C2', 1, 2, 1), sheet: '不存在' }])).rejects.toThrow('工作表“不存在”不存在');
    await expect(h.applyWrites([{ ...w('C2', 1, 2, 1), address: 'ZZ' }])).rejects.toThrow('自评表!ZZ：不是有效的单元格地址');
    await expect(h.applyWrites([w('C2', 1, 2, Number.NaN)])).rejects.toThrow('自评表!C2：写入值不是有限数字');
  });

  test('writeSheet: layout styles become number formats and the preview’s fills; formula-looking text gets @', async () => {
    const h = base();
    const layout: SheetLayout = {
      name: '检查结果',
      cells: [
        { row: 0, col: 0, value: '标题', style: 'title' },
        { row: 1, col: 1, value: 0.5, style: 'outputPercent' },
        { row: 2, col: 1, value: null, formula: 'B2*2', style: 'output' },
        { row: 3, col: 0, value: '=不是公式' },
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      columnWidths: [10, 10, 10],
    };
    await h.writeSheet(layout, { activate: true });
    const s = (await h.readWorkbook()).sheets[1];
    expect(s.cells[1][1]).toEqual({ value: 0.5, numFmt: '0.00%' });
    expect(s.cells[2][1]).toEqual({ value: null, formula: 'B2*2', numFmt: '0.00' });
    expect(s.cells[3][0]).toEqual({ value: '=不是公式', numFmt: '@' });
    expect(h.view().fills.get('检查结果!B2')).toBe('#E2EFDA');
    expect(h.view().selection).toEqual({ sheet: '检查结果', address: 'A1' });
    // Rewriting drops the old fills with the old cells.
    await h.writeSheet({ ...layout, cells: [{ row: 0, col: 0, value: '新' }] });
    expect(h.view().fills.has('检查结果!B2')).toBe(false);
  });

  test('selectCell records the selection, canonicalises the address and notifies', async () => {
    const h = base();
    const seen: number[] = [];
    const off = h.subscribe(() => seen.push(h.view().version));
    await h.selectCell('自评表', '$c$2');
    expect(h.view().selection).toEqual({ sheet: '自评表', address: 'C2' });
    off();
    await h.selectCell('自评表', 'A1');
    expect(seen).toEqual([1]);
    await expect(h.selectCell('无', 'A1')).rejects.toThrow('工作表“无”不存在');
    await expect(h.selectCell('自评表', '第一格')).rejects.toThrow(HostError);
  });

  test('view() is stable between changes and new after one', async () => {
    const h = base();
    const a = h.view();
    expect(h.view()).toBe(a);
    await h.writeLooks([{ sheet: '自评表', address: 'B2', fill: '#FFC7CE', note: '执行率不符' }]);
    const b = h.view();
    expect(b).not.toBe(a);
    expect(b.fills.get('自评表!B2')).toBe('#FFC7CE');
    expect(b.notes.get('自评表!B2')).toBe('执行率不符');
    await expect(h.readLooks([{ sheet: '自评表', address: 'B2' }, { sheet: '自评表', address: 'C9' }])).resolves.toEqual([
      { sheet: '自评表', address: 'B2', fill: '#FFC7CE', note: '执行率不符' },
      { sheet: '自评表', address: 'C9', fill: null, note: null },
    ]);
    // null removes the fill and the note.
    await h.writeLooks([{ sheet: '自评表', address: 'B2', fill: null, note: null }]);
    expect(h.view().fills.has('自评表!B2')).toBe(false);
    expect(h.view().notes.has('自评表!B2')).toBe(false);
    await expect(h.writeLooks([{ sheet: '无', address: 'A1', fill: null, note: null }])).rejects.toThrow('工作表“无”不存在');
  });

  test('an empty batch changes nothing and does not notify', async () => {
    const h = base();
    let n = 0;
    h.subscribe(() => (n += 1));
    await h.applyWrites([]);
    expect(n).toBe(0);
    expect(h.view().version).toBe(0);
  });
});

test('activateSheet switches the active sheet and refuses an unknown one', async () => {
  const h = createMemoryHost({ sheets: [sheetFromValues('甲', [['a']]), sheetFromValues('乙', [['b']])] });
  expect(h.view().activeSheet).toBe('甲');
  h.activateSheet('乙');
  expect(h.view().activeSheet).toBe('乙');
  expect(() => h.activateSheet('丙')).toThrow('工作表“丙”不存在');
});
