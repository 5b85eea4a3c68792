/**
 * F06 LOW_EXECUTION_NO_REASON (RULES §4): the total 执行率 < profile `lowExecutionThreshold` (90%)
 * with no reason. Where reasons are looked for: see reason.ts. Source: Sichuan 510000_0013zp template.
 */
import { Dec } from '../../money/decimal';
import type { Finding } from '../../findings';
import { totalRowIndex } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { fundsPhrases } from '../phrases-funds';
import { fundsContext } from './context';
import { LOW_EXECUTION_KEYWORDS, hasReasonColumn, reasonGiven } from './reason';
import { percentText } from './tolerance';
import { defineRule } from '../define-rule';

export const F06 = defineRule({
  code: 'F06',
  name: 'LOW_EXECUTION_NO_REASON',
  title: '执行率偏低未说明原因',
  severity: 'warning',
  kind: 'funds',
  meaning: '预算执行率偏低且未说明原因',
  params: ['lowExecutionThreshold', 'budgetBasis'],
  messages: { lowExecution: fundsPhrases.lowExecution },
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
    return [F06.finding({
      sheet: fc.sheet, cell,
      message: fundsPhrases.lowExecution(percentText(rate), percentText(threshold), hasReasonColumn(fc.block)),
      expected: `≥${percentText(threshold)}`, actual: percentText(rate),
    })];
  },
});
