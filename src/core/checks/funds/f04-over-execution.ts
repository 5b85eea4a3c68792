/**
 * F04 OVER_EXECUTION (RULES §4): 全年执行数 > 预算数, per row with its own columns. 预算数 is the
 * row's 全年预算数 (the final budget) when it has one — executing more than 年初预算数 after a
 * supplement is not over-execution — else the budget on the basis in use.
 */
import type { Finding } from '../../findings';
import type { FundsRow } from '../../model';
import { amountOf } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { COLUMN_NAMES, ROW_NAMES, fundsPhrases } from '../phrases-funds';
import { fundsContext, type FundsContext } from './context';
import { amountText } from './tolerance';
import { defineRule } from '../define-rule';

function checkRow(fc: FundsContext, row: FundsRow): Finding | undefined {
  const unit = fc.block.unit;
  const executed = amountOf(row.executed, unit);
  const adjusted = amountOf(row.adjustedBudget, unit);
  const column = adjusted ? 'adjustedBudget' : fc.basis.column;
  const budget = adjusted ?? amountOf(row[fc.basis.column], unit);
  if (!executed || !budget || !row.executed || !executed.greaterThan(budget)) return undefined;
  const rowName = row.role === 'total' ? '' : ROW_NAMES[row.role];
  return F04.finding({
    sheet: fc.sheet, cell: row.executed.cell.address,
    message: fundsPhrases.overExecution(rowName, amountText(executed), COLUMN_NAMES[column], amountText(budget), amountText(executed.minus(budget))),
    expected: `≤${amountText(budget)}`, actual: amountText(executed),
  });
}

export const F04 = defineRule({
  code: 'F04',
  name: 'OVER_EXECUTION',
  title: '执行数超预算',
  severity: 'warning',
  kind: 'funds',
  meaning: '执行数大于预算数',
  params: ['budgetBasis'],
  messages: { overExecution: fundsPhrases.overExecution },
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    if (!fc) return [];
    return fc.block.rows.map((r) => checkRow(fc, r)).filter((f): f is Finding => f !== undefined);
  },
});
