/**
 * S07 QUANT_SCORE_MISMATCH (RULES §4): the only score finding of a computable row; with a default
 * direction, ≠ both directions (named). The over-target deduction part is S17's.
 */
import type { Finding } from '../../findings';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, quantOutcome, rowName, score2, shown } from './facts';
import { defineRule } from '../define-rule';

export const S07 = defineRule({
  code: 'S07',
  name: 'QUANT_SCORE_MISMATCH',
  title: '定量指标得分不符',
  severity: 'error',
  kind: 'indicators',
  meaning: '定量指标的得分与按完成值计算的得分不符',
  params: ['reverseFormula', 'overTargetMargin'],
  messages: { S07: P.S07, S07bothWays: P.S07bothWays, S07coefficient: P.S07coefficient, S07metButDeducted: P.S07metButDeducted, S07missedButFull: P.S07missedButFull },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      const o = quantOutcome(e);
      const r = e.row;
      if (!o || !r.score || o.kind === 'ok' || o.kind === 'explained') continue;
      // A local over-target deduction applied wrongly is S17's (s17-total-over-cap.ts).
      if (o.kind === 'S17') continue;
      const name = rowName(r);
      const stated = shown(r.score);
      const expected = score2(o.expected);
      const message =
        o.detail === 'metButDeducted'
          ? P.S07metButDeducted(name, stated, expected)
          : o.detail === 'missedButFull'
            ? P.S07missedButFull(name, stated, expected)
            : o.detail === 'coefficient'
              ? P.S07coefficient(name, stated, expected)
              : o.detail === 'bothWays' && o.other !== undefined
                ? P.S07bothWays(name, stated, e.direction === 'reverse' ? score2(o.other) : expected, e.direction === 'reverse' ? expected : score2(o.other))
                : P.S07(name, stated, expected);
      out.push(S07.finding({ sheet: ctx.table.sheet, cell: r.score.cell.address, message, expected, actual: stated }));
    }
    return out;
  },
});
