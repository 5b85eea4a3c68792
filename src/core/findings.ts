/**
 * Findings (检查结果) and the rule catalogue of SPEC §4. Codes and names are stable API: the
 * CLI's --json prints them and users filter on them. `title` is the Chinese name people read.
 */

export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  P01: { name: 'UNPARSEABLE_VALUE', severity: 'error', title: '数值无法识别' },
  M01: { name: 'UNRECOGNISED', severity: 'info', title: '未识别' },
  I01: { name: 'NOT_COMPUTABLE', severity: 'info', title: '未按规则计分' },
  F01: { name: 'SUM_MISMATCH', severity: 'error', title: '合计不符' },
  F02: { name: 'RATE_MISMATCH', severity: 'error', title: '执行率不符' },
  F03: { name: 'FUND_SCORE_MISMATCH', severity: 'error', title: '资金得分不符' },
  F04: { name: 'OVER_EXECUTION', severity: 'warning', title: '执行数超预算' },
  F05: { name: 'SHARE_MISMATCH', severity: 'error', title: '占比不符' },
  F06: { name: 'LOW_EXECUTION_NO_REASON', severity: 'warning', title: '执行率偏低未说明原因' },
  F07: { name: 'BUDGET_ADJUSTED_NO_REASON', severity: 'info', title: '预算调整未说明原因' },
  F08: { name: 'ZERO_BASE_RATE', severity: 'warning', title: '预算为零' },
  S01: { name: 'WEIGHT_TOTAL', severity: 'error', title: '分值合计不符' },
  S02: { name: 'WEIGHT_PROFILE', severity: 'warning', title: '权重与规则集不符' },
  S03: { name: 'SCORE_RANGE', severity: 'error', title: '得分超出范围' },
  S04: { name: 'DEVIATION_REASON_MISSING', severity: 'error', title: '偏差原因未填写' },
  S05: { name: 'TOTAL_MISMATCH', severity: 'error', title: '总分不符' },
  S06: { name: 'GRADE_MISMATCH', severity: 'error', title: '等级不符' },
  S07: { name: 'QUANT_SCORE_MISMATCH', severity: 'error', title: '定量指标得分不符' },
  S08: { name: 'NOT_QUANTIFIED', severity: 'warning', title: '指标未量化' },
  S09: { name: 'ACTUAL_MISSING', severity: 'error', title: '实际完成值未填写' },
  S10: { name: 'FULL_SCORE_BUT_MISSED', severity: 'warning', title: '未完成但得满分' },
  S11: { name: 'HIERARCHY', severity: 'warning', title: '指标层级不符' },
  S12: { name: 'DEDUCTED_BUT_MET', severity: 'warning', title: '已完成但扣分' },
  S13: { name: 'PLACEHOLDER_TEXT', severity: 'warning', title: '说明文字或草稿未替换' },
  S14: { name: 'OVER_TARGET_NO_REASON', severity: 'warning', title: '超额完成未说明原因' },
  S15: { name: 'QUAL_BAND_MISMATCH', severity: 'warning', title: '定性得分与完成情况不符' },
  S16: { name: 'SCORE_MISSING', severity: 'error', title: '得分未填写' },
  S17: { name: 'TOTAL_OVER_CAP', severity: 'error', title: '总分超过封顶' },
  R01: { name: 'TEXT_FIGURE_MISMATCH', severity: 'error', title: '报告数字与表不符' },
  R02: { name: 'HEADING_NUMBERING', severity: 'warning', title: '标题序号不规范' },
  R03: { name: 'COUNT_MISMATCH', severity: 'warning', title: '数量与列举不符' },
} as const satisfies Record<string, { name: string; severity: Severity; title: string }>;

export type RuleCode = keyof typeof RULES;

/** The rule's Chinese name (资金得分不符 …): what a person reads (检查结果 sheet, badges, CLI text). */
export function ruleTitle(rule: RuleCode): string {
  return RULES[rule].title;
}

/** Severities as a person reads them; only `--json` keeps the English words. */
export const SEVERITY_TITLE: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
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
