/**
 * Small readers over indicator rows shared by the computation and the checks: the number a
 * NumberField holds, blank/placeholder tests, and the normalised 一级 key.
 */
import type { Dec } from '../money/decimal';
import { roundHalfUp } from '../money/decimal';
import type { IndicatorRow, NumberField, TextField } from '../model';
import { normalizeText, normalizeLevel2 } from '../grid/text';
import { isBlankOrMark, isBlankOrMarkText, isLabelTail, isLooseLine, isPlaceholderName, isRemarksLabel } from './template-marks';

/** The exact number of a field, or undefined when blank, absent or invalid (P01). */
export function numberOf(field: NumberField | undefined): Dec | undefined {
  return field && field.parsed.kind === 'number' ? field.parsed.value : undefined;
}

/** A stated score or weight at 2 decimals (RULES §4: scores compare at 2 decimals whatever the cell shows). */
export function number2(field: NumberField | undefined): Dec | undefined {
  const v = numberOf(field);
  return v === undefined ? undefined : roundHalfUp(v, 2);
}

export function isBlankNumber(field: NumberField | undefined): boolean {
  return !field || field.parsed.kind === 'blank';
}

export function isInvalidNumber(field: NumberField | undefined): boolean {
  return field !== undefined && field.parsed.kind === 'invalid';
}

export function textOf(field: TextField | undefined): string {
  return field ? field.text : '';
}

export function isBlankText(field: TextField | undefined): boolean {
  return normalizeText(textOf(field)) === '';
}

const NOT_APPLICABLE = new Set(['不适用', 'N/A', 'n/a', 'NA']);

/** A row marked 不适用 (in its target, actual, weight or score cell), RULES §3 按百分制折算. */
export function isNotApplicableRow(row: IndicatorRow): boolean {
  // Field by field, no temporary arrays: every indicator row is tested.
  return markedNotApplicable(row.target?.text) || markedNotApplicable(row.actual?.text) || invalidNotApplicable(row.weight) || invalidNotApplicable(row.score);
}

function markedNotApplicable(text: string | undefined): boolean {
  return text !== undefined && NOT_APPLICABLE.has(normalizeText(text));
}

/** An unparseable number cell that says 不适用 (a valid number never does). */
function invalidNotApplicable(field: NumberField | undefined): boolean {
  return field !== undefined && field.parsed.kind === 'invalid' && markedNotApplicable(field.parsed.text);
}

/**
 * The 一级 label as a grouping key: normalised, its weight suffix removed
 * (`产出指标(50分)`, `产出指标：50分` → `产出指标`).
 */
export function level1Key(text: string): string {
  const t = normalizeText(text);
  // Both suffixes end in `)` or `分`: most labels have neither, and need no regex.
  if (!t.endsWith(')') && !t.endsWith('分')) return t;
  return t
    .replace(/\(\d+(\.\d+)?分?\)$/u, '')
    .replace(/:?\d+(\.\d+)?分$/u, '');
}

/** Labels equal with or without the suffix 指标 (RULES §2.3). */
export function sameLabel(a: string, b: string): boolean {
  return normalizeLevel2(a) === normalizeLevel2(b);
}

/**
 * What a row of the indicator block holds. `placeholder`: an unused template row — no indicator
 * name (or only a placeholder name such as `指标1`, `……`) and no 分值, 指标值, 完成值 or 得分
 * (blank or a not-applicable mark); `remarks`: a 其他需要说明事项 / 备注 / 说明 row. Neither is an
 * indicator (docs/RULES.md, template conventions).
 */
export type RowShape = 'empty' | 'level1Only' | 'indicator' | 'placeholder' | 'remarks';

export function rowShape(row: IndicatorRow): RowShape {
  const filled =
    !isBlankText(row.level2) ||
    !isBlankText(row.name) ||
    !isBlankText(row.target) ||
    !isBlankText(row.actual) ||
    !isBlankNumber(row.weight) ||
    !isBlankNumber(row.score) ||
    !isBlankNumber(row.scoreCoefficient);
  if (!filled) {
    if (isBlankText(row.level1) || isLabelTail(row.level1?.text)) return 'empty';
    return isRemarksLabel(row.level1?.text) || isLooseLine(row.level1?.text) ? 'remarks' : 'level1Only';
  }
  if (isRemarksLabel(row.level1?.text) || isRemarksLabel(row.level2?.text) || isRemarksLabel(row.name?.text)) return 'remarks';
  const noValues =
    isBlankOrMarkText(row.target?.text) &&
    isBlankOrMarkText(row.actual?.text) &&
    isBlankOrMark(row.weight) &&
    isBlankOrMark(row.score) &&
    isBlankOrMark(row.scoreCoefficient);
  if (noValues && (isBlankText(row.name) || isPlaceholderName(row.name?.text))) return 'placeholder';
  return 'indicator';
}

/** 成本指标 rows (一级 or 二级 mentions 成本): a bare-number target is 反向 there (RULES §3). */
export function isCostRow(row: IndicatorRow): boolean {
  return normalizeText(textOf(row.level2)).includes('成本') || level1Key(textOf(row.level1)).includes('成本');
}
