import { Dec } from '../../../src/core/money/decimal';
import { computeFunds, fundScoreOf } from '../../../src/core/rules/funds';
import { NATIONAL_PROFILE, type ScoringProfile } from '../../../src/core/rules/profile';
import { fundsTable, num, seedTable, share, templateRow } from '../helpers/funds-table-builder';

const str = (d: Dec | undefined) => (d === undefined ? undefined : d.toString());
const pct2 = (d: Dec | undefined) => (d === undefined ? undefined : d.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));

describe('computeFunds: 执行率 and 资金得分 (RULES §3)', () => {
  it('the seed: 1186.19 ÷ 1186.96 → 99.94%, score 9.99 (not the stated 9.94)', () => {
    const c = computeFunds(seedTable(), NATIONAL_PROFILE)!;
    expect(c.basis).toBe('adjustedBudget');
    expect(c.executionRate!.equals(new Dec('1186.19').dividedBy('1186.96'))).toBe(true);
    expect(pct2(c.executionRate)).toBe('99.94');
    expect(str(c.fundScore)).toBe('9.99');
    expect(str(c.weight)).toBe('10');
    // Hunan single figures are carried as amounts (万元).
    expect(c.rows.find((r) => r.role === 'generalBudget')!.single!.toString()).toBe('962.34');
    expect(c.rows.find((r) => r.role === 'governmentFunds')!.single).toBeUndefined();
  });

  type Case = [name: string, adjusted: string | number | null, executed: string | number | null, weight: number | null | string, rate: string | undefined, score: string | undefined];
  const cases: Case[] = [
    ['never round twice: 1389.3 ÷ 1397.90 = 99.3848…% → 99.38%, score 9.94', '1397.90', 1389.3, 10, '99.38', '9.94'],
    ['rate tie 0.123450 → 12.35% (half-up)', 100000, 12345, 10, '12.35', '1.23'],
    ['score tie: 10 × 0.99935 = 9.9935 → 9.99', 100000, 99935, 10, '99.94', '9.99'],
    ['score tie at the 2nd place: 10 × 0.99945 = 9.9945 → 9.99', 100000, 99945, 10, '99.95', '9.99'],
    ['20 × 0.12345 = 2.469 → 2.47', 100000, 12345, 20, '12.35', '2.47'],
    ['score tie x.xx5 rounds up: 10 × 0.9985 = 9.985 → 9.99 (not 9.98)', 10000, 9985, 10, '99.85', '9.99'],
    ['over-execution caps at 100%: score = 分值', 100, 120, 10, '120.00', '10.00'],
    ['exactly 100%', 100, 100, 10, '100.00', '10.00'],
    ['stated weight 20 (some localities)', 200, 150, 20, '75.00', '15.00'],
    ['blank weight → profile 10', 200, 150, null, '75.00', '7.50'],
    ['zero execution scores 0 (no floor)', 100, 0, 10, '0.00', '0.00'],
    ['zero budget: no rate, no score', 0, 0, 10, undefined, undefined],
    ['zero budget with spending: no rate, no score', 0, 5, 10, undefined, undefined],
    ['blank budget: no rate', null, 5, 10, undefined, undefined],
    ['blank execution: no rate', 100, null, 10, undefined, undefined],
    ['negative execution is not used: no negative score', 100, -5, 10, undefined, undefined],
    ['negative budget is not used', -100, 5, 10, undefined, undefined],
    ['unparseable execution', 100, '一百', 10, undefined, undefined],
    ['error value in the budget', '#DIV/0!', 50, 10, undefined, undefined],
    ['text amounts parse exactly', '1,186.96', '1186.19', 10, '99.94', '9.99'],
    ['unreadable weight: rate, but no score', 100, 50, '十', '50.00', undefined],
    ['negative weight: rate, but no score', 100, 50, -10, '50.00', undefined],
    ['3-decimal inputs keep their precision', '89.974', '89.965', 10, '99.99', '10.00'],
  ];
  it.each(cases)('%s', (_n, adjusted, executed, weight, rate, score) => {
    const t = fundsTable([templateRow(4, 'total', { initial: 100, adjusted, executed, weight, rate: null, score: null })]);
    const c = computeFunds(t, NATIONAL_PROFILE)!;
    expect(pct2(c.executionRate)).toBe(rate);
    expect(c.fundScore?.toFixed(2)).toBe(score);
  });

  it('3-decimal case computed by hand: 89.965 ÷ 89.974 = 0.99989997… → 99.99%, score 9.9989997 → 10.00', () => {
    const r = new Dec('89.965').dividedBy('89.974');
    expect(r.toFixed(6)).toBe('0.999900');
    expect(fundScoreOf(new Dec(10), r).toFixed(2)).toBe('10.00');
  });

  it('weight 分值 × rate: the score is always rounded from the exact rate', () => {
    // 0.99245: exact → 9.9245 → 9.92; via the rounded rate 99.25% → 9.925 → 9.93 (wrong).
    expect(fundScoreOf(new Dec(10), new Dec('0.99245')).toFixed(2)).toBe('9.92');
  });

  it('no funds block → undefined', () => {
    expect(computeFunds({ kind: 'project', sheet: 's', range: { top: 0, left: 0, bottom: 0, right: 0 }, layout: 'x' }, NATIONAL_PROFILE)).toBeUndefined();
  });
});

describe('budget basis', () => {
  const rows = () => [templateRow(4, 'total', { initial: 80, adjusted: 100, executed: 90, weight: 10 })];

  it.each([
    ['profile default 全年预算数', NATIONAL_PROFILE, undefined, 'adjustedBudget', '90.00', '9.00'],
    ['profile 年初预算数 → 90 ÷ 80, capped', { ...NATIONAL_PROFILE, budgetBasis: 'initialBudget' } as ScoringProfile, undefined, 'initialBudget', '112.50', '10.00'],
    ['lettered 年初预算数(A) overrides the profile', NATIONAL_PROFILE, 'initialBudget', 'initialBudget', '112.50', '10.00'],
    ['lettered 全年预算数(A) overrides a 年初 profile', { ...NATIONAL_PROFILE, budgetBasis: 'initialBudget' } as ScoringProfile, 'adjustedBudget', 'adjustedBudget', '90.00', '9.00'],
    ['实际到位资金 has no column: falls back to 全年预算数', { ...NATIONAL_PROFILE, budgetBasis: 'availableFunds' } as ScoringProfile, undefined, 'adjustedBudget', '90.00', '9.00'],
  ] as const)('%s', (_n, profile, lettered, basis, rate, score) => {
    const c = computeFunds(fundsTable(rows(), lettered ? { letteredBasis: lettered } : {}), profile)!;
    expect(c.basis).toBe(basis);
    expect(pct2(c.executionRate)).toBe(rate);
    expect(c.fundScore!.toFixed(2)).toBe(score);
  });
});

describe('元 amounts', () => {
  it('are converted to 万元 exactly; the rate is unit-free', () => {
    const t = fundsTable(
      [templateRow(4, 'total', { initial: 11869600, adjusted: 11869600, executed: 11861900, weight: 10 }), templateRow(9, 'basicSpending', { executed: 5861100 })],
      { unit: 'yuan', shares: [share('I9', null, 'basicSpending', 'total')] },
    );
    const c = computeFunds(t, NATIONAL_PROFILE)!;
    expect(c.rows[0].adjustedBudget!.toString()).toBe('1186.96');
    expect(c.rows[0].executed!.toString()).toBe('1186.19');
    expect(pct2(c.executionRate)).toBe('99.94');
    expect(c.fundScore!.toFixed(2)).toBe('9.99');
    expect(c.shares[0].partAmount.toString()).toBe('586.11');
    expect(c.shares[0].wholeAmount.toString()).toBe('1186.19');
    expect(pct2(c.shares[0].value)).toBe('49.41');
  });

  it('a cell stating 万元 in a 元 table is converted to 元 first', () => {
    const t = fundsTable([templateRow(4, 'total', { adjusted: 1000000, executed: num('E4', '50万元') })], { unit: 'yuan' });
    const c = computeFunds(t, NATIONAL_PROFILE)!;
    expect(c.rows[0].executed!.toString()).toBe('50');
    expect(pct2(c.executionRate)).toBe('50.00');
  });
});

describe('shares', () => {
  const t = (stated = null as null | number, wholeExecuted: number | null = 962.34) =>
    fundsTable(
      [
        templateRow(4, 'total', { adjusted: 1186.96, executed: 1186.19 }),
        templateRow(9, 'basicSpending', { executed: wholeExecuted }),
        templateRow(10, 'personnelCosts', { executed: 494.43 }),
      ],
      { shares: [share('I10', stated, 'personnelCosts', 'basicSpending'), share('I9', null, 'basicSpending', 'total')] },
    );

  it('part ÷ whole on the basis (seed narrative: 494.43 ÷ 586.11 would be 84.36%; here ÷ 962.34 = 51.38%)', () => {
    const c = computeFunds(t(), NATIONAL_PROFILE)!;
    expect(c.shares).toHaveLength(2);
    expect(pct2(c.shares[0].value)).toBe('51.38');
    expect(pct2(c.shares[1].value)).toBe('81.13');
  });

  it('a zero whole: amounts kept, no value', () => {
    const c = computeFunds(t(null, 0), NATIONAL_PROFILE)!;
    expect(c.shares[0].value).toBeUndefined();
    expect(c.shares[0].wholeAmount.isZero()).toBe(true);
  });

  it('a blank whole: not computed', () => {
    const c = computeFunds(t(null, null), NATIONAL_PROFILE)!;
    expect(c.shares).toHaveLength(0);
  });

  it('Hunan single figures: 基本支出 ÷ the breakdown’s own sum (RULES §3 one basis): 586.11 ÷ (586.11 + 376.23) = 60.90%', () => {
    // 586.11 ÷ 962.34 = 0.609046… → 60.90% (not 586.11 ÷ 1186.19 = 49.41%: that sum is another 口径, F01's).
    const seed = seedTable();
    const withShare = { ...seed, funds: { ...seed.funds!, shares: [share('D6', null, 'basicSpending', 'total', 'single')] } };
    const c = computeFunds(withShare, NATIONAL_PROFILE)!;
    expect(pct2(c.shares[0].value)).toBe('60.90');
    expect(c.shares[0].wholeAmount.toString()).toBe('962.34');
    expect(c.shares[0].wholeParts).toEqual(['basicSpending', 'projectSpending']);
  });
});
