/**
 * The official templates' own conventions, as general rules (docs/RULES.md "Template
 * conventions"): not-applicable marks (`—`, `－`, `--`, `/`, `无`, `不适用` …), unused template rows
 * (`指标1`, `……`), remarks rows (其他需要说明事项 / 备注 / 说明). Pure text tests over the
 * normalised text; no department, file or row is named anywhere.
 */
import { normalizeText } from '../grid/text';
import type { NumberField } from '../model';

/** Runs of dashes, slashes and the like: `—`, `——`, `－`, `--`, `–`, `―`, `/`, `\`, `*`, `×`. */
const DASH_RUN = /^[-—–―─‐‑﹣_\/\\*×~·]+$/u;
const NA_WORDS: ReadonlySet<string> = new Set(['无', '暂无', '没有', '不适用', '不涉及', '无此项', '无此项目', 'n/a', 'na', '空', '略']);

/** A not-applicable mark: a dash run, `/`, 无, 不适用, N/A … (after normalising; blank is not a mark). */
export function isNotApplicableMark(text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = normalizeText(text);
  if (t === '') return false;
  return DASH_RUN.test(t) || NA_WORDS.has(t.toLowerCase());
}

/** A number cell holding a not-applicable mark instead of a number (a number never is one). */
export function isNotApplicableNumber(field: NumberField | undefined): boolean {
  return field !== undefined && field.parsed.kind === 'invalid' && field.parsed.reason !== 'error' && isNotApplicableMark(field.parsed.text);
}

/** A number cell that holds nothing usable as an answer: blank or a not-applicable mark. */
export function isBlankOrMark(field: NumberField | undefined): boolean {
  return field === undefined || field.parsed.kind === 'blank' || isNotApplicableNumber(field);
}

/** A text cell that holds nothing: blank or a not-applicable mark. */
export function isBlankOrMarkText(text: string | undefined): boolean {
  return text === undefined || normalizeText(text) === '' || isNotApplicableMark(text);
}

/**
 * Names the blank templates print on rows left for the department to fill: `指标1`, `指标2`,
 * `三级指标1`, `指标一`, `……`, `…`, `...`, `XX指标`, `其他`.
 */
const PLACEHOLDER_NAME = /^((三级)?指标[0-9一二三四五六七八九十]*|[…．.。、·]+|[xX×＊*]+(指标)?|其他|其它|\d+)$/u;

/** A name the template prints for an unused row (see PLACEHOLDER_NAME), or a not-applicable mark. */
export function isPlaceholderName(text: string | undefined): boolean {
  if (text === undefined) return false;
  // `指标1：` (the national form prints a colon after the placeholder) is still a placeholder.
  const t = normalizeText(text).replace(/:+$/u, '');
  return t !== '' && (PLACEHOLDER_NAME.test(t) || isNotApplicableMark(t));
}

/** Remarks rows: not part of the indicator hierarchy. */
const REMARKS_LABELS: ReadonlySet<string> = new Set([
  '其他需要说明事项', '其他需要说明的事项', '其他需说明事项', '其他说明事项', '其他说明', '需要说明的事项', '备注', '说明', '附注', '注',
]);

/** 其他需要说明事项 / 备注 / 说明 (normalised, a trailing colon dropped). */
export function isRemarksLabel(text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = normalizeText(text);
  const colon = t.indexOf(':');
  // `备注：本表金额单位为万元`: the label before the colon.
  return REMARKS_LABELS.has(colon >= 0 ? t.slice(0, colon) : t);
}

/**
 * A line under or inside a block that only a 一级 cell holds and that is no 一级 label: a signature
 * line (`项目负责人：某某`), a note with a colon, a sentence. An 一级 label is short or ends in 指标.
 */
export function isLooseLine(text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = normalizeText(text).replace(/\(\d+(\.\d+)?分?\)$/u, '');
  if (t === '' || t.endsWith('指标')) return false;
  return t.includes(':') || t.length > 12;
}

/**
 * The tail of a label broken over two rows where the cells were not merged (`满意度` / `指标`,
 * `产出指标` / `(50分)`): a 一级 cell holding only `指标`, `标` or a bracketed weight is part of
 * the label above, never a 一级 of its own.
 */
export function isLabelTail(text: string | undefined): boolean {
  const t = normalizeText(text ?? '');
  return t === '指标' || t === '标' || /^\(\d+(\.\d+)?分?\)$/u.test(t);
}

/** The weight a label tail states (`(50分)` → `50`), if it is a bracketed weight. */
export function labelTailWeight(text: string | undefined): string | undefined {
  const m = /^\((\d+(?:\.\d+)?)分?\)$/u.exec(normalizeText(text ?? ''));
  return m ? m[1] : undefined;
}
