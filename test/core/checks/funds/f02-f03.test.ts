import { fundsTable, num, templateRow, type Given } from '../../helpers/funds-table-builder';
import { NATIONAL_PROFILE, type ScoringProfile } from '../../../../src/core/rules/profile';
import { brief, only, runFunds } from './run';

const total = (adjusted: Given, executed: Given, rate: Given, score: Given = null, weight: Given = 10) =>
  fundsTable([templateRow(4, 'total', { initial: adjusted, adjusted, executed, weight, rate, score })]);

describe('F02 RATE_MISMATCH: stated rate vs the exact rate rounded to the decimals shown', () => {
  type Case = [name: string, adjusted: Given, executed: Given, rate: Given, fires: boolean, expected?: string];
  const cases: Case[] = [
    ['seed text 99.94% matches 99.9351…%', 1186.96, 1186.19, '99.94%', false],
    ['numeric 0.9994 in a 0.00% cell', 1186.96, 1186.19, num('G4', 0.9994, { numFmt: '0.00%' }), false],
    ['99.38% matches 1389.3 ÷ 1397.90', '1397.90', 1389.3, '99.38%', false],
    ['99.39% (rounded twice) is an error', '1397.90', 1389.3, '99.39%', true, '99.38%'],
    ['99.3% is truncation: error (99.4% at 1 decimal)', '1397.90', 1389.3, '99.3%', true, '99.38%'],
    ['99.4% at 1 decimal matches', '1397.90', 1389.3, '99.4%', false],
    ['a whole-number 99% matches at 0 decimals (Beijing style)', '1397.90', 1389.3, '99%', false],
    ['a numeric cell within 0.000001 of the exact ratio matches whatever its format', '1397.90', 1389.3, num('G4', 0.9938479, { numFmt: '0%' }), false],
    ['a numeric cell 0.9939 shown as 99.39% does not', '1397.90', 1389.3, num('G4', 0.9939, { numFmt: '0.00%' }), true, '99.38%'],
    ['tie 12.345% shows as 12.35%', 100000, 12345, '12.35%', false],
    ['tie 12.345% written 12.34% (banker\'s / truncation) is an error', 100000, 12345, '12.34%', true, '12.35%'],
    ['a percentage typed without the sign (99.94)', 1186.96, 1186.19, '99.94', false],
    ['a ratio typed as 0.9994', 1186.96, 1186.19, '0.9994', false],
    ['over 100% is stated as such', 100, 120, '120.00%', false],
    ['100% capped display is wrong for 120%', 100, 120, '100.00%', true, '120.00%'],
    ['a negative stated rate', 100, 50, '-50%', true, '50.00%'],
    ['blank rate cell: nothing (recompute fills it)', 100, 95, null, false],
  ];
  // A rest parameter keeps the callback's arity below the row length (jest would pass `done` otherwise).
  it.each(cases)('%s', (_n, adjusted, executed, rate, fires, ...rest) => {
    const expected = rest[0];
    const f = only(runFunds(total(adjusted, executed, rate)), 'F02');
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) {
      expect(f[0]).toMatchObject({ cell: 'G4', severity: 'error', expected });
    }
  });

  it('the message names the basis: 执行率应为 全年执行数 ÷ 全年预算数 = 1186.19 ÷ 1186.96 = 99.94%', () => {
    const [f] = only(runFunds(total(1186.96, 1186.19, '99.90%')), 'F02');
    expect(f.message).toBe('执行率应为 全年执行数 ÷ 全年预算数 = 1186.19 ÷ 1186.96 = 99.94%，表中为 99.90%');
    expect(f.actual).toBe('99.90%');
  });

  it('at other decimals, the message gives the value at the decimals shown', () => {
    const [f] = only(runFunds(total('1397.90', 1389.3, '99.3%')), 'F02');
    expect(f.message).toContain('（按表中显示的位数应为 99.4%）');
  });

  it('a 年初预算数 basis (lettered) is named', () => {
    const t = fundsTable([templateRow(4, 'total', { initial: 80, adjusted: 100, executed: 90, rate: '90.00%' })], { letteredBasis: 'initialBudget' });
    const [f] = only(runFunds(t), 'F02');
    expect(f.message).toBe('执行率应为 全年执行数 ÷ 年初预算数 = 90.00 ÷ 80.00 = 112.50%，表中为 90.00%');
  });

  it('breakdown rows with their own columns are checked too, named', () => {
    const t = fundsTable([
      templateRow(4, 'total', { adjusted: 100, executed: 95, rate: '95.00%' }),
      templateRow(9, 'basicSpending', { adjusted: 60, executed: 59, rate: '98.00%' }),
    ]);
    const [f] = only(runFunds(t), 'F02');
    expect(f.cell).toBe('G9');
    expect(f.message).toContain('基本支出执行率应为 全年执行数 ÷ 全年预算数 = 59.00 ÷ 60.00 = 98.33%');
  });
});

describe('F03 FUND_SCORE_MISMATCH: 分值 × min(执行率, 100%), 2 decimals from the exact rate', () => {
  type Case = [name: string, adjusted: Given, executed: Given, score: Given, severity: 'error' | 'warning' | null, weight?: Given];
  const cases: Case[] = [
    ['seed 9.94 vs 9.99: error', 1186.96, 1186.19, 9.94, 'error'],
    ['seed 9.99: ok', 1186.96, 1186.19, 9.99, null],
    ['full marks 10 for 99.38% (9.94): error — a typed 10 means 10.00', '1397.90', 1389.3, 10, 'error'],
    ['9.94 for 99.38%: ok', '1397.90', 1389.3, '9.94', null],
    ['typed 10 for 100%: ok', 100, 100, 10, null],
    ['typed 10 for 120%: ok (capped)', 100, 120, 10, null],
    ['12 for 120%: error (no uncapped score)', 100, 120, 12, 'error'],
    ['numeric 9.938479 within 0.000001 of 9.9384791…: ok', '1397.90', 1389.3, 9.938479, null],
    ['score tie 9.985 → 9.99: ok', 10000, 9985, 9.99, null],
    ['score tie 9.985 written 9.98: error', 10000, 9985, 9.98, 'error'],
    ['rounded twice (0.99245 → 99.25% → 9.93) is a warning; exact gives 9.92', 100000, 99245, 9.93, 'warning'],
    ['weight 20: 20 × 0.99245 = 19.849 → 19.85: ok', 100000, 99245, 19.85, null, 20],
    ['weight 20: 19.84 (truncated) is an error', 100000, 99245, 19.84, 'error', 20],
    ['a negative stated score: error', 100, 95, -9.5, 'error'],
    ['blank score: nothing', 100, 95, null, null],
  ];
  it.each(cases)('%s', (_n, adjusted, executed, score, severity, ...rest) => {
    const weight = rest.length > 0 ? rest[0] : 10;
    const f = only(runFunds(total(adjusted, executed, null, score, weight)), 'F03');
    expect(f.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    if (severity) expect(f[0].cell).toBe('H4');
  });

  it('a score equal to 分值 × the stated (shown) rate is the rounded-twice warning, naming the shown rate', () => {
    // Exact 0.99245 → 9.92; shown (wrongly, F02) as 99.3% → 10 × 0.993 = 9.93.
    const t = fundsTable([templateRow(4, 'total', { adjusted: 100000, executed: 99245, weight: 10, rate: '99.3%', score: 9.93 })]);
    const f = runFunds(t);
    expect(brief(f)).toEqual(['F02:error@G4', 'F03:warning@H4']);
    expect(only(f, 'F03')[0].message).toContain('9.93 是按四舍五入后的执行率');
    expect(only(f, 'F03')[0].expected).toBe('9.92');
  });

  it('with a 年初预算数 profile basis, the message says so', () => {
    const profile: ScoringProfile = { ...NATIONAL_PROFILE, budgetBasis: 'initialBudget' };
    const t = fundsTable([templateRow(4, 'total', { initial: 100, adjusted: 120, executed: 90, weight: 10, score: 7.5, reason: '年中追加' })]);
    const [f] = only(runFunds(t, profile), 'F03');
    expect(f.message).toContain('10 × min(90.00 ÷ 100.00, 100%) = 9.00');
    expect(f.message).toContain('全年执行数 ÷ 年初预算数');
  });

  it('the stated weight is used (分值 20)', () => {
    const [f] = only(runFunds(total(100, 95, null, 9.5, 20)), 'F03');
    expect(f).toMatchObject({ expected: '19.00', actual: '9.50' });
  });
});
