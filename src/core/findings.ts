/**
 * Findings (检查结果) and the rule catalogue of SPEC §4. Codes and names are stable API: the
 * CLI prints them and users filter on them.
 */

export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  P01: { name: 'UNPARSEABLE_VALUE', severity: 'error' },
  M01: { name: 'UNRECOGNISED', severity: 'info' },
  I01: { name: 'NOT_COMPUTABLE', severity: 'info' },
  F01: { name: 'SUM_MISMATCH', severity: 'error' },
  F02: { name: 'RATE_MISMATCH', severity: 'error' },
  F03: { name: 'FUND_SCORE_MISMATCH', severity: 'error' },
  F04: { name: 'OVER_EXECUTION', severity: 'warning' },
  F05: { name: 'SHARE_MISMATCH', severity: 'error' },
  F06: { name: 'LOW_EXECUTION_NO_REASON', severity: 'warning' },
  F07: { name: 'BUDGET_ADJUSTED_NO_REASON', severity: 'info' },
  F08: { name: 'ZERO_BASE_RATE', severity: 'warning' },
  S01: { name: 'WEIGHT_TOTAL', severity: 'error' },
  S02: { name: 'WEIGHT_PROFILE', severity: 'warning' },
  S03: { name: 'SCORE_RANGE', severity: 'error' },
  S04: { name: 'DEVIATION_REASON_MISSING', severity: 'error' },
  S05: { name: 'TOTAL_MISMATCH', severity: 'error' },
  S06: { name: 'GRADE_MISMATCH', severity: 'error' },
  S07: { name: 'QUANT_SCORE_MISMATCH', severity: 'error' },
  S08: { name: 'NOT_QUANTIFIED', severity: 'warning' },
  S09: { name: 'ACTUAL_MISSING', severity: 'error' },
  S10: { name: 'FULL_SCORE_BUT_MISSED', severity: 'warning' },
  S11: { name: 'HIERARCHY', severity: 'warning' },
  S12: { name: 'DEDUCTED_BUT_MET', severity: 'warning' },
  S13: { name: 'PLACEHOLDER_TEXT', severity: 'warning' },
  S14: { name: 'OVER_TARGET_NO_REASON', severity: 'warning' },
  S15: { name: 'QUAL_BAND_MISMATCH', severity: 'warning' },
  S16: { name: 'SCORE_MISSING', severity: 'error' },
  S17: { name: 'TOTAL_OVER_CAP', severity: 'error' },
  R01: { name: 'TEXT_FIGURE_MISMATCH', severity: 'error' },
  R02: { name: 'HEADING_NUMBERING', severity: 'warning' },
  R03: { name: 'COUNT_MISMATCH', severity: 'warning' },
} as const satisfies Record<string, { name: string; severity: Severity }>;

export type RuleCode = keyof typeof RULES;
export type RuleName = (typeof RULES)[RuleCode]['name'];

export interface Finding {
  readonly rule: RuleCode;
  readonly name: RuleName;
  readonly severity: Severity;
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

export interface FindingInput {
  readonly rule: RuleCode;
  /** Defaults to the catalogue's severity. */
  readonly severity?: Severity;
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly file?: string;
  readonly paragraph?: number;
  readonly excerpt?: string;
}

/** Build a finding with the catalogue's name and default severity filled in. */
export function finding(input: FindingInput): Finding {
  const def = RULES[input.rule];
  const out: { -readonly [K in keyof Finding]: Finding[K] } = {
    rule: input.rule,
    name: def.name,
    severity: input.severity ?? def.severity,
    message: input.message,
  };
  // The optional fields in this order (the JSON the CLI prints follows it), only when given.
  if (input.sheet !== undefined) out.sheet = input.sheet;
  if (input.cell !== undefined) out.cell = input.cell;
  if (input.expected !== undefined) out.expected = input.expected;
  if (input.actual !== undefined) out.actual = input.actual;
  if (input.file !== undefined) out.file = input.file;
  if (input.paragraph !== undefined) out.paragraph = input.paragraph;
  if (input.excerpt !== undefined) out.excerpt = input.excerpt;
  return out;
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
