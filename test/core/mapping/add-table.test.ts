import type { CellRange, CellValue } from '../../../src/core/grid/types';
import { sheetFromValues } from '../../../src/core/grid/types';
import { rangeFromA1 } from '../../../src/core/grid/a1';
import { tableFromRange } from '../../../src/core/mapping/add-table';
import type { BlockKind, MappedRole } from '../../../src/core/mapping/types';

/** A sheet whose header row is at `headerRow` (0-based), starting at column `left`, with one data row below. */
function sheetWith(headerRow: number, left: number, headers: readonly (string | null)[], merges: string[] = []) {
  const rows: CellValue[][] = Array.from({ length: headerRow + 3 }, () => Array.from({ length: left + headers.length + 1 }, () => null as CellValue));
  headers.forEach((h, i) => (rows[headerRow][left + i] = h));
  rows[headerRow + 1][left] = '数据';
  return { rows, merges: merges.map(rangeFromA1) };
}

interface Case {
  readonly name: string;
  readonly kind: BlockKind;
  readonly rows: CellValue[][];
  readonly merges: CellRange[];
  readonly range: string;
  /** address, header, role, confidence — derived by hand from recognition/families.ts. */
  readonly columns: ReadonlyArray<readonly [string, string, MappedRole, number]>;
  readonly confidence: number;
}

const national = sheetWith(2, 1, ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
const unknown = sheetWith(0, 0, ['考核大类', '考核小项', '目标数', '完成数', '满分值', '实得分', '说明备注']);
// Row 1 (0-based): A2:B2 merged (二级指标), D2:E2 merged (三级 指标, with a space), F1:F2 merged (分值, anchored above the range).
const merged = (() => {
  const g = sheetWith(1, 0, ['一级指标', '二级指标', null, '三级 指标', null, null, '得分'], ['A2:B2', 'D2:E2', 'F1:F2']);
  g.rows[1][1] = null;
  g.rows[1][0] = '二级指标';
  g.rows[0][5] = '分值';
  return g;
})();
const funds = sheetWith(0, 0, [null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
const fundsDup = sheetWith(0, 0, ['序号', '来源说明', '年初预算', '年初预算数', '全年执行数']);
const targets = sheetWith(0, 0, ['三级指标', '年初指标值', '调整指标值', '实际完成值']);
const blank = sheetWith(0, 0, [null, null, null]);

const CASES: readonly Case[] = [
  {
    name: 'national-shape indicator header at B3: every label of a family (1), table 1',
    kind: 'indicators', ...national, range: 'B3:I4',
    columns: [
      ['B3', '一级指标', 'level1', 1], ['C3', '二级指标', 'level2', 1], ['D3', '三级指标', 'name', 1], ['E3', '年度指标值', 'target', 1],
      ['F3', '实际完成值', 'actual', 1], ['G3', '分值', 'weight', 1], ['H3', '得分', 'score', 1], ['I3', '偏差原因分析及改进措施', 'reason', 1],
    ],
    confidence: 1,
  },
  {
    name: 'unknown words: key-word guesses (0.6) where a suffix fits, else ignore (0); table (3 × 0.6) / 7 = 0.26',
    kind: 'indicators', ...unknown, range: 'A1:G2',
    columns: [
      ['A1', '考核大类', 'ignore', 0], ['B1', '考核小项', 'ignore', 0], ['C1', '目标数', 'ignore', 0], ['D1', '完成数', 'actual', 0.6],
      ['E1', '满分值', 'weight', 0.6], ['F1', '实得分', 'score', 0.6], ['G1', '说明备注', 'ignore', 0],
    ],
    confidence: 0.26,
  },
  {
    name: 'merged header cells: one column per merge at its first column in the range, the anchor\'s text, spaces removed',
    kind: 'indicators', ...merged, range: 'B2:G3',
    columns: [
      // B2 is covered by A2:B2 (anchor A2, left of the range): listed at B with 二级指标.
      ['B2', '二级指标', 'level2', 1], ['C2', '', 'ignore', 0], ['D2', '三级指标', 'name', 1], ['F2', '分值', 'weight', 1], ['G2', '得分', 'score', 1],
    ],
    confidence: 0.8,
  },
  {
    name: 'funds block: the blank first column becomes the label column (positional guess 0.6); (0.6 + 6) / 7 = 0.94',
    kind: 'funds', ...funds, range: 'A1:G2',
    columns: [
      ['A1', '', 'label', 0.6], ['B1', '年初预算数', 'initialBudget', 1], ['C1', '全年预算数', 'adjustedBudget', 1], ['D1', '全年执行数', 'executed', 1],
      ['E1', '分值', 'weight', 1], ['F1', '执行率', 'executionRate', 1], ['G1', '得分', 'score', 1],
    ],
    confidence: 0.94,
  },
  {
    name: 'funds: 序号 is serial (not the label), the first unknown header is the label, a duplicate role keeps the leftmost',
    kind: 'funds', ...fundsDup, range: 'A1:E2',
    columns: [['A1', '序号', 'serial', 1], ['B1', '来源说明', 'label', 0.6], ['C1', '年初预算', 'initialBudget', 1], ['D1', '年初预算数', 'ignore', 0], ['E1', '全年执行数', 'executed', 1]],
    confidence: 0.72,
  },
  {
    name: 'two targets: ROLE_PREFERENCE keeps 调整指标值, 年初指标值 is ignored',
    kind: 'indicators', ...targets, range: 'A1:D2',
    columns: [['A1', '三级指标', 'name', 1], ['B1', '年初指标值', 'ignore', 0], ['C1', '调整指标值', 'target', 1], ['D1', '实际完成值', 'actual', 1]],
    confidence: 0.75,
  },
  {
    name: 'a blank header row: every column ignore with a blank header (the pane refuses it)',
    kind: 'indicators', ...blank, range: 'A1:C2',
    columns: [['A1', '', 'ignore', 0], ['B1', '', 'ignore', 0], ['C1', '', 'ignore', 0]],
    confidence: 0,
  },
];

describe('tableFromRange: a table added by hand', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const sheet = sheetFromValues('表', c.rows, c.merges);
    const range = rangeFromA1(c.range);
    const t = tableFromRange(sheet, c.kind, range);
    expect(t.sheet).toBe('表');
    expect(t.range).toEqual(range);
    expect(t.confirmed).toBe(false);
    expect(t.confidence).toBe(c.confidence);
    expect(t.blocks).toHaveLength(1);
    const b = t.blocks[0];
    expect(b.kind).toBe(c.kind);
    expect(b.range).toEqual(range);
    expect([b.headerTop, b.headerBottom]).toEqual([range.top, range.top]);
    expect(b.rangeSource).toBe('user');
    expect(b.columns.map((x) => [x.address, x.header, x.role, x.confidence])).toEqual(c.columns);
    expect(b.columns.every((x) => x.source === 'auto')).toBe(true);
  });
});
