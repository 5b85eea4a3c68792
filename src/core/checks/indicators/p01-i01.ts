/**
 * P01 for the indicator block's number cells (分值, 得分, 得分系数, the 总分 row, 一级 label
 * weights): one finding per cell, message `H15：“一百” 不是数字`; such a cell is then ignored by
 * every other rule. I01: why a row was not scored by rule, or how its direction was inferred.
 */
import { finding, type Finding } from '../../findings';
import type { NumberField } from '../../model';
import { isNotApplicableRow } from '../../rules/indicator-fields';
import type { TableRule } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, firstAddress, rowName } from './facts';
import { isNotQuantified } from './row-texts';

export const P01_INDICATOR_CELLS: TableRule = {
  id: 'indicators.unparseable',
  codes: ['P01'],
  evaluate(ctx) {
    const block = ctx.table.indicators;
    if (!block) return [];
    const seen = new Set<string>();
    const out: Finding[] = [];
    // In cell order: each row's 分值, 得分, 得分系数; then the 总分 row and the 一级 label weights.
    const report = (f: NumberField | undefined) => {
      if (!f || f.parsed.kind !== 'invalid' || seen.has(f.cell.address)) return;
      seen.add(f.cell.address);
      out.push(finding({ rule: 'P01', sheet: f.cell.sheet, cell: f.cell.address, message: P.P01(f.cell.address, f.parsed.text), actual: f.parsed.text }));
    };
    const { all } = factsOf(ctx);
    for (let i = 0; i < all.length; i++) {
      const r = all[i].row;
      // Unused template rows and remarks rows are not indicators; 不适用 marks a row left out
      // (SPEC §3), not a bad number.
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
};

export const I01_NOT_COMPUTABLE: TableRule = {
  id: 'indicators.notComputable',
  codes: ['I01'],
  evaluate(ctx) {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      // An unquantified 数量/质量/时效/成本 target is S08's finding; I01 would report the same cause again.
      if (e.note === undefined || isNotQuantified(e)) continue;
      const r = e.row;
      const cell = firstAddress(r.score, r.weight, r.target, r.name);
      out.push(finding({ rule: 'I01', sheet: ctx.table.sheet, cell, message: P.I01(rowName(r), e.note) }));
    }
    return out;
  },
};

/**
 * Unused template rows (shape 'placeholder': `指标1`, `……`, a 二级 with no 三级 and no values) are
 * not indicators: no finding on any of them, and at most one info per table saying how many.
 */
export const TEMPLATE_ROWS: TableRule = {
  id: 'indicators.templateRows',
  codes: ['I01'],
  evaluate(ctx) {
    const { all } = factsOf(ctx);
    let count = 0;
    let cell: string | undefined;
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      if (e.shape !== 'placeholder') continue;
      count++;
      if (cell === undefined) {
        const r = e.row;
        cell = firstAddress(r.name, r.level2, r.target, r.level1);
      }
    }
    if (count === 0) return [];
    return [finding({ rule: 'I01', sheet: ctx.table.sheet, cell, message: P.templateRows(count) })];
  },
};
