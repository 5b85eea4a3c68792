/**
 * Label tails on indicator rows: a 一级 label broken over two rows where the cells were not merged
 * (`产出指标` / `(50分)` — a Word or PDF paste of a merged, line-broken 一级 cell), with the second
 * row also holding an indicator. The tail is part of the label above: the row stays in that 一级
 * (no S11 “一级指标“”…”, no S02 splitting 产出 into 20 + 30), and a bracketed weight in the tail is
 * the 一级's label weight (S01 checks it against the rows, as for `产出指标(50分)` in one cell).
 *
 * The same holds for a 二级 label broken that way within one 一级 (`社会效益` / `指标`).
 *
 * Base table (grids.ts, worked by hand): funds 10; 产出 20 + 20 + 10 = 50, 效益 30, 满意度 10 →
 * 10 + 90 = 100; 总分 9.50 + 90 = 99.50 as stated. Every case below keeps those figures.
 */
import { alarms, findingsOf, nationalIndicatorRow, nationalSheet, NATIONAL_INDICATORS, type IndicatorLine } from './grids';

/** The base indicators with the 一级 cells of the 产出 rows replaced (rows 0–2 are 产出). */
function withOutputLevel1(first: string, second: string | null, third: string | null = null): IndicatorLine[] {
  const rows = NATIONAL_INDICATORS.map((l) => [...l] as unknown as IndicatorLine);
  rows[0] = [first, ...NATIONAL_INDICATORS[0].slice(1)] as unknown as IndicatorLine;
  rows[1] = [second, ...NATIONAL_INDICATORS[1].slice(1)] as unknown as IndicatorLine;
  rows[2] = [third, ...NATIONAL_INDICATORS[2].slice(1)] as unknown as IndicatorLine;
  return rows;
}

describe('a 一级 label tail on a row that holds an indicator belongs to the 一级 above', () => {
  const consistent: ReadonlyArray<readonly [string, string, string | null]> = [
    ['产出指标 / (50分)', '(50分)', null],
    ['产出指标 / （50分） (full-width brackets)', '（50分）', null],
    ['产出指标 / (50) (no 分)', '(50)', null],
    ['产出指标 / (50分) / 产出指标 spelled again below', '(50分)', '产出指标'],
  ];
  it.each(consistent)('%s: no error or warning (产出 50 = label 50 = profile 50)', (_name, tail, third) => {
    expect(alarms(findingsOf(nationalSheet({ indicators: withOutputLevel1('产出指标', tail, third) })))).toEqual([]);
  });

  it('the tail weight is checked like a label weight: (40分) over rows 20 + 20 + 10 = 50 → S01 on the tail cell only', () => {
    const f = findingsOf(nationalSheet({ indicators: withOutputLevel1('产出指标', '(40分)') }));
    const tailCell = `B${nationalIndicatorRow(1)}`;
    expect(alarms(f)).toEqual([`S01:error@${tailCell}`]);
    const s01 = f.find((x) => x.rule === 'S01')!;
    expect(s01.expected).toBe('50');
    expect(s01.actual).toBe('40');
  });

  it('a label that states its own weight keeps it: 产出指标(50分) / (50分) gives no second weight and no finding', () => {
    expect(alarms(findingsOf(nationalSheet({ indicators: withOutputLevel1('产出指标(50分)', '(50分)') })))).toEqual([]);
  });

  it('a real 一级 below is still a 一级: 产出指标 / 效益指标 on the second row splits the group (S02, S11 as before)', () => {
    // 产出 = 20 only, 效益 = 20 + 10 + 30 = 60: the second 产出 row really is labelled 效益 (and 质量/时效 are not 效益's).
    const f = alarms(findingsOf(nationalSheet({ indicators: withOutputLevel1('产出指标', '效益指标') })));
    expect(f).toEqual(expect.arrayContaining([`S02:warning@B${nationalIndicatorRow(0)}`, `S11:warning@C${nationalIndicatorRow(1)}`]));
  });
});

describe('a 二级 label tail (社会效益 / 指标) on a row that holds an indicator belongs to the 二级 above', () => {
  // 效益 30 split into two rows of 15: 92% and 95% both meet ≥90% → full marks; Σ 得分 still 90, 总分 99.50.
  const split = (tail: string): IndicatorLine[] => [
    ...NATIONAL_INDICATORS.slice(0, 3),
    ['效益指标', '社会效益', '政策知晓率', '≥90%', '92%', 15, 15],
    ['效益指标', tail, '群众获得感', '≥90%', '95%', 15, 15],
    NATIONAL_INDICATORS[4],
  ];
  it.each(['指标', '标'])('tail %p: no error or warning (no S11 “二级指标“指标”不属于…”)', (tail) => {
    expect(alarms(findingsOf(nationalSheet({ indicators: split(tail) })))).toEqual([]);
  });

  it('a real 二级 below is still checked: 社会效益 / 质量指标 under 效益指标 → S11 on that cell', () => {
    expect(alarms(findingsOf(nationalSheet({ indicators: split('质量指标') })))).toEqual([`S11:warning@C${nationalIndicatorRow(4)}`]);
  });
});

describe('a 一级 cell holding only a weight with no label above names no 一级', () => {
  it('(50分) on the first 产出 row: S11 warning saying the name is missing, never quoting an empty name', () => {
    const f = findingsOf(nationalSheet({ indicators: withOutputLevel1('(50分)', null) }));
    const s11 = f.filter((x) => x.rule === 'S11');
    expect(s11.map((x) => `${x.severity}@${x.cell}`)).toEqual([`warning@B${nationalIndicatorRow(0)}`]);
    expect(s11[0].message).toContain('只写了“(50分)”');
    expect(s11[0].message).not.toContain('“”');
  });
});
