/**
 * S03 SCORE_RANGE (RULES §4): 得分 > 分值 or < 0 on a row not scored by rule; 得分系数 outside 0–100%.
 */
import { HUNDRED, ONE, decGt } from '../../money/decimal';
import type { Finding } from '../../findings';
import { numberOf } from '../../rules/indicator-fields';
import { coefficientRatio } from '../../rules/indicator-eval';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, outOfRange, plain, shown } from './facts';
import { defineRule } from '../define-rule';

export const S03 = defineRule({
  code: 'S03',
  name: 'SCORE_RANGE',
  title: '得分超出范围',
  severity: 'error',
  kind: 'indicators',
  meaning: '得分大于分值、小于 0 或不是数字',
  params: [],
  messages: { S03: P.S03, S03coefficient: P.S03coefficient, S03negative: P.S03negative },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      const r = e.row;
      const coef = r.scoreCoefficient;
      if (coef && coef.parsed.kind === 'number') {
        const ratio = coefficientRatio(coef.parsed.value, coef.parsed.percent);
        if (ratio.isNegative() || decGt(ratio, ONE)) {
          const percent = plain(ratio.times(HUNDRED)) + '%';
          out.push(S03.finding({ sheet: ctx.table.sheet, cell: coef.cell.address, message: P.S03coefficient(percent), actual: percent }));
          continue;
        }
      }
      if (!r.score || !outOfRange(e)) continue;
      const s = numberOf(r.score)!;
      const w = numberOf(r.weight);
      const message = s.isNegative() || w === undefined ? P.S03negative(shown(r.score)) : P.S03(shown(r.score), plain(w));
      out.push(S03.finding({ sheet: ctx.table.sheet, cell: r.score.cell.address, message, actual: plain(s) }));
    }
    return out;
  },
});
