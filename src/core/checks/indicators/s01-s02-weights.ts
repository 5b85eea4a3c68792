/**
 * S01 WEIGHT_TOTAL (funds 分值 + Σ indicator 分值 ≠ profile.weightTotal; a stated 分值 total in
 * the 总分 row ≠ Σ 分值; an 一级 label weight ≠ the sum of its rows) and S02 WEIGHT_PROFILE (an
 * 一级's or the funds row's weight ≠ the profile's for the table kind; a missing 一级), SPEC §4.
 */
import { Dec, ZERO, decEq, decOf } from '../../money/decimal';
import { finding, type Finding } from '../../findings';
import { toA1 } from '../../grid/a1';
import { level1Key, numberOf } from '../../rules/indicator-fields';
import { normalizeLevel2 } from '../../grid/text';
import { closingIsSubtotal, fundsTotalRow, statedPartsSum, weightTotals } from '../../rules/indicator-total';
import { indicatorWeightSums } from '../../rules/indicator-weights';
import type { IndicatorEvaluation } from '../../rules/indicator-eval';
import type { TableContext, TableRule } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, firstAddress, plain, shown } from './facts';

/** Σ valid weights of rows whose 一级 matches `label` (sameLabel); undefined when one is unparseable. */
function groupWeight(rows: readonly IndicatorEvaluation[], label: string): { sum: Dec; rows: readonly IndicatorEvaluation[] } | undefined {
  const g = indicatorWeightSums(rows).groups.get(normalizeLevel2(level1Key(label)));
  if (!g) return { sum: ZERO, rows: [] };
  if (g.invalid) return undefined;
  return { sum: g.sum, rows: g.rows };
}

/**
 * The indicator block states weights: it has a 分值/权重 column (or 一级 label weights). Local
 * forms without one (`年度绩效目标 (80分)` over 一级 | 二级 | 三级 | 目标值 | 完成值 | 得分) leave the
 * weights unstated — S01's total and S02's per-一级 sums are not checked there.
 */
export function statesIndicatorWeights(ctx: TableContext): boolean {
  const block = ctx.table.indicators;
  return block !== undefined && (block.columns.weight !== undefined || block.level1Weights.length > 0);
}

/** True when S01's main check fires (also read by S06 to explain why no grade). */
export function weightTotalOff(ctx: TableContext): boolean {
  // A form without a 分值 column states no indicator weights: their total is unknown, not 0.
  if (!statesIndicatorWeights(ctx)) return false;
  const { counted } = factsOf(ctx);
  const w = weightTotals(ctx.table, ctx.profile, ctx.computation.funds, counted);
  if (!w.complete) return false;
  if (ctx.profile.normalizeTo100 && factsOf(ctx).all.some((e) => e.shape === 'indicator' && e.notApplicable)) return false;
  return !decEq(w.all, decOf(ctx.profile.weightTotal));
}

export const S01_WEIGHT_TOTAL: TableRule = {
  id: 'indicators.weightTotal',
  codes: ['S01'],
  evaluate(ctx) {
    const block = ctx.table.indicators;
    if (!block) return [];
    const { counted } = factsOf(ctx);
    const out: Finding[] = [];
    const w = weightTotals(ctx.table, ctx.profile, ctx.computation.funds, counted);
    const fundsRow = fundsTotalRow(ctx.table);
    if (weightTotalOff(ctx)) {
      const cell = firstAddress(block.total?.weight, fundsRow?.weight, ...counted.map((e) => e.row.weight));
      out.push(
        finding({
          rule: 'S01',
          sheet: ctx.table.sheet,
          cell,
          message: P.S01total(plain(w.all), plain(w.fundsWeight ?? ZERO), plain(w.indicatorWeights), ctx.profile.weightTotal),
          expected: ctx.profile.weightTotal,
          actual: plain(w.all),
        }),
      );
    } else if (w.complete) {
      // The 分值 total row lists every row's 分值, 不适用 rows left out of the score included.
      const all = factsOf(ctx).all;
      let listed = w.all;
      for (let i = 0; i < all.length; i++) {
        const e = all[i];
        const nw = e.shape === 'indicator' && e.notApplicable && !counted.includes(e) ? numberOf(e.row.weight) : undefined;
        if (nw !== undefined) listed = listed.plus(nw);
      }
      const stated = numberOf(block.total?.weight);
      // A 合计 of the indicator block alone (closingIsSubtotal) states Σ indicator 分值 by definition.
      if (block.total?.weight && stated !== undefined && !decEq(stated, w.all) && !decEq(stated, listed) && !closingIsSubtotal(ctx.table, w, statedPartsSum(counted), ctx.profile)) {
        out.push(finding({ rule: 'S01', sheet: ctx.table.sheet, cell: block.total.weight.cell.address, message: P.S01totalRow(shown(block.total.weight), plain(w.all)), expected: plain(w.all), actual: plain(stated) }));
      }
    }
    for (const lw of block.level1Weights) {
      const stated = numberOf(lw.weight);
      const g = groupWeight(counted, lw.level1);
      if (stated === undefined || !g || g.rows.length === 0 || decEq(stated, g.sum)) continue;
      out.push(finding({ rule: 'S01', sheet: ctx.table.sheet, cell: lw.weight.cell.address, message: P.S01level1(level1Key(lw.level1), plain(stated), plain(g.sum)), expected: plain(g.sum), actual: plain(stated) }));
    }
    return out;
  },
};

export const S02_WEIGHT_PROFILE: TableRule = {
  id: 'indicators.weightProfile',
  codes: ['S02'],
  evaluate(ctx) {
    const block = ctx.table.indicators;
    if (!block || block.form === 'common' || block.form === 'other') return [];
    const profileWeights = ctx.profile.weights[ctx.table.kind];
    const { counted: countedRows, all } = factsOf(ctx);
    // The 一级 weights as the table allocates them: rows left out as 不适用 keep their 分值 there.
    const counted = all.some((e) => e.shape === 'indicator' && e.notApplicable) ? all.filter((e) => e.shape === 'indicator') : countedRows;
    const out: Finding[] = [];
    const fundsWeight = fundsTotalRow(ctx.table)?.weight ?? ctx.table.funds?.headerWeight;
    const fundsValue = numberOf(fundsWeight);
    if (fundsWeight && fundsValue !== undefined && profileWeights.funds !== undefined && !decEq(fundsValue, decOf(profileWeights.funds))) {
      out.push(finding({ rule: 'S02', sheet: ctx.table.sheet, cell: fundsWeight.cell.address, message: P.S02funds(plain(fundsValue), profileWeights.funds, ctx.profile.name, ctx.profile.source), expected: profileWeights.funds, actual: plain(fundsValue) }));
    }
    for (const [label, expectedText] of Object.entries(profileWeights)) {
      if (label === 'funds' || !statesIndicatorWeights(ctx)) continue;
      const expected = decOf(expectedText);
      const g = groupWeight(counted, label);
      if (!g) continue;
      if (g.rows.length === 0) {
        const cell = block.total?.label.cell.address ?? toA1(block.range.top, block.range.left);
        out.push(finding({ rule: 'S02', sheet: ctx.table.sheet, cell, message: P.S02missing(label, expectedText), expected: expectedText }));
        continue;
      }
      if (decEq(g.sum, expected)) continue;
      const first = g.rows[0].row;
      out.push(finding({ rule: 'S02', sheet: ctx.table.sheet, cell: firstAddress(first.level1, first.weight), message: P.S02level1(label, plain(g.sum), expectedText, ctx.profile.name, ctx.profile.source), expected: expectedText, actual: plain(g.sum) }));
    }
    return out;
  },
};
