/**
 * F02 RATE_MISMATCH (RULES §4): a stated 执行率 ≠ the exact 全年执行数 ÷ basis rounded half-up
 * to the decimals the cell shows (`99.3%` vs 99.3848…% is an error: truncation); a numeric cell
 * within 0.000001 of the exact ratio matches whatever its format. Every row with its own 执行率
 * cell is checked; the message names the basis. Zero/blank budgets are F08's (no F02 then).
 */
import type { Finding } from '../../findings';
import type { FundsRow } from '../../model';
import { amountOf } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { COLUMN_NAMES, ROW_NAMES, fundsPhrases } from '../phrases-funds';
import { amountsOf, fundsContext, type FundsContext } from './context';
import { amountText, percentText, rateAtShownDecimals, rateMatches, statedText } from './tolerance';
import { defineRule } from '../define-rule';

/** `全年执行数 ÷ 全年预算数 = 1186.19 ÷ 1186.96 = 99.94%` (figures in the table's unit). */
function rateBasisText(fc: FundsContext, row: FundsRow): string | undefined {
  const executed = amountOf(row.executed, fc.block.unit);
  const budget = amountOf(row[fc.basis.column], fc.block.unit);
  if (!executed || !budget || budget.isZero()) return undefined;
  return `${COLUMN_NAMES.executed} ÷ ${fc.basisName} = ${amountText(executed)} ÷ ${amountText(budget)} = ${percentText(executed.dividedBy(budget))}`;
}

function check(fc: FundsContext): Finding[] {
  const out: Finding[] = [];
  fc.block.rows.forEach((row, i) => {
    const field = row.executionRate;
    const rate = amountsOf(fc, i)?.executionRate;
    if (!field || field.parsed.kind !== 'number' || !rate) return;
    if (rateMatches(field, rate)) return;
    const basisText = rateBasisText(fc, row);
    if (!basisText) return;
    const rowName = row.role === 'total' ? '' : ROW_NAMES[row.role];
    const stated = statedText(field);
    out.push(F02.finding({
      sheet: fc.sheet, cell: field.cell.address,
      message: fundsPhrases.rateMismatch(rowName, basisText, stated, rateAtShownDecimals(field, rate)),
      expected: percentText(rate), actual: stated,
    }));
  });
  return out;
}

export const F02 = defineRule({
  code: 'F02',
  name: 'RATE_MISMATCH',
  title: '执行率不符',
  severity: 'error',
  kind: 'funds',
  meaning: '填写的预算执行率与计算结果不符',
  params: ['budgetBasis'],
  messages: { rateMismatch: fundsPhrases.rateMismatch },
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    return fc ? check(fc) : [];
  },
});
