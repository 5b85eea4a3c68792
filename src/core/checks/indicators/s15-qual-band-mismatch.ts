/**
 * S15 QUAL_BAND_MISMATCH (RULES §4): a qualitative score outside the band its 实际完成值 states (达成 /
 * 部分达成 / 未达成). The rows' outcomes (S10, S12, S15: at most one per row) are computed once per table
 * (facts.ts qualOutcomesOf).
 */
import type { Finding } from '../../findings';
import type { TableContext } from '../registry-types';
import { defineRule } from '../define-rule';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { rowName, score2, shown, rowsWithQualOutcome } from './facts';

const BAND_TEXT = { met: P.bandMet, partial: P.bandPartial, missed: P.bandMissed } as const;

export const S15 = defineRule({
  code: 'S15',
  name: 'QUAL_BAND_MISMATCH',
  title: '定性得分与完成情况不符',
  severity: 'warning',
  kind: 'indicators',
  meaning: '定性指标的得分不在其完成情况对应的分档内',
  params: ['qualBands'],
  messages: { S15: P.S15, bandMet: P.bandMet, bandPartial: P.bandPartial, bandMissed: P.bandMissed },
  evaluate(ctx: TableContext): Finding[] {
    return rowsWithQualOutcome(ctx, 'S15').map(({ row: r, score, outcome: o }) => {
      const stated = shown(score);
      const message = P.S15(rowName(r), BAND_TEXT[o.achievement.band], stated, score2(o.lower), score2(o.upper));
      return S15.finding({ sheet: ctx.table.sheet, cell: score.cell.address, message, expected: `${score2(o.lower)}～${score2(o.upper)}`, actual: stated });
    });
  },
});
