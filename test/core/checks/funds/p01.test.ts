import { fundsTable, num, share, templateRow } from '../../helpers/funds-table-builder';
import { brief, only, runFunds } from './run';

describe('P01 on funds cells: one finding per cell, no cascade', () => {
  type Case = [name: string, executed: unknown, message: string];
  const cases: Case[] = [
    ['Chinese numerals', '一百', 'E4：“一百” 不是数字'],
    ['an error value', { error: '#DIV/0!' }, 'E4：“#DIV/0!” 不是数字'],
    ['an error typed as text', '#REF!', 'E4：“#REF!” 不是数字'],
    ['a dash placeholder', '—', 'E4：“—” 不是数字'],
    ['words', '约一千万', 'E4：“约一千万” 不是数字'],
  ];
  it.each(cases)('%s', (_n, executed, message) => {
    const f = runFunds(fundsTable([templateRow(4, 'total', { initial: 100, adjusted: 100, executed: executed as never, weight: 10, rate: '99.00%', score: 9.9 })]));
    // Only P01: no F02/F03 against a rate that cannot be computed, no F08.
    expect(brief(f)).toEqual(['P01:error@E4']);
    expect(f[0].message).toBe(message);
    expect(f[0].name).toBe('UNPARSEABLE_VALUE');
  });

  it('a negative amount is P01 and never yields a negative score', () => {
    const f = runFunds(fundsTable([templateRow(4, 'total', { adjusted: 100, executed: -5, weight: 10, rate: null, score: -0.5 })]));
    expect(brief(f)).toEqual(['P01:error@E4']);
    expect(f[0].message).toBe('E4：“-5” 是负数，金额不能为负');
  });

  it('a negative or unreadable 分值 is P01; the score is then not checked', () => {
    expect(brief(runFunds(fundsTable([templateRow(4, 'total', { adjusted: 100, executed: 95, weight: -10, score: 3 })])))).toEqual(['P01:error@F4']);
    expect(brief(runFunds(fundsTable([templateRow(4, 'total', { adjusted: 100, executed: 95, weight: '十分', score: 3 })])))).toEqual(['P01:error@F4']);
  });

  it('an unreadable stated rate / score / share: P01, not F02/F03/F05', () => {
    const t = fundsTable(
      [templateRow(4, 'total', { adjusted: 100, executed: 95, weight: 10, rate: '九成五', score: { error: '#VALUE!' } }), templateRow(9, 'basicSpending', { executed: 20 })],
      { shares: [share('I9', '两成', 'basicSpending', 'total')] },
    );
    expect(brief(runFunds(t))).toEqual(['P01:error@G4', 'P01:error@H4', 'P01:error@I9']);
  });

  it('an unreadable part stops F01 for that breakdown (no cascade)', () => {
    const t = fundsTable([
      templateRow(4, 'total', { executed: 100 }),
      templateRow(9, 'basicSpending', { executed: '六十' }),
      templateRow(12, 'projectSpending', { executed: 10 }),
    ]);
    expect(brief(runFunds(t))).toEqual(['P01:error@E9']);
  });

  it('a placeholder in the rate/score of a zero-budget row is the right entry, not P01', () => {
    const t = fundsTable([
      templateRow(4, 'total', { adjusted: 100, executed: 100, weight: 10, rate: 1, score: 10 }),
      templateRow(6, 'governmentFunds', { initial: 0, adjusted: 0, executed: 0, rate: '—' }),
      templateRow(7, 'specialAccount', { rate: '不适用' }),
    ]);
    // No P01; the parts being all zero/marked under a total of 100 is F01's special case (issue 11 class 6b).
    expect(brief(runFunds(t))).toEqual(['F01:warning@D4', 'F01:warning@E4']);
  });

  it('but an error value there is still P01', () => {
    const t = fundsTable([
      templateRow(4, 'total', { adjusted: 100, executed: 100, weight: 10, rate: 1, score: 10 }),
      templateRow(6, 'governmentFunds', { adjusted: 0, executed: 0, rate: { error: '#DIV/0!' } }),
    ]);
    expect(brief(runFunds(t))).toEqual(['P01:error@G6']);
  });

  it('the same cell referenced twice is reported once', () => {
    const bad = num('E4', '一百');
    const t = fundsTable([templateRow(4, 'total', { adjusted: 100, executed: bad }), { ...templateRow(9, 'basicSpending'), executed: bad }]);
    expect(only(runFunds(t), 'P01')).toHaveLength(1);
  });

  it('blank cells are no finding', () => {
    expect(runFunds(fundsTable([templateRow(4, 'total', { initial: null, adjusted: null, executed: null, weight: null, rate: null, score: null })]))).toEqual([]);
  });
});
