/**
 * S05 TOTAL_MISMATCH (RULES §4): stated 总分 ≠ Σ stated components incl. the stated funds score; a
 * 总分 that leaves the funds score out (whatever the layout); a 合计 subtotal ≠ Σ indicator 得分.
 * Checked against the stated parts, so a wrong component is reported by its own rule only.
 */
import { Dec, HUNDRED, ZERO, decEq, decGt, roundHalfUp } from '../../money/decimal';
import { sumExact } from '../../money/exact-sum';
import type { Finding } from '../../findings';
import { capFor, combineSum, fundsTotalRow, statedPartsSum, weightTotals } from '../../rules/indicator-total';
import { number2, numberOf } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, score2, shown } from './facts';
import { weightTotalOff } from './weights';
import { isSubtotal } from './totals';
import { defineRule } from '../define-rule';

interface StatedSums {
  /** Σ stated parts incl. funds (normalised/capped per profile). */
  readonly expected: Dec;
  /** The same without the cap. */
  readonly uncapped: Dec;
  /** Without the funds score (a 总分 that leaves it out); undefined without a funds block. */
  readonly withoutFunds?: Dec;
  readonly fundsScore?: Dec;
}

/** Sums of the stated components; undefined when one is blank or unparseable (S16/P01 report it). */
function statedSums(ctx: TableContext): StatedSums | undefined {
  const { counted } = factsOf(ctx);
  // Σ stated parts (the row-order sum's value, sumExact; a blank score counts 0 on a 0-weight row);
  // once for the three sums below.
  const parts: Dec[] = new Array(counted.length);
  for (let i = 0; i < counted.length; i++) {
    const r = counted[i].row;
    const part = number2(r.score) ?? (numberOf(r.weight)?.isZero() ? ZERO : undefined);
    if (part === undefined) return undefined;
    parts[i] = part;
  }
  const partsSum = sumExact(parts);
  const profile = ctx.profile;
  const funds = ctx.computation.funds;
  const weights = weightTotals(ctx.table, profile, funds, counted);
  let fundsScore: Dec | undefined;
  if (ctx.table.funds) {
    const row = fundsTotalRow(ctx.table);
    if (row?.score?.parsed.kind === 'invalid') return undefined;
    fundsScore = number2(row?.score) ?? funds?.fundScore;
    if (fundsScore === undefined) return undefined;
  }
  const rate = funds?.executionRate;
  const expected = combineSum(fundsScore, partsSum, weights.all, rate, profile, true);
  const uncapped = combineSum(fundsScore, partsSum, weights.all, rate, profile, false);
  if (expected === undefined || uncapped === undefined) return undefined;
  const withoutFunds = fundsScore === undefined ? undefined : combineSum(undefined, partsSum, weights.indicatorWeights, rate, profile, false);
  return { expected, uncapped, withoutFunds, fundsScore };
}

/**
 * One 总分 story (issue 12 point 1): S05 sums the scores as entered; 重新计算 uses the recomputed
 * ones. Where they differ, say so in words (资金得分更正为9.99后为108.79), and say when 重新计算
 * will not write 总分 at all (weights ≠ 100, or over 100) — the plan withholds it for that reason.
 */
function recomputedStory(ctx: TableContext, sums: StatedSums): string {
  const recomputed = ctx.computation.totalScore;
  let out = '';
  if (recomputed !== undefined && !decEq(recomputed, sums.expected)) {
    const fixes: string[] = [];
    const fundScore = ctx.computation.funds?.fundScore;
    if (fundScore !== undefined && sums.fundsScore !== undefined && !decEq(fundScore, sums.fundsScore)) fixes.push(P.S05fundFix(score2(fundScore)));
    const changed = factsOf(ctx).counted.filter((e) => {
      const st = number2(e.row.score);
      return e.computable && e.score !== undefined && st !== undefined && !decEq(st, e.score);
    }).length;
    if (changed > 0) fixes.push(P.S05rowsFix(changed));
    out += P.S05recomputed(score2(sums.expected), fixes.join('、'), score2(recomputed));
  }
  const over = recomputed !== undefined && decGt(recomputed, HUNDRED);
  if (weightTotalOff(ctx)) out += P.S05notWritten;
  else if (over) out += P.S05notWrittenOver100;
  return out;
}

export const S05 = defineRule({
  code: 'S05',
  name: 'TOTAL_MISMATCH',
  title: '总分不符',
  severity: 'error',
  kind: 'indicators',
  meaning: '填写的总分不等于各项填写得分之和（或未含预算执行得分）',
  params: ['normalizeTo100', 'executionRateCaps', 'weightTotal'],
  messages: { S05: P.S05, S05fundFix: P.S05fundFix, S05fundsLeftOut: P.S05fundsLeftOut, S05notWritten: P.S05notWritten, S05notWrittenOver100: P.S05notWrittenOver100, S05recomputed: P.S05recomputed, S05rowsFix: P.S05rowsFix, S05subtotal: P.S05subtotal },
  evaluate(ctx: TableContext): Finding[] {
    const total = ctx.table.indicators?.total;
    const stated = number2(total?.score);
    if (!total?.score || stated === undefined) return [];
    if (isSubtotal(ctx)) {
      // A 合计 of the indicator block: Σ stated indicator scores, the funds score being in its own block.
      const parts = statedPartsSum(factsOf(ctx).counted);
      if (parts === undefined || decEq(stated, roundHalfUp(parts, 2))) return [];
      const expected = score2(parts);
      return [S05.finding({ sheet: ctx.table.sheet, cell: total.score.cell.address, message: P.S05subtotal(shown(total.score), expected), expected, actual: shown(total.score) })];
    }
    const sums = statedSums(ctx);
    if (!sums || decEq(stated, sums.expected)) return [];
    const cap = capFor(ctx.computation.funds?.executionRate, ctx.profile);
    if (cap !== undefined && decEq(stated, sums.uncapped) && decGt(stated, cap)) return []; // S17
    const cell = total.score.cell.address;
    const sheet = ctx.table.sheet;
    const story = recomputedStory(ctx, sums);
    if (sums.withoutFunds !== undefined && sums.fundsScore !== undefined && decEq(stated, sums.withoutFunds)) {
      return [S05.finding({ sheet, cell, message: P.S05fundsLeftOut(shown(total.score), score2(sums.fundsScore), score2(sums.expected)) + story, expected: score2(sums.expected), actual: shown(total.score) })];
    }
    return [S05.finding({ sheet, cell, message: P.S05(shown(total.score), score2(sums.expected)) + story, expected: score2(sums.expected), actual: shown(total.score) })];
  },
});
