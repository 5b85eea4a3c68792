/**
 * Facts the indicator rules share, computed once per table: every row evaluated by the same
 * evaluator as the computation (rules/indicator-eval.ts), plus the outcome predicates that
 * decide which single rule reports a cause (RULES §4 "One finding per cause").
 * Also the predicates several rules share: tableExplains (S04, S14), isNotQuantified (S08, I01).
 */
import { Dec, HUNDRED, ZERO, decEq, decGt, decGte, decLt, decLte, decOf, isPositiveDec, roundHalfUp } from '../../money/decimal';
import { formatScore, formatPlain } from '../../money/format';
import type { IndicatorRow, NumberField, TextField } from '../../model';
import type { TableContext } from '../registry-types';
import { normalizeText } from '../../grid/text';
import type { IndicatorEvaluation } from '../../rules/indicator-eval';
import { countedRows, evaluateTableIndicators } from '../../rules/indicator-total';
import { number2, numberOf, textOf } from '../../rules/indicator-fields';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { isEmptyReason } from './placeholder';
import { statedAchievement, type Achievement } from './achievement';

export interface IndicatorFacts {
  /** Every row of the block, evaluated (shape tells empty / 一级-only / indicator). */
  readonly all: readonly IndicatorEvaluation[];
  /** Indicator rows that count (不适用 rows left out under normalizeTo100). */
  readonly counted: readonly IndicatorEvaluation[];
}

const memo = new WeakMap<object, IndicatorFacts>();

export function factsOf(ctx: TableContext): IndicatorFacts {
  const cached = memo.get(ctx.computation);
  if (cached) return cached;
  const all = evaluateTableIndicators(ctx.table, ctx.profile);
  const facts = { all, counted: countedRows(all, ctx.profile) };
  memo.set(ctx.computation, facts);
  return facts;
}

/** The row's name for messages: 三级, else 二级, else `第N行指标`. */
export function rowName(row: IndicatorRow): string {
  const name = textOf(row.name).replace(/\s+/g, '') || textOf(row.level2).replace(/\s+/g, '');
  return name !== '' ? name : P.rowFallbackName(row.row + 1);
}

/** The A1 address of the first field present. */
export function firstAddress(...fields: (NumberField | TextField | undefined)[]): string | undefined {
  for (const f of fields) if (f) return f.cell.address;
  return undefined;
}

export function plain(d: Dec): string {
  return formatPlain(d);
}

export function score2(d: Dec): string {
  return formatScore(d);
}

/** A stated number for messages: as typed when the cell holds text, else the plain number. */
export function shown(field: NumberField): string {
  return field.parsed.kind === 'number' ? formatPlain(field.parsed.value) : '';
}

export type QuantOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'explained' }
  | { readonly kind: 'S07'; readonly expected: Dec; readonly detail: 'metButDeducted' | 'missedButFull' | 'coefficient' | 'plain' | 'bothWays'; readonly other?: Dec }
  | { readonly kind: 'S17'; readonly expected: Dec };

const TOLERANCE = new Dec('0.000001');
/** The outcomes without data, shared (read-only). */
const OK: QuantOutcome = { kind: 'ok' };
const EXPLAINED: QuantOutcome = { kind: 'explained' };

/**
 * A computable row's stated 得分 against the rule (S07), or against the local over-target
 * deduction (S17). An over-target deduction explained in the reason is not S07 (RULES §3).
 * Undefined when the row is not computable or its score is blank/invalid.
 */
export function quantOutcome(e: IndicatorEvaluation): QuantOutcome | undefined {
  if (!e.computable || e.score === undefined || e.ruleScore === undefined) return undefined;
  const stated = numberOf(e.row.score);
  if (stated === undefined) return undefined;
  const s2 = roundHalfUp(stated, 2);
  const exact = e.exactScore;
  if (decEq(s2, e.score) || (!e.deducted && exact !== undefined && decLte(stated.minus(exact).abs(), TOLERANCE))) return OK;
  if (e.deducted && decEq(s2, e.ruleScore)) return { kind: 'S17', expected: e.score };
  if (e.overTarget && decLt(s2, e.score) && !isEmptyReason(e.row.reason?.text)) return EXPLAINED;
  const weight = numberOf(e.row.weight);
  if (e.byCoefficient) return { kind: 'S07', expected: e.score, detail: 'coefficient' };
  // Direction only a default and the stated score matches neither: S07 naming both (RULES §3).
  if (e.otherDirectionScore !== undefined) return { kind: 'S07', expected: e.score, detail: 'bothWays', other: e.otherDirectionScore };
  if (weight && decEq(e.score, roundHalfUp(weight, 2)) && decLt(s2, e.score)) return { kind: 'S07', expected: e.score, detail: 'metButDeducted' };
  if (weight && decEq(s2, roundHalfUp(weight, 2)) && decLt(e.score, s2)) return { kind: 'S07', expected: e.score, detail: 'missedButFull' };
  return { kind: 'S07', expected: e.score, detail: 'plain' };
}

/** A stated score outside [0, 分值] on a row that is not computable (S03). */
export function outOfRange(e: IndicatorEvaluation): boolean {
  if (e.computable) return false;
  const s = numberOf(e.row.score);
  if (s === undefined) return false;
  if (s.isNegative()) return true;
  const w = numberOf(e.row.weight);
  return w !== undefined && decGt(roundHalfUp(s, 2), roundHalfUp(w, 2));
}

export type QualOutcome =
  | { readonly kind: 'S10' }
  | { readonly kind: 'S12'; readonly lower: Dec }
  | { readonly kind: 'S15'; readonly achievement: Achievement; readonly lower: Dec; readonly upper: Dec };

/**
 * A not-computable row's stated score against what its 实际完成值 states (S10, S12, S15; one of
 * them at most). Bands per profile.qualBands, as multiples of 分值. Undefined when in band, when
 * the actual states nothing, or when S03 already reports the score.
 */
export function qualOutcome(e: IndicatorEvaluation, qualBands: readonly [string, string]): QualOutcome | undefined {
  if (e.computable || outOfRange(e)) return undefined;
  const stated = number2(e.row.score);
  const weight = numberOf(e.row.weight);
  if (stated === undefined || weight === undefined || !isPositiveDec(weight)) return undefined;
  const achievement = statedAchievement(textOf(e.row.actual), textOf(e.row.target));
  if (!achievement) return undefined;
  const metLower = weight.times(decOf(qualBands[0]));
  const partialLower = weight.times(decOf(qualBands[1]));
  const full = decEq(stated, roundHalfUp(weight, 2));
  if (achievement.band !== 'met' && full) return { kind: 'S10' };
  if (achievement.band === 'met') {
    if (decGte(stated, metLower)) return undefined;
    return achievement.basis === 'equal' ? { kind: 'S12', lower: metLower } : { kind: 'S15', achievement, lower: metLower, upper: weight };
  }
  if (achievement.band === 'partial') {
    if (decGte(stated, partialLower) && decLt(stated, metLower)) return undefined;
    return { kind: 'S15', achievement, lower: partialLower, upper: metLower };
  }
  if (decLt(stated, partialLower)) return undefined;
  return { kind: 'S15', achievement, lower: ZERO, upper: partialLower };
}

/** Margin for messages: '0.30' → '30%'. */
export function marginPercent(margin: string): string {
  return formatPlain(decOf(margin).times(HUNDRED)) + '%';
}

/**
 * A form with no reason column per indicator explains its shortfalls in a narrative row of the
 * table (偏差大或目标未完成原因分析, 存在问题): a meaningful answer there is the rows' reason.
 */
export function tableExplains(ctx: TableContext): boolean {
  if (ctx.table.indicators?.columns.reason !== undefined) return false;
  return (ctx.table.narrative ?? []).some((n) => n.kind === 'problems' && !isEmptyReason(n.answer.text));
}

/** 二级 labels (without 指标) whose targets must carry a number: 数量/质量/时效/成本 (incl. 经济/社会/生态环境成本). */
const QUANTIFIED_LEVEL2 = ['数量', '质量', '时效', '成本', '经济成本', '社会成本', '生态环境成本'];

/**
 * The same labels as normalizeText gives them, with and without 指标: `normalizeLevel2(x)` is one of
 * QUANTIFIED_LEVEL2 exactly when `normalizeText(x)` is in this set (none of them ends in 指标), so
 * the per-row test needs no sliced copy of the label.
 */
const QUANTIFIED_NORMALIZED: ReadonlySet<string> = new Set([...QUANTIFIED_LEVEL2, ...QUANTIFIED_LEVEL2.map((l) => l + '指标')]);

/** S08's condition: a 数量/质量/时效/成本 indicator whose 年度指标值 carries no number (or is blank). */
export function isNotQuantified(e: IndicatorEvaluation): boolean {
  const kind = e.target.kind;
  return (kind === 'text' || kind === 'blank') && QUANTIFIED_NORMALIZED.has(normalizeText(textOf(e.row.level2)));
}

const qualMemo = new WeakMap<object, readonly (QualOutcome | undefined)[]>();

/** qualOutcome of every counted row (same index), once per table: S10, S12 and S15 read it. */
export function qualOutcomesOf(ctx: TableContext): readonly (QualOutcome | undefined)[] {
  const cached = qualMemo.get(ctx.computation);
  if (cached) return cached;
  const { counted } = factsOf(ctx);
  const bands = ctx.profile.qualBands;
  const out: (QualOutcome | undefined)[] = new Array(counted.length);
  for (let i = 0; i < counted.length; i++) out[i] = qualOutcome(counted[i], bands);
  qualMemo.set(ctx.computation, out);
  return out;
}

/** A counted row whose stated score S10, S12 or S15 reports: the row, its 得分 cell and the outcome. */
export interface QualFinding<K extends QualOutcome['kind']> {
  readonly row: IndicatorRow;
  readonly score: NumberField;
  readonly outcome: Extract<QualOutcome, { readonly kind: K }>;
}

/** The counted rows whose outcome is `kind` and that have a 得分 cell, in table order. */
export function rowsWithQualOutcome<K extends QualOutcome['kind']>(ctx: TableContext, kind: K): QualFinding<K>[] {
  const { counted } = factsOf(ctx);
  const outcomes = qualOutcomesOf(ctx);
  const out: QualFinding<K>[] = [];
  for (let i = 0; i < counted.length; i++) {
    const o = outcomes[i];
    const row = counted[i].row;
    if (o && o.kind === kind && row.score) out.push({ row, score: row.score, outcome: o as Extract<QualOutcome, { readonly kind: K }> });
  }
  return out;
}
