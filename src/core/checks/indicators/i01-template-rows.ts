/**
 * Unused template rows (shape 'placeholder': `指标1`, `……`, a 二级 with no 三级 and no values) are
 * not indicators: no finding on any of them, and at most one info per table saying how many.
 */
import type { Finding } from '../../findings';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, firstAddress } from './facts';
import { defineCheck } from '../define-rule';
import { I01 } from '../meta/i01-not-computable';

export const I01_TEMPLATE_ROWS = defineCheck(I01, {
  id: 'I01_TEMPLATE_ROWS',
  kind: 'indicators',
  evaluate(ctx: TableContext): Finding[] {
    const { all } = factsOf(ctx);
    let count = 0;
    let cell: string | undefined;
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      if (e.shape !== 'placeholder') continue;
      count++;
      if (cell === undefined) {
        const r = e.row;
        cell = firstAddress(r.name, r.level2, r.target, r.level1);
      }
    }
    if (count === 0) return [];
    return [I01.finding({ sheet: ctx.table.sheet, cell, message: P.templateRows(count) })];
  },
});
