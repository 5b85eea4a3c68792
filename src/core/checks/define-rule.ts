/**
 * One declaration per rule code (docs/RULES.md §4): its identity (code, name, Chinese title,
 * severity), what it reads (profile keys, message templates) and, for a table rule, its evaluator.
 * The catalogue (findings.ts RULES), the Chinese names, the 汇总 rule sheet and the docs are
 * derived from these declarations (checks/rule-list.ts), never written a second time.
 *
 * Naming scheme: a rule's module is `<code>-<name in kebab case>.ts` (f04-over-execution.ts) and
 * exports the declaration as its code (`F04`); the id is the code. A module that reports a meta
 * code (P01, I01) on one part of the table is a *check* of that code: `defineCheck(P01, …)` in
 * `<code>-<what>.ts`, exported as its file name in upper snake case (p01-funds-cells.ts →
 * `P01_FUNDS_CELLS`), its id that export name.
 *
 * Only `import type` from findings.ts here: findings.ts collects the catalogue from the rule
 * modules at load time, so a runtime import back would be a cycle.
 */
import type { Finding, Severity } from '../findings';
import type { ScoringProfile } from '../rules/profile';
import type { TableContext } from './registry-types';

/**
 * Where a rule runs: 'funds' / 'indicators' are table rules evaluated by the registry on that part
 * of a table; 'meta' codes (P01, M01, I01) are reported by many checks and by recognition;
 * 'draft' rules (R01–R03) run over a report's text in src/report.
 */
export type RuleKind = 'funds' | 'indicators' | 'meta' | 'draft';

/** The fields of one finding besides the rule's identity (rule, name). */
export interface FindingFields {
  /** Defaults to the declaration's severity. */
  readonly severity?: Severity;
  /** Table findings: the sheet and A1 cell. */
  readonly sheet?: string;
  readonly cell?: string;
  /** Simplified Chinese, naming the cell's content and what was expected. */
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  /** Report findings (R rules): the draft file, 1-based paragraph, and an excerpt. */
  readonly file?: string;
  readonly paragraph?: number;
  readonly excerpt?: string;
}

export interface RuleSpec<C extends string, N extends string, M extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>> {
  /** Stable API (the CLI's --json, users' filters): never renamed. */
  readonly code: C;
  /** UPPER_SNAKE, stable API like the code. */
  readonly name: N;
  /** The Chinese name people read (检查结果 sheet, badges, CLI text). */
  readonly title: string;
  /** The default severity; a rule may demote a finding, a profile may override (registry). */
  readonly severity: Severity;
  readonly kind: RuleKind;
  /** One plain Chinese line for the 汇总 说明 sheet and the 退回意见 (what the rule flags). */
  readonly meaning: string;
  /** The ScoringProfile fields the rule reads (besides what the computation already applied). */
  readonly params: readonly (keyof ScoringProfile)[];
  /** The message templates the rule's findings are worded with. */
  readonly messages: M;
  /**
   * The rule reads ctx.narrativeText. Such a rule reads, besides the narrative, only the funds
   * part of the table (sheet, kind, funds block, computation.funds): analyseSheets runs it last,
   * once the whole workbook was seen, on the table without its indicator block.
   */
  readonly readsNarrative?: boolean;
  /** Table rules: the evaluator. Never throws: bad data is a finding. */
  readonly evaluate?: (ctx: TableContext) => Finding[];
}

export interface RuleDeclaration<C extends string = string, N extends string = string, M extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>> extends RuleSpec<C, N, M> {
  /** The id in the registry: the code. */
  readonly id: C;
  /** The code this declaration reports. */
  readonly codes: readonly [C];
  /** A finding of this rule, its name and default severity filled in. */
  readonly finding: (fields: FindingFields) => Finding;
}

/** An evaluator of a meta code on one part of a table (P01 on funds cells, I01 notes …). */
export interface RuleCheck<C extends string = string> {
  readonly id: string;
  readonly kind: 'funds' | 'indicators';
  readonly codes: readonly [C];
  readonly readsNarrative?: boolean;
  readonly evaluate: (ctx: TableContext) => Finding[];
  /** The declaration of the code it reports. */
  readonly rule: RuleDeclaration<C>;
}

/**
 * Build one finding. The optional fields in this order (the JSON the CLI prints follows it), only
 * when given; no spreads (a 10k-row table makes thousands of findings).
 */
export function buildFinding(code: string, name: string, severity: Severity, input: FindingFields): Finding {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = {
    rule: code as Finding['rule'],
    name: name as Finding['name'],
    severity: input.severity ?? severity,
    message: input.message,
  };
  if (input.sheet !== undefined) out.sheet = input.sheet;
  if (input.cell !== undefined) out.cell = input.cell;
  if (input.expected !== undefined) out.expected = input.expected;
  if (input.actual !== undefined) out.actual = input.actual;
  if (input.file !== undefined) out.file = input.file;
  if (input.paragraph !== undefined) out.paragraph = input.paragraph;
  if (input.excerpt !== undefined) out.excerpt = input.excerpt;
  return out;
}

/**
 * Declare a rule. Inside `evaluate` (and helpers it calls), findings are made with the
 * declaration's own `finding` (`F04.finding({ sheet, cell, message })`); give `evaluate` and such
 * helpers an explicit return type, since the declaration refers to itself.
 */
export function defineRule<const C extends string, const N extends string, M extends Readonly<Record<string, unknown>>>(spec: RuleSpec<C, N, M>): RuleDeclaration<C, N, M> {
  const { code, name, severity } = spec;
  if ((spec.kind === 'funds' || spec.kind === 'indicators') !== (spec.evaluate !== undefined)) {
    throw new Error(`${code}: a table rule (funds / indicators) has an evaluator, a meta or draft rule none`);
  }
  return {
    ...spec,
    id: code,
    codes: [code],
    finding: (fields: FindingFields) => buildFinding(code, name, severity, fields),
  };
}

/** Declare a check of a meta code on one part of the table; its id is its export name. */
export function defineCheck<C extends string>(
  rule: RuleDeclaration<C>,
  check: { readonly id: string; readonly kind: 'funds' | 'indicators'; readonly readsNarrative?: boolean; readonly evaluate: (ctx: TableContext) => Finding[] },
): RuleCheck<C> {
  return { ...check, codes: [rule.code], rule };
}
