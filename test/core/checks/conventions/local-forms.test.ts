/**
 * Local forms seen in published tables (issue 11): a funds block whose 分值 is stated only in a
 * header label (`预算执行情况(万元)(20分)`, `得分(20分*执行率)`), an indicator block with no 分值
 * column (`年度绩效目标(80分)` over 一级 | 二级 | 三级 | 目标值 | 完成值 | 得分), a deviation-reason row
 * under the table, a label broken over two rows. General rules, hand-derived expectations.
 */
import { buildSheet } from '../../recognition/helpers';
import { alarms, brief, findingsOf, type V } from './grids';

/** Funds 预算数 200 / 执行数 `executed`, rate and score as given; four indicators of 20 points each (unstated). */
function localForm(o: { executed?: V; rate?: V; score?: V; reasonRow?: string; scores?: readonly V[]; total?: V } = {}) {
  const scores = o.scores ?? [20, 20, 20, 20];
  const e: Record<string, V> = {
    A1: '项目支出绩效自评表', A2: '项目名称', B2: '城区绿化养护经费',
    A3: '预算执行情况(万元) (20分)', B3: '预算数(A)', D3: '执行数(B)', E3: '执行率(B/A)', F3: '得分 (20分*执行率)',
    A4: '年度财政资金总额', B4: 200, D4: o.executed === undefined ? 195.5 : o.executed, E4: o.rate === undefined ? '97.75%' : o.rate, F4: o.score === undefined ? 19.55 : o.score,
    A5: '年度绩效目标1 (80分)', B5: '一级指标', C5: '二级指标', D5: '三级指标', E5: '年初目标值(A)', F5: '实际完成值(B)', G5: '得分',
    B6: '产出指标', C6: '数量指标', D6: '养护面积', E6: '≥50万平方米', F6: '52万平方米', G6: scores[0],
    C7: '质量指标', D7: '苗木成活率', E7: '≥95%', F7: '96%', G7: scores[1],
    B8: '效益指标', C8: '生态效益指标', D8: '城区环境改善', E8: '明显改善', F8: '完成', G8: scores[2],
    B9: '满意度', C9: '服务对象满意度指标等', D9: '市民满意度', E9: '≥90%', F9: '93%', G9: scores[3],
    B10: '指标',
    A11: '总分', B11: o.total === undefined ? '99.55分' : o.total,
  };
  const merges = ['A1:G1', 'B2:G2', 'B3:C3', 'F3:G3', 'B4:C4', 'F4:G4', 'A5:A10', 'B6:B7', 'B11:G11'];
  if (o.reasonRow) {
    e.A12 = '偏差大或 目标未完成 原因分析';
    e.B12 = o.reasonRow;
    merges.push('B12:G12');
  }
  return buildSheet('自评表', e, merges);
}

describe('local forms', () => {
  it('consistent: 195.5 ÷ 200 = 97.75%, 20 × 0.9775 = 19.55; indicators 80; 总分 99.55 — no error or warning', () => {
    // No S01/S02 on unstated indicator weights, no F03 against the national 10 (the header says 20),
    // no S11 for `服务对象满意度指标等` or for the label tail `指标`, no S13 for 完成 as an actual.
    expect(alarms(findingsOf(localForm()))).toEqual(['S02:warning@A3']);
  });

  it('the header weight is the funds 分值: score 9.78 (= 10 × 97.75%) is F03 against 20 × 97.75% = 19.55', () => {
    const f = findingsOf(localForm({ score: 9.78, total: '89.78分' }));
    expect(alarms(f)).toEqual(['S02:warning@A3', 'F03:error@F4']);
    expect(f.find((x) => x.rule === 'F03')!.expected).toBe('19.55');
  });

  it('the total row states a rate from a blank 执行数: P01 on the 执行数 cell', () => {
    expect(alarms(findingsOf(localForm({ executed: null })))).toContain('P01:error@D4');
  });

  it('a low rate (94 ÷ 200 = 47.00%) explained in the 偏差大或目标未完成原因分析 row: no F06; unexplained: F06', () => {
    const low = { executed: 94, rate: '47%', score: 9.4, total: '89.4分' };
    expect(brief(findingsOf(localForm({ ...low, reasonRow: '项目先建后补，部分工程未验收，资金结余' }))).filter((x) => x.startsWith('F06'))).toEqual([]);
    expect(brief(findingsOf(localForm(low))).filter((x) => x.startsWith('F06'))).toEqual(['F06:warning@E4']);
  });
});

describe('a 总分 merged over the score columns (`总分 | 99.55分` across B:G)', () => {
  it('is read: 90分 against 19.55 + 80 = 99.55 → S05 on the merged cell', () => {
    const f = findingsOf(localForm({ total: '90分' }));
    expect(alarms(f)).toEqual(['S02:warning@A3', 'S05:error@B11']);
    expect(f.find((x) => x.rule === 'S05')!.expected).toBe('99.55');
  });
});

describe('a form with no reason column explains shortfalls in its own narrative row', () => {
  /** Funds 100/100/100 (100%, 10.00); indicators 60 + 30 (养护面积 ≥50 / 40: 60 × 40 ÷ 50 = 48.00); 总分 10 + 48 + 30 = 88. */
  function noReasonColumn(problems?: string) {
    const e: Record<string, V> = {
      A1: '项目支出绩效自评表', A2: '项目名称', B2: '城区绿化养护经费',
      A3: '项目资金（万元）', B3: '年初预算数', C3: '全年预算数', D3: '全年执行数', E3: '分值', F3: '执行率', G3: '得分',
      A4: '年度资金总额', B4: 100, C4: 100, D4: 100, E4: 10, F4: { value: 1, numFmt: '0.00%' }, G4: 10,
      A5: '一级指标', B5: '二级指标', C5: '三级指标', D5: '年度指标值', E5: '实际完成值', F5: '分值', G5: '得分',
      A6: '产出指标', B6: '数量指标', C6: '养护面积', D6: '≥50万平方米', E6: '40万平方米', F6: 60, G6: 48,
      A7: '满意度指标', B7: '服务对象满意度指标', C7: '市民满意度', D7: '≥90%', E7: '93%', F7: 30, G7: 30,
      A8: '总分', F8: 100, G8: 88,
    };
    const merges = ['A1:G1', 'B2:G2', 'A8:E8'];
    if (problems !== undefined) {
      e.A9 = '存在问题';
      e.B9 = problems;
      merges.push('B9:G9');
    }
    return buildSheet('自评表', e, merges);
  }

  it('answered in 存在问题: no S04 (S02 on the unusual 60/30 split only)', () => {
    expect(alarms(findingsOf(noReasonColumn('部分片区因道路施工延后，养护面积未达目标')))).toEqual(['S02:warning@A6', 'S02:warning@A7', 'S02:warning@A8']);
  });

  it('no narrative row, or instruction text there: S04 on the row below full marks', () => {
    expect(alarms(findingsOf(noReasonColumn()))).toContain('S04:error@G6');
    expect(alarms(findingsOf(noReasonColumn('结合自评情况，说明存在的问题（200字以内）')))).toContain('S04:error@G6');
  });
});
