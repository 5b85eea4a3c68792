import type { Finding } from '../findings';
import { toA1 } from '../grid/a1';
import { RULES } from '../findings';
import type { ScoringProfile } from '../rules/profile';
import type { TableContext, TableRule } from './registry-types';
import { FUNDS_RULES } from './funds';
import { INDICATOR_RULES } from './indicators';
import { finding } from '../findings';
import { INDICATOR_PHRASES } from './phrases-indicators';
import { fillState, isUnfilled } from './fill-state';

const FUNDS_RULE_SET: ReadonlySet<TableRule> = new Set(FUNDS_RULES);
const INDICATOR_RULE_SET: ReadonlySet<TableRule> = new Set(INDICATOR_RULES);

/** Every table rule, in evaluation order. Report rules (R01–R03) run over drafts in src/report. */
export const TABLE_RULES: readonly TableRule[] = [...FUNDS_RULES, ...INDICATOR_RULES];

/** Run every rule; apply the profile's severity overrides. Rules never throw. */
export function runTableRules(ctx: TableContext, rules: readonly TableRule[] = TABLE_RULES): Finding[] {
  const out: Finding[] = [];
  const table = ctx.table;
  if (isUnfilled(table)) {
    // A blank template: one info, reported by the pass that runs the indicator rules (analyseSheets
    // runs the narrative rules again on the funds part alone).
    if (!rules.some((r) => INDICATOR_RULE_SET.has(r))) return out;
    const range = table.funds?.range ?? table.indicators!.range;
    out.push(finding({ rule: 'I01', sheet: table.sheet, cell: toA1(range.top, range.left), message: INDICATOR_PHRASES.tableUnfilled }));
    return out;
  }
  // A part left blank is not checked (findings only on what was filled).
  const filled = fillState(table);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (!filled.funds && table.funds && FUNDS_RULE_SET.has(rule)) continue;
    if (!filled.indicators && table.indicators && INDICATOR_RULE_SET.has(rule)) continue;
    const found = rule.evaluate(ctx);
    for (let i = 0; i < found.length; i++) out.push(applySeverity(found[i], ctx.profile));
  }
  return out;
}

function applySeverity(f: Finding, profile: ScoringProfile): Finding {
  const override = profile.severities[f.rule];
  // An override replaces the catalogue default only; rule-specific demotions (尾差 info, 口径 warning) stay.
  if (!override || f.severity !== defaultSeverityOf(f)) return f;
  return { ...f, severity: override };
}

function defaultSeverityOf(f: Finding) {
  return RULES[f.rule].severity;
}
