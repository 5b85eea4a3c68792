import type { SheetLayout } from '../../../src/core/grid/layout';
import type { Sheet } from '../../../src/core/grid/types';
import { mappingSheetLayout, readMappingSheet } from '../../../src/core/mapping/sheet-codec';
import { MAPPING_SHEET, type TableMapping } from '../../../src/core/mapping/types';
import { recogniseWorkbook } from '../../../src/core/recognition';
import { CORPUS } from '../recognition/corpus/layouts';

/** What a host reads back after `writeSheet(layout)`: the layout's values as a grid. */
function sheetOf(layout: SheetLayout): Sheet {
  const rows = Math.max(...layout.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...layout.cells.map((c) => c.col)) + 1;
  const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ value: null as Sheet['cells'][number][number] extends infer C ? (C extends { value: infer V } ? V : never) : never })));
  for (const c of layout.cells) cells[c.row][c.col] = { value: c.value };
  return { name: layout.name, cells, merges: [] };
}

const COMMON = CORPUS.find((c) => c.name.startsWith('05'))!;

describe('the mapping saved in the hidden sheet _jixiao_mapping', () => {
  it('round-trips through the sheet layout, hidden', () => {
    const { sheets } = COMMON.build({ permute: false, reword: false });
    const first = recogniseWorkbook({ sheets });
    const layout = mappingSheetLayout({ tables: first.mappings! });
    expect(layout.name).toBe(MAPPING_SHEET);
    expect(layout.hidden).toBe(true);
    const back = readMappingSheet(sheetOf(layout));
    expect(back.badRows).toEqual([]);
    expect(back.mapping.tables.map((t) => ({ ...t, confidence: 0 }))).toEqual(first.mappings!.map((t) => ({ ...t, confidence: 0 })));
  });

  it('a confirmed correction is reused: 指标解释 set to 评分标准 (method) by the user, no M01 note, the block uses it', () => {
    const { sheets } = COMMON.build({ permute: false, reword: false });
    const first = recogniseWorkbook({ sheets });
    expect(first.notes.map((n) => n.message)).toEqual(['未识别“指标解释”列，已忽略']);
    const m = first.mappings![0];
    const corrected: TableMapping = {
      ...m,
      confirmed: true,
      blocks: m.blocks.map((b) => ({
        ...b,
        columns: b.columns.map((c) =>
          c.header === '指标解释' ? { ...c, role: 'method' as const, confidence: 1, source: 'user' as const } : c.header === '评分标准' ? { ...c, role: 'ignore' as const, confidence: 1, source: 'user' as const } : c,
        ),
      })),
    };
    const saved = sheetOf(mappingSheetLayout({ tables: [corrected] }));
    const again = recogniseWorkbook({ sheets: [...sheets, saved] });
    expect(again.notes).toEqual([]);
    expect(again.tables).toHaveLength(1);
    expect(again.tables[0].indicators?.columns.method).toBe(3); // column D, 指标解释
    expect(again.tables[0].indicators?.rows[0].method?.text).toBe('目标是否合理');
    expect(again.mappings![0].confirmed).toBe(true);
    expect(again.mappings![0].confidence).toBe(1);
    expect(again.mappings![0].blocks[0].columns.find((c) => c.col === 3)).toMatchObject({ role: 'method', source: 'user' });
  });

  it('a range selected by hand is read as is (rows below it are left out)', () => {
    const { sheets } = COMMON.build({ permute: false, reword: false });
    const m = recogniseWorkbook({ sheets }).mappings![0];
    const block = m.blocks[0];
    const byHand: TableMapping = { ...m, confirmed: true, blocks: [{ ...block, range: { ...block.range, bottom: block.headerBottom + 2 }, rangeSource: 'user' }] };
    const again = recogniseWorkbook({ sheets: [...sheets, sheetOf(mappingSheetLayout({ tables: [byHand] }))] });
    expect(again.tables[0].indicators?.rows.map((r) => r.name?.text)).toEqual(['绩效目标合理性', '在职人员控制率']);
  });

  it('unreadable rows and lost sheets are reported, never guessed', () => {
    const { sheets } = COMMON.build({ permute: false, reword: false });
    const m = recogniseWorkbook({ sheets }).mappings![0];
    const layout = mappingSheetLayout({ tables: [{ ...m, confirmed: true, sheet: '已删除' }] });
    const grid = sheetOf(layout);
    const broken: Sheet = { ...grid, cells: [...grid.cells, [{ value: 1 }, { value: '共性指标' }, { value: 'A1:B2' }, { value: 1 }, { value: 'funds' }, { value: 'A1' }, { value: 1 }, { value: 1 }, { value: 'auto' }, { value: 'A' }, { value: 'x' }, { value: '不存在' }, { value: 1 }, { value: 'auto' }]] };
    const result = recogniseWorkbook({ sheets: [...sheets, broken] });
    expect(result.notes.map((n) => n.message)).toEqual([
      `映射设置第${grid.cells.length + 1}行无法读取，已忽略`,
      '映射设置中的工作表“已删除”不存在，已忽略',
      '未识别“指标解释”列，已忽略',
    ]);
  });
});
