import { Dec } from '../../../src/core/money/decimal';
import { computeIndicators, computeTotal } from '../../../src/core/rules/indicators';
import { gradeFor, gradeMatches } from '../../../src/core/rules/grade';
import { NATIONAL_PROFILE, PLATFORM_CAPS_PROFILE, type ScoringProfile } from '../../../src/core/rules/profile';
import type { FundsComputation } from '../../../src/core/rules/computed';
import { buildTable, fundsComputation, tenRows, type TableSpec } from '../helpers/indicator-table-builder';

function total(spec: TableSpec, funds?: FundsComputation, profile: ScoringProfile = NATIONAL_PROFILE) {
  const table = buildTable(spec);
  return computeTotal(table, profile, funds, computeIndicators(table, profile));
}

describe('gradeFor (90/80/60 inclusive, at 2 decimals)', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['89.995', '优'], // rounds half-up to 90.00
    ['89.994', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s → %s', (t, g) => expect(gradeFor(new Dec(t), NATIONAL_PROFILE)).toBe(g));
  it('negative totals have no band', () => expect(gradeFor(new Dec('-1'), NATIONAL_PROFILE)).toBeUndefined());
  it.each([
    ['优秀', '优', true],
    ['优 ', '优', true],
    ['良好', '良', true],
    ['良', '优', false],
    ['中等', '中', true],
  ])('gradeMatches(%s, %s)', (s, b, ok) => expect(gradeMatches(s, b)).toBe(ok));
});

describe('computeTotal (总分 = 资金得分 + Σ 指标得分, 2-decimal parts)', () => {
  it('all full marks, computed funds score 9.99 → 99.99 优', () => {
    const r = total({ rows: tenRows(), funds: { score: 9.99 } }, fundsComputation({ rate: '0.999351', fundScore: '9.99' }));
    expect(r.totalScore!.toFixed(2)).toBe('99.99');
    expect(r.grade).toBe('优');
  });
  it('uses the computed score for computable rows, the stated one otherwise', () => {
    // row 0 computable: 10 × 45 ÷ 50 = 9 (stated 10 ignored); row 6 qualitative stated 8.5
    const rows = tenRows({ 0: { actual: '45人次', score: 10 }, 6: { score: 8.5 } });
    const r = total({ rows }, fundsComputation({ fundScore: '10' }));
    // funds 10; 产出 9+10+10+10+10 = 49; 效益 10+8.5+5+5 = 28.5; 满意度 10
    expect(r.totalScore!.toFixed(2)).toBe(new Dec(10).plus(49).plus(28.5).plus(10).toFixed(2));
    expect(r.grade).toBe('优');
  });
  it('falls back to the stated funds-row score when funds were not computed', () => {
    const r = total({ rows: tenRows(), funds: { score: 8.5 } });
    expect(r.totalScore!.toFixed(2)).toBe('98.50');
  });
  it('no funds score anywhere → no total', () => {
    expect(total({ rows: tenRows() })).toEqual({});
  });
  it('a blank qualitative score → no total', () => {
    expect(total({ rows: tenRows({ 6: { score: null } }) }, fundsComputation({ fundScore: '10' }))).toEqual({});
  });
  it('stated scores count at 2 decimals: 7.005 → 7.01', () => {
    const r = total({ rows: tenRows({ 6: { score: 7.005 } }) }, fundsComputation({ fundScore: '10' }));
    expect(r.totalScore!.toFixed(2)).toBe('97.01');
  });
  it('weights totalling 110 → total but no grade (S01)', () => {
    const r = total({ rows: tenRows({ 7: { weight: 10, score: 10 }, 8: { weight: 10, score: 10 } }) }, fundsComputation({ fundScore: '10' }));
    expect(r.totalScore!.toFixed(2)).toBe('110.00');
    expect(r.grade).toBeUndefined();
  });
  it('an unparseable weight → no grade', () => {
    const r = total({ rows: tenRows({ 7: { weight: '五' } }) }, fundsComputation({ fundScore: '10' }));
    expect(r.grade).toBeUndefined();
  });
  it('20-point funds row with 80 of indicators is evaluable', () => {
    const rows = tenRows({ 7: { weight: 0, score: 0 }, 8: { weight: 0, score: 0 } });
    const r = total({ rows, funds: { weight: 20 } }, fundsComputation({ weight: '20', fundScore: '15' }));
    expect(r.totalScore!.toFixed(2)).toBe('95.00');
    expect(r.grade).toBe('优');
  });
  it('normalizeTo100: 不适用 rows left out, Σ 得分 × 100 ÷ Σ applicable 分值', () => {
    const profile = { ...NATIONAL_PROFILE, normalizeTo100: true };
    // row 7 (5 points) 不适用; applicable weights 95; scores 10 + 85 − 5 … : funds 9 + indicators 85 → 94 × 100 ÷ 95 = 98.947… → 98.95
    const rows = tenRows({ 7: { target: '不适用', actual: '不适用', weight: 5, score: '不适用' } });
    const r = total({ rows }, fundsComputation({ fundScore: '9' }), profile);
    expect(r.totalScore!.toFixed(2)).toBe('98.95');
    expect(r.grade).toBe('优');
  });
  it('execution-rate cap: 75% → 总分 ≤ 89', () => {
    const r = total({ rows: tenRows() }, fundsComputation({ rate: '0.75', fundScore: '7.5' }), PLATFORM_CAPS_PROFILE);
    expect(r.totalScore!.toFixed(2)).toBe('89.00');
    expect(r.grade).toBe('良');
  });
  it('cap boundaries: 80% uncapped, 49.99% → 59', () => {
    expect(total({ rows: tenRows() }, fundsComputation({ rate: '0.8', fundScore: '8' }), PLATFORM_CAPS_PROFILE).totalScore!.toFixed(2)).toBe('98.00');
    expect(total({ rows: tenRows() }, fundsComputation({ rate: '0.4999', fundScore: '5' }), PLATFORM_CAPS_PROFILE).totalScore!.toFixed(2)).toBe('59.00');
  });
  it('over-target deduction under the platform profile enters the total', () => {
    // row 0: ≥50人次, actual 70 (≥ 65 = 50 × 1.3) → 10 − 2 = 8
    const r = total({ rows: tenRows({ 0: { actual: '70人次' } }) }, fundsComputation({ rate: '1', fundScore: '10' }), PLATFORM_CAPS_PROFILE);
    expect(r.totalScore!.toFixed(2)).toBe('98.00');
  });
  it('总分 > 100 is not graded', () => {
    const r = total({ rows: tenRows({ 6: { score: 15 } }) }, fundsComputation({ fundScore: '10' }));
    expect(r.totalScore!.toFixed(2)).toBe('105.00');
    expect(r.grade).toBeUndefined();
  });
});
