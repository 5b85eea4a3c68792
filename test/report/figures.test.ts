import { Dec } from '../../src/core/money/decimal';
import { formatPercent } from '../../src/core/money/format';
import type { SpendingDetail } from '../../src/core/model';
import type { TableComputation } from '../../src/core/rules/computed';
import { detailAmount, projectCount, shareOf, spendingShareBase, statedWan } from '../../src/report/figures';
import { num, seedAnalysis, text } from './analysis-builder';

const seedComputation = (): TableComputation => seedAnalysis().computations[0];

describe('shareOf: part ÷ the named whole, exact, shown with 2 decimals', () => {
  // Expected percentages worked out by hand (long division, half-up at 2 decimals).
  it.each([
    ['586.11', '962.34', '60.90%'], // the seed's 基本支出 of 一般公共预算
    ['586.11', '1186.19', '49.41%'], // … of the total 全年执行数
    ['494.43', '586.11', '84.36%'],
    ['91.68', '586.11', '15.64%'],
    ['376.23', '962.34', '39.10%'],
    ['1', '8', '12.50%'],
    ['0.00125', '1', '0.13%'], // tie x.xx5 → up
    ['0.00124999', '1', '0.12%'],
    ['0', '5', '0.00%'],
    ['-1', '4', '-25.00%'],
  ])('%s of %s = %s', (part, whole, shown) => {
    const s = shareOf(undefined, 'basicSpending', new Dec(part), 'generalBudget', new Dec(whole));
    expect(s.whole).toBe('generalBudget');
    expect(formatPercent(s.value!)).toBe(shown);
  });

  it('a zero whole gives no share (never NaN or Infinity)', () => {
    expect(shareOf(undefined, 'basicSpending', new Dec(5), 'total', new Dec(0)).value).toBeUndefined();
  });

  it("uses the engine's own ShareComputation when it has the same part and whole", () => {
    const c = seedComputation();
    const engine = { ...c, funds: { ...c.funds!, shares: [{ part: 'basicSpending' as const, whole: 'total' as const, partAmount: new Dec('586.11'), wholeAmount: new Dec('1186.19'), value: new Dec('0.4941') }] } };
    expect(shareOf(engine, 'basicSpending', new Dec('586.11'), 'total', new Dec('1186.19')).value!.toString()).toBe('0.4941');
  });
});

describe('spendingShareBase names the denominator of the 基本/项目支出 shares', () => {
  it('is 一般公共预算 when 基本 + 项目 equals it exactly (seed: 586.11 + 376.23 = 962.34)', () => {
    const b = spendingShareBase(seedComputation())!;
    expect(b.role).toBe('generalBudget');
    expect(b.amount.toFixed(2)).toBe('962.34');
  });
  it('is the total 全年执行数 otherwise', () => {
    const c = seedComputation();
    const rows = c.funds!.rows.map((r) => (r.role === 'projectSpending' ? { ...r, single: new Dec('600') } : r));
    const b = spendingShareBase({ ...c, funds: { ...c.funds!, rows } })!;
    expect(b.role).toBe('total');
    expect(b.amount.toFixed(2)).toBe('1186.19');
  });
});

describe('收支明细 figures', () => {
  const detail = (over: Partial<SpendingDetail>): SpendingDetail => ({ sheet: '收支明细', unit: 'wan', projects: [], ...over });
  const project = (name: string, initial: string | null) => ({ name: text(name), initialBudget: num(initial) });
  it.each([
    ['合计 row wins', detail({ totals: { initialBudget: num(103.59) }, projects: [project('a', '1')] }), '103.59'],
    ['sum of projects', detail({ projects: [project('a', '1.005'), project('b', '2.005')] }), '3.01'],
    ['元 summed before converting', detail({ unit: 'yuan', projects: [project('a', '5000'), project('b', '5000')] }), '1'],
    ['blank project → unknown', detail({ projects: [project('a', '1'), project('b', null)] }), undefined],
    ['no rows → unknown', detail({}), undefined],
  ])('%s', (_, d, expected) => {
    const v = detailAmount(d, 'initialBudget');
    expect(v === undefined ? undefined : v.toString()).toBe(expected);
  });
  it('专项个数: stated count, else the number of rows', () => {
    expect(projectCount(detail({ projectCount: num(11) }))!.toString()).toBe('11');
    expect(projectCount(detail({ projects: [project('a', '1'), project('b', '2')] }))!.toString()).toBe('2');
    expect(projectCount(detail({}))).toBeUndefined();
  });
  it('statedWan converts 元 and ignores unparseable text', () => {
    expect(statedWan(num(12345), 'yuan')!.toString()).toBe('1.2345');
    expect(statedWan(num('一百'), 'wan')).toBeUndefined();
  });
});
