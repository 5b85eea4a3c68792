/**
 * F07 BUDGET_ADJUSTED_NO_REASON (RULES §4): 全年预算数 ≠ 年初预算数 (追加 / 调减) with no reason;
 * catalogue severity info (the registry applies profile overrides, e.g. Sichuan → warning).
 * Where reasons are looked for: see reason.ts.
 */
import type { Finding } from '../../findings';
import { amountOf, totalRowIndex } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { fundsPhrases } from '../phrases-funds';
import { fundsContext } from './context';
import { ADJUSTMENT_KEYWORDS, hasReasonColumn, reasonGiven } from './reason';
import { amountText } from './tolerance';
import { defineRule } from '../define-rule';

export const F07 = defineRule({
  code: 'F07',
  name: 'BUDGET_ADJUSTED_NO_REASON',
  title: '预算调整未说明原因',
  severity: 'info',
  kind: 'funds',
  meaning: '全年预算数与年初预算数不同（追加或调减）且未说明原因',
  params: [],
  messages: { budgetAdjusted: fundsPhrases.budgetAdjusted, decrease: fundsPhrases.decrease, increase: fundsPhrases.increase },
  readsNarrative: true,
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    if (!fc) return [];
    const ti = totalRowIndex(fc.block);
    if (ti < 0) return [];
    const row = fc.block.rows[ti];
    const initial = amountOf(row.initialBudget, fc.block.unit);
    const adjusted = amountOf(row.adjustedBudget, fc.block.unit);
    if (!initial || !adjusted || !row.adjustedBudget || initial.equals(adjusted)) return [];
    if (reasonGiven(fc.block, ctx.narrativeText, ADJUSTMENT_KEYWORDS, ctx.table)) return [];
    const diff = adjusted.minus(initial);
    const change = diff.isPositive() ? fundsPhrases.increase(amountText(diff)) : fundsPhrases.decrease(amountText(diff.abs()));
    return [F07.finding({
      sheet: fc.sheet, cell: row.adjustedBudget.cell.address,
      message: fundsPhrases.budgetAdjusted(amountText(adjusted), amountText(initial), change, hasReasonColumn(fc.block)),
      expected: amountText(initial), actual: amountText(adjusted),
    })];
  },
});
