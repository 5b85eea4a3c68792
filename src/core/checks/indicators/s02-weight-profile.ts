/**
 * S02 WEIGHT_PROFILE (RULES §4): an 一级's or the funds row's weight ≠ the profile's (per 一级 only
 * when the table states weights).
 */
import { decEq, decOf } from '../../money/decimal';
import type { Finding } from '../../findings';
import { toA1 } from '../../grid/a1';
import { numberOf } from '../../rules/indicator-fields';
import { fundsTotalRow } from '../../rules/indicator-total';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, firstAddress, plain } from './facts';
import { groupWeight, statesIndicatorWeights } from './weights';
import { defineRule } from '../define-rule';

export const S02 = defineRule({
  code: 'S02',
  name: 'WEIGHT_PROFILE',
  title: '权重与规则集不符',
  severity: 'warning',
  kind: 'indicators',
  meaning: '一级指标（或预算执行）的分值与评分规则的权重不同',
  params: ['weights', 'name', 'source'],
  messages: { S02funds: P.S02funds, S02level1: P.S02level1, S02missing: P.S02missing },
  evaluate(ctx: TableContext): Finding[] {
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
      out.push(S02.finding({ sheet: ctx.table.sheet, cell: fundsWeight.cell.address, message: P.S02funds(plain(fundsValue), profileWeights.funds, ctx.profile.name, ctx.profile.source), expected: profileWeights.funds, actual: plain(fundsValue) }));
    }
    for (const [label, expectedText] of Object.entries(profileWeights)) {
      if (label === 'funds' || !statesIndicatorWeights(ctx)) continue;
      const expected = decOf(expectedText);
      const g = groupWeight(counted, label);
      if (!g) continue;
      if (g.rows.length === 0) {
        const cell = block.total?.label.cell.address ?? toA1(block.range.top, block.range.left);
        out.push(S02.finding({ sheet: ctx.table.sheet, cell, message: P.S02missing(label, expectedText), expected: expectedText }));
        continue;
      }
      if (decEq(g.sum, expected)) continue;
      const first = g.rows[0].row;
      out.push(S02.finding({ sheet: ctx.table.sheet, cell: firstAddress(first.level1, first.weight), message: P.S02level1(label, plain(g.sum), expectedText, ctx.profile.name, ctx.profile.source), expected: expectedText, actual: plain(g.sum) }));
    }
    return out;
  },
});
