import { fundsTable, templateRow, type TemplateRowValues } from '../../helpers/funds-table-builder';
import { NATIONAL_PROFILE, SICHUAN_PROFILE, type ScoringProfile } from '../../../../src/core/rules/profile';
import { brief, only, runFunds } from './run';

const one = (v: TemplateRowValues) => fundsTable([templateRow(4, 'total', { weight: 10, ...v })]);

describe('F06 LOW_EXECUTION_NO_REASON', () => {
  type Case = [name: string, v: TemplateRowValues, narrative: string, fires: boolean];
  const cases: Case[] = [
    ['89.99% with no reason anywhere', { initial: 10000, adjusted: 10000, executed: 8999 }, '', true],
    ['exactly 90%: not below', { initial: 100, adjusted: 100, executed: 90 }, '', false],
    ['89.999% rounds to 90.00% for display but is below 90%', { initial: 100000, adjusted: 100000, executed: 89999 }, '', true],
    ['reason column filled', { initial: 100, adjusted: 100, executed: 50, reason: '项目延期，资金结转下年' }, '', false],
    ['reason column is 无 → still no reason (the narrative is not read when the block has a column)', { initial: 100, adjusted: 100, executed: 50, reason: '无' }, '本年执行率偏低是因为项目延期。', true],
    ['reason column holds the template instruction', { initial: 100, adjusted: 100, executed: 50, reason: '说明偏差原因（100字以内）' }, '', true],
    ['no column: the narrative explains 执行率', { initial: 100, adjusted: 100, executed: 50 }, '存在的问题：部分项目资金未执行，执行率偏低。', false],
    ['no column: the narrative says 结余', { initial: 100, adjusted: 100, executed: 50 }, '年末结余资金50万元', false],
    ['no column: an unrelated narrative', { initial: 100, adjusted: 100, executed: 50 }, '加强信访工作法治化建设。', true],
    ['zero budget: no rate, no F06', { initial: 0, adjusted: 0, executed: 0 }, '', false],
  ];
  it.each(cases)('%s', (_n, v, narrative, fires) => {
    expect(only(runFunds(one(v), NATIONAL_PROFILE, narrative), 'F06')).toHaveLength(fires ? 1 : 0);
  });

  it('message, cell and threshold from the profile', () => {
    const [f] = only(runFunds(one({ initial: 100, adjusted: 100, executed: 85, rate: '85.00%' })), 'F06');
    expect(f).toMatchObject({ cell: 'G4', severity: 'warning', actual: '85.00%', expected: '≥90.00%' });
    expect(f.message).toBe('执行率 85.00% 低于 90.00%，资金表及基本情况未说明原因');
    const strict: ScoringProfile = { ...NATIONAL_PROFILE, lowExecutionThreshold: '0.95' };
    expect(only(runFunds(one({ initial: 100, adjusted: 100, executed: 92 }), strict), 'F06')).toHaveLength(1);
  });
});

describe('F07 BUDGET_ADJUSTED_NO_REASON', () => {
  it.each([
    ['追加 with no reason: info', { initial: 649.24, adjusted: 1186.96, executed: 1186.19 }, '', ['F07:info@D4']],
    ['调减 with no reason: info', { initial: 100, adjusted: 95, executed: 95 }, '', ['F07:info@D4']],
    ['unchanged budget', { initial: 100, adjusted: 100, executed: 95 }, '', []],
    ['blank 年初预算数: nothing to compare', { initial: null, adjusted: 100, executed: 95 }, '', []],
    ['the narrative names the 追加', { initial: 100, adjusted: 120, executed: 115 }, '年中追加预算20万元用于信息化建设。', []],
    ['the reason column is filled', { initial: 100, adjusted: 120, executed: 115, reason: '年中追加信息化经费' }, '', []],
  ] as const)('%s', (_n, v, narrative, expected) => {
    expect(brief(runFunds(one(v), NATIONAL_PROFILE, narrative))).toEqual(expected);
  });

  it('message names the change', () => {
    const [f] = runFunds(one({ initial: 100, adjusted: 95, executed: 95 }));
    expect(f.message).toBe('全年预算数 95.00 与年初预算数 100.00 不同（调减 5.00），资金表及基本情况未说明预算调整原因');
  });

  it('the Sichuan profile raises it to a warning (via the registry)', () => {
    expect(brief(runFunds(one({ initial: 100, adjusted: 95, executed: 95 }), SICHUAN_PROFILE))).toEqual(['F07:warning@D4']);
  });
});

describe('F08 ZERO_BASE_RATE', () => {
  it.each([
    ['0 budget with a rate and a score: one F08 on the rate, no F02/F03', { initial: 0, adjusted: 0, executed: 0, rate: '100%', score: 10 }, ['F08:warning@G4']],
    ['blank budget with a score', { adjusted: null, executed: 0, score: 0 }, ['F08:warning@H4']],
    ['0 budget, blank outputs: nothing', { initial: 0, adjusted: 0, executed: 0, rate: null, score: null }, []],
    ['0 budget, placeholders: nothing', { initial: 0, adjusted: 0, executed: 0, rate: '—', score: '/' }, []],
    ['a real budget: no F08', { initial: 100, adjusted: 100, executed: 100, rate: '100%', score: 10 }, []],
  ] as const)('%s', (_n, v, expected) => {
    expect(brief(runFunds(one(v)))).toEqual(expected);
  });

  it('message names both cells', () => {
    const [f] = runFunds(one({ initial: 0, adjusted: 0, executed: 0, rate: '100%', score: 10 }));
    expect(f.message).toBe('全年预算数为0，执行率与得分不适用，表中却填有 G4（100%）、H4（10.00）');
  });

  it('a breakdown row with a zero budget and a rate', () => {
    const t = fundsTable([templateRow(4, 'total', { initial: 100, adjusted: 100, executed: 100 }), templateRow(6, 'governmentFunds', { adjusted: 0, executed: 0, rate: 1 })]);
    const [f] = runFunds(t);
    expect(f).toMatchObject({ rule: 'F08', cell: 'G6' });
    expect(f.message).toContain('政府性基金拨款全年预算数为0');
  });

  it('a breakdown row with nothing budgeted or spent shown as 0.00% (as provincial systems export 0/0): no F08 (issue 11)', () => {
    const t = fundsTable([templateRow(4, 'total', { initial: 100, adjusted: 100, executed: 100 }), templateRow(6, 'governmentFunds', { adjusted: 0, executed: 0, rate: 0 })]);
    expect(runFunds(t).filter((f) => f.rule === 'F08')).toEqual([]);
  });
});

describe('I01 notes', () => {
  it('实际到位资金 basis falls back to 全年预算数 and says so', () => {
    const profile: ScoringProfile = { ...NATIONAL_PROFILE, budgetBasis: 'availableFunds' };
    const f = runFunds(one({ initial: 100, adjusted: 100, executed: 95 }), profile);
    expect(brief(f)).toEqual(['I01:info@D4']);
    expect(f[0].message).toContain('已改按全年预算数计算');
  });

  it('no fallback note when the table letters its columns', () => {
    const profile: ScoringProfile = { ...NATIONAL_PROFILE, budgetBasis: 'availableFunds' };
    const t = fundsTable([templateRow(4, 'total', { initial: 100, adjusted: 100, executed: 95 })], { letteredBasis: 'adjustedBudget' });
    expect(runFunds(t, profile)).toEqual([]);
  });

  it('a stated rate on the total row with a blank 执行数: P01 on the 执行数 cell (issue 11: a number is required there)', () => {
    const f = runFunds(one({ initial: 100, adjusted: 100, executed: null, rate: '95%' }));
    expect(brief(f)).toEqual(['P01:error@E4']);
    expect(f[0].message).toBe('E4：全年执行数为空，表中执行率与得分无从核对');
  });

  it('a stated rate with a blank 执行数 on a breakdown row: not checked, said plainly (I01)', () => {
    const f = runFunds(fundsTable([templateRow(4, 'total', { initial: 100, adjusted: 100, executed: 95, weight: 10, rate: '95%', score: 9.5 }), templateRow(5, 'generalBudget', { initial: 100, adjusted: 100, executed: null, rate: '95%' })]));
    expect(brief(f)).toEqual(['I01:info@G5']);
    expect(f[0].message).toBe('一般公共预算全年执行数为空，未核对执行率');
  });
});
