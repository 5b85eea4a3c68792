/**
 * I01 on indicator rows: why a row was not scored by rule, or how its direction was inferred.
 */
import type { Finding } from '../../findings';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { defineCheck } from '../define-rule';
import { I01 } from '../meta/i01-not-computable';
import { factsOf, firstAddress, rowName, isNotQuantified } from './facts';

export const I01_INDICATOR_NOTES = defineCheck(I01, {
  id: 'I01_INDICATOR_NOTES',
  kind: 'indicators',
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      // An unquantified 数量/质量/时效/成本 target is S08's finding; I01 would report the same cause again.
      if (e.note === undefined || isNotQuantified(e)) continue;
      const r = e.row;
      const cell = firstAddress(r.score, r.weight, r.target, r.name);
      out.push(I01.finding({ sheet: ctx.table.sheet, cell, message: P.I01(rowName(r), e.note) }));
    }
    return out;
  },
});
