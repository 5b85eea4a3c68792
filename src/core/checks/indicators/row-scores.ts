/**
 * Row score rules (SPEC §4): S03 SCORE_RANGE (not-computable rows; 得分系数 outside 0–100%),
 * S07 QUANT_SCORE_MISMATCH (the only score finding of a computable row), S17's over-target
 * deduction part, S04 DEVIATION_REASON_MISSING, S14 OVER_TARGET_NO_REASON, S16 SCORE_MISSING.
 */
import { HUNDRED, ONE, decGt, decLt, isPositiveDec, roundHalfUp } from '../../money/decimal';
import { finding, type Finding } from '../../findings';
import { isBlankNumber, numberOf, textOf } from '../../rules/indicator-fields';
import { coefficientRatio } from '../../rules/indicator-eval';
import { fundsTotalRow } from '../../rules/indicator-total';
import type { TableContext, TableRule } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, firstAddress, marginPercent, outOfRange, plain, quantOutcome, rowName, score2, shown } from './facts';
import { isEmptyReason } from './placeholder';

export const S03_SCORE_RANGE: TableRule = {
  id: 'indicators.scoreRange',
  codes: ['S03'],
  evaluate(ctx) {
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
          out.push(finding({ rule: 'S03', sheet: ctx.table.sheet, cell: coef.cell.address, message: P.S03coefficient(percent), actual: percent }));
          continue;
        }
      }
      if (!r.score || !outOfRange(e)) continue;
      const s = numberOf(r.score)!;
      const w = numberOf(r.weight);
      const message = s.isNegative() || w === undefined ? P.S03negative(shown(r.score)) : P.S03(shown(r.score), plain(w));
      out.push(finding({ rule: 'S03', sheet: ctx.table.sheet, cell: r.score.cell.address, message, actual: plain(s) }));
    }
    return out;
  },
};

export const S07_QUANT_SCORE: TableRule = {
  id: 'indicators.quantScore',
  codes: ['S07', 'S17'],
  evaluate(ctx) {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      const o = quantOutcome(e);
      const r = e.row;
      if (!o || !r.score || o.kind === 'ok' || o.kind === 'explained') continue;
      const name = rowName(r);
      const stated = shown(r.score);
      const expected = score2(o.expected);
      if (o.kind === 'S17') {
        const deduction = ctx.profile.overTargetDeduction ?? '0';
        out.push(finding({ rule: 'S17', sheet: ctx.table.sheet, cell: r.score.cell.address, message: P.S17deduction(name, marginPercent(ctx.profile.overTargetMargin), deduction, expected), expected, actual: stated }));
        continue;
      }
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
      out.push(finding({ rule: 'S07', sheet: ctx.table.sheet, cell: r.score.cell.address, message, expected, actual: stated }));
    }
    return out;
  },
};

/**
 * A form with no reason column per indicator explains its shortfalls in a narrative row of the
 * table (偏差大或目标未完成原因分析, 存在问题): a meaningful answer there is the rows' reason.
 */
function tableExplains(ctx: TableContext): boolean {
  if (ctx.table.indicators?.columns.reason !== undefined) return false;
  return (ctx.table.narrative ?? []).some((n) => n.kind === 'problems' && !isEmptyReason(n.answer.text));
}

export const S04_REASON_MISSING: TableRule = {
  id: 'indicators.reasonMissing',
  codes: ['S04'],
  evaluate(ctx) {
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
      out.push(finding({ rule: 'S04', sheet: ctx.table.sheet, cell: firstAddress(r.reason, r.score), message: P.S04(rowName(r), shown(r.score), plain(w)) }));
    }
    return out;
  },
};

export const S14_OVER_TARGET: TableRule = {
  id: 'indicators.overTarget',
  codes: ['S14'],
  evaluate(ctx) {
    const out: Finding[] = [];
    if (tableExplains(ctx)) return out;
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      const r = e.row;
      if (!e.computable || e.byCoefficient || !e.overTarget || !isEmptyReason(r.reason?.text)) continue;
      out.push(
        finding({
          rule: 'S14',
          sheet: ctx.table.sheet,
          cell: firstAddress(r.reason, r.actual),
          message: P.S14(rowName(r), textOf(r.actual).trim(), textOf(r.target).trim(), marginPercent(ctx.profile.overTargetMargin)),
        }),
      );
    }
    return out;
  },
};

export const S16_SCORE_MISSING: TableRule = {
  id: 'indicators.scoreMissing',
  codes: ['S16'],
  evaluate(ctx) {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const r = counted[i].row;
      const w = numberOf(r.weight);
      if (w === undefined || !isPositiveDec(w) || !isBlankNumber(r.score)) continue;
      out.push(finding({ rule: 'S16', sheet: ctx.table.sheet, cell: firstAddress(r.score, r.weight), message: P.S16(rowName(r), plain(w)) }));
    }
    // The funds row as the indicator rows (Sichuan's 权重/得分): 得分 blank while 权重 > 0 and the
    // amounts give a rate.
    const fundsRow = fundsTotalRow(ctx.table);
    const fw = numberOf(fundsRow?.weight);
    if (fundsRow?.score && isBlankNumber(fundsRow.score) && fw !== undefined && isPositiveDec(fw) && ctx.computation.funds?.executionRate !== undefined) {
      out.push(finding({ rule: 'S16', sheet: ctx.table.sheet, cell: fundsRow.score.cell.address, message: P.S16funds(plain(fw)) }));
    }
    const total = ctx.table.indicators?.total;
    const partsFilled = counted.length > 0 && counted.every((e) => !isBlankNumber(e.row.score) || numberOf(e.row.weight)?.isZero());
    if (total?.score && total.score.parsed.kind === 'blank' && partsFilled) {
      // A 总分 row must carry the score; a 合计 row may total the 分值 only (some forms leave its
      // 得分 to the 总分 elsewhere): a reviewer would ask — a warning, saying so.
      const isTotalLabel = /总分|得分/u.test(total.label.text);
      out.push(finding({ rule: 'S16', ...(isTotalLabel ? {} : { severity: 'warning' as const }), sheet: ctx.table.sheet, cell: total.score.cell.address, message: isTotalLabel ? P.S16total : P.S16subtotal }));
    }
    return out;
  },
};
