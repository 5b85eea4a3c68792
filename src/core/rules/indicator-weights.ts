/**
 * Σ 分值 of the indicator rows that count (SPEC §3 总分 and S01/S02): in all and per 一级, once per
 * rows array and shared by the computation and the checks. Points, exact Decimals.
 */
import { Dec, ZERO } from '../money/decimal';
import { normalizeLevel2 } from '../grid/text';
import type { IndicatorEvaluation } from './indicator-eval';
import { isInvalidNumber, level1Key, numberOf, textOf } from './indicator-fields';

export interface WeightGroup {
  /** The group's rows, in row order. */
  readonly rows: readonly IndicatorEvaluation[];
  /** Σ valid 分值 of the rows, in row order. */
  readonly sum: Dec;
  /** A 分值 cell of the group is unparseable (the sum is then not known). */
  readonly invalid: boolean;
}

export interface IndicatorWeights {
  /** Σ valid 分值 of all rows (the value of summing them in row order). */
  readonly sum: Dec;
  /** A 分值 cell is unparseable. */
  readonly anyInvalid: boolean;
  /** By 一级 as sameLabel compares it (normalizeLevel2 of level1Key), in order of first appearance. */
  readonly groups: ReadonlyMap<string, WeightGroup>;
}

interface GroupDraft {
  readonly rows: IndicatorEvaluation[];
  sum: Dec;
  invalid: boolean;
}

const memo = new WeakMap<readonly IndicatorEvaluation[], IndicatorWeights>();

/** Decimal digits per word of decimal.js's digit array (base 1e7). */
const DIGITS_PER_WORD = 7;

/** The rows' 分值 sums; computed once per rows array (read-only, shared). */
export function indicatorWeightSums(rows: readonly IndicatorEvaluation[]): IndicatorWeights {
  let w = memo.get(rows);
  if (!w) {
    w = computeWeights(rows);
    memo.set(rows, w);
  }
  return w;
}

function computeWeights(rows: readonly IndicatorEvaluation[]): IndicatorWeights {
  const groups = new Map<string, GroupDraft>();
  // The 一级 text repeats down the block (merged cells): its key is derived once per distinct text.
  const byText = new Map<string, GroupDraft>();
  let anyInvalid = false;
  const span = new DigitSpan();
  for (let i = 0; i < rows.length; i++) {
    const e = rows[i];
    const text = textOf(e.row.level1);
    let g = byText.get(text);
    if (!g) {
      const key = normalizeLevel2(level1Key(text));
      g = groups.get(key);
      if (!g) {
        g = { rows: [], sum: ZERO, invalid: false };
        groups.set(key, g);
      }
      byText.set(text, g);
    }
    g.rows.push(e);
    const field = e.row.weight;
    const w = numberOf(field);
    if (w !== undefined) {
      g.sum = g.sum.plus(w);
      span.add(w);
    } else if (isInvalidNumber(field)) {
      g.invalid = true;
      anyInvalid = true;
    }
  }
  return { sum: span.fitsPrecision() ? sumOfGroups(groups) : sumInRowOrder(rows), anyInvalid, groups };
}

/**
 * Σ of the group sums. Used only when no addition can round (DigitSpan): exact addition is
 * associative, so this is the very value of the row-order sum, for one addition per group
 * instead of one per row.
 */
function sumOfGroups(groups: ReadonlyMap<string, GroupDraft>): Dec {
  let sum = ZERO;
  for (const g of groups.values()) sum = sum.plus(g.sum);
  return sum;
}

function sumInRowOrder(rows: readonly IndicatorEvaluation[]): Dec {
  let sum = ZERO;
  for (let i = 0; i < rows.length; i++) {
    const w = numberOf(rows[i].row.weight);
    if (w !== undefined) sum = sum.plus(w);
  }
  return sum;
}

/**
 * Whether every partial sum of some values fits Dec's precision, so that no `plus` over them
 * rounds, in any order. Tracks the highest digit position (exponent `e`) and a lower bound of the
 * lowest non-zero digit position of the non-zero values: any sum of n of them is below
 * n × 10^(highest + 1), so its digits lie between the lowest position and highest + (digits of n).
 * Conservative (a bound may say "does not fit" for sums that would; never the reverse).
 */
class DigitSpan {
  private count = 0;
  private highest = -Infinity;
  private lowest = Infinity;

  add(d: Dec): void {
    if (d.isZero()) return; // adds no digit (±0 sums to +0 either way)
    this.count += 1;
    const e = d.e;
    if (e > this.highest) this.highest = e;
    // decimal.js keeps the digits in `d`, words of base 1e7 (7 decimal places each), the first word
    // holding the digit at position `e`: the last word ends at position 7 × (⌊e/7⌋ − words + 1),
    // at or below the lowest non-zero digit. Read from the documented `d` and `e` only (no digit
    // counting per value: every weight passes here).
    const low = DIGITS_PER_WORD * (Math.floor(e / DIGITS_PER_WORD) - d.d.length + 1);
    if (low < this.lowest) this.lowest = low;
  }

  fitsPrecision(): boolean {
    if (this.count === 0) return true;
    const digits = this.highest + String(this.count).length - this.lowest + 1;
    return digits <= Dec.precision;
  }
}
