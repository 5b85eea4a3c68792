/** The 识别映射 view's pure state: pairing, confidence levels, role changes, range validation, the saved mapping. */
import { rangeFromA1 } from '../../src/core/grid/a1';
import type { CellRange } from '../../src/core/grid/types';
import { mappingSheetLayout, readMappingSheet } from '../../src/core/mapping/sheet-codec';
import type { BlockMapping, ColumnMapping, MappedRole, TableMapping } from '../../src/core/mapping/types';
import { buildSheetFromLayout } from './mapping-helpers';
import {
  blockRange,
  confidenceLevel,
  confirmedMapping,
  draftOf,
  draftProblems,
  duplicateRoles,
  isLowConfidence,
  parseRangeText,
  withRangeText,
  withRole,
} from '../../src/taskpane/components/mapping-panel';

const col = (letter: string, row: number, header: string, role: MappedRole, confidence = 1): ColumnMapping => ({
  col: letter.charCodeAt(0) - 65,
  address: `${letter}${row}`,
  header,
  role,
  confidence,
  source: 'auto',
});
const r = (a1: string): CellRange => rangeFromA1(a1);

/** Funds A3:I12 (header row 3), indicators A15:I26 (header row 15) with a guessed and an unplaced column. */
const FUNDS: BlockMapping = {
  kind: 'funds',
  range: r('A3:I12'),
  headerTop: 2,
  headerBottom: 2,
  rangeSource: 'auto',
  columns: [
    col('B', 3, '资金类别', 'label'),
    col('C', 3, '年初预算数', 'initialBudget'),
    col('D', 3, '全年预算数', 'adjustedBudget'),
    col('E', 3, '全年执行数', 'executed'),
    col('F', 3, '分值', 'weight'),
    col('G', 3, '执行率', 'executionRate'),
    col('H', 3, '得分', 'score'),
    col('I', 3, '占比', 'share'),
  ],
};
const INDICATORS: BlockMapping = {
  kind: 'indicators',
  range: r('A15:I26'),
  headerTop: 14,
  headerBottom: 14,
  rangeSource: 'auto',
  columns: [
    col('A', 15, '一级指标', 'level1'),
    col('B', 15, '二级指标', 'level2'),
    col('C', 15, '三级指标', 'name'),
    col('D', 15, '年度指标值', 'target'),
    col('E', 15, '实际完成值', 'actual'),
    col('F', 15, '分值', 'weight'),
    col('G', 15, '自评分', 'score', 0.6),
    col('H', 15, '偏差原因分析及改进措施', 'reason'),
    col('I', 15, '备用列', 'ignore', 0),
  ],
};
const T1: TableMapping = { sheet: '自评表', range: r('A1:I27'), blocks: [FUNDS, INDICATORS], confidence: 0.94, confirmed: false };
const T2: TableMapping = {
  sheet: '自评表',
  range: r('A30:H40'),
  blocks: [{ ...INDICATORS, range: r('A31:H40'), headerTop: 30, headerBottom: 31, columns: INDICATORS.columns.slice(0, 8) }],
  confidence: 0.95,
  confirmed: true,
};
const recognised = {
  tables: [
    { kind: 'department' as const, sheet: '自评表', range: r('A1:I27') },
    { kind: 'project' as const, sheet: '自评表', range: r('A30:H40') },
  ],
  mappings: [T1, T2],
};

describe('draftOf', () => {
  test('pairs each mapping with its recognised table (kind) and starts with the recognised ranges', () => {
    const d = draftOf(recognised);
    expect(d.dirty).toBe(false);
    expect(d.tables.map((t) => t.kind)).toEqual(['department', 'project']);
    expect(d.tables.map((t) => t.rangeTexts)).toEqual([['A3:I12', 'A15:I26'], ['A31:H40']]);
  });

  test('a table that does not pair (other range) has no kind; no mappings → no tables', () => {
    expect(draftOf({ tables: [{ kind: 'project', sheet: '自评表', range: r('A1:I26') }], mappings: [T1] }).tables[0].kind).toBeUndefined();
    expect(draftOf({ tables: [] }).tables).toEqual([]);
  });
});

describe('confidence', () => {
  test.each([
    [1, 'high'],
    [0.9, 'high'],
    [0.89, 'medium'],
    [0.6, 'medium'],
    [0.59, 'low'],
    [0, 'low'],
  ])('%p → %s', (c, level) => expect(confidenceLevel(c)).toBe(level));

  test.each([
    ['family label', { confidence: 1, source: 'auto' }, false],
    ['two-row label', { confidence: 0.9, source: 'auto' }, false],
    ['guessed', { confidence: 0.6, source: 'auto' }, true],
    ['not recognised', { confidence: 0, source: 'auto' }, true],
    ['set by the user', { confidence: 1, source: 'user' }, false],
  ] as const)('%s: highlighted = %p', (_n, c, low) => expect(isLowConfidence({ ...col('A', 1, 'x', 'ignore'), ...c })).toBe(low));
});

describe('withRole', () => {
  test('sets the role, decided by the user (confidence 1), marks the draft dirty, leaves the rest and the original untouched', () => {
    const d0 = draftOf(recognised);
    const d1 = withRole(d0, 0, 1, 6, 'ignore');
    const g = d1.tables[0].mapping.blocks[1].columns.find((c) => c.col === 6)!;
    expect(g).toEqual({ col: 6, address: 'G15', header: '自评分', role: 'ignore', confidence: 1, source: 'user' });
    expect(d1.dirty).toBe(true);
    expect(d1.tables[0].mapping.blocks[0]).toBe(FUNDS);
    expect(d1.tables[1]).toBe(d0.tables[1]);
    expect(d0.tables[0].mapping.blocks[1].columns[6].role).toBe('score');
  });
});

describe('parseRangeText', () => {
  const A5_I19 = { top: 4, left: 0, bottom: 18, right: 8 };
  test.each([
    ['A5:I19', A5_I19],
    [' a5：i19 ', A5_I19],
    ['Ａ５：Ｉ１９', A5_I19],
    ['$A$5:$I$19', A5_I19],
    ['I19:A5', A5_I19],
    ['A 5 : I 19', A5_I19],
    ['AA1:XFD1048576', { top: 0, left: 26, bottom: 1048575, right: 16383 }],
  ])('%p → range', (text, range) => expect(parseRangeText(text)).toEqual({ range }));

  test.each([
    ['', '请输入区域，如 A5:I19'],
    ['   ', '请输入区域，如 A5:I19'],
    ['A5', '“A5”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）'],
    ['A5:I', '“A5:I”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）'],
    ['5:19', '“5:19”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）'],
    ['A0:I19', '“A0:I19”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）'],
    ['AAAA1:B2', '“AAAA1:B2”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）'],
    ['A1:XFE2', '“A1:XFE2”超出工作表范围（最多 1048576 行、XFD 列）'],
    ['A1:B1048577', '“A1:B1048577”超出工作表范围（最多 1048576 行、XFD 列）'],
  ])('%p → %s', (text, error) => expect(parseRangeText(text)).toEqual({ error }));
});

describe('blockRange (a hand-typed block range)', () => {
  const typed = (ti: number, bi: number, text: string) => blockRange(withRangeText(draftOf(recognised), ti, bi, text), ti, bi);

  test('unchanged text (spaces around) is no hand range', () => {
    expect(blockRange(draftOf(recognised), 0, 0)).toEqual({});
    expect(typed(0, 0, ' A3:I12 ')).toEqual({});
  });

  test.each([
    ['funds ends earlier', 0, 0, 'A3:I10', r('A3:I10')],
    ['funds starts above its header', 0, 0, 'A2:I12', r('A2:I12')],
    ['indicators end at row 20', 0, 1, 'a15:i20', r('A15:I20')],
    ['an ignored column may fall outside', 0, 1, 'A15:H26', r('A15:H26')],
    ['two-row header, one data row', 1, 0, 'A31:H33', r('A31:H33')],
  ])('%s → accepted', (_n, ti, bi, text, range) => expect(typed(ti, bi, text)).toEqual({ range }));

  test.each([
    ['starts below the header', 0, 0, 'A4:I12', '区域 A4:I12 未完整包含表头（表头：第 3 行）且其下至少一行数据'],
    ['only the header row', 0, 0, 'A3:I3', '区域 A3:I3 未完整包含表头（表头：第 3 行）且其下至少一行数据'],
    ['cuts a two-row header', 1, 0, 'A31:H32', '区域 A31:H32 未完整包含表头（表头：第 31–32 行）且其下至少一行数据'],
    ['leaves out 执行率 and more', 0, 0, 'A3:F12', '列 G（执行率）在区域 A3:F12 之外：请扩大区域，或先把该列设为“忽略此列”'],
    ['leaves out the label column', 0, 0, 'C3:I12', '列 B（资金类别（行标签））在区域 C3:I12 之外：请扩大区域，或先把该列设为“忽略此列”'],
    ['reaches the indicator header', 0, 0, 'A3:I15', '区域 A3:I15 延伸到了下方“绩效指标”的表头（第 15 行），请在其上一行结束'],
    ['reaches the next stacked table', 0, 1, 'A15:I35', '区域 A15:I35 延伸到了下方“绩效指标”的表头（第 31 行），请在其上一行结束'],
    ['not a range', 0, 0, '第三行', '“第三行”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）'],
  ])('%s → rejected', (_n, ti, bi, text, error) => expect(typed(ti, bi, text)).toEqual({ error }));
});

describe('duplicateRoles and draftProblems', () => {
  test('two columns with one role are named; 序号 and 忽略 may repeat', () => {
    const d = withRole(withRole(draftOf(recognised), 0, 1, 7, 'score'), 0, 1, 0, 'ignore');
    expect(duplicateRoles(d.tables[0].mapping.blocks[1])).toEqual(['绩效指标：角色“得分”同时指定给了 G、H 列，请只保留一列']);
    expect(duplicateRoles(INDICATORS)).toEqual([]);
  });

  test('a swap passes once both columns are set', () => {
    const half = withRole(draftOf(recognised), 0, 1, 5, 'score');
    expect(draftProblems(half)).toEqual(['表 1：工作表“自评表”，绩效指标：角色“得分”同时指定给了 F、G 列，请只保留一列']);
    expect(draftProblems(withRole(half, 0, 1, 6, 'weight'))).toEqual([]);
  });

  test('range errors are listed with their table and block', () => {
    const d = withRangeText(draftOf(recognised), 1, 0, 'A40:H45');
    expect(draftProblems(d)).toEqual(['表 2：工作表“自评表”，绩效指标：区域 A40:H45 未完整包含表头（表头：第 31–32 行）且其下至少一行数据']);
  });
});

describe('confirmedMapping', () => {
  test('every table confirmed; a hand range becomes a user range; roles as set; nothing else changes', () => {
    const d = withRangeText(withRole(draftOf(recognised), 0, 0, 7, 'ignore'), 0, 1, 'A15:I20');
    const m = confirmedMapping(d);
    expect(m.tables.map((t) => t.confirmed)).toEqual([true, true]);
    expect(m.tables[0].blocks[0].columns[6]).toMatchObject({ address: 'H3', role: 'ignore', source: 'user', confidence: 1 });
    expect(m.tables[0].blocks[0].range).toEqual(FUNDS.range);
    expect(m.tables[0].blocks[0].rangeSource).toBe('auto');
    expect(m.tables[0].blocks[1]).toEqual({ ...INDICATORS, range: r('A15:I20'), rangeSource: 'user' });
    expect(m.tables[1]).toEqual(T2);
  });

  test('survives the settings sheet round trip (what recognition reads back)', () => {
    const d = withRangeText(withRole(draftOf(recognised), 0, 1, 6, 'score'), 0, 1, 'A15:I20');
    const m = confirmedMapping(d);
    const back = readMappingSheet(buildSheetFromLayout(mappingSheetLayout(m)));
    expect(back.badRows).toEqual([]);
    expect(back.mapping.tables.map((t) => t.blocks.map((b) => [b.kind, b.range, b.rangeSource, b.columns.map((c) => `${c.address}:${c.role}:${c.source}`)]))).toEqual(
      m.tables.map((t) => t.blocks.map((b) => [b.kind, b.range, b.rangeSource, b.columns.map((c) => `${c.address.replace(/\d+$/u, String(b.headerBottom + 1))}:${c.role}:${c.source}`)])),
    );
  });
});
