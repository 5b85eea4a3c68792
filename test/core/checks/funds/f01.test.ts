import { fundsTable, seedTable, singleRow, templateRow, type Given } from '../../helpers/funds-table-builder';
import { brief, only, runFunds } from './run';
import type { FundsRow } from '../../../../src/core/model';

/** The template layout with executed figures only (rows 4–12). */
function template(total: Given, parts: Partial<Record<FundsRow['role'], Given>>, unit: 'wan' | 'yuan' = 'wan') {
  const order: [number, FundsRow['role']][] = [
    [5, 'generalBudget'], [6, 'governmentFunds'], [7, 'specialAccount'], [8, 'otherFunds'],
    [9, 'basicSpending'], [10, 'personnelCosts'], [11, 'operatingCosts'], [12, 'projectSpending'],
  ];
  return fundsTable([templateRow(4, 'total', { executed: total }), ...order.map(([r, role]) => templateRow(r, role, { executed: parts[role] ?? null }))], { unit });
}

describe('F01 SUM_MISMATCH', () => {
  type Case = [name: string, total: Given, parts: Partial<Record<FundsRow['role'], Given>>, expected: string[]];
  const cases: Case[] = [
    ['all sums right', 100, { generalBudget: 60, otherFunds: 40, basicSpending: 70, personnelCosts: 50, operatingCosts: 20, projectSpending: 30 }, []],
    ['income parts ≠ total: error on the total', 100, { generalBudget: 60, otherFunds: 30 }, ['F01:error@E4']],
    ['基本 + 项目 ≠ total', 100, { basicSpending: 70, projectSpending: 20 }, ['F01:error@E4']],
    ['人员 + 公用 ≠ 基本支出: error on 基本支出', 100, { basicSpending: 70, personnelCosts: 50, operatingCosts: 21, projectSpending: 30 }, ['F01:error@E9']],
    ['尾差: 0.01 with 2 parts → info', 100, { generalBudget: 60.01, otherFunds: 40 }, ['F01:info@E4']],
    ['尾差 limit: 0.03 with 4 parts → info', 100, { generalBudget: 25.01, governmentFunds: 25.01, specialAccount: 25.01, otherFunds: 25 }, ['F01:info@E4']],
    ['just beyond 尾差: 0.02 with 2 parts → error', 100, { generalBudget: 60.02, otherFunds: 40 }, ['F01:error@E4']],
    ['one figure → no 尾差 allowance', 100, { generalBudget: 100.01 }, ['F01:error@E4']],
    ['no figures at all: not checked', 100, {}, []],
    ['blank parts count as zero', 100, { generalBudget: 100 }, []],
    ['explicit zeros', 100, { generalBudget: 100, governmentFunds: 0, specialAccount: 0, otherFunds: 0 }, []],
    ['sum equals another shown figure → 口径 warning on the first part', 100, { generalBudget: 60, otherFunds: 40, basicSpending: 50, projectSpending: 10 }, ['F01:warning@E9']],
    ['3-decimal parts summed exactly: 89.974 + 10.026 = 100', 100, { generalBudget: '89.974', otherFunds: '10.026' }, []],
    ['0/0 total still checked against its parts', 0, { generalBudget: 5 }, ['F01:error@E4']],
    ['blank total: not checked', null, { generalBudget: 5, otherFunds: 1 }, []],
  ];
  it.each(cases)('%s', (_n, total, parts, expected) => {
    expect(brief(runFunds(template(total, parts)))).toEqual(expected);
  });

  it('the error message names parts, sum, total and the difference; expected/actual are display strings', () => {
    const [f] = runFunds(template(100, { generalBudget: 60, otherFunds: 30 }));
    expect(f.message).toBe('年度资金总额全年执行数 100.00 ≠ 按收入性质分合计：一般公共预算 60.00 + 其他资金 30.00 = 90.00，相差 10.00（单位：万元）');
    expect(f).toMatchObject({ expected: '90.00', actual: '100.00', severity: 'error' });
  });

  it('column by column: a mismatch in 年初预算数 only is reported on that column', () => {
    const t = fundsTable([
      templateRow(4, 'total', { initial: 100, adjusted: 120, executed: 110 }),
      templateRow(9, 'basicSpending', { initial: 60, adjusted: 70, executed: 65 }),
      templateRow(12, 'projectSpending', { initial: 30, adjusted: 50, executed: 45 }),
    ]);
    expect(brief(runFunds(t))).toEqual(['F01:error@C4', 'F07:info@D4']);
  });

  it('元 tables sum in 元: 1,234,567.89 + 2,345,678.91 = 3,580,246.80', () => {
    expect(runFunds(template(3580246.8, { generalBudget: 1234567.89, otherFunds: 2345678.91 }, 'yuan'))).toEqual([]);
    const [f] = runFunds(template(3580246.8, { generalBudget: 1234567.89, otherFunds: 2345000 }, 'yuan'));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('相差 678.91（单位：元）');
  });

  it('元 tables: the 尾差 allowance is 0.01 万元 = 100 元 per extra part (RULES §4)', () => {
    expect(brief(runFunds(template(1000000, { generalBudget: 600100, otherFunds: 400000 }, 'yuan')))).toEqual(['F01:info@E4']);
    expect(brief(runFunds(template(1000000, { generalBudget: 600100.01, otherFunds: 400000 }, 'yuan')))).toEqual(['F01:error@E4']);
  });

  it('a lone 其中 row is a partial listing, not a breakdown', () => {
    const t = fundsTable([templateRow(4, 'total', { executed: 100 }), templateRow(5, 'generalBudget', { executed: 60 })]);
    expect(runFunds(t)).toEqual([]);
  });

  describe('Hunan single-figure layout', () => {
    it('income figures compare with 全年预算数 and expenditure figures with 全年执行数', () => {
      // Seed with the expenditure figures adding up to 1186.19: nothing but the seed's F03/F07.
      const seed = seedTable({ score: 9.99 });
      const rows = seed.funds!.rows.map((r) => (r.role === 'basicSpending' ? singleRow('C6', 'basicSpending', '其中：基本支出：809.96', '809.96') : r));
      expect(only(runFunds({ ...seed, funds: { ...seed.funds!, rows } }), 'F01')).toEqual([]);
    });

    it('an income typo is an error on 全年预算数', () => {
      const seed = seedTable({ score: 9.99 });
      const rows = seed.funds!.rows.map((r) => (r.role === 'otherFunds' ? singleRow('B9', 'otherFunds', '其他资金：224.26', '224.26') : r));
      const f = only(runFunds({ ...seed, funds: { ...seed.funds!, rows } }), 'F01');
      expect(brief(f)).toEqual(['F01:error@D4', 'F01:warning@C6']);
      expect(f.find((x) => x.cell === 'D4')!.message).toContain('一般公共预算 962.34 + 其他资金 224.26 = 1186.60');
    });

    it('income sum equal to 全年执行数 instead of 全年预算数 is a 口径 warning naming both', () => {
      const seed = seedTable({ score: 9.99 });
      const rows = seed.funds!.rows.map((r) => (r.role === 'otherFunds' ? singleRow('B9', 'otherFunds', '其他资金：223.85', '223.85') : r));
      const f = only(runFunds({ ...seed, funds: { ...seed.funds!, rows } }), 'F01').find((x) => x.cell === 'B6')!;
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('不等于年度资金总额全年预算数 1186.96，而等于年度资金总额全年执行数 1186.19');
    });
  });
});

describe('F01: only zeros (issue 11 class 6b: a documented special case, warning)', () => {
  it('a non-zero total over parts that are all zero: warning 分项均为0或未填，合计却为 X', () => {
    const t = fundsTable([
      templateRow(4, 'total', { executed: 100 }),
      templateRow(6, 'governmentFunds', { executed: 0 }),
      templateRow(7, 'specialAccount', { executed: 0 }),
    ]);
    const f = runFunds(t);
    expect(brief(f)).toEqual(['F01:warning@E4']);
    expect(f[0].message).toBe('按收入性质分合计的分项均为0或未填，合计却为 100.00（年度资金总额全年执行数）（单位：万元）');
  });

  it('parts marked not applicable (—, /, 无) count as listed and empty: the same warning', () => {
    const t = fundsTable([
      templateRow(4, 'total', { executed: 100 }),
      templateRow(6, 'governmentFunds', { executed: '—' }),
      templateRow(7, 'specialAccount', { executed: '无' }),
    ]);
    expect(brief(runFunds(t))).toEqual(['F01:warning@E4']);
  });

  it('a zero total over zero parts, or parts left wholly blank (not filled in): no finding', () => {
    expect(runFunds(fundsTable([templateRow(4, 'total', { executed: 0 }), templateRow(6, 'governmentFunds', { executed: 0 }), templateRow(7, 'specialAccount', { executed: 0 })]))).toEqual([]);
    expect(runFunds(fundsTable([templateRow(4, 'total', { executed: 100 }), templateRow(6, 'governmentFunds', {}), templateRow(7, 'specialAccount', {})]))).toEqual([]);
  });
});
