/**
 * Issue 11 classes 4 and 5 (and 6a): the Sichuan 项目支出 layout read completely, instruction
 * text caught and counted as empty, and the 总分 that leaves out the funds score. The base table
 * (grids.ts SICHUAN_*) is consistent by hand: 总额 96 ÷ 120 = 80.00%, 10 × 0.8 = 8.00; indicators
 * 20+10+10+10 | 30 | 10 = 90, every one met; 合计 90/90 (the block's own total); 原因 explains both
 * the low rate and the 追加. Every finding below comes from the variation.
 */
import { analyseWorkbook } from '../../../../src/core/analyse';
import { alarms, brief, findingsOf, nationalIndicatorRow, nationalSheet, NATIONAL_INDICATORS, PERCENT, sichuanIndicatorRow, sichuanSheet, SICHUAN_FUNDS, SICHUAN_INDICATORS, SICHUAN_NARRATIVE, type FundsLine, type SichuanLine } from './grids';

const TOTAL_ROW = sichuanIndicatorRow(SICHUAN_INDICATORS.length); // 合计
const NARRATIVE_ROW = TOTAL_ROW + 1; // 年度目标完成情况, then 评价结论, 存在问题, 改进措施

function withFunds(first: FundsLine): FundsLine[] {
  return [first, ...SICHUAN_FUNDS.slice(1)];
}

function narrative(i: number, text: string): Array<readonly [string, string]> {
  return SICHUAN_NARRATIVE.map(([l, t], j) => [l, j === i ? text : (t as string)] as const);
}

describe('class 5: the Sichuan 项目支出 layout read completely', () => {
  it('the consistent base table: no error or warning, no M01 for the group header 年度预算数（万元）', () => {
    const f = findingsOf(sichuanSheet());
    expect(alarms(f)).toEqual([]);
    expect(f.filter((x) => x.rule === 'M01')).toEqual([]);
  });

  it('原因 is the funds reason: blank 原因 with 80.00% < 90% → F06 warning on the rate; 120 ≠ 100 → F07 info', () => {
    const f = findingsOf(sichuanSheet({ funds: withFunds(['总额', 100, 120, 96, 10, PERCENT(0.8), 8, null]) }));
    expect(brief(f).filter((x) => /^F0[67]/.test(x))).toEqual(['F07:info@D7', 'F06:warning@F7']);
  });

  it('blank 得分 with 权重 10 on the funds row → S16 (as on indicator rows)', () => {
    const f = findingsOf(sichuanSheet({ funds: withFunds(['总额', 100, 120, 96, 10, PERCENT(0.8), null, SICHUAN_FUNDS[0][7]]) }));
    expect(alarms(f)).toEqual(['S16:error@H7']);
  });

  it('direction from 指标性质 (≤) with 度量单位 as the unit: cost 1.25 万元 against ≤1 → 10 × 1 ÷ 1.25 = 8.00; stated 10 → S07', () => {
    const inds: SichuanLine[] = SICHUAN_INDICATORS.map((l, i) => (i === 3 ? ['产出指标', '成本指标', '每公里养护成本', '≤', 1, '万元', 1.25, 10, 10, '材料涨价'] : l));
    const f = findingsOf(sichuanSheet({ indicators: inds }));
    const row = sichuanIndicatorRow(3);
    expect(alarms(f)).toEqual([`S07:error@J${row}`]);
    expect(f.find((x) => x.rule === 'S07')!.expected).toBe('8.00');
  });

  it('合计 of the 绩效指标 block: 89 against Σ 90 → S05 naming the indicators\' sum; no S01 for 90 ≠ 100', () => {
    const f = findingsOf(sichuanSheet({ total: [90, 89] }));
    expect(alarms(f)).toEqual([`S05:error@J${TOTAL_ROW}`]);
    expect(f.find((x) => x.rule === 'S05')!.message).toBe('绩效指标合计89与各项指标得分之和90.00不符');
  });
});

describe('class 4: template instructions left in place are S13 and count as empty', () => {
  const INSTRUCTIONS = [
    '对照年度目标，说明相关任务目标的完成情况（100字以内）',
    '结合自评情况，……（200字以内）',
    '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因……',
    '对照年度目标，说明相关任务目标的完成情况',
    '结合自评情况，分析存在的问题及原因（200字以内）',
    '请填写偏差原因',
  ];

  it.each(INSTRUCTIONS)('in the funds 原因 cell: S13 there, and F06 (80.00%) and F07 (120 ≠ 100) as if blank — %s', (text) => {
    const f = findingsOf(sichuanSheet({ funds: withFunds(['总额', 100, 120, 96, 10, PERCENT(0.8), 8, text]) }));
    expect(brief(f).filter((x) => /^(F0[67]|S13)/.test(x))).toEqual(['F07:info@D7', 'F06:warning@F7', 'S13:warning@I7']);
  });

  it.each([0, 1, 2, 3])('in narrative row %i (年度目标完成情况 / 评价结论 / 存在问题 / 改进措施): S13 on its answer', (i) => {
    for (const text of INSTRUCTIONS) {
      const f = findingsOf(sichuanSheet({ narrative: narrative(i, text) }));
      expect(alarms(f)).toEqual([`S13:warning@B${NARRATIVE_ROW + i}`]);
    }
  });

  it.each(['完成', '已完成', '无'])('a one-word answer %p to 年度目标完成情况 is S13', (text) => {
    expect(alarms(findingsOf(sichuanSheet({ narrative: narrative(0, text) })))).toEqual([`S13:warning@B${NARRATIVE_ROW}`]);
  });

  it('无 as 改进措施 or 存在问题 is an answer (no S13)', () => {
    expect(alarms(findingsOf(sichuanSheet({ narrative: narrative(3, '无') })))).toEqual([]);
    expect(alarms(findingsOf(sichuanSheet({ narrative: narrative(2, '无') })))).toEqual([]);
  });

  it('instruction text in an indicator\'s 未完成原因分析 of a row below its weight: S04 (reason missing), once', () => {
    // 养护里程 ≥120 公里, 完成 100: 20 × 100 ÷ 120 = 16.666… → 16.67, stated 16.67; reason is the instruction.
    const inds: SichuanLine[] = SICHUAN_INDICATORS.map((l, i) => (i === 0 ? ['产出指标', '数量指标', '养护里程', '≥', 120, '公里', 100, 20, 16.67, '结合自评情况，说明未完成原因（100字以内）'] : l));
    const row = sichuanIndicatorRow(0);
    const f = findingsOf(sichuanSheet({ indicators: inds, total: [90, 86.67] }));
    expect(alarms(f)).toEqual([`S04:error@K${row}`]);
  });
});

describe('class 6a: a 总分 that leaves out the funds score, whatever the layout', () => {
  const TOTAL = nationalIndicatorRow(NATIONAL_INDICATORS.length);
  it('national: 总分 90 = Σ indicator scores exactly, funds 9.50 in its own block → S05 (funds left out)', () => {
    const f = findingsOf(nationalSheet({ total: [100, 90] }));
    expect(alarms(f)).toEqual([`S05:error@H${TOTAL}`]);
    expect(f[0].message).toBe('总分90未计入资金（预算执行）得分9.50，含资金得分应为99.50');
  });

  it('two causes, two findings: weights 10 + 100 = 110 (S01) and 总分 100 = indicators only (S05)', () => {
    const inds = NATIONAL_INDICATORS.map((l, i) => (i === 4 ? ([l[0], l[1], l[2], l[3], l[4], 20, 20] as const) : l));
    const f = alarms(findingsOf(nationalSheet({ indicators: inds, total: [110, 100] })));
    expect(f).toEqual(expect.arrayContaining([`S01:error@G${TOTAL}`, `S05:error@H${TOTAL}`]));
  });
});

describe('class 6a: a 合计 is the indicator block\'s subtotal only when the indicators do not weigh 100 themselves', () => {
  it('indicators 100 beside funds 10, 合计 100/100: S01 (110) and S05 (funds 8.00 left out), two causes', () => {
    const inds: SichuanLine[] = SICHUAN_INDICATORS.map((l, i) => (i === 5 ? ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%', 95, 20, 20] : l));
    const f = alarms(findingsOf(sichuanSheet({ indicators: inds, total: [100, 100] })));
    expect(f).toEqual(expect.arrayContaining([`S01:error@I${TOTAL_ROW}`, `S05:error@J${TOTAL_ROW}`]));
  });
});

describe('S16 on the closing row', () => {
  it('a 合计 row with its 得分 blank while the parts are filled: warning (the form may total the 分值 only)', () => {
    const f = findingsOf(sichuanSheet({ total: [90, null] }));
    expect(alarms(f)).toEqual([`S16:warning@J${TOTAL_ROW}`]);
  });

  it('a 总分 row with its 得分 blank: error', () => {
    const f = findingsOf(nationalSheet({ total: [100, null] }));
    expect(alarms(f)).toEqual([`S16:error@H${nationalIndicatorRow(NATIONAL_INDICATORS.length)}`]);
  });
});

describe('recompute on the Sichuan 合计 (the indicator block\'s subtotal)', () => {
  it('plans Σ indicator scores 20+10+10+10+30+10 = 90 into a blank 合计 得分, not the table total 98', () => {
    const a = analyseWorkbook({ sheets: [sichuanSheet({ total: [90, null] })] });
    const w = a.plan.writes.find((x) => x.address === `J${TOTAL_ROW}`);
    expect(w?.value).toBe(90);
    expect(a.computations[0].totalScore?.toString()).toBe('98');
  });
});
