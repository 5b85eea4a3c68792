/**
 * F03 FUND_SCORE_MISMATCH (RULES §4): the stated 资金得分 ≠ 分值 × min(执行率, 100%) computed
 * from the exact rate and rounded half-up once to 2 decimals. Scores compare at 2 decimals
 * whatever the cell shows (a typed `10` means 10.00). A *warning* instead when the stated score
 * equals 分值 × the displayed (rounded) rate — the rate was rounded twice. Names the basis.
 * Not raised for a zero budget (F08) or an unreadable 分值 (P01).
 */
import { HUNDRED, roundHalfUp, type Dec } from '../../money/decimal';
import type { Finding } from '../../findings';
import { amountOf, totalRowIndex } from '../../rules/funds-amounts';
import { exactFundScoreOf, fundScoreOf } from '../../rules/funds';
import type { TableContext } from '../registry-types';
import { COLUMN_NAMES, fundsPhrases } from '../phrases-funds';
import { fundsContext, type FundsContext } from './context';
import { amountText, percentText, plainText, scoreMatches, scoreText, statedText } from './tolerance';
import { defineRule } from '../define-rule';

/** Rates as the table may have displayed them: 0.00% and the stated rate cell as shown. */
function displayedRates(fc: FundsContext, rate: Dec): { rate: Dec; text: string }[] {
  const out = [{ rate: roundHalfUp(rate, 4), text: percentText(rate) }];
  const ti = totalRowIndex(fc.block);
  const stated = ti >= 0 ? fc.block.rows[ti].executionRate : undefined;
  if (stated && stated.parsed.kind === 'number') {
    const p = stated.parsed;
    const r = !p.percent && p.value.greaterThan(1) ? p.value.dividedBy(HUNDRED) : p.value;
    out.push({ rate: r, text: statedText(stated) });
  }
  return out;
}

function check(fc: FundsContext): Finding[] {
  const ti = totalRowIndex(fc.block);
  if (ti < 0) return [];
  const row = fc.block.rows[ti];
  const field = row.score;
  const { executionRate: rate, fundScore: expected, weight } = fc.funds;
  if (!field || field.parsed.kind !== 'number' || !rate || !expected) return [];
  if (scoreMatches(field, exactFundScoreOf(weight, rate), expected)) return [];
  const executed = amountOf(row.executed, fc.block.unit);
  const budget = amountOf(row[fc.basis.column], fc.block.unit);
  const quotient = executed && budget ? `${amountText(executed)} ÷ ${amountText(budget)}` : percentText(rate);
  const formula = `${plainText(weight)} × min(${quotient}, 100%) = ${scoreText(expected)}`;
  const basisName = `${COLUMN_NAMES.executed} ÷ ${fc.basisName}`;
  const stated = statedText(field);
  const stated2 = roundHalfUp(field.parsed.value, 2);
  const twice = displayedRates(fc, rate).find((d) => !d.rate.isNegative() && fundScoreOf(weight, d.rate).equals(stated2));
  const base = { sheet: fc.sheet, cell: field.cell.address, expected: scoreText(expected), actual: stated };
  if (twice) return [F03.finding({ ...base, severity: 'warning', message: fundsPhrases.scoreRoundedTwice(stated, twice.text, formula, basisName) })];
  return [F03.finding({ ...base, message: fundsPhrases.scoreMismatch(formula, basisName, stated) })];
}

export const F03 = defineRule({
  code: 'F03',
  name: 'FUND_SCORE_MISMATCH',
  title: '资金得分不符',
  severity: 'error',
  kind: 'funds',
  meaning: '填写的预算执行得分不等于 分值 × 执行率（最高 100%）',
  params: ['budgetBasis', 'fundsWeight'],
  messages: { scoreMismatch: fundsPhrases.scoreMismatch, scoreRoundedTwice: fundsPhrases.scoreRoundedTwice },
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    return fc ? check(fc) : [];
  },
});
