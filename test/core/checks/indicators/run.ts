import type { Finding } from '../../../../src/core/findings';
import type { EvaluationTable } from '../../../../src/core/model';
import { runTableRules } from '../../../../src/core/checks/registry';
import { INDICATOR_RULES } from '../../../../src/core/checks/indicators';
import { computeIndicators, computeTotal } from '../../../../src/core/rules/indicators';
import { NATIONAL_PROFILE, type ScoringProfile } from '../../../../src/core/rules/profile';
import type { FundsComputation, TableComputation } from '../../../../src/core/rules/computed';

export function computationOf(table: EvaluationTable, profile: ScoringProfile = NATIONAL_PROFILE, funds?: FundsComputation): TableComputation {
  const indicators = computeIndicators(table, profile);
  return { table, funds, indicators, ...computeTotal(table, profile, funds, indicators) };
}

/** Run the indicator rules only (funds rules belong to another module). */
export function check(table: EvaluationTable, profile: ScoringProfile = NATIONAL_PROFILE, funds?: FundsComputation): Finding[] {
  return runTableRules({ table, profile, computation: computationOf(table, profile, funds), narrativeText: '' }, INDICATOR_RULES);
}

/** `rule@cell` keys, sorted, for compact assertions. */
export function keys(findings: readonly Finding[], rules?: readonly string[]): string[] {
  return findings.filter((f) => !rules || rules.includes(f.rule)).map((f) => `${f.rule}@${f.cell}`).sort();
}
