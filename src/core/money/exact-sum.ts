/**
 * Sums of many Decimals with few additions (a 10k-row workbook sums 分值 and 得分 column by column):
 * the value of adding the values one by one in order (sumDec), computed as Σ value × count over
 * the distinct Decimal instances when no addition can round. Memoised parsing shares one instance
 * per distinct cell value, so a column of repeated weights costs one multiplication, not one
 * addition (and one Decimal) per row. All arithmetic is Dec arithmetic (the money rule); the
 * counts are plain integers.
 */
import { Dec, ZERO, sumDec } from './decimal';

/** Decimal digits per word of decimal.js's digit array (base 1e7). */
const DIGITS_PER_WORD = 7;

/** Fewer values than this are summed one by one (nothing to share). */
const MIN_SHARED = 4;

/**
 * Whether every partial sum of some values fits Dec's precision, so that no `plus` over them
 * rounds, in any order. Tracks the highest digit position (exponent `e`) and a lower bound of the
 * lowest non-zero digit position of the non-zero values: any sum of n of them is below
 * n × 10^(highest + 1), so its digits lie between the lowest position and highest + (digits of n).
 * Conservative (a bound may say "does not fit" for sums that would; never the reverse).
 */
export class DigitSpan {
  private count = 0;
  private highest = -Infinity;
  private lowest = Infinity;
  private finite = true;

  add(d: Dec): void {
    const digits = d.d;
    if (!digits) {
      this.finite = false; // ±Infinity or NaN: no bound
      return;
    }
    if (digits[0] === 0) return; // zero adds no digit (±0 sums to +0 either way)
    this.count += 1;
    const e = d.e;
    if (e > this.highest) this.highest = e;
    // decimal.js keeps the digits in `d`, words of base 1e7 (7 decimal places each), the first word
    // holding the digit at position `e`: the last word ends at position 7 × (⌊e/7⌋ − words + 1),
    // at or below the lowest non-zero digit. Read from the documented `d` and `e` only (no digit
    // counting per value).
    const low = DIGITS_PER_WORD * (Math.floor(e / DIGITS_PER_WORD) - digits.length + 1);
    if (low < this.lowest) this.lowest = low;
  }

  fitsPrecision(): boolean {
    if (!this.finite) return false;
    if (this.count === 0) return true;
    const digits = this.highest + String(this.count).length - this.lowest + 1;
    return digits <= Dec.precision;
  }
}

/**
 * Σ values in order from zero: the very value of `sumDec(values)` (same digits, same sign of zero).
 *
 * When the DigitSpan of the values says no partial sum of them can round, addition is exact and so
 * associative and commutative: the sum is Σ v × (occurrences of v) over the distinct instances,
 * each product being the exact sum of equal values (its digits lie within the same span). A zero
 * adds nothing to an exact sum, so zeros are left out (the result of an all-zero sum is +0, as
 * sumDec's). Otherwise, or when the values share few instances, they are added one by one.
 */
export function sumExact(values: readonly Dec[]): Dec {
  const n = values.length;
  if (n < MIN_SHARED) return sumDec(values);
  const span = new DigitSpan();
  const counts = new Map<Dec, number>();
  for (let i = 0; i < n; i++) {
    const v = values[i];
    span.add(v);
    if (v.d && v.d[0] === 0) continue;
    const c = counts.get(v);
    counts.set(v, c === undefined ? 1 : c + 1);
  }
  // Mostly distinct instances: products would not save additions.
  if (!span.fitsPrecision() || counts.size * 2 > n) return sumDec(values);
  let acc = ZERO;
  counts.forEach((count, v) => {
    acc = acc.plus(count === 1 ? v : v.times(count));
  });
  return acc;
}
