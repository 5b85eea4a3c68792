/**
 * S06 GRADE_MISMATCH (RULES §4): stated 等级 ≠ band of 总分 (info when not evaluable).
 */
import { HUNDRED, decGt } from '../../money/decimal';
import type { Finding } from '../../findings';
import { gradeFor, gradeMatches } from '../../rules/grade';
import { number2, isBlankText } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { score2 } from './facts';
import { weightTotalOff } from './weights';
import { isSubtotal } from './totals';
import { defineRule } from '../define-rule';

export const S06 = defineRule({
  code: 'S06',
  name: 'GRADE_MISMATCH',
  title: '等级不符',
  severity: 'error',
  kind: 'indicators',
  meaning: '填写的等级与总分对应的等级不符',
  params: ['gradeBands', 'weightTotal'],
  messages: { S06: P.S06, S06over100: P.S06over100, S06weights: P.S06weights },
  evaluate(ctx: TableContext): Finding[] {
    const { totalScore, grade } = ctx.computation;
    const total = ctx.table.indicators?.total;
    const gradeCell = ctx.table.grade;
    const sheet = ctx.table.sheet;
    if (weightTotalOff(ctx) || (totalScore !== undefined && decGt(totalScore, HUNDRED))) {
      // Only a table with a 等级 cell has a grade to leave unevaluated; without one, S01/S05 say it all.
      if (!gradeCell) return [];
      const cell = gradeCell.cell.address;
      const message = weightTotalOff(ctx) ? P.S06weights : P.S06over100(score2(totalScore!));
      return [S06.finding({ severity: 'info', sheet, cell, message })];
    }
    if (!gradeCell || isBlankText(gradeCell) || grade === undefined) return [];
    const reference = (isSubtotal(ctx) ? undefined : number2(total?.score)) ?? totalScore;
    if (reference === undefined) return [];
    const band = gradeFor(reference, ctx.profile);
    if (band === undefined || gradeMatches(gradeCell.text, band)) return [];
    const stated = gradeCell.text.trim();
    return [S06.finding({ sheet, cell: gradeCell.cell.address, message: P.S06(stated, score2(reference), band), expected: band, actual: stated })];
  },
});
