/**
 * 起草偏差原因 (issue 12): a draft per row below full marks without a reason — the facts computed
 * exactly, blanks for the cause and the measure, beginning with （草稿）; S13 flags one left in.
 * Hand figures: 10 × 92 ÷ 95 = 9.684210… → 9.68, deduction 10 − 9.68 = 0.32; 95 − 92 = 3 百分点.
 */
import { draftDeviationReasons, DRAFT_MARK, isDraftText } from '../../../src/core/rules/deviation-draft';
import { NATIONAL_PROFILE } from '../../../src/core/rules/profile';
import { buildTable, tenRows } from '../helpers/indicator-table-builder';
import { check, computationOf } from '../checks/indicators/run';

describe('draftDeviationReasons', () => {
  it('drafts the facts for a proportional row: 92% against 95%, 3 个百分点, 扣 0.32 分', () => {
    const table = buildTable({ rows: tenRows({ 1: { actual: '92%', score: 9.68, reason: '' } }), total: null });
    const drafts = draftDeviationReasons(computationOf(table), NATIONAL_PROFILE);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ address: 'H17', kind: 'deviationReason', rowName: '合格率' });
    expect(drafts[0].value).toBe('（草稿）实际完成值92%，低于年度指标值95% 3个百分点，按比例扣0.32分。原因：＿＿＿＿＿＿；改进措施：＿＿＿＿＿＿。');
  });

  it('a qualitative row below full marks gets its texts and the points lost; rows with a reason or full marks get none', () => {
    // Row 6 (社会稳定, qualitative) scored 8.5 of 10: 扣 1.50 分. Row 7 has a reason already.
    const table = buildTable({ rows: tenRows({ 6: { score: 8.5, reason: '' }, 7: { score: 4, reason: '受天气影响，已调整计划。' } }), total: null });
    const drafts = draftDeviationReasons(computationOf(table), NATIONAL_PROFILE);
    expect(drafts.map((d) => d.address)).toEqual(['H22']);
    expect(drafts[0].value).toBe('（草稿）年度指标值“明显提升”，实际完成值“达成预期指标”，扣1.50分。原因：＿＿＿＿＿＿；改进措施：＿＿＿＿＿＿。');
    expect(drafts[0].value.startsWith(DRAFT_MARK)).toBe(true);
  });

  it('S13 flags a reason that still begins with （草稿）; S04 does not fire again for it', () => {
    const text = '（草稿）实际完成值92%，低于年度指标值95% 3个百分点，按比例扣0.32分。原因：＿＿；改进措施：＿＿。';
    const table = buildTable({ rows: tenRows({ 1: { actual: '92%', score: 9.68, reason: text } }), total: null });
    const f = check(table).filter((x) => x.cell === 'H17');
    expect(f.map((x) => x.rule)).toEqual(['S13']);
    expect(f[0].severity).toBe('warning');
    expect(isDraftText(' (草稿) 已改')).toBe(true);
    expect(isDraftText('原因：人员调整（草稿）')).toBe(false);
  });
});
