/**
 * Issue 11 class 1: not-applicable marks in the funds block's sub-rows are never P01 and add
 * nothing to a sum; P01 stays where a number is required. Expectations worked out by hand:
 * the base table (grids.ts) is consistent, so any finding below is caused by the variation.
 */
import { NATIONAL_PROFILE } from '../../../../src/core/rules/profile';
import { alarms, brief, findingsOf, nationalIndicatorRow, nationalSheet, NATIONAL_FUNDS, NATIONAL_INDICATORS, PERCENT, sichuanSheet, SICHUAN_FUNDS, type FundsLine } from './grids';

const MARKS = ['—', '——', '－', '--', '-', '–', '/', '\\', '无', '不适用', 'N/A', '暂无', '不涉及', '*'];

describe('class 1: not-applicable marks in the funds sub-rows', () => {
  it('the consistent national base table has no finding at all', () => {
    expect(brief(findingsOf(nationalSheet()))).toEqual([]);
  });

  it.each(MARKS)('a whole sub-row of %p (national 上年结转资金 / 其他资金): no finding', (mark) => {
    const funds: FundsLine[] = [
      NATIONAL_FUNDS[0],
      NATIONAL_FUNDS[1],
      ['上年结转资金', mark, mark, mark, mark, mark, mark],
      ['其他资金', mark, mark, mark, mark, null, mark],
    ];
    expect(brief(findingsOf(nationalSheet({ funds })))).toEqual([]);
  });

  it.each(MARKS)('Sichuan: %p in 权重/得分 of 其中：财政资金 and across 财政专户管理资金 / 单位资金 / 其他资金: no error or warning', (mark) => {
    const funds: FundsLine[] = [
      SICHUAN_FUNDS[0],
      ['其中：财政资金', 100, 120, 96, mark, PERCENT(0.8), mark],
      ['财政专户管理资金', mark, mark, mark, mark, mark, mark],
      ['单位资金', mark, mark, mark, mark, mark, mark],
      ['其他资金', null, null, null, mark, null, mark],
    ];
    expect(alarms(findingsOf(sichuanSheet({ funds })))).toEqual([]);
  });

  it('marked sub-rows add nothing to the sum: 100 + — + — = 100 matches the total (no F01)', () => {
    const funds: FundsLine[] = [
      NATIONAL_FUNDS[0],
      ['其中：当年财政拨款', 100, 100, 95, '—', null, '—'],
      ['上年结转资金', '/', '/', '/', '/', null, '/'],
      ['其他资金', '无', '无', '无', '无', null, '无'],
    ];
    expect(brief(findingsOf(nationalSheet({ funds })))).toEqual([]);
  });

  it('a real sum error is still found around marked rows: 90 + — ≠ 100 → F01 error on the total', () => {
    const funds: FundsLine[] = [
      NATIONAL_FUNDS[0],
      ['其中：当年财政拨款', 100, 100, 90, '—', null, '—'],
      NATIONAL_FUNDS[2],
      NATIONAL_FUNDS[3],
    ];
    // 全年执行数: parts 90 (+ marks) ≠ total 95 → F01 error at E6; the sub-row rate is left blank.
    expect(alarms(findingsOf(nationalSheet({ funds })))).toEqual(['F01:error@E6']);
  });

  describe('P01 stays where a number is required', () => {
    it.each(['—', '/', '无'])('the 年度资金总额 row 分值 %p → P01', (mark) => {
      const funds: FundsLine[] = [['年度资金总额', 100, 100, 95, mark, PERCENT(0.95), 9.5], ...NATIONAL_FUNDS.slice(1)];
      expect(alarms(findingsOf(nationalSheet({ funds })))).toContain('P01:error@F6');
    });

    it.each(['—', '/', '无'])('the 年度资金总额 row 得分 %p → P01', (mark) => {
      const funds: FundsLine[] = [['年度资金总额', 100, 100, 95, 10, PERCENT(0.95), mark], ...NATIONAL_FUNDS.slice(1)];
      expect(alarms(findingsOf(nationalSheet({ funds })))).toContain('P01:error@H6');
    });

    it('an amount marked — in a sub-row that has figures elsewhere → P01 on that cell only', () => {
      const funds: FundsLine[] = [NATIONAL_FUNDS[0], ['其中：当年财政拨款', '—', 100, 95, '—', null, '—'], NATIONAL_FUNDS[2], NATIONAL_FUNDS[3]];
      expect(alarms(findingsOf(nationalSheet({ funds })))).toEqual(['P01:error@C7']);
    });

    it('an indicator 分值 marked — → P01 (an indicator\'s 分值 must hold a number)', () => {
      const inds = NATIONAL_INDICATORS.map((l, i) => (i === 0 ? ([l[0], l[1], l[2], l[3], l[4], '—', 20] as const) : l));
      const row = nationalIndicatorRow(0);
      expect(alarms(findingsOf(nationalSheet({ indicators: inds })))).toContain(`P01:error@G${row}`);
    });
  });

  it.each([false, true])('an indicator row marked 不适用 in every cell is left out (normalizeTo100 %p): 10 + 90 = 100, 总分 99.50 — no finding', (normalizeTo100) => {
    const inds = [...NATIONAL_INDICATORS, ['效益指标', '生态效益指标', '水土保持', '不适用', '不适用', '不适用', '不适用'] as const];
    const profile = { ...NATIONAL_PROFILE, normalizeTo100 };
    expect(alarms(findingsOf(nationalSheet({ indicators: inds }), profile))).toEqual([]);
  });

  it('按百分制折算: a 不适用 row with 分值 10 is left out; (9.50 + 80) × 100 ÷ (10 + 80) = 99.444… → 99.44 — no finding', () => {
    const inds = [
      ...NATIONAL_INDICATORS.map((l, i) => (i === 3 ? ([l[0], l[1], l[2], l[3], l[4], 20, 20] as const) : l)),
      ['效益指标', '生态效益指标', '水土保持', '不适用', '不适用', 10, '不适用'] as const,
    ];
    const f = findingsOf(nationalSheet({ indicators: inds, total: [100, 99.44] }), { ...NATIONAL_PROFILE, normalizeTo100: true });
    expect(alarms(f)).toEqual([]);
  });
});
