/**
 * The generic quantitative score formulas of RULES §3 (定量指标得分). Inputs are exact; the result
 * is exact and rounded once (half-up, 2 decimals) by the caller. Target and actual are in the
 * same unit; weight (分值) in points.
 */
import { Dec, ZERO, ONE, decGt, decGte, decLt, decLte, decOf, internDec, isPositiveDec, maxDec, roundHalfUp } from '../money/decimal';
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
 * Over-achievement (RULES §3, 财预〔2020〕10号 完成值高于指标值较多): 正向 actual ≥ target × (1 + margin),
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

/** The rule's result for one set of inputs (indicator-eval.ts copies it into the row's evaluation). */
export interface RuleOutcome {
  /** exactRuleScore, unrounded. */
  readonly exact: Dec;
  /** exact rounded half-up to 2 decimals. */
  readonly ruleScore: Dec;
  /** ruleScore less profile.overTargetDeduction (never below 0) when over target, else ruleScore. */
  readonly score: Dec;
  readonly overTarget: boolean;
  readonly deducted: boolean;
}

/** Outcomes by profile, then target, actual and weight instance, then direction variant (outcomeSlot). */
type OutcomeMemo = Map<Dec, Map<Dec, Map<Dec, Array<RuleOutcome | undefined>>>>;
const outcomes = new WeakMap<ScoringProfile, { memo: OutcomeMemo; size: number }>();
const OUTCOME_MEMO_LIMIT = 8192;

/**
 * The rule's score of a row, shared by rows with the same inputs. Parsing is memoised (one Dec
 * instance per distinct cell text or value), and rows repeat their targets, actuals and weights
 * down a table and across the sheets of a workbook: a pure function of immutable Decimals, keyed by
 * the instances themselves, so a hit gives the very Decimals the computation would (equal values
 * held by other instances are merely computed again). Bounded.
 */
export function ruleOutcome(direction: Direction, explicitPositive: boolean, target: Dec, actual: Dec, weight: Dec, profile: ScoringProfile): RuleOutcome {
  let entry = outcomes.get(profile);
  if (!entry) {
    entry = { memo: new Map(), size: 0 };
    outcomes.set(profile, entry);
  }
  let byActual = entry.memo.get(target);
  if (!byActual) {
    byActual = new Map();
    entry.memo.set(target, byActual);
  }
  let byWeight = byActual.get(actual);
  if (!byWeight) {
    byWeight = new Map();
    byActual.set(actual, byWeight);
  }
  let slots = byWeight.get(weight);
  if (!slots) {
    slots = [undefined, undefined, undefined, undefined];
    byWeight.set(weight, slots);
  }
  const slot = (direction === 'positive' ? 2 : 0) + (explicitPositive ? 1 : 0);
  let o = slots[slot];
  if (o === undefined) {
    o = computeOutcome(direction, explicitPositive, target, actual, weight, profile);
    if (entry.size >= OUTCOME_MEMO_LIMIT) {
      entry.memo.clear();
      entry.size = 0;
      return o;
    }
    slots[slot] = o;
    entry.size += 1;
  }
  return o;
}

function computeOutcome(direction: Direction, explicitPositive: boolean, target: Dec, actual: Dec, weight: Dec, profile: ScoringProfile): RuleOutcome {
  const exact = exactRuleScore({ direction, explicitPositive, target, actual, weight }, profile);
  // Interned: rows with other inputs often score the same, and the 总分 sums count instances.
  const ruleScore = internDec(roundHalfUp(exact, 2));
  const overTarget = isOverTarget(direction, target, actual, decOf(profile.overTargetMargin));
  const deduction = profile.overTargetDeduction === null ? undefined : decOf(profile.overTargetDeduction);
  if (!overTarget || deduction === undefined) return { exact, ruleScore, score: ruleScore, overTarget, deducted: false };
  return { exact, ruleScore, score: internDec(maxDec(ZERO, ruleScore.minus(deduction))), overTarget, deducted: true };
}
