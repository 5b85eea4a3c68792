/** Run the funds rules over a hand-built table (registry applies the profile's severities). */
import type { Finding } from '../../../../src/core/findings';
import { runTableRules } from '../../../../src/core/checks/registry';
import { FUNDS_RULES } from '../../../../src/core/checks/funds';
import type { EvaluationTable } from '../../../../src/core/model';
import { NATIONAL_PROFILE, type ScoringProfile } from '../../../../src/core/rules/profile';
import { fundsCtx } from '../../helpers/funds-table-builder';

export function runFunds(table: EvaluationTable, profile: ScoringProfile = NATIONAL_PROFILE, narrative = ''): Finding[] {
  return runTableRules(fundsCtx(table, profile, narrative), FUNDS_RULES);
}

export function only(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** rule:severity@cell, for compact whole-list assertions. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}:${f.severity}@${f.cell ?? ''}`).sort();
}
