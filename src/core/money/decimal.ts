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

const interned = new Map<string, Dec>();

/**
 * One shared instance per value for computed results that recur (a rule's 2-decimal scores):
 * equal values then share an instance, which sums over many rows count (money/exact-sum.ts).
 * The value is unchanged (the same digits, exponent and sign); zeros and non-finite values are
 * returned as they are (their text would not tell −0 from 0). Bounded.
 */
export function internDec(d: Dec): Dec {
  if (!d.d || d.d[0] === 0) return d;
  const key = d.toString();
  const shared = interned.get(key);
  if (shared !== undefined) return shared;
  if (interned.size >= 4096) interned.clear();
  interned.set(key, d);
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

/**
 * a.comparedTo(b) without its copy of `b`: decimal.js's comparisons construct a new Decimal of
 * their argument (digits array included) on every call, and a 10k-row check compares a few
 * hundred thousand times. Same result as `a.comparedTo(b)` for two `Dec` values: -1, 0, 1, or
 * NaN when either is NaN. Reads only the documented instance properties `d` (digits, base 1e7,
 * null for ±Infinity/NaN), `e` (exponent) and `s` (sign, NaN for NaN); no arithmetic, so the money
 * rule holds — it decides an order, never a value.
 */
export function compareDec(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  const as = a.s;
  const bs = b.s;
  // NaN or ±Infinity (as decimal.js's cmp).
  if (!ad || !bd) return !as || !bs ? NaN : as !== bs ? as : ad === bd ? 0 : (!ad !== as < 0) ? 1 : -1;
  // Either zero (±0 equal).
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -bs : 0;
  if (as !== bs) return as;
  if (a.e !== b.e) return (a.e > b.e) !== as < 0 ? 1 : -1;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return (ad[i] > bd[i]) !== as < 0 ? 1 : -1;
  return ad.length === bd.length ? 0 : (ad.length > bd.length) !== as < 0 ? 1 : -1;
}

/** a < b (as `a.lessThan(b)`, without a temporary Decimal). */
export function decLt(a: Dec, b: Dec): boolean {
  return compareDec(a, b) < 0;
}

/** a ≤ b. */
export function decLte(a: Dec, b: Dec): boolean {
  const c = compareDec(a, b);
  return c < 0 || c === 0;
}

/** a > b. */
export function decGt(a: Dec, b: Dec): boolean {
  return compareDec(a, b) > 0;
}

/** a ≥ b. */
export function decGte(a: Dec, b: Dec): boolean {
  const c = compareDec(a, b);
  return c > 0 || c === 0;
}

/** a = b (±0 equal, as `a.equals(b)`). */
export function decEq(a: Dec, b: Dec): boolean {
  return compareDec(a, b) === 0;
}

/** d < 0 (strictly: −0 is not negative here), as `d.lessThan(0)`. */
export function isNegativeDec(d: Dec): boolean {
  return d.isNegative() && !d.isZero();
}

export function minDec(a: Dec, b: Dec): Dec {
  return decLt(a, b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return decGt(a, b) ? a : b;
}

/** Σ values in order, one accumulator (the same sums as `reduce((acc, v) => acc.plus(v), 0)`). */
export function sumDec(values: readonly Dec[]): Dec {
  let acc = ZERO;
  for (let i = 0; i < values.length; i++) acc = acc.plus(values[i]);
  return acc;
}

/**
 * The number written into a cell. Excel stores IEEE doubles; we convert only at the host
 * boundary, from an already-rounded Decimal, so `Number('99.94')` is the closest double.
 */
export function toCellNumber(d: Dec): number {
  return Number(d.toString());
}
