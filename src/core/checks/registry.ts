import type { Finding } from '../findings';
import { RULES } from '../findings';
import type { ScoringProfile } from '../rules/profile';
import type { TableContext, TableRule } from './registry-types';
import { FUNDS_RULES } from './funds';
import { INDICATOR_RULES } from './indicators';

/** Every table rule, in evaluation order. Report rules (R01–R03) run over drafts in src/report. */
export const TABLE_RULES: readonly TableRule[] = [...FUNDS_RULES, ...INDICATOR_RULES];

/** Run every rule; apply the profile's severity overrides. Rules never throw. */
export function runTableRules(ctx: TableContext, rules: readonly TableRule[] = TABLE_RULES): Finding[] {
  const out: Finding[] = [];
  for (let r = 0; r < rules.length; r++) {
    const found = rules[r].evaluate(ctx);
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
