/**
 * S16 SCORE_MISSING (RULES §4): 得分 blank on a row with 分值 > 0 (indicator rows and the funds
 * row alike); 总分 blank while its parts are filled (warning for a 合计 row).
 */
import { isPositiveDec } from '../../money/decimal';
import type { Finding } from '../../findings';
import { isBlankNumber, numberOf } from '../../rules/indicator-fields';
import { fundsTotalRow } from '../../rules/indicator-total';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, firstAddress, plain, rowName } from './facts';
import { defineRule } from '../define-rule';

export const S16 = defineRule({
  code: 'S16',
  name: 'SCORE_MISSING',
  title: '得分未填写',
  severity: 'error',
  kind: 'indicators',
  meaning: '有分值的指标未填得分，或各项已填但总分空白',
  params: [],
  messages: { S16: P.S16, S16funds: P.S16funds, S16subtotal: P.S16subtotal, S16total: P.S16total },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const r = counted[i].row;
      const w = numberOf(r.weight);
      if (w === undefined || !isPositiveDec(w) || !isBlankNumber(r.score)) continue;
      out.push(S16.finding({ sheet: ctx.table.sheet, cell: firstAddress(r.score, r.weight), message: P.S16(rowName(r), plain(w)) }));
    }
    // The funds row as the indicator rows (Sichuan's 权重/得分): 得分 blank while 权重 > 0 and the
    // amounts give a rate.
    const fundsRow = fundsTotalRow(ctx.table);
    const fw = numberOf(fundsRow?.weight);
    if (fundsRow?.score && isBlankNumber(fundsRow.score) && fw !== undefined && isPositiveDec(fw) && ctx.computation.funds?.executionRate !== undefined) {
      out.push(S16.finding({ sheet: ctx.table.sheet, cell: fundsRow.score.cell.address, message: P.S16funds(plain(fw)) }));
    }
    const total = ctx.table.indicators?.total;
    const partsFilled = counted.length > 0 && counted.every((e) => !isBlankNumber(e.row.score) || numberOf(e.row.weight)?.isZero());
    if (total?.score && total.score.parsed.kind === 'blank' && partsFilled) {
      // A 总分 row must carry the score; a 合计 row may total the 分值 only (some forms leave its
      // 得分 to the 总分 elsewhere): a reviewer would ask — a warning, saying so.
      const isTotalLabel = /总分|得分/u.test(total.label.text);
      out.push(S16.finding({ ...(isTotalLabel ? {} : { severity: 'warning' as const }), sheet: ctx.table.sheet, cell: total.score.cell.address, message: isTotalLabel ? P.S16total : P.S16subtotal }));
    }
    return out;
  },
});
