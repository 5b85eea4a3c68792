/**
 * S10 FULL_SCORE_BUT_MISSED (RULES §4): not computable, the 实际完成值 states the target was missed (or
 * partly met), full marks. The rows' outcomes (S10, S12, S15: at most one per row) are computed
 * once per table (facts.ts qualOutcomesOf).
 */
import type { Finding } from '../../findings';
import { textOf } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { defineRule } from '../define-rule';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { rowName, shown, rowsWithQualOutcome } from './facts';

export const S10 = defineRule({
  code: 'S10',
  name: 'FULL_SCORE_BUT_MISSED',
  title: '未完成但得满分',
  severity: 'warning',
  kind: 'indicators',
  meaning: '完成值显示未达到目标，但得分为满分',
  params: ['qualBands'],
  messages: { S10: P.S10 },
  evaluate(ctx: TableContext): Finding[] {
    return rowsWithQualOutcome(ctx, 'S10').map(({ row: r, score }) =>
      S10.finding({ sheet: ctx.table.sheet, cell: score.cell.address, message: P.S10(rowName(r), textOf(r.actual).trim()), actual: shown(score) }),
    );
  },
});
