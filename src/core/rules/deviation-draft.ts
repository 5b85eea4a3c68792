/**
 * 起草偏差原因 (issue 12): for each indicator row below full marks whose reason cell is empty, a
 * draft from the data — the facts (实际完成值 92%，低于年度指标值 95% 3 个百分点，按比例扣 0.32 分),
 * computed exactly with Decimal — and a blank for the cause and the measure, for the person to
 * complete. It begins with （草稿） until the person edits it; S13 flags a （草稿） left in the table.
 *
 * The result is a write plan into the reason cells: the one write into an input cell, shown for
 * confirmation and never applied without it (the pane applies it; 撤销 covers it).
 */
import type { CellValue } from '../grid/types';
import { Dec, decGt, decLt, roundHalfUp } from '../money/decimal';
import { formatPlain, formatScore } from '../money/format';
import type { IndicatorRow } from '../model';
import type { TableComputation } from './computed';
import type { ScoringProfile } from './profile';
import type { IndicatorEvaluation } from './indicator-eval';
import { evaluateTableIndicators } from './indicator-total';
import { number2, numberOf } from './indicator-fields';
import { normalizeText } from '../grid/text';

/** The mark a drafted reason begins with. */
export const DRAFT_MARK = '（草稿）';

/** A cell's text still begins with the draft mark (full- or half-width brackets, spaces ignored). */
export function isDraftText(text: string | undefined): boolean {
  return text !== undefined && normalizeText(text).startsWith('(草稿)');
}

export interface ReasonDraftWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly kind: 'deviationReason';
  /** The row's name (三级指标), for the confirmation list. */
  readonly rowName: string;
  /** The value before (blank, or the placeholder that stood there). */
  readonly old: CellValue;
  /** The draft text, beginning with （草稿）. */
  readonly value: string;
}

export const DRAFT_TEXT = {
  quantity: (actual: string, relation: string, target: string, gap: string) => `实际完成值${actual}，${relation}年度指标值${target}${gap}`,
  below: '低于',
  above: '高于',
  gapPoints: (d: string) => ` ${d}个百分点`,
  gapUnits: (d: string, unit: string) => ` ${d}${unit}`,
  proportional: (d: string) => `，按比例扣${d}分`,
  deducted: (d: string) => `，扣${d}分`,
  texts: (target: string, actual: string) => `年度指标值“${target}”，实际完成值“${actual}”`,
  blanks: '。原因：＿＿＿＿＿＿；改进措施：＿＿＿＿＿＿。',
} as const;

/** Is the reason cell empty (nothing but spaces, a dash or 无)? */
function reasonEmpty(row: IndicatorRow): boolean {
  const t = normalizeText(row.reason?.text ?? '');
  return t === '' || t === '无' || t === '/' || t === '-' || t === '—' || t === '——';
}

/** The facts part of a row's draft (without the mark and the blanks). */
export function draftFacts(e: IndicatorEvaluation, weight: Dec, score: Dec): string {
  const deduction = roundHalfUp(weight.minus(score), 2);
  const target = e.target;
  const actual = e.actual;
  // A unitless actual takes the target's unit (RULES §3).
  if (target.kind === 'quantity' && actual.kind === 'quantity' && (actual.quantity.unit === '' || actual.quantity.unit === target.quantity.unit)) {
    const t = target.quantity;
    const a = actual.quantity;
    const unit = t.unit;
    const diff = a.value.minus(t.value).abs();
    const relation = decLt(a.value, t.value) ? DRAFT_TEXT.below : decGt(a.value, t.value) ? DRAFT_TEXT.above : '';
    const gap = unit === '%' ? DRAFT_TEXT.gapPoints(formatPlain(diff)) : DRAFT_TEXT.gapUnits(formatPlain(diff), unit);
    const facts =
      relation === ''
        ? DRAFT_TEXT.texts(`${formatPlain(t.value)}${unit}`, `${formatPlain(a.value)}${unit}`)
        : DRAFT_TEXT.quantity(`${formatPlain(a.value)}${unit}`, relation, `${formatPlain(t.value)}${unit}`, gap);
    return facts + (e.computable ? DRAFT_TEXT.proportional(formatScore(deduction)) : DRAFT_TEXT.deducted(formatScore(deduction)));
  }
  const tText = (e.row.target?.text ?? '').trim().replace(/\s*[\r\n]+\s*/g, '');
  const aText = (e.row.actual?.text ?? '').trim().replace(/\s*[\r\n]+\s*/g, '');
  return DRAFT_TEXT.texts(tText, aText) + DRAFT_TEXT.deducted(formatScore(deduction));
}

/**
 * Drafts for every indicator row with 分值 > 0, a score below it (the computed score where the row
 * is computable, else the stated one) and an empty reason cell. Never a formula cell.
 */
export function draftDeviationReasons(computation: TableComputation, profile: ScoringProfile): ReasonDraftWrite[] {
  const out: ReasonDraftWrite[] = [];
  for (const e of evaluateTableIndicators(computation.table, profile)) {
    if (e.shape !== 'indicator') continue;
    const row = e.row;
    const cell = row.reason?.cell;
    if (!cell || cell.formula !== undefined || !reasonEmpty(row)) continue;
    const weight = numberOf(row.weight);
    const score = e.computable && e.score !== undefined ? e.score : number2(row.score);
    if (weight === undefined || score === undefined || !decGt(weight, new Dec(0)) || !decLt(score, roundHalfUp(weight, 2))) continue;
    const rowName = (row.name?.text ?? row.level2?.text ?? '').replace(/\s+/g, '');
    out.push({ sheet: cell.sheet, row: cell.row, col: cell.col, address: cell.address, kind: 'deviationReason', rowName, old: cell.raw, value: DRAFT_MARK + draftFacts(e, weight, score) + DRAFT_TEXT.blanks });
  }
  return out;
}
