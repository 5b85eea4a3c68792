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

  describe('基本支出 / 项目支出: the breakdown’s own sum is the base (RULES §3 one basis, issue 12)', () => {
    // 586.11 + 376.23 = 962.34 ≠ 全年执行数 1186.19. 586.11 ÷ 962.34 = 0.609046… → 60.90%;
    // on the total row instead: 586.11 ÷ 1186.19 = 0.494111… → 49.41%.
    const seedLike = (stated: string) =>
      fundsTable(
        [templateRow(4, 'total', { adjusted: 1186.96, executed: 1186.19, weight: 10, rate: 0.9994, score: 9.99, initial: 649.24 }), templateRow(9, 'basicSpending', { executed: 586.11 }), templateRow(12, 'projectSpending', { executed: 376.23 })],
        { shares: [share('I9', stated, 'basicSpending', 'total')] },
      );
    it('60.90% (of 962.34) is right: no F05', () => {
      expect(only(runFunds(seedLike('60.90%')), 'F05')).toEqual([]);
    });
    it('49.41% (of the total 1186.19) is the other 口径: a warning naming both bases, never an error', () => {
      const [f] = only(runFunds(seedLike('49.41%')), 'F05');
      expect(f).toMatchObject({ cell: 'I9', severity: 'warning', expected: '60.90%', actual: '49.41%' });
      expect(f.message).toBe('占比按基本支出与项目支出合计 962.34 计算应为 60.90%；表中 49.41% 是按年度资金总额 1186.19 计算的，两者口径不同，请统一按分项合计计算占比');
    });
    it('a share matching neither basis is an error naming the breakdown sum', () => {
      const [f] = only(runFunds(seedLike('55.00%')), 'F05');
      expect(f.severity).toBe('error');
      expect(f.message).toBe('占比应为 基本支出 ÷ 基本支出与项目支出合计（全年执行数）= 586.11 ÷ 962.34 = 60.90%，表中为 55.00%');
    });
  });
});
