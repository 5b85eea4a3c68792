/**
 * S11 HIERARCHY (RULES §4): a 二级指标 under the wrong 一级 per profile.hierarchy (labels
 * normalised, 二级 compared with and without 指标), an 一级 outside the hierarchy, or an 一级 with
 * no indicators. Skipped for the 共性 form and other non-national forms.
 */
import type { Finding } from '../../findings';
import type { TextField } from '../../model';
import { normalizeLevel2, normalizeText } from '../../grid/text';
import { isBlankText, level1Key, textOf } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf } from './facts';
import { defineRule } from '../define-rule';

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

/** An 一级 label as S11 reads it: blank or not, its key (level1Key), and its 二级 set in the hierarchy. */
interface Level1Label {
  readonly blank: boolean;
  readonly key: string;
  /** normalizeLevel2(key): the 一级 as sameLabel compares it. */
  readonly group: string;
  readonly parent: ReadonlySet<string> | undefined;
}

export const S11 = defineRule({
  code: 'S11',
  name: 'HIERARCHY',
  title: '指标层级不符',
  severity: 'warning',
  kind: 'indicators',
  meaning: '二级指标归属的一级指标不对，或一级指标下没有指标',
  params: ['hierarchy'],
  messages: { S11emptyLevel1: P.S11emptyLevel1, S11level1NameMissing: P.S11level1NameMissing, S11level2: P.S11level2, S11unknownLevel1: P.S11unknownLevel1 },
  evaluate(ctx: TableContext): Finding[] {
    const block = ctx.table.indicators;
    if (!block || block.form === 'common' || block.form === 'other') return [];
    const lookup = hierarchyLookup(ctx.profile.hierarchy);
    const out: Finding[] = [];
    const seen = new Set<string>();
    const push = (field: TextField, message: string) => {
      if (seen.has(field.cell.address)) return;
      seen.add(field.cell.address);
      out.push(S11.finding({ sheet: field.cell.sheet, cell: field.cell.address, message }));
    };
    // Labels repeat down the block (merged 一级/二级 cells): each distinct text is read once.
    const level1s = new Map<string, Level1Label>();
    const level1Of = (text: string): Level1Label => {
      let l = level1s.get(text);
      if (!l) {
        const blank = normalizeText(text) === '';
        const key = blank ? '' : level1Key(text);
        const group = normalizeLevel2(key);
        l = { blank, key, group, parent: blank ? undefined : lookup.get(group) };
        level1s.set(text, l);
      }
      return l;
    };
    const level2s = new Map<string, string>();
    const level2Of = (text: string): string => {
      let l = level2s.get(text);
      if (l === undefined) {
        // `服务对象满意度指标等`: a trailing 等 ("and the like") is not part of the label.
        l = normalizeLevel2(normalizeText(text).replace(/等$/u, ''));
        level2s.set(text, l);
      }
      return l;
    };
    const { all } = factsOf(ctx);
    // The 一级 that have indicators, as sameLabel compares them (normalizeLevel2 of each side).
    const withIndicators = new Set<string>();
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      if (e.shape !== 'indicator') continue;
      const l = level1Of(textOf(e.row.level1));
      if (!l.blank) withIndicators.add(l.group);
    }
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      const r = e.row;
      if (!r.level1 || e.shape === 'empty' || e.shape === 'placeholder' || e.shape === 'remarks') continue;
      const l = level1Of(r.level1.text);
      if (l.blank) continue;
      if (e.shape === 'level1Only') {
        if (!withIndicators.has(l.group)) push(r.level1, P.S11emptyLevel1(l.key));
        continue;
      }
      if (!l.parent) {
        // A 一级 cell holding only a weight (`(50分)`) names no 一级: say so, not “一级指标“””.
        push(r.level1, l.key === '' ? P.S11level1NameMissing(r.level1.text.replace(/\s+/gu, '')) : P.S11unknownLevel1(l.key));
        continue;
      }
      if (!r.level2 || isBlankText(r.level2)) continue;
      if (!l.parent.has(level2Of(r.level2.text))) push(r.level2, P.S11level2(r.level2.text.replace(/\s+/g, ''), l.key));
    }
    for (const lw of block.level1Weights) {
      const key = level1Key(lw.level1);
      if (!withIndicators.has(normalizeLevel2(key))) {
        if (!seen.has(lw.weight.cell.address)) {
          seen.add(lw.weight.cell.address);
          out.push(S11.finding({ sheet: lw.weight.cell.sheet, cell: lw.weight.cell.address, message: P.S11emptyLevel1(key) }));
        }
      }
    }
    return out;
  },
});
