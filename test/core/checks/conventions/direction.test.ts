/**
 * Issue 11 class 6c: a bare target takes its direction from what the indicator measures (RULES §3);
 * when the direction is only a default, the score is computed both ways. Scores by hand.
 */
import { alarms, findingsOf, nationalIndicatorRow, nationalSheet, NATIONAL_INDICATORS, type IndicatorLine } from './grids';
import { directionByMeasure } from '../../../../src/core/rules/indicator-eval';

/** The base indicators with line `i` replaced; 总分 = 9.50 + Σ stated scores. */
function table(i: number, line: IndicatorLine) {
  const inds = NATIONAL_INDICATORS.map((l, j) => (j === i ? line : l));
  const sum = inds.reduce((s, l) => s + Number(l[6]), 0);
  return nationalSheet({ indicators: inds, total: [100, 9.5 + sum] });
}

describe('class 6c: direction by what the indicator measures', () => {
  it.each([
    ['预算调整率', 'reverse'], ['结转结余率', 'reverse'], ['超支率', 'reverse'], ['差错率', 'reverse'], ['群众投诉率', 'reverse'],
    ['安全事故率', 'reverse'], ['每人次培训成本', 'reverse'], ['会议费用', 'reverse'], ['设备单价', 'reverse'],
    ['任务完成率', 'positive'], ['验收合格率', 'positive'], ['覆盖率', 'positive'], ['资金拨付及时率', 'positive'], ['达标率', 'positive'],
    ['预算执行率', 'positive'], ['政策知晓率', 'positive'], ['群众满意度', 'positive'], ['成本控制执行率', 'positive'],
    ['培训人次', undefined], ['修缮面积', undefined],
  ])('%s → %p', (name, dir) => {
    expect(directionByMeasure(name)).toBe(dir);
  });

  it('a ceiling named by the measure (差错率 2%, actual 1.5%) is 反向: full marks 20 are right (no S07; 1.5 > 2 × 0.7, not over target)', () => {
    const f = findingsOf(table(1, ['产出指标', '质量指标', '核算差错率', '2%', '1.5%', 20, 20]));
    expect(alarms(f)).toEqual([]);
    expect(f.filter((x) => x.rule === 'I01').map((x) => x.cell)).toEqual([`H${nationalIndicatorRow(1)}`]);
  });

  it('a floor under 成本指标 (项目完成率 100%, actual 95%) is 正向: 10 × 95 ÷ 100 = 9.50 (no S07)', () => {
    expect(alarms(findingsOf(table(2, ['产出指标', '成本指标', '项目完成率', '100%', '95%', 10, 9.5, '个别学员延期结业'])))).toEqual([]);
  });

  it('a cost under 成本指标 (每人次培训成本 2000元, actual 2500元) is 反向: 10 × 2000 ÷ 2500 = 8.00', () => {
    expect(alarms(findingsOf(table(2, ['产出指标', '成本指标', '每人次培训成本', '2000元', '2500元', 10, 8, '教材价格上涨'])))).toEqual([]);
  });

  describe('direction only a default (培训人次 500, actual 400, 分值 20): 正向 16.00, 反向 20.00', () => {
    it.each([16, 20])('stated %p matches one direction: no score finding', (stated) => {
      const reason = stated < 20 ? '部分学员未报到' : null;
      expect(alarms(findingsOf(table(0, ['产出指标', '数量指标', '培训人次', '500', '400', 20, stated, reason])))).toEqual([]);
    });

    it('stated 18 matches neither: S07 naming both', () => {
      const f = findingsOf(table(0, ['产出指标', '数量指标', '培训人次', '500', '400', 20, 18, '部分学员未报到']));
      const row = nationalIndicatorRow(0);
      expect(alarms(f)).toEqual([`S07:error@H${row}`]);
      expect(f.find((x) => x.rule === 'S07')!.message).toBe('“培训人次”年度指标值未写明方向，得分18与按正向计分的16.00、按反向计分的20.00均不符');
    });
  });
});
