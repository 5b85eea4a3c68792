import { evaluateIndicatorRow } from '../../../src/core/rules/indicator-eval';
import { NATIONAL_PROFILE, PLATFORM_CAPS_PROFILE, type ScoringProfile } from '../../../src/core/rules/profile';
import { computeIndicators } from '../../../src/core/rules/indicators';
import { buildTable, type RowSpec } from '../helpers/indicator-table-builder';

function evalRow(spec: RowSpec, profile: ScoringProfile = NATIONAL_PROFILE) {
  const table = buildTable({ rows: [spec] });
  return evaluateIndicatorRow(table.indicators!.rows[0], profile);
}

const LINEAR: ScoringProfile = { ...NATIONAL_PROFILE, reverseFormula: 'linear' };

describe('quantitative scores (RULES §3), hand-computed', () => {
  // [label, row, expected score (2 dp), direction]
  const cases: Array<[string, RowSpec, string, 'positive' | 'reverse', ScoringProfile]> = [
    ['正向 met', { level2: '数量指标', target: '≥50个', actual: '52个', weight: 10 }, '10', 'positive', NATIONAL_PROFILE],
    ['正向 exactly met', { level2: '数量指标', target: '≥50个', actual: '50', weight: 10 }, '10', 'positive', NATIONAL_PROFILE],
    ['正向 missed: 10 × 45 ÷ 50', { level2: '数量指标', target: '≥50个', actual: '45个', weight: 10 }, '9', 'positive', NATIONAL_PROFILE],
    ['正向 percent: 10 × 85.5 ÷ 90 = 9.5', { level2: '质量指标', target: '90%以上', actual: '85.5%', weight: 10 }, '9.5', 'positive', NATIONAL_PROFILE],
    ['正向 1/3: 10 × 1 ÷ 3 = 3.333… → 3.33', { target: '≥3次', actual: '1次', weight: 10 }, '3.33', 'positive', NATIONAL_PROFILE],
    ['正向 2/3: 10 × 2 ÷ 3 = 6.666… → 6.67', { target: '≥3次', actual: '2次', weight: 10 }, '6.67', 'positive', NATIONAL_PROFILE],
    ['rounding tie: 5 × 99.9 ÷ 100 = 4.995 → 5.00 (half-up)', { target: '≥100%', actual: '99.9%', weight: 5 }, '5', 'positive', NATIONAL_PROFILE],
    ['rounding tie: 3 × 0.335 ÷ 1 = 1.005 → 1.01', { target: '≥1', actual: '0.335', weight: 3 }, '1.01', 'positive', NATIONAL_PROFILE],
    ['正向 negative actual → 0', { target: '≥10', actual: '-2', weight: 10 }, '0', 'positive', NATIONAL_PROFILE],
    ['= with target > 0 is 正向', { target: '=100%', actual: '96%', weight: 10 }, '9.6', 'positive', NATIONAL_PROFILE],
    ['不低于', { target: '不低于95%', actual: '94%', weight: 10 }, '9.89', 'positive', NATIONAL_PROFILE],
    ['满意度 sentence', { target: '完善工作机制，群众满意度评价达到 90% 以上', actual: '群众满意度评价达 90% 以上。', weight: 10 }, '10', 'positive', NATIONAL_PROFILE],
    ['反向 met', { level2: '成本指标', target: '≤90万元', actual: '88万元', weight: 10 }, '10', 'reverse', NATIONAL_PROFILE],
    ['反向 ratio: 10 × 90 ÷ 100 = 9', { level2: '成本指标', target: '≤90万元', actual: '100万元', weight: 10 }, '9', 'reverse', NATIONAL_PROFILE],
    ['反向 linear: 10 × (1 − 10 ÷ 90) = 8.888… → 8.89', { target: '≤90万元', actual: '100万元', weight: 10 }, '8.89', 'reverse', LINEAR],
    ['反向 linear floor at 0: actual ≥ 2 × target', { target: '≤90万元', actual: '200万元', weight: 10 }, '0', 'reverse', LINEAR],
    ['反向 以内 days: 10 × 3 ÷ 4 = 7.5', { target: '3天以内', actual: '4天', weight: 10 }, '7.5', 'reverse', NATIONAL_PROFILE],
    ['zero target met: =0起, 0', { target: '=0起', actual: '0起', weight: 10 }, '10', 'reverse', NATIONAL_PROFILE],
    ['zero target missed: =0起, 1 → 0', { target: '=0起', actual: '1', weight: 10 }, '0', 'reverse', NATIONAL_PROFILE],
    ['zero target ≤0 missed', { target: '≤0', actual: '2', weight: 10 }, '0', 'reverse', NATIONAL_PROFILE],
    ['bare number 正向 (inferred)', { level2: '数量指标', target: '100', actual: '80', weight: 10 }, '8', 'positive', NATIONAL_PROFILE],
    ['bare number under 成本指标 is 反向', { level2: '成本指标', target: '100万元', actual: '125万元', weight: 10 }, '8', 'reverse', NATIONAL_PROFILE],
    ['unitless actual takes the target unit', { target: '≥95%', actual: '95', weight: 10 }, '10', 'positive', NATIONAL_PROFILE],
    ['百分比 unit equals %', { target: '≥100百分比', actual: '98%', weight: 10 }, '9.8', 'positive', NATIONAL_PROFILE],
    ['指标性质 column ≤ overrides a bare target', { target: '5', actual: '10', weight: 10, nature: '≤' }, '5', 'reverse', NATIONAL_PROFILE],
    ['度量单位 column supplies the target unit', { target: '50', unit: '个', actual: '40个', weight: 10 }, '8', 'positive', NATIONAL_PROFILE],
    ['percent-formatted number cells', { target: { value: 0.9, numFmt: '0%' }, actual: { value: 0.81, numFmt: '0.00%' }, weight: 10 }, '9', 'positive', NATIONAL_PROFILE],
    ['weight with decimals: 2.5 × 7 ÷ 8 = 2.1875 → 2.19', { target: '≥8', actual: '7', weight: 2.5 }, '2.19', 'positive', NATIONAL_PROFILE],
  ];
  it.each(cases)('%s', (_label, spec, expected, direction, profile) => {
    const e = evalRow(spec, profile);
    expect(e.computable).toBe(true);
    expect(e.direction).toBe(direction);
    expect(e.score!.toFixed(2)).toBe(Number(expected).toFixed(2));
  });
});

describe('not computable (I01 reasons)', () => {
  const cases: Array<[string, RowSpec, boolean, RegExp | undefined]> = [
    ['qualitative target', { target: '在规定范围内', actual: '在规定范围内', weight: 10 }, true, /无数值/],
    ['按时完成', { target: '按时完成', actual: '按时完成', weight: 10 }, true, /无数值/],
    ['date target', { target: '12月底前', actual: '12月20日', weight: 10 }, true, /时间要求/],
    ['actual text', { target: '≥50个', actual: '达成预期指标', weight: 10 }, true, /实际完成值“达成预期指标”无数值/],
    ['units differ', { target: '≥50个', actual: '50%', weight: 10 }, false, /单位“个”与实际完成值单位“%”不一致/],
    ['own method wins', { target: '≥50个', actual: '52个', weight: 10, method: '每少1个扣1分' }, false, /本行有自己的评分方法/],
    ['定性 nature', { target: '≥50个', actual: '52个', weight: 10, nature: '定性' }, true, /定性/],
    ['range target', { target: '90%-100%', actual: '95%', weight: 10 }, false, /多个数值/],
    ['blank target', { target: '', actual: '95%', weight: 10 }, false, /年度指标值为空/],
    ['blank weight', { target: '≥50个', actual: '52个' }, false, /分值为空/],
    ['blank actual is S09, no I01', { target: '≥50个', actual: '', weight: 10 }, false, undefined],
    ['invalid weight is P01, no I01', { target: '≥50个', actual: '52个', weight: '十' }, false, undefined],
  ];
  it.each(cases)('%s', (_l, spec, qualitative, note) => {
    const e = evalRow(spec);
    expect(e.computable).toBe(false);
    expect(e.qualitative).toBe(qualitative);
    if (note) expect(e.note).toMatch(note);
    else expect(e.note).toBeUndefined();
  });

  it('inferred direction is noted on a computable row', () => {
    expect(evalRow({ level2: '数量指标', target: '100', actual: '80', weight: 10 }).note).toMatch(/按正向指标/);
    expect(evalRow({ level2: '成本指标', target: '100', actual: '80', weight: 10 }).note).toMatch(/按反向指标/);
    expect(evalRow({ target: '≥100', actual: '80', weight: 10 }).note).toBeUndefined();
  });
});

describe('Chongqing 得分系数: 得分 = 权重 × 得分系数', () => {
  it.each([
    [{ value: 0.955, numFmt: '0.0%' }, 8, '7.64'],
    [95.5, 8, '7.64'],
    ['100%', 6, '6.00'],
    [0, 6, '0.00'],
  ])('%p × %p', (coefficient, weight, expected) => {
    const e = evalRow({ target: '在规定范围内', actual: '完成', weight, coefficient });
    expect(e.computable).toBe(true);
    expect(e.byCoefficient).toBe(true);
    expect(e.score!.toFixed(2)).toBe(expected);
  });
  it('a coefficient above 100% is not scored (S03 reports it)', () => {
    expect(evalRow({ target: 'x', actual: 'y', weight: 8, coefficient: '120%' }).computable).toBe(false);
  });
});

describe('over-achievement and the local deduction', () => {
  it('正向 at exactly target × 1.3 is over target', () => {
    expect(evalRow({ target: '≥100', actual: '130', weight: 10 }).overTarget).toBe(true);
    expect(evalRow({ target: '≥100', actual: '129.99', weight: 10 }).overTarget).toBe(false);
  });
  it('反向 at target × 0.7 is over target', () => {
    expect(evalRow({ target: '≤100万元', actual: '70万元', weight: 10 }).overTarget).toBe(true);
    expect(evalRow({ target: '≤100万元', actual: '70.01万元', weight: 10 }).overTarget).toBe(false);
  });
  it('platform profile deducts 2 points from an over-target row', () => {
    const e = evalRow({ target: '≥100', actual: '150', weight: 10 }, PLATFORM_CAPS_PROFILE);
    expect(e.ruleScore!.toFixed(2)).toBe('10.00');
    expect(e.score!.toFixed(2)).toBe('8.00');
    expect(e.deducted).toBe(true);
  });
  it('the deduction never goes below 0', () => {
    expect(evalRow({ target: '≥100', actual: '150', weight: 1 }, PLATFORM_CAPS_PROFILE).score!.toFixed(2)).toBe('0.00');
  });
});

describe('computeIndicators', () => {
  it('returns one IndicatorScore per indicator row and Σ weights', () => {
    const table = buildTable({
      rows: [
        { level1: '产出指标', level2: '数量指标', name: 'a', target: '≥50个', actual: '45个', weight: 10, score: 9 },
        { level1: '产出指标', level2: '质量指标', name: 'b', target: '在规定范围内', actual: '在规定范围内', weight: 12.5, score: 12 },
        { level1: '产出指标' },
      ],
    });
    const c = computeIndicators(table, NATIONAL_PROFILE)!;
    expect(c.weightSum.toString()).toBe('22.5');
    expect(c.rows).toHaveLength(2);
    expect(c.rows[0]).toMatchObject({ row: 15, computable: true, direction: 'positive', qualitative: false });
    expect(c.rows[0].score!.toFixed(2)).toBe('9.00');
    expect(c.rows[1]).toMatchObject({ row: 16, computable: false, qualitative: true });
    expect(c.rows[1].score).toBeUndefined();
    expect(c.rows[1].notComputableReason).toMatch(/无数值/);
  });
  it('undefined without an indicator block', () => {
    const t = buildTable({ rows: [] });
    expect(computeIndicators({ ...t, indicators: undefined }, NATIONAL_PROFILE)).toBeUndefined();
  });
});
