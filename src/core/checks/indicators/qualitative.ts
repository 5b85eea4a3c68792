/**
 * Scores of rows not scored by rule, against what their 实际完成值 states (SPEC §4):
 * S10 FULL_SCORE_BUT_MISSED, S12 DEDUCTED_BUT_MET, S15 QUAL_BAND_MISMATCH — at most one per row.
 */
import { finding, type Finding } from '../../findings';
import { textOf } from '../../rules/indicator-fields';
import type { TableRule } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, qualOutcome, rowName, score2, shown } from './facts';

const BAND_TEXT = { met: P.bandMet, partial: P.bandPartial, missed: P.bandMissed } as const;

export const QUALITATIVE_SCORES: TableRule = {
  id: 'indicators.qualitativeScores',
  codes: ['S10', 'S12', 'S15'],
  evaluate(ctx) {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      const r = e.row;
      const o = qualOutcome(e, ctx.profile.qualBands);
      if (!o || !r.score) continue;
      const name = rowName(r);
      const cell = r.score.cell.address;
      const stated = shown(r.score);
      if (o.kind === 'S10') {
        out.push(finding({ rule: 'S10', sheet: ctx.table.sheet, cell, message: P.S10(name, textOf(r.actual).trim()), actual: stated }));
      } else if (o.kind === 'S12') {
        out.push(finding({ rule: 'S12', sheet: ctx.table.sheet, cell, message: P.S12(name, stated, score2(o.lower)), actual: stated }));
      } else {
        const message = P.S15(name, BAND_TEXT[o.achievement.band], stated, score2(o.lower), score2(o.upper));
        out.push(finding({ rule: 'S15', sheet: ctx.table.sheet, cell, message, expected: `${score2(o.lower)}～${score2(o.upper)}`, actual: stated }));
      }
    }
    return out;
  },
};
