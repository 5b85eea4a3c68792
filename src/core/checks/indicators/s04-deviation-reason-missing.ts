/**
 * S04 DEVIATION_REASON_MISSING (RULES §4): an indicator below full marks whose reason is empty, a
 * mark or instruction text.
 */
import { decLt, isPositiveDec, roundHalfUp } from '../../money/decimal';
import type { Finding } from '../../findings';
import { numberOf } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { isEmptyReason } from './placeholder';
import { defineRule } from '../define-rule';
import { factsOf, firstAddress, outOfRange, plain, quantOutcome, rowName, shown, tableExplains } from './facts';

export const S04 = defineRule({
  code: 'S04',
  name: 'DEVIATION_REASON_MISSING',
  title: '偏差原因未填写',
  severity: 'error',
  kind: 'indicators',
  meaning: '得分低于分值，但未填写偏差原因分析及改进措施',
  params: [],
  messages: { S04: P.S04 },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    if (tableExplains(ctx)) return out;
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      const r = e.row;
      const w = numberOf(r.weight);
      const s = numberOf(r.score);
      if (!r.score || w === undefined || s === undefined || !isPositiveDec(w)) continue;
      if (!decLt(roundHalfUp(s, 2), roundHalfUp(w, 2)) || !isEmptyReason(r.reason?.text)) continue;
      // A deduction the rule says is wrong (达标但扣分) is S07's: the fix is the score, not a reason.
      const o = quantOutcome(e);
      if (o && o.kind === 'S07' && o.detail === 'metButDeducted') continue;
      if (outOfRange(e)) continue;
      out.push(S04.finding({ sheet: ctx.table.sheet, cell: firstAddress(r.reason, r.score), message: P.S04(rowName(r), shown(r.score), plain(w)) }));
    }
    return out;
  },
});
