/**
 * The generic quantitative score formulas of SPEC §3 (定量指标得分). Inputs are exact; the result
 * is exact and rounded once (half-up, 2 decimals) by the caller. Target and actual are in the
 * same unit; weight (分值) in points.
 */
import { Dec, ZERO, ONE, decGt, decGte, decLt, decLte, isPositiveDec, maxDec } from '../money/decimal';
import type { ScoringProfile } from './profile';
import type { Direction } from './target-parse';

export interface ScoreInputs {
  readonly direction: Direction;
  /** The target had an explicit 正向 operator (≥, 以上 …): a zero target then means "actual ≥ 0". */
  readonly explicitPositive: boolean;
  readonly target: Dec;
  readonly actual: Dec;
  readonly weight: Dec;
}

/**
 * 正向: actual ≥ target → 分值; else 分值 × actual ÷ target (never below 0).
 * 反向: actual ≤ target → 分值; else `ratio` 分值 × target ÷ actual or `linear`
 * 分值 × max(0, 1 − (actual − target) ÷ target) per profile.reverseFormula.
 * Target 0 (`=0`, `≤0`, `0起`): actual ≤ 0 → 分值, else 0 (an explicit `≥0`: actual ≥ 0 → 分值).
 * Exact, unrounded, always within [0, 分值] for a target ≥ 0 and 分值 ≥ 0.
 */
export function exactRuleScore(input: ScoreInputs, profile: ScoringProfile): Dec {
  const { target, actual, weight } = input;
  if (target.isZero()) {
    const met = input.direction === 'positive' && input.explicitPositive ? decGte(actual, ZERO) : decLte(actual, ZERO);
    return met ? weight : ZERO;
  }
  if (input.direction === 'positive') {
    if (decGte(actual, target)) return weight;
    return maxDec(ZERO, weight.times(actual).dividedBy(target));
  }
  if (decLte(actual, target)) return weight;
  if (profile.reverseFormula === 'linear') {
    return weight.times(maxDec(ZERO, ONE.minus(actual.minus(target).dividedBy(target))));
  }
  return weight.times(target).dividedBy(actual);
}

/**
 * Over-achievement (SPEC §3, 财预〔2020〕10号 完成值高于指标值较多): 正向 actual ≥ target × (1 + margin),
 * 反向 actual ≤ target × (1 − margin); never for a zero target. margin is a ratio ('0.30').
 */
export function isOverTarget(direction: Direction, target: Dec, actual: Dec, margin: Dec): boolean {
  if (!isPositiveDec(target)) return false;
  const f = factors(margin);
  if (direction === 'positive') {
    // Below the target is never over it (margin ≥ 0): no product needed.
    if (f.nonNegative && decLt(actual, target)) return false;
    return decGte(actual, target.times(f.up));
  }
  if (f.nonNegative && decGt(actual, target)) return false;
  return decLte(actual, target.times(f.down));
}

const marginFactors = new WeakMap<Dec, { readonly up: Dec; readonly down: Dec; readonly nonNegative: boolean }>();

/** 1 + margin and 1 − margin, once per margin instance (profiles share theirs through decOf). */
function factors(margin: Dec): { readonly up: Dec; readonly down: Dec; readonly nonNegative: boolean } {
  let f = marginFactors.get(margin);
  if (!f) {
    f = { up: ONE.plus(margin), down: ONE.minus(margin), nonNegative: !margin.isNegative() };
    marginFactors.set(margin, f);
  }
  return f;
}
