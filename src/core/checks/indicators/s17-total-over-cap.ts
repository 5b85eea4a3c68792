/**
 * S17 TOTAL_OVER_CAP (RULES §4; profiles with caps): 总分 above the cap its 执行率 allows
 * (executionRateCaps), and an indicator over its target by the margin whose stated score is the
 * rule's score without the profile's local deduction (overTargetDeduction).
 */
import { decGt } from '../../money/decimal';
import { formatPercent } from '../../money/format';
import type { Finding } from '../../findings';
import { capFor } from '../../rules/indicator-total';
import { number2 } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { defineRule } from '../define-rule';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, marginPercent, quantOutcome, rowName, score2, shown } from './facts';
import { isSubtotal } from './totals';

export const S17 = defineRule({
  code: 'S17',
  name: 'TOTAL_OVER_CAP',
  title: '总分超过封顶',
  severity: 'error',
  kind: 'indicators',
  meaning: '总分超过执行率对应的封顶分，或超额完成的指标未按规则扣分',
  params: ['executionRateCaps', 'overTargetDeduction', 'overTargetMargin'],
  messages: { S17cap: P.S17cap, S17deduction: P.S17deduction },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    // The over-target deduction, row by row (only rows the profile deducted from).
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      if (!e.deducted) continue;
      const o = quantOutcome(e);
      const r = e.row;
      if (!o || !r.score || o.kind !== 'S17') continue;
      const deduction = ctx.profile.overTargetDeduction ?? '0';
      const expected = score2(o.expected);
      out.push(S17.finding({ sheet: ctx.table.sheet, cell: r.score.cell.address, message: P.S17deduction(rowName(r), marginPercent(ctx.profile.overTargetMargin), deduction, expected), expected, actual: shown(r.score) }));
    }
    // The 总分 cap.
    const total = ctx.table.indicators?.total;
    const stated = number2(total?.score);
    const rate = ctx.computation.funds?.executionRate;
    const cap = capFor(rate, ctx.profile);
    if (!total?.score || stated === undefined || cap === undefined || rate === undefined || !decGt(stated, cap) || isSubtotal(ctx)) return out;
    out.push(S17.finding({ sheet: ctx.table.sheet, cell: total.score.cell.address, message: P.S17cap(shown(total.score), formatPercent(rate), cap.toString()), expected: cap.toString(), actual: shown(total.score) }));
    return out;
  },
});
