/**
 * P01 for the indicator block's number cells (分值, 得分, 得分系数, the 总分 row, 一级 label
 * weights): one finding per cell, message `H15：“一百” 不是数字`; such a cell is then ignored by
 * every other rule.
 */
import type { Finding } from '../../findings';
import type { NumberField } from '../../model';
import { isNotApplicableRow } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf } from './facts';
import { defineCheck } from '../define-rule';
import { P01 } from '../meta/p01-unparseable-value';

export const P01_INDICATOR_CELLS = defineCheck(P01, {
  id: 'P01_INDICATOR_CELLS',
  kind: 'indicators',
  evaluate(ctx: TableContext): Finding[] {
    const block = ctx.table.indicators;
    if (!block) return [];
    const seen = new Set<string>();
    const out: Finding[] = [];
    // In cell order: each row's 分值, 得分, 得分系数; then the 总分 row and the 一级 label weights.
    const report = (f: NumberField | undefined) => {
      if (!f || f.parsed.kind !== 'invalid' || seen.has(f.cell.address)) return;
      seen.add(f.cell.address);
      out.push(P01.finding({ sheet: f.cell.sheet, cell: f.cell.address, message: P.P01(f.cell.address, f.parsed.text), actual: f.parsed.text }));
    };
    const { all } = factsOf(ctx);
    for (let i = 0; i < all.length; i++) {
      const r = all[i].row;
      // Unused template rows and remarks rows are not indicators; 不适用 marks a row left out
      // (RULES §3), not a bad number.
      // A 不适用 row is left out when it has no 分值 number (or under 按百分制折算): as countedRows.
      const leftOut = isNotApplicableRow(r) && (ctx.profile.normalizeTo100 || r.weight?.parsed.kind !== 'number');
      if (all[i].shape === 'placeholder' || all[i].shape === 'remarks' || leftOut) continue;
      report(r.weight);
      report(r.score);
      report(r.scoreCoefficient);
    }
    report(block.total?.weight);
    report(block.total?.score);
    for (const l of block.level1Weights) report(l.weight);
    return out;
  },
});
