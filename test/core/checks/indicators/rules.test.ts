/**
 * Every indicator rule firing and not firing, on the ten-row template table (产出 50, 效益 30,
 * 满意度 10, funds 10 → 100; all full marks; 总分 100; 等级 优) with one change per case.
 */
import { buildTable, fundsComputation, tenRows, type RowSpec, type TableSpec } from '../../helpers/indicator-table-builder';
import { NATIONAL_PROFILE, PLATFORM_CAPS_PROFILE, type ScoringProfile } from '../../../../src/core/rules/profile';
import type { FundsComputation } from '../../../../src/core/rules/computed';
import { check, keys } from './run';

const FULL_FUNDS = fundsComputation({ rate: '1', fundScore: '10' });

function spec(over: Partial<TableSpec> = {}, rowOver: Readonly<Record<number, Partial<RowSpec>>> = {}): TableSpec {
  return { rows: tenRows(rowOver), funds: { weight: 10, score: 10 }, total: { weight: 100, score: 100 }, grade: '优', ...over };
}

function run(s: TableSpec, profile: ScoringProfile = NATIONAL_PROFILE, funds: FundsComputation | undefined = FULL_FUNDS) {
  return check(buildTable(s), profile, funds);
}

/** Findings except the I01 infos of the base table's qualitative rows (G19, G22–G24). */
function notable(s: TableSpec, profile?: ScoringProfile, funds?: FundsComputation) {
  return run(s, profile, funds ?? FULL_FUNDS).filter((f) => !(f.rule === 'I01' && ['G19', 'G22', 'G23', 'G24'].includes(f.cell!)));
}

describe('base table', () => {
  it('has no findings but the I01 infos of its qualitative rows', () => {
    expect(keys(run(spec()))).toEqual(['I01@G19', 'I01@G22', 'I01@G23', 'I01@G24']);
    expect(notable(spec())).toEqual([]);
  });
});

describe('one change → one finding (RULES §4)', () => {
  const cases: Array<[string, TableSpec, string[], RegExp?]> = [
    ['P01: 得分 “一百” (then no S03/S07/S05 for it)', spec({}, { 0: { score: '一百' } }), ['P01@G16'], /^G16：“一百” 不是数字$/],
    ['P01: #DIV/0! in 总分', spec({ total: { weight: 100, score: { error: '#DIV/0!' } } }), ['P01@G26'], /G26：“#DIV\/0!” 不是数字/],
    ['P01: 分值 “—” → one P01 (weights unknown: no S01/S02)', spec({}, { 6: { weight: '—' } }), ['P01@F22'], /不是数字/],
    ['S01: indicator weights 105', spec({ total: { weight: 105, score: 105 } }, { 7: { weight: 10, score: 10 } }), ['S01@F26', 'S02@A21', 'S06@G27'], /分值合计为105/],
    ['S01: 总分 row states 90 while Σ is 100', spec({ total: { weight: 90, score: 100 } }), ['S01@F26'], /总分行的分值合计90与各项分值之和100不符/],
    ['S01: 一级 label 产出指标(50分) vs rows 45', { ...spec({ level1Weights: [{ level1: '产出指标(50分)', weight: 50 }] }, { 4: { weight: 5, score: 5 }, 9: { weight: 15, score: 15 } }) }, ['S01@M15', 'S02@A16', 'S02@A25'], /一级指标“产出指标”标注50分，其下指标分值合计为45/],
    ['S02: funds row 20 (and indicators 80)', spec({ funds: { weight: 20, score: 20 } }, { 4: { weight: 5, score: 5 }, 9: { weight: 5, score: 5 } }), ['S02@F4', 'S02@A16', 'S02@A25'], /预算执行（资金）分值20/],
    ['S02: a missing 一级 (满意度) re-weighted into 产出 60', spec({}, { 9: { level1: '产出指标', level2: '数量指标' } }), ['S02@A26', 'S02@A16'], /缺少一级指标“满意度指标”/],
    ['S03: qualitative score 12 > 10', spec({ total: { weight: 100, score: 102 } }, { 6: { score: 12 } }), ['S03@G22', 'S06@G27'], /得分12超出0～10/],
    ['S03: negative qualitative score', spec({ total: { weight: 100, score: 89 } }, { 6: { score: -1, reason: '未完成' } }), ['S03@G22', 'S06@G27'], /负数/],
    ['S04: 8.5 with reason “无”', spec({ total: { weight: 100, score: 98.5 } }, { 6: { score: 8.5, reason: '无' } }), ['S04@H22'], /得分8.5低于分值10，未填写偏差原因/],
    ['S04 not fired with a real reason', spec({ total: { weight: 100, score: 98.5 } }, { 6: { score: 8.5, reason: '部分社区未覆盖，明年扩大范围' } }), []],
    ['S05: 总分 99 ≠ 100', spec({ total: { weight: 100, score: 99 } }), ['S05@G26'], /总分99与各项得分合计100.00不符/],
    ['S05: total leaves out the funds score', spec({ total: { weight: 100, score: 90 } }), ['S05@G26'], /未计入资金/],
    ['S05 not fired for a wrong component (S07 reports it)', spec({}, { 0: { actual: '45人次', score: 10 } }), ['S07@G16']],
    ['S06: 等级 良 for 100', spec({ grade: '良' }), ['S06@G27'], /等级“良”与总分100.00对应的等级“优”不符/],
    ['S06: 优秀 matches 优', spec({ grade: '优秀' }), []],
    ['S07: 达标但扣分', spec({ total: { weight: 100, score: 99 } }, { 0: { score: 9, reason: '略有不足' } }), ['S07@G16'], /^达标但扣分：“培训人次”/],
    ['S07: 未达标但满分 (45 of 50 → 9.00)', spec({ grade: '优' }, { 0: { actual: '45人次', reason: '人数不足' } }), ['S07@G16'], /^未达标但满分：“培训人次”未达到年度指标值，得分10，按比例应为9.00/],
    ['S07 not fired for a matching proportional score', spec({ total: { weight: 100, score: 99 } }, { 0: { actual: '45人次', score: 9, reason: '人数不足' } }), []],
    ['S07 not fired for an explained over-target deduction', spec({ total: { weight: 100, score: 99 } }, { 0: { actual: '80人次', score: 9, reason: '指标值设置偏低，适度调减' } }), []],
    ['S08: 数量 target without a number', spec({}, { 0: { target: '明显增加', actual: '明显增加' } }), ['S08@D16'], /年度指标值“明显增加”没有数值/],
    ['S08 not fired under 效益 (社会效益)', spec({}, { 6: { target: '明显提升' } }), []],
    ['S09: 实际完成值 empty', spec({}, { 6: { actual: '' } }), ['S09@E22'], /实际完成值为空/],
    ['S10: 未完成 but full marks', spec({}, { 6: { actual: '未完成年度目标' } }), ['S10@G22'], /表明未完全达成目标，却得满分/],
    ['S11: 数量指标 under 效益指标', spec({}, { 6: { level2: '数量指标' } }), ['S11@B22', 'S08@D22'], /二级指标“数量指标”不属于一级指标“效益指标”/],
    ['S11: an 一级 with no indicators', spec({ rows: [...tenRows(), { level1: '成本指标' }] }), ['S11@A26'], /下没有任何指标/],
    ['S11 skipped for the 共性 form', spec({ form: 'common' }, { 6: { level2: '数量指标' } }), ['S08@D22']],
    ['S12: actual = target but 5/10', spec({ total: { weight: 100, score: 95 } }, { 7: { weight: 10, score: 5, reason: '效果一般' }, 6: { weight: 5, score: 5 } }), ['S12@G23'], /已达成）.*得分5却低于达成档下限8.00/],
    ['S13: instruction text as actual', spec({}, { 6: { actual: '说明完成情况（100字以内）' } }), ['S13@E22'], /模板说明文字/],
    ['S13: 无 as the whole actual, no reason', spec({}, { 6: { actual: '无' } }), ['S13@E22'], /仅填写“无”/],
    // Issue 11: 完成 as an indicator's 实际完成值 states it was achieved (the S13 one-word rule is for 年度目标完成情况).
    ['S13 not fired: 完成 as an indicator actual', spec({}, { 6: { actual: '完成' } }), []],
    ['S13: instruction text in 年度总体目标', spec({ overallGoal: { expected: '请填写年度总体目标（200字以内）', actual: '已完成' } }), ['S13@B14', 'S13@F14']],
    ['S14: 130% of target, no reason', spec({}, { 0: { actual: '65人次' } }), ['S14@H16'], /超出年度指标值≥50人次达30%以上/],
    ['S14 not fired just below the margin (64.99)', spec({}, { 0: { actual: '64.99人次' } }), []],
    ['S15: 部分达成 scored 9', spec({ total: { weight: 100, score: 99 } }, { 6: { actual: '部分达成', score: 9, reason: '部分社区未覆盖' } }), ['S15@G22'], /“部分达成”，得分9不在该档6.00～8.00之内/],
    ['S15: 未达成 scored 7', spec({ total: { weight: 100, score: 97 } }, { 6: { actual: '未达成', score: 7, reason: '未覆盖' } }), ['S15@G22'], /“未达成”，得分7不在该档0.00～6.00之内/],
    ['S15 not fired: 部分达成 scored 7', spec({ total: { weight: 100, score: 97 } }, { 6: { actual: '部分达成', score: 7, reason: '部分社区未覆盖' } }), []],
    ['S16: 得分 blank', spec({ total: { weight: 100, score: null } }, { 6: { score: null } }), ['S16@G22'], /分值10，得分为空/],
    ['S16: 总分 blank with parts filled', spec({ total: { weight: 100, score: null } }), ['S16@G26'], /总分为空/],
  ];
  it.each(cases)('%s', (...args: [string, TableSpec, string[], RegExp?]) => {
    const [, s, expected, message] = args;
    const got = notable(s);
    expect(keys(got)).toEqual([...expected].sort());
    if (message) {
      const first = got.find((f) => `${f.rule}@${f.cell}` === expected[0]);
      expect(first?.message).toMatch(message);
    }
  });
});

describe('S06 not evaluable', () => {
  it('a stated 总分 of 102 over correct parts (computed 100) is S05 only, graded normally', () => {
    const f = notable(spec({ total: { weight: 100, score: 102 } }), NATIONAL_PROFILE, fundsComputation({ fundScore: '10' }));
    expect(keys(f)).toEqual(['S05@G26']);
  });
  it('info 总分超过100 when computed total > 100', () => {
    const f = notable(spec({ total: { weight: 100, score: 102 } }, { 6: { score: 12 } }));
    const s06 = f.find((x) => x.rule === 'S06')!;
    expect(s06).toMatchObject({ severity: 'info', cell: 'G27', message: '总分102.00超过100，未评定等级' });
  });
});

describe('S17 (profiles with caps/deduction only)', () => {
  it('总分 above the cap of a 75% execution rate', () => {
    const funds = fundsComputation({ rate: '0.75', fundScore: '7.5' });
    const f = notable(spec({ funds: { weight: 10, score: 7.5 }, total: { weight: 100, score: 97.5 } }), PLATFORM_CAPS_PROFILE, funds);
    // 等级 优 follows the stated 总分 (checked against stated parts); the cap is S17's alone
    expect(keys(f)).toEqual(['S17@G26']);
    expect(f.find((x) => x.rule === 'S17')!.message).toBe('执行率75.00%，总分不得超过89，现为97.5');
  });
  it('capped 总分 89 and grade 良 → nothing', () => {
    const funds = fundsComputation({ rate: '0.75', fundScore: '7.5' });
    expect(notable(spec({ funds: { weight: 10, score: 7.5 }, total: { weight: 100, score: 89 }, grade: '良' }), PLATFORM_CAPS_PROFILE, funds)).toEqual([]);
  });
  it('same table under the national profile: no S17', () => {
    const funds = fundsComputation({ rate: '0.75', fundScore: '7.5' });
    expect(keys(notable(spec({ funds: { weight: 10, score: 7.5 }, total: { weight: 100, score: 97.5 } }), NATIONAL_PROFILE, funds))).toEqual([]);
  });
  it('an over-target indicator not deducted', () => {
    const f = notable(spec({ total: { weight: 100, score: 100 } }, { 0: { actual: '80人次', reason: '超额完成，宣传到位' } }), PLATFORM_CAPS_PROFILE);
    // the stated parts still sum to the stated 总分: the wrong component is reported once, by S17
    expect(keys(f)).toEqual(['S17@G16']);
    expect(f[0].message).toBe('“培训人次”实际完成值偏离年度指标值30%以上，应扣2分，得分应为8.00');
  });
});

describe('I01', () => {
  it('own method overrides: no S07 even when the score differs from the generic rule', () => {
    const f = run(spec({ total: { weight: 100, score: 95 } }, { 0: { actual: '45人次', score: 5, reason: '按评分标准扣分', method: '每少1人次扣1分' } }));
    expect(keys(f, ['S07'])).toEqual([]);
    expect(f.find((x) => x.cell === 'G16')!.message).toMatch(/本行有自己的评分方法/);
  });
  it('inferred direction is reported as info', () => {
    const f = run(spec({}, { 0: { target: '50人次' } }));
    expect(f.find((x) => x.cell === 'G16')).toMatchObject({ rule: 'I01', severity: 'info' });
  });
});
