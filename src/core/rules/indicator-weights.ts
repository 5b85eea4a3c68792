/**
 * Σ 分值 of the indicator rows that count (RULES §3 总分 and S01/S02): in all and per 一级, once per
 * rows array and shared by the computation and the checks. Points, exact Decimals.
 */
import type { Dec } from '../money/decimal';
import { sumExact } from '../money/exact-sum';
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
  /** The valid 分值 of the rows, in row order (summed once the group is complete). */
  readonly weights: Dec[];
  invalid: boolean;
}

const memo = new WeakMap<readonly IndicatorEvaluation[], IndicatorWeights>();

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
  const drafts = new Map<string, GroupDraft>();
  // The 一级 text repeats down the block (merged cells): its key is derived once per distinct text.
  const byText = new Map<string, GroupDraft>();
  let anyInvalid = false;
  const all: Dec[] = [];
  for (let i = 0; i < rows.length; i++) {
    const e = rows[i];
    const text = textOf(e.row.level1);
    let g = byText.get(text);
    if (!g) {
      const key = normalizeLevel2(level1Key(text));
      g = drafts.get(key);
      if (!g) {
        g = { rows: [], weights: [], invalid: false };
        drafts.set(key, g);
      }
      byText.set(text, g);
    }
    g.rows.push(e);
    const field = e.row.weight;
    const w = numberOf(field);
    if (w !== undefined) {
      g.weights.push(w);
      all.push(w);
    } else if (isInvalidNumber(field)) {
      g.invalid = true;
      anyInvalid = true;
    }
  }
  // Each sum is the row-order sum's value (sumExact), with one product per distinct weight.
  const groups = new Map<string, WeightGroup>();
  drafts.forEach((g, key) => {
    groups.set(key, { rows: g.rows, sum: sumExact(g.weights), invalid: g.invalid });
  });
  return { sum: sumExact(all), anyInvalid, groups };
}
