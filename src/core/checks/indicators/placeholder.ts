/**
 * Template instructions and placeholder answers (RULES §4 S13, S04's "placeholder text").
 */
import { normalizeText } from '../../grid/text';

/**
 * Instruction text left in an answer cell, recognised by its general shape (never by exact strings):
 *  - a length limit in brackets: `…（100字以内）`, `(200字左右)`;
 *  - a request to fill: `请填写…`, `填写说明：…`, `填报说明`, `说明：`, `示例：`, `注：`;
 *  - guidance that opens by telling what to write: `对照年度目标，说明…`, `结合自评情况，分析…`,
 *    `简要说明…`, `根据…填写`;
 *  - formula-like guidance: a rate defined by a formula (`预算执行率=预算执行数/调整后预算数`) with
 *    what must be explained (`…的需说明原因`), often numbered (`1.`);
 *  - text ending in an ellipsis after 说明/填写/分析 (`……`), the template's "and so on".
 */
export function isInstructionText(text: string): boolean {
  return isNormalizedInstruction(normalizeText(text));
}

const LENGTH_LIMIT = /\(\d+字(以内|以下|之内|左右)?\)|\d+字(以内|以下|之内)/u;
const FILL_REQUEST = /^(请(填写|输入|简要|简述|根据|说明|在此|对照|结合|列明|注明)|填写说明|填报说明|填表说明|说明:|示例:|例:|注:|备注:填写)/u;
const GUIDANCE_OPENING = /^(\d+[.,、]|[(]\d+[)])?(对照|结合|根据|围绕|按照|参照)[^,:]{0,16},(说明|填写|简要说明|简述|分析|阐述|描述|列出|列明)/u;
const SHORT_GUIDANCE = /^(\d+[.,、])?(简要说明|简述|概述|请简要)/u;
const FORMULA = /[\u4e00-\u9fff]{2,}率?=[\u4e00-\u9fff]{2,}[/÷×*][\u4e00-\u9fff]{2,}/u;
const MUST_EXPLAIN = /(需|须|应|要|请)(说明|填写|分析|注明|列明|阐述)(原因|理由|情况|依据|具体|相关)/u;
const ELLIPSIS_TAIL = /(说明|填写|分析|阐述|描述|原因|情况)[^。]*(…|\.\.\.)+$/u;

/** isInstructionText of a text already normalised (normalizeText). */
function isNormalizedInstruction(t: string): boolean {
  if (t === '') return false;
  if (LENGTH_LIMIT.test(t)) return true;
  if (FILL_REQUEST.test(t)) return true;
  // Guidance is short; an answer that happens to open the same way goes on to say something.
  if (GUIDANCE_OPENING.test(t) && (t.length <= 60 || t.includes('…'))) return true;
  if (FORMULA.test(t) && MUST_EXPLAIN.test(t)) return true;
  if (SHORT_GUIDANCE.test(t) && (t.includes('…') || t.length <= 40)) return true;
  return ELLIPSIS_TAIL.test(t) && MUST_EXPLAIN.test(t);
}

const WHOLE_PLACEHOLDER_ANSWERS: ReadonlySet<string> = new Set(['无', '完成', '已完成', '暂无']);

/** 无 / 完成 (and their variants) as the whole answer. */
export function isWholePlaceholderAnswer(text: string): boolean {
  return WHOLE_PLACEHOLDER_ANSWERS.has(normalizeText(text));
}

/**
 * S13's test of an answer cell, normalising its text once: instruction text, else (for a whole
 * answer: 年度指标值, 实际完成值, 总体目标) a placeholder answer; undefined when neither.
 */
export function placeholderKind(text: string, wholeAnswer: boolean): 'instruction' | 'whole' | 'draft' | undefined {
  const t = normalizeText(text);
  // A reason drafted by 起草偏差原因 and not yet edited (issue 12): it still begins with （草稿）.
  if (t.startsWith('(草稿)')) return 'draft';
  if (isNormalizedInstruction(t)) return 'instruction';
  return wholeAnswer && WHOLE_PLACEHOLDER_ANSWERS.has(t) ? 'whole' : undefined;
}

const EMPTY_REASONS = new Set(['', '无', '暂无', '/', '-', '--', '—', '——', '\\', '*', '略', '不适用', 'n/a', 'N/A']);

/** A reason cell that gives no reason: empty, a dash, 无, or instruction text. */
export function isEmptyReason(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = normalizeText(text);
  return EMPTY_REASONS.has(t) || isNormalizedInstruction(t);
}
