/**
 * S12 DEDUCTED_BUT_MET (RULES §4): not computable, the 实际完成值 equals the 年度指标值 (达成), the score below
 * the 达成 band. The rows' outcomes (S10, S12, S15: at most one per row) are computed once per table
 * (facts.ts qualOutcomesOf).
 */
import type { Finding } from '../../findings';
import type { TableContext } from '../registry-types';
import { defineRule } from '../define-rule';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { rowName, score2, shown, rowsWithQualOutcome } from './facts';

export const S12 = defineRule({
  code: 'S12',
  name: 'DEDUCTED_BUT_MET',
  title: '已完成但扣分',
  severity: 'warning',
  kind: 'indicators',
  meaning: '完成值与指标值相同（已达成），但被扣分',
  params: ['qualBands'],
  messages: { S12: P.S12 },
  evaluate(ctx: TableContext): Finding[] {
    return rowsWithQualOutcome(ctx, 'S12').map(({ row: r, score, outcome: o }) =>
      S12.finding({ sheet: ctx.table.sheet, cell: score.cell.address, message: P.S12(rowName(r), shown(score), score2(o.lower)), actual: shown(score) }),
    );
  },
});
