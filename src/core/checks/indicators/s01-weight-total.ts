/**
 * S01 WEIGHT_TOTAL (RULES §4): funds 分值 + Σ indicator 分值 ≠ profile.weightTotal (only when the
 * weights are stated); a stated 分值 total in the 总分 row ≠ Σ 分值; an 一级 label weight ≠ the
 * sum of its rows.
 */
import { ZERO, decEq } from '../../money/decimal';
import type { Finding } from '../../findings';
import { level1Key, numberOf } from '../../rules/indicator-fields';
import { closingIsSubtotal, fundsTotalRow, statedPartsSum, weightTotals } from '../../rules/indicator-total';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, firstAddress, plain, shown } from './facts';
import { groupWeight, weightTotalOff } from './weights';
import { defineRule } from '../define-rule';

export const S01 = defineRule({
  code: 'S01',
  name: 'WEIGHT_TOTAL',
  title: '分值合计不符',
  severity: 'error',
  kind: 'indicators',
  meaning: '资金与各项指标的分值合计不等于 100（或与表中的分值合计不符）',
  params: ['weightTotal', 'normalizeTo100', 'fundsWeight'],
  messages: { S01level1: P.S01level1, S01total: P.S01total, S01totalRow: P.S01totalRow },
  evaluate(ctx: TableContext): Finding[] {
    const block = ctx.table.indicators;
    if (!block) return [];
    const { counted } = factsOf(ctx);
    const out: Finding[] = [];
    const w = weightTotals(ctx.table, ctx.profile, ctx.computation.funds, counted);
    const fundsRow = fundsTotalRow(ctx.table);
    if (weightTotalOff(ctx)) {
      const cell = firstAddress(block.total?.weight, fundsRow?.weight, ...counted.map((e) => e.row.weight));
      out.push(
        S01.finding({
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
        out.push(S01.finding({ sheet: ctx.table.sheet, cell: block.total.weight.cell.address, message: P.S01totalRow(shown(block.total.weight), plain(w.all)), expected: plain(w.all), actual: plain(stated) }));
      }
    }
    for (const lw of block.level1Weights) {
      const stated = numberOf(lw.weight);
      const g = groupWeight(counted, lw.level1);
      if (stated === undefined || !g || g.rows.length === 0 || decEq(stated, g.sum)) continue;
      out.push(S01.finding({ sheet: ctx.table.sheet, cell: lw.weight.cell.address, message: P.S01level1(level1Key(lw.level1), plain(stated), plain(g.sum)), expected: plain(g.sum), actual: plain(stated) }));
    }
    return out;
  },
});
