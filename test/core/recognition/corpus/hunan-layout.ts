/**
 * The Hunan 部门整体 layout (the seed: 岳阳市信访局 2024, pasted from Word — hunan.fixture.ts) as a
 * corpus case: as published, and as a variant with the funds and indicator columns permuted and
 * the header labels reworded within their families. The merged 一级/二级 cells, the 按收入性质/
 * 按支出性质 lines and the vertical block labels stay as published; the 总分 label, merged over the
 * columns left of 分值, shrinks to the fixed columns when the columns move.
 */
import { columnLetters, fromA1 } from '../../../../src/core/grid/a1';
import type { CellValue } from '../../../../src/core/grid/types';
import { buildSheet } from '../helpers';
import { HUNAN_MERGES, HUNAN_SHEET, hunanEntries } from '../hunan.fixture';
import type { ExpectedTable, Variant } from './builder';

/** Funds header row 3 (data row 4): C..H; H is merged H:I. */
const FUNDS: ReadonlyArray<readonly [string, string, string]> = [
  ['C', 'initialBudget', '年初预算'],
  ['D', 'adjustedBudget', '调整后预算数'],
  ['E', 'executed', '预算执行数'],
  ['F', 'weight', '权重'],
  ['G', 'executionRate', '预算执行率'],
  ['H', 'score', '自评得分'],
];
/** Indicator header row 12 (rows 13–23): B..D fixed (一级, 二级, 三级), E..I permuted. */
const INDICATORS_FIXED: ReadonlyArray<readonly [string, string, string]> = [
  ['B', 'level1', '一级'],
  ['C', 'level2', '二级'],
  ['D', 'name', '指标名称'],
];
const INDICATORS: ReadonlyArray<readonly [string, string, string]> = [
  ['E', 'target', '年度目标值'],
  ['F', 'actual', '全年实际值'],
  ['G', 'weight', '权重'],
  ['H', 'score', '评分'],
  ['I', 'reason', '偏差原因及改进措施'],
];

/** Source column → column in the variant: the permuted columns in reverse order. */
function placement(cols: ReadonlyArray<readonly [string, string, string]>, v: Variant): Map<string, string> {
  const letters = cols.map(([c]) => c);
  const target = v.permute ? [...letters].reverse() : letters;
  return new Map(letters.map((c, i) => [c, target[i]]));
}

export function hunanCase(v: Variant): { readonly sheets: ReturnType<typeof buildSheet>[]; readonly expected: readonly ExpectedTable[] } {
  const fundsAt = placement(FUNDS, v);
  const indAt = placement(INDICATORS, v);
  const alt = new Map<string, string>();
  for (const [c, , a] of FUNDS) alt.set(`${c}3`, a);
  for (const [c, , a] of [...INDICATORS_FIXED, ...INDICATORS]) alt.set(`${c}12`, a);

  const entries: Record<string, CellValue> = {};
  for (const [a1, value] of Object.entries(hunanEntries())) {
    const { row, col } = fromA1(a1);
    const letter = columnLetters(col);
    const r = row + 1;
    const moved = (r === 3 || r === 4 ? fundsAt.get(letter) : r >= 12 && r <= 23 ? indAt.get(letter) : undefined) ?? letter;
    entries[`${moved}${r}`] = v.reword && alt.has(a1) ? alt.get(a1)! : value;
  }
  // 总分 is merged over B..F (left of 分值); with the columns moved it covers the fixed columns only.
  const merges = HUNAN_MERGES.map((m) => (v.permute && m === 'B23:F23' ? 'B23:D23' : m));

  const roles = (cols: ReadonlyArray<readonly [string, string, string]>, at: ReadonlyMap<string, string>) =>
    Object.fromEntries(cols.map(([c, role]) => [role, at.get(c) ?? c]));
  const expected: ExpectedTable = {
    sheet: HUNAN_SHEET,
    range: 'A1:I23',
    // Rows: 年度资金总额 and the six 按收入/支出性质 lines (一般公共预算, 基本支出, 政府性基金, 项目支出, 专户, 其他).
    funds: { range: 'A3:I9', roles: { label: 'B', ...roles(FUNDS, fundsAt) }, rows: 7 },
    indicators: { range: 'A12:I23', roles: { ...roles(INDICATORS_FIXED, new Map()), ...roles(INDICATORS, indAt) }, rows: 10 },
  };
  return { sheets: [buildSheet(HUNAN_SHEET, entries, merges)], expected: [expected] };
}

