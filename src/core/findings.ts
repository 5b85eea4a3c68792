/**
 * Findings (检查结果) and the rule catalogue of RULES §4. Codes and names are stable API: the
 * CLI's --json prints them and users filter on them. `title` is the Chinese name people read.
 * The catalogue is not written here: each rule declares itself once (checks/define-rule.ts), and
 * RULES and RuleCode are collected from those declarations (checks/rule-list.ts).
 */
import { RULE_DECLARATIONS } from './checks/rule-list';
import { buildFinding, type FindingFields } from './checks/define-rule';

export type Severity = 'error' | 'warning' | 'info';

type Declared = (typeof RULE_DECLARATIONS)[number];

/** The rule codes: those declared by the rule modules (checks/rule-list.ts), never listed here. */
export type RuleCode = Declared['code'];

/** The catalogue entry of a code: its stable name, default severity and Chinese title. */
export interface RuleEntry<N extends string = string> {
  readonly name: N;
  readonly severity: Severity;
  readonly title: string;
}

/** Code → its entry, each name typed as its declaration's. */
export type Catalogue = { readonly [C in RuleCode]: RuleEntry<Extract<Declared, { readonly code: C }>['name']> };

/** The catalogue (RULES §4), collected from the rule declarations, in catalogue order. */
export const RULES: Catalogue = catalogueOf(RULE_DECLARATIONS);

function catalogueOf(declarations: readonly Declared[]): Catalogue {
  const out: Record<string, RuleEntry> = {};
  for (const d of declarations) out[d.code] = { name: d.name, severity: d.severity, title: d.title };
  return out as Catalogue;
}

/** The rule's Chinese name (资金得分不符 …): what a person reads (检查结果 sheet, badges, CLI text). */
export function ruleTitle(rule: RuleCode): string {
  return RULES[rule].title;
}

/** Severities as a person reads them; only `--json` keeps the English words. */
export const SEVERITY_TITLE: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
export type RuleName = Declared['name'];

/** One finding: the rule's identity, its severity, and where and what (FindingFields). */
export interface Finding extends Omit<FindingFields, 'severity'> {
  readonly rule: RuleCode;
  readonly name: RuleName;
  readonly severity: Severity;
}

/** A finding of any code: the code, and the fields every finding has (checks/define-rule.ts). */
export interface FindingInput extends FindingFields {
  readonly rule: RuleCode;
}

/**
 * Build a finding of any code with the catalogue's name and default severity filled in (callers
 * outside the rule modules: recognition notes, the report's draft checks, tests). A rule module
 * uses its own declaration's `finding` instead (checks/define-rule.ts).
 */
export function finding(input: FindingInput): Finding {
  const def = RULES[input.rule];
  return buildFinding(input.rule, def.name, def.severity, input);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: sheet, then row, then column, then rule — so two runs print the same list. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Keys computed once per finding (not per comparison): a 10k-row analysis sorts thousands.
  const keyed = findings.map((f, index) => {
    const m = f.cell ? /^([A-Z]+)(\d+)/.exec(f.cell) : null;
    return { f, index, sheet: f.sheet ?? f.file ?? '', para: f.paragraph ?? 0, row: m ? Number(m[2]) : 0, col: m ? m[1].padStart(3, ' ') : '' };
  });
  keyed.sort((ka, kb) => {
    if (ka.sheet !== kb.sheet) return ka.sheet < kb.sheet ? -1 : 1;
    if (ka.para !== kb.para) return ka.para - kb.para;
    if (ka.row !== kb.row) return ka.row - kb.row;
    if (ka.col !== kb.col) return ka.col < kb.col ? -1 : 1;
    if (ka.f.rule !== kb.f.rule) return ka.f.rule < kb.f.rule ? -1 : 1;
    return SEVERITY_ORDER[ka.f.severity] - SEVERITY_ORDER[kb.f.severity] || ka.index - kb.index;
  });
  return keyed.map((k) => k.f);
}
