import { fundsTable, num, share, templateRow } from '../../helpers/funds-table-builder';
import { NATIONAL_PROFILE } from '../../../../src/core/rules/profile';
import { brief, only, runFunds } from './run';

describe('F04 OVER_EXECUTION', () => {
  it.each([
    ['执行数 > 全年预算数: warning on the 执行数 cell', 100, 100.01, ['F04:warning@E4']],
    ['equal: nothing', 100, 100, []],
    ['below: nothing', 100, 99, []],
    ['zero budget with spending: F04 (and no rate)', 0, 5, ['F04:warning@E4']],
  ] as const)('%s', (_n, adjusted, executed, expected) => {
    const t = fundsTable([templateRow(4, 'total', { initial: adjusted, adjusted, executed })]);
    expect(brief(runFunds(t))).toEqual(expected);
  });

  it('message and display strings', () => {
    const [f] = runFunds(fundsTable([templateRow(4, 'total', { initial: 100, adjusted: 100, executed: 112.5 })]));
    expect(f.message).toBe('全年执行数 112.50 大于全年预算数 100.00，超出 12.50');
    expect(f).toMatchObject({ expected: '≤100.00', actual: '112.50' });
  });

  it('with a 年初预算数 basis, executing above 年初 but within 全年预算数 is not over-execution', () => {
    const t = fundsTable([templateRow(4, 'total', { initial: 80, adjusted: 100, executed: 90, reason: '年中追加预算' })], { letteredBasis: 'initialBudget' });
    expect(only(runFunds(t), 'F04')).toEqual([]);
  });

  it('a breakdown row with its own columns is checked; the message names it', () => {
    const t = fundsTable([templateRow(4, 'total', { adjusted: 100, executed: 95 }), templateRow(12, 'projectSpending', { adjusted: 30, executed: 31 })]);
    const [f] = only(runFunds(t), 'F04');
    expect(f.cell).toBe('E12');
    expect(f.message).toContain('项目支出全年执行数 31.00 大于全年预算数 30.00');
  });
});

describe('F05 SHARE_MISMATCH', () => {
  const table = (stated: Parameters<typeof share>[1], numFmt = '0.00%', wholeExecuted: number = 962.34) =>
    fundsTable(
      [templateRow(4, 'total', { adjusted: 1186.96, executed: 1186.19, weight: 10, rate: 0.9994, score: 9.99, initial: 1186.96 }), templateRow(9, 'basicSpending', { executed: wholeExecuted }), templateRow(10, 'personnelCosts', { executed: 494.43 }), templateRow(11, 'operatingCosts', { executed: wholeExecuted - 494.43 })],
      { shares: [share('I10', stated, 'personnelCosts', 'basicSpending', 'executed', numFmt)] },
    );

  it.each([
    ['right (51.38%)', '51.38%', false],
    ['numeric in a 0.00% cell', 0.5138, false],
    ['numeric within 0.000001 (0.5137793 vs 0.51377932…)', 0.5137793, false],
    ['numeric 0.513783 shows 51.38% but is stated as stored: off by 4e-6 → error', 0.513783, true],
    ['at 1 decimal (51.4%)', '51.4%', false],
    ['wrong denominator (seed narrative 84.36% of 586.11)', '84.36%', true],
    ['truncated 51.37%', '51.37%', true],
    ['blank: nothing (recompute fills it)', null, false],
  ] as const)('%s', (_n, stated, fires) => {
    expect(only(runFunds(table(stated)), 'F05')).toHaveLength(fires ? 1 : 0);
  });

  it('names the denominator', () => {
    const [f] = only(runFunds(table('84.36%')), 'F05');
    expect(f.message).toBe('占比应为 人员经费 ÷ 基本支出（全年执行数）= 494.43 ÷ 962.34 = 51.38%，表中为 84.36%');
    expect(f).toMatchObject({ cell: 'I10', expected: '51.38%', actual: '84.36%', severity: 'error' });
  });

  it('a zero whole: I01 (not applicable) when a share is shown, never F05', () => {
    const t = fundsTable([templateRow(4, 'total', { adjusted: 0, executed: 0 }), templateRow(12, 'projectSpending', { executed: 0 })], { shares: [share('I12', '0.00%', 'projectSpending', 'total')] });
    expect(brief(runFunds(t))).toEqual(['I01:info@I12']);
  });

  it('tie: 1 ÷ 8 = 12.5% shown at 0 decimals is 13%', () => {
    const t = fundsTable([templateRow(4, 'total', { adjusted: 8, executed: 8, initial: 8 }), templateRow(12, 'projectSpending', { executed: 1 })], { shares: [share('I12', '13%', 'projectSpending', 'total')] });
    expect(only(runFunds(t, NATIONAL_PROFILE), 'F05')).toEqual([]);
    const t2 = fundsTable([templateRow(4, 'total', { adjusted: 8, executed: 8, initial: 8 }), templateRow(12, 'projectSpending', { executed: 1 })], { shares: [{ stated: num('I12', '12%'), part: 'projectSpending', whole: 'total', basis: 'executed' }] });
    expect(only(runFunds(t2), 'F05')).toHaveLength(1);
  });
});
