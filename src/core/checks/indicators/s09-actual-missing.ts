/**
 * S09 ACTUAL_MISSING (RULES §4): 实际完成值 empty on an indicator row (never on placeholder or
 * remarks rows).
 */
import type { Finding } from '../../findings';
import { isBlankText } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, rowName } from './facts';
import { defineRule } from '../define-rule';

export const S09 = defineRule({
  code: 'S09',
  name: 'ACTUAL_MISSING',
  title: '实际完成值未填写',
  severity: 'error',
  kind: 'indicators',
  meaning: '实际完成值未填写',
  params: [],
  messages: { S09: P.S09 },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const r = counted[i].row;
      if (!r.actual || !isBlankText(r.actual)) continue;
      out.push(S09.finding({ sheet: ctx.table.sheet, cell: r.actual.cell.address, message: P.S09(rowName(r)) }));
    }
    return out;
  },
});
