import Decimal from 'decimal.js';

/**
 * The one Decimal used for every amount (万元), rate (ratio, 0.9994 = 99.94%) and score.
 * A private clone: precision 40 significant digits, ROUND_HALF_UP (四舍五入). No global
 * `Decimal.set` anywhere, no `number` arithmetic on money.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);
export const TEN_THOUSAND = new Dec(10000);

const constants = new Map<string, Dec>();

/**
 * The Decimal of a constant written as text (a profile's '0.30', '10', '100'): Decimals are
 * immutable, so one instance per text is shared instead of parsing it again for every row.
 * Bounded (profiles hold a few dozen constants).
 */
export function decOf(text: string): Dec {
  let d = constants.get(text);
  if (d === undefined) {
    d = new Dec(text);
    if (constants.size >= 1024) constants.clear();
    constants.set(text, d);
  }
  return d;
}

/** Round half-up to `dp` decimals (the documented display places: amounts 2, rates 4 as ratio = 2 as %, scores 2). */
export function roundHalfUp(d: Dec, dp: number): Dec {
  // Already at most `dp` places (most typed weights and scores): the value itself, unchanged —
  // Decimals are immutable, and toDecimalPlaces would only copy it.
  const places = d.decimalPlaces();
  return places <= dp ? d : d.toDecimalPlaces(dp, Dec.ROUND_HALF_UP);
}

/** Ratio → percent rounded half-up to `dp` decimals of the percentage (0.999351 → 99.94 at dp=2). */
export function percentOf(ratio: Dec, dp = 2): Dec {
  return roundHalfUp(ratio.times(HUNDRED), dp);
}

/** d > 0, without the temporary Decimal that `d.greaterThan(0)` builds for its argument. */
export function isPositiveDec(d: Dec): boolean {
  return d.isPositive() && !d.isZero();
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

export function sumDec(values: readonly Dec[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(v), ZERO);
}

/**
 * The number written into a cell. Excel stores IEEE doubles; we convert only at the host
 * boundary, from an already-rounded Decimal, so `Number('99.94')` is the closest double.
 */
export function toCellNumber(d: Dec): number {
  return Number(d.toString());
}
