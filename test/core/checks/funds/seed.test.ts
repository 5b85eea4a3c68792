import { runFunds, brief, only } from './run';
import { seedTable } from '../../helpers/funds-table-builder';

describe('the seed funds block (岳阳市信访局 2024)', () => {
  const findings = runFunds(seedTable());

  it('raises exactly: F01 口径 warning, F03 error (9.94 vs 9.99), F07 info (no reason for 649.24 → 1186.96)', () => {
    expect(brief(findings)).toEqual(['F01:warning@C6', 'F03:error@H4', 'F07:info@D4']);
  });

  it('F01 names both totals: 586.11 + 376.23 = 962.34 is the 一般公共预算 figure, not the 1186.19 total', () => {
    const [f] = only(findings, 'F01');
    expect(f.message).toContain('基本支出 586.11 + 项目支出 376.23 = 962.34');
    expect(f.message).toContain('年度资金总额全年执行数 1186.19');
    expect(f.message).toContain('一般公共预算 962.34');
    expect(f.message).toContain('口径不一致');
    expect(f).toMatchObject({ expected: '1186.19', actual: '962.34', sheet: '自评表' });
  });

  it('F03 names the basis and the exact computation', () => {
    const [f] = only(findings, 'F03');
    expect(f).toMatchObject({ expected: '9.99', actual: '9.94', name: 'FUND_SCORE_MISMATCH' });
    expect(f.message).toContain('10 × min(1186.19 ÷ 1186.96, 100%) = 9.99');
    expect(f.message).toContain('全年执行数 ÷ 全年预算数');
  });

  it('the stated 99.94% is right: no F02; the income breakdown 962.34 + 224.62 = 1186.96 is right', () => {
    expect(only(findings, 'F02')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'F01' && f.cell === 'D4')).toEqual([]);
  });

  it('a narrative explaining the 追加 silences F07', () => {
    const f = runFunds(seedTable(), undefined, '本年决算收入较预算收入增加313.1万元，为本年追加财政资金和上年度结转和结余资金。');
    expect(brief(f)).toEqual(['F01:warning@C6', 'F03:error@H4']);
  });

  it('the corrected seed (score 9.99) leaves only the 口径 warning and F07', () => {
    expect(brief(runFunds(seedTable({ score: 9.99 })))).toEqual(['F01:warning@C6', 'F07:info@D4']);
  });
});
