/**
 * S11 HIERARCHY (SPEC §4): a 二级指标 under the wrong 一级 per profile.hierarchy (labels
 * normalised, 二级 compared with and without 指标), an 一级 outside the hierarchy, or an 一级 with
 * no indicators. Skipped for the 共性 form and other non-national forms.
 */
import { finding, type Finding } from '../../findings';
import type { TextField } from '../../model';
import { normalizeLevel2 } from '../../grid/text';
import { isBlankText, level1Key, sameLabel, textOf } from '../../rules/indicator-fields';
import type { TableRule } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf } from './facts';

const lookups = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/**
 * profile.hierarchy keyed as sameLabel compares (normalizeLevel2 of each side): 一级 → its 二级
 * set; the first 一级 wins, as a search in declaration order would. Once per profile.
 */
function hierarchyLookup(hierarchy: Readonly<Record<string, readonly string[]>>): Map<string, ReadonlySet<string>> {
  let lookup = lookups.get(hierarchy);
  if (lookup) return lookup;
  lookup = new Map();
  for (const [level1, level2s] of Object.entries(hierarchy)) {
    const key = normalizeLevel2(level1);
    if (!lookup.has(key)) lookup.set(key, new Set(level2s.map(normalizeLevel2)));
  }
  lookups.set(hierarchy, lookup);
  return lookup;
}

export const S11_HIERARCHY: TableRule = {
  id: 'indicators.hierarchy',
  codes: ['S11'],
  evaluate(ctx) {
    const block = ctx.table.indicators;
    if (!block || block.form === 'common' || block.form === 'other') return [];
    const lookup = hierarchyLookup(ctx.profile.hierarchy);
    const out: Finding[] = [];
    const seen = new Set<string>();
    const push = (field: TextField, message: string) => {
      if (seen.has(field.cell.address)) return;
      seen.add(field.cell.address);
      out.push(finding({ rule: 'S11', sheet: field.cell.sheet, cell: field.cell.address, message }));
    };
    const { all } = factsOf(ctx);
    const indicatorKeys = new Set(all.filter((e) => e.shape === 'indicator' && !isBlankText(e.row.level1)).map((e) => level1Key(textOf(e.row.level1))));
    for (const e of all) {
      const r = e.row;
      if (!r.level1 || isBlankText(r.level1)) continue;
      const key = level1Key(r.level1.text);
      if (e.shape === 'level1Only') {
        if (![...indicatorKeys].some((k) => sameLabel(k, key))) push(r.level1, P.S11emptyLevel1(key));
        continue;
      }
      if (e.shape !== 'indicator') continue;
      const parent = lookup.get(normalizeLevel2(key));
      if (!parent) {
        push(r.level1, P.S11unknownLevel1(key));
        continue;
      }
      if (!r.level2 || isBlankText(r.level2)) continue;
      const ok = parent.has(normalizeLevel2(r.level2.text));
      if (!ok) push(r.level2, P.S11level2(r.level2.text.replace(/\s+/g, ''), key));
    }
    for (const lw of block.level1Weights) {
      const key = level1Key(lw.level1);
      if (![...indicatorKeys].some((k) => sameLabel(k, key))) {
        if (!seen.has(lw.weight.cell.address)) {
          seen.add(lw.weight.cell.address);
          out.push(finding({ rule: 'S11', sheet: lw.weight.cell.sheet, cell: lw.weight.cell.address, message: P.S11emptyLevel1(key) }));
        }
      }
    }
    return out;
  },
};
