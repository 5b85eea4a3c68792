/**
 * ruleOutcome (indicator-score.ts): the generic rule's score of a row (RULES §3), memoised per
 * Decimal instance and profile. Values worked by hand; a memo hit must give what a fresh
 * computation gives, for every profile and direction.
 */
import { Dec } from '../../../src/core/money/decimal';
import { NATIONAL_PROFILE, type ScoringProfile } from '../../../src/core/rules/profile';
import { ruleOutcome } from '../../../src/core/rules/indicator-score';

const LINEAR: ScoringProfile = { ...NATIONAL_PROFILE, reverseFormula: 'linear' };
const DEDUCTING: ScoringProfile = { ...NATIONAL_PROFILE, overTargetDeduction: '2' };

describe('ruleOutcome', () => {
  it.each<[string, ScoringProfile, 'positive' | 'reverse', boolean, string, string, string, string, string, boolean, boolean]>([
    // [case, profile, direction, explicit ≥, target, actual, weight, exact, score, overTarget, deducted]
    ['正向 met', NATIONAL_PROFILE, 'positive', true, '40', '40', '0.9', '0.9', '0.9', false, false],
    ['正向 missed: 0.9 × 40 ÷ 41 = 36 ÷ 41 (period 87804, 40 digits half-up)', NATIONAL_PROFILE, 'positive', true, '41', '40', '0.9', '0.8780487804878048780487804878048780487805', '0.88', false, false],
    ['正向 tie rounds half up: 10 × 0.4985 ÷ 1 → 4.985 → 4.99', NATIONAL_PROFILE, 'positive', false, '1', '0.4985', '10', '4.985', '4.99', false, false],
    ['反向 ratio: 10 × 100 ÷ 125 = 8', NATIONAL_PROFILE, 'reverse', false, '100', '125', '10', '8', '8', false, false],
    ['反向 linear: 10 × (1 − 25 ÷ 100) = 7.5', LINEAR, 'reverse', false, '100', '125', '10', '7.5', '7.5', false, false],
    ['over target, no deduction', NATIONAL_PROFILE, 'positive', true, '100', '130', '10', '10', '10', true, false],
    ['over target, 2 deducted', DEDUCTING, 'positive', true, '100', '130', '10', '10', '8', true, true],
    ['over target, deduction floors at 0', DEDUCTING, 'positive', true, '100', '130', '1', '1', '0', true, true],
    ['zero target, actual 0 met', NATIONAL_PROFILE, 'reverse', false, '0', '0', '5', '5', '5', false, false],
    ['zero target, explicit ≥0 and negative actual', NATIONAL_PROFILE, 'positive', true, '0', '-1', '5', '0', '0', false, false],
  ])('%s', (_, profile, direction, explicit, target, actual, weight, exact, score, overTarget, deducted) => {
    const t = new Dec(target);
    const a = new Dec(actual);
    const w = new Dec(weight);
    // First call computes, second is a memo hit on the same instances: both give the hand values.
    for (let i = 0; i < 2; i++) {
      const o = ruleOutcome(direction, explicit, t, a, w, profile);
      expect(o.exact.toString()).toBe(exact);
      expect(o.score.toString()).toBe(score);
      expect(o.overTarget).toBe(overTarget);
      expect(o.deducted).toBe(deducted);
    }
  });

  it('the same instances under another profile or direction are computed for that profile', () => {
    const t = new Dec('100');
    const a = new Dec('125');
    const w = new Dec('10');
    expect(ruleOutcome('reverse', false, t, a, w, NATIONAL_PROFILE).score.toString()).toBe('8');
    expect(ruleOutcome('reverse', false, t, a, w, LINEAR).score.toString()).toBe('7.5');
    expect(ruleOutcome('positive', false, t, a, w, NATIONAL_PROFILE).score.toString()).toBe('10');
    expect(ruleOutcome('reverse', false, t, a, w, NATIONAL_PROFILE).score.toString()).toBe('8');
  });
});
