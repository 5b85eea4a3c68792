/**
 * isOverTarget (RULES §3 完成值高于指标值较多): 正向 actual ≥ target × (1 + margin), 反向 actual ≤
 * target × (1 − margin), never for a zero target. Values worked by hand.
 */
import { Dec } from '../../../src/core/money/decimal';
import { isOverTarget } from '../../../src/core/rules/indicator-score';

describe('isOverTarget', () => {
  it.each<[string, 'positive' | 'reverse', string, string, string, boolean]>([
    ['正向 at 130% of target (margin 30%)', 'positive', '100', '130', '0.30', true],
    ['正向 just below 130%', 'positive', '100', '129.99', '0.30', false],
    ['正向 below target', 'positive', '100', '90', '0.30', false],
    ['正向 at target, margin 0', 'positive', '100', '100', '0', true],
    ['正向 below target, negative margin (−10%): 95 ≥ 90', 'positive', '100', '95', '-0.10', true],
    ['反向 at 70% of target', 'reverse', '100', '70', '0.30', true],
    ['反向 just above 70%', 'reverse', '100', '70.01', '0.30', false],
    ['反向 above target', 'reverse', '100', '120', '0.30', false],
    ['反向 above target, negative margin: 105 ≤ 110', 'reverse', '100', '105', '-0.10', true],
    ['zero target never', 'positive', '0', '50', '0.30', false],
    ['negative target never', 'reverse', '-5', '-10', '0.30', false],
  ])('%s', (_, direction, target, actual, margin, want) => {
    expect(isOverTarget(direction, new Dec(target), new Dec(actual), new Dec(margin))).toBe(want);
  });
});
