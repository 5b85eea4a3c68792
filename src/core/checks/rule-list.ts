/**
 * Every rule, collected from the registration lists: the table rules in evaluation order
 * (funds/index.ts, indicators/index.ts), the meta codes (meta/index.ts) and the draft rules
 * (draft/index.ts). The catalogue of findings.ts (RULES, RuleCode, ruleTitle), the 汇总 rule
 * sheet (batch/rule-catalogue.ts) and the docs tests derive from RULE_DECLARATIONS.
 *
 * No runtime import of findings.ts here or below (findings.ts imports this module).
 */
import { FUNDS_RULES } from './funds';
import { INDICATOR_RULES } from './indicators';
import { META_RULES } from './meta';
import { DRAFT_RULES } from './draft';

type Entry = (typeof FUNDS_RULES)[number] | (typeof INDICATOR_RULES)[number];
/** A table list's entry that is a declaration (not a check of a meta code). */
type TableDeclaration = Extract<Entry, { readonly finding: unknown }>;

function isDeclaration(e: Entry): e is TableDeclaration {
  return 'finding' in e;
}

const TABLE_DECLARATIONS: readonly TableDeclaration[] = [...FUNDS_RULES, ...INDICATOR_RULES]
  .filter(isDeclaration)
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** One declaration per code, in catalogue order: P01, M01, I01, F…, S…, R…. */
export const RULE_DECLARATIONS: readonly (TableDeclaration | (typeof META_RULES)[number] | (typeof DRAFT_RULES)[number])[] = [
  ...META_RULES,
  ...TABLE_DECLARATIONS,
  ...DRAFT_RULES,
];

/** Every table list entry (declarations and checks), in evaluation order. */
export const TABLE_ENTRIES: readonly Entry[] = [...FUNDS_RULES, ...INDICATOR_RULES];
