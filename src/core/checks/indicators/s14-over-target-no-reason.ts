/**
 * S14 OVER_TARGET_NO_REASON (RULES §4): actual beyond the over-achievement margin, no reason.
 */
import type { Finding } from '../../findings';
import { textOf } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { isEmptyReason } from './placeholder';
import { defineRule } from '../define-rule';
import { factsOf, firstAddress, marginPercent, rowName, tableExplains } from './facts';

export const S14 = defineRule({
  code: 'S14',
  name: 'OVER_TARGET_NO_REASON',
  title: '超额完成未说明原因',
  severity: 'warning',
  kind: 'indicators',
  meaning: '完成值超过目标较多，但未说明原因',
  params: ['overTargetMargin'],
  messages: { S14: P.S14 },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    if (tableExplains(ctx)) return out;
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      const r = e.row;
      if (!e.computable || e.byCoefficient || !e.overTarget || !isEmptyReason(r.reason?.text)) continue;
      out.push(
        S14.finding({
          sheet: ctx.table.sheet,
          cell: firstAddress(r.reason, r.actual),
          message: P.S14(rowName(r), textOf(r.actual).trim(), textOf(r.target).trim(), marginPercent(ctx.profile.overTargetMargin)),
        }),
      );
    }
    return out;
  },
});
