/**
 * S18 DUPLICATE_INDICATOR (docs/RULES.md §4): the same 三级指标 twice under the same 一级 and 二级
 * of one table — a copy-paste leftover, or a weight counted twice: a reviewer would ask.
 * Names compare as normalizeText gives them (whitespace, full-width spaces and punctuation
 * unified); 一级 without its weight suffix (`产出指标(50分)`), 二级 with or without 指标. Only
 * indicator rows count: unused template rows (`指标1`, `……`) and remarks rows are not indicators,
 * and a placeholder name is never a duplicate; a 三级 cell merged over rows (each row reads the
 * merge's text) is one name. One finding per repeat, on its 三级 cell, naming the row it repeats.
 */
import type { Finding } from '../../findings';
import { normalizeLevel2, normalizeText } from '../../grid/text';
import { level1Key, textOf } from '../../rules/indicator-fields';
import { isPlaceholderName } from '../../rules/template-marks';
import type { TableContext } from '../registry-types';
import { defineRule } from '../define-rule';
import { factsOf, rowName } from './facts';

const messages = {
  duplicate: (name: string, firstRow: number, row: number) => `三级指标“${name}”在第${firstRow}行和第${row}行重复出现，请核对是否重复填列`,
};

export const S18 = defineRule({
  code: 'S18',
  name: 'DUPLICATE_INDICATOR',
  title: '指标重复',
  severity: 'warning',
  kind: 'indicators',
  meaning: '同一一级、二级指标下，同一个三级指标填列了两次',
  params: [],
  messages,
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    const { all } = factsOf(ctx);
    /** 一级 / 二级 / 三级 key → the 三级 cell where it first appears. */
    const first = new Map<string, { readonly row: number; readonly address: string }>();
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      const r = e.row;
      if (e.shape !== 'indicator' || !r.name) continue;
      const name = normalizeText(r.name.text);
      if (name === '' || isPlaceholderName(r.name.text)) continue;
      const key = `${normalizeLevel2(level1Key(textOf(r.level1)))}\u0000${normalizeLevel2(textOf(r.level2))}\u0000${name}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, { row: r.row + 1, address: r.name.cell.address });
        continue;
      }
      // A 三级 cell merged over several rows is one indicator's name, not a repeat.
      if (seen.address === r.name.cell.address) continue;
      out.push(S18.finding({ sheet: r.name.cell.sheet, cell: r.name.cell.address, message: messages.duplicate(rowName(r), seen.row, r.row + 1) }));
    }
    return out;
  },
});
