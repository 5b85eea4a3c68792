/**
 * F06 LOW_EXECUTION_NO_REASON: the total 执行率 < profile `lowExecutionThreshold` (90%) with no
 * reason. F07 BUDGET_ADJUSTED_NO_REASON: 全年预算数 ≠ 年初预算数 (追加 / 调减) with no reason;
 * catalogue severity info (the registry applies profile overrides, e.g. Sichuan → warning).
 * Where reasons are looked for: see reason.ts. Source: Sichuan 510000_0013zp template.
 */
import { Dec } from '../../money/decimal';
import { finding, type Finding } from '../../findings';
import { amountOf, totalRowIndex } from '../../rules/funds-amounts';
import type { TableContext, TableRule } from '../registry-types';
import { fundsPhrases } from '../phrases-funds';
import { fundsContext } from './context';
import { ADJUSTMENT_KEYWORDS, LOW_EXECUTION_KEYWORDS, hasReasonColumn, reasonGiven } from './reason';
import { amountText, percentText } from './tolerance';

export const fundsLowExecutionRule: TableRule = {
  id: 'funds-low-execution',
  codes: ['F06'],
  readsNarrative: true,
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    if (!fc) return [];
    const rate = fc.funds.executionRate;
    const threshold = new Dec(ctx.profile.lowExecutionThreshold);
    if (!rate || !rate.lessThan(threshold)) return [];
    if (reasonGiven(fc.block, ctx.narrativeText, LOW_EXECUTION_KEYWORDS, ctx.table)) return [];
    const row = fc.block.rows[totalRowIndex(fc.block)];
    const cell = (row.executionRate ?? row.executed)?.cell.address;
    return [finding({
      rule: 'F06', sheet: fc.sheet, cell,
      message: fundsPhrases.lowExecution(percentText(rate), percentText(threshold), hasReasonColumn(fc.block)),
      expected: `≥${percentText(threshold)}`, actual: percentText(rate),
    })];
  },
};

export const fundsBudgetAdjustedRule: TableRule = {
  id: 'funds-budget-adjusted',
  codes: ['F07'],
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
    return [finding({
      rule: 'F07', sheet: fc.sheet, cell: row.adjustedBudget.cell.address,
      message: fundsPhrases.budgetAdjusted(amountText(adjusted), amountText(initial), change, hasReasonColumn(fc.block)),
      expected: amountText(initial), actual: amountText(adjusted),
    })];
  },
};
