import type { Finding, Severity } from '../findings';
import { toA1 } from '../grid/a1';
import type { ScoringProfile } from '../rules/profile';
import type { TableContext, TableRule } from './registry-types';
import { FUNDS_RULES } from './funds';
import { INDICATOR_RULES } from './indicators';
import { RULE_DECLARATIONS } from './rule-list';
import { I01 } from './meta/i01-not-computable';
import { INDICATOR_PHRASES } from './phrases-indicators';
import { fillState, isUnfilled } from './fill-state';

/** Every table rule, in evaluation order. Report rules (R01–R03) run over drafts in src/report. */
export const TABLE_RULES: readonly TableRule[] = [...FUNDS_RULES, ...INDICATOR_RULES];

/** Each code's declared severity (what a profile override replaces). */
const DEFAULT_SEVERITY: ReadonlyMap<string, Severity> = new Map(RULE_DECLARATIONS.map((d) => [d.code, d.severity]));

/** Run every rule; apply the profile's severity overrides. Rules never throw. */
export function runTableRules(ctx: TableContext, rules: readonly TableRule[] = TABLE_RULES): Finding[] {
  const out: Finding[] = [];
  const table = ctx.table;
  if (isUnfilled(table)) {
    // A blank template: one info, reported by the pass that runs the indicator rules (analyseSheets
    // runs the narrative rules again on the funds part alone).
    if (!rules.some((r) => r.kind === 'indicators')) return out;
    const range = table.funds?.range ?? table.indicators!.range;
    out.push(I01.finding({ sheet: table.sheet, cell: toA1(range.top, range.left), message: INDICATOR_PHRASES.tableUnfilled }));
    return out;
  }
  // A part left blank is not checked (findings only on what was filled).
  const filled = fillState(table);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (!filled.funds && table.funds && rule.kind === 'funds') continue;
    if (!filled.indicators && table.indicators && rule.kind === 'indicators') continue;
    const found = rule.evaluate!(ctx);
    for (let i = 0; i < found.length; i++) out.push(applySeverity(found[i], ctx.profile));
  }
  return out;
}

function applySeverity(f: Finding, profile: ScoringProfile): Finding {
  const override = profile.severities[f.rule];
  // An override replaces the declared default only; rule-specific demotions (尾差 info, 口径 warning) stay.
  if (!override || f.severity !== DEFAULT_SEVERITY.get(f.rule)) return f;
  return { ...f, severity: override };
}
