import { recogniseWorkbook } from '../../../src/core/recognition';
import { buildSheet, NO_OFFSET, type Offset } from './helpers';
import { HUNAN_LEVEL_MERGES, HUNAN_MERGES, HUNAN_SHEET, hunanEntries, hunanExpected } from './hunan.fixture';

const WITHOUT_LEVEL_MERGES = HUNAN_MERGES.filter((m) => !HUNAN_LEVEL_MERGES.includes(m));

describe('Hunan 部门整体 layout pasted from Word (the seed)', () => {
  const cases: ReadonlyArray<{ name: string; offset: Offset; merges: readonly string[]; mergesUnknown?: boolean; fundsRight?: string }> = [
    { name: 'as pasted, with its merges', offset: NO_OFFSET, merges: HUNAN_MERGES },
    { name: 'offset 3 rows down and 2 columns right', offset: { dr: 3, dc: 2 }, merges: HUNAN_MERGES },
    { name: '一级/二级 merges lost → filled down from above', offset: NO_OFFSET, merges: WITHOUT_LEVEL_MERGES },
    { name: 'host cannot tell merges (mergesUnknown)', offset: { dr: 1, dc: 1 }, merges: HUNAN_MERGES, mergesUnknown: true, fundsRight: 'H' },
  ];
  it.each(cases)('$name', ({ offset, merges, mergesUnknown, fundsRight }) => {
    const sheet = buildSheet(HUNAN_SHEET, hunanEntries(), merges, offset, { mergesUnknown });
    const result = recogniseWorkbook({ sheets: [sheet] });
    expect(result.notes).toEqual([]);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]).toEqual(hunanExpected(offset, { fundsRight }));
  });

  it('full-width digits and thousands separators in labels and cells are parsed exactly', () => {
    const e = hunanEntries();
    e.D4 = '1,186.96';
    e.B9 = '其他资金：２２４．６２';
    const result = recogniseWorkbook({ sheets: [buildSheet(HUNAN_SHEET, e, HUNAN_MERGES)] });
    const funds = result.tables[0].funds!;
    expect(funds.rows[0].adjustedBudget?.parsed).toMatchObject({ kind: 'number', decimals: 2, fromText: true });
    expect(String((funds.rows[0].adjustedBudget?.parsed as { value: unknown }).value)).toBe('1186.96');
    const other = funds.rows.find((r) => r.role === 'otherFunds')!;
    expect(String((other.single?.parsed as { value: unknown }).value)).toBe('224.62');
  });
});
