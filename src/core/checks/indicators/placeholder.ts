/**
 * Template instructions and placeholder answers (SPEC §4 S13, S04's "placeholder text").
 */
import { normalizeText } from '../../grid/text';

/** First characters of instruction text: 请 填 说 示 例 注 (as char codes: no one-character string per test). */
const INSTRUCTION_STARTS: ReadonlySet<number> = new Set(Array.from('请填说示例注', (c) => c.charCodeAt(0)));

/** Instruction text left in an answer cell: `说明…（100字以内）`, `请填写…`, `填写说明：…`. */
export function isInstructionText(text: string): boolean {
  return isNormalizedInstruction(normalizeText(text));
}

/** isInstructionText of a text already normalised (normalizeText). */
function isNormalizedInstruction(t: string): boolean {
  if (t === '') return false;
  // Every pattern below needs a 字 or starts with one of 请填说示例注: most answers have neither.
  if (!INSTRUCTION_STARTS.has(t.charCodeAt(0)) && !t.includes('字')) return false;
  if (/\(\d+字(以内|以下|之内|左右)?\)/u.test(t)) return true;
  if (/^(请(填写|输入|简要|简述|根据|说明|在此)|填写说明|填报说明|说明:|示例:|例:|注:)/u.test(t)) return true;
  return /^说明.*(字以内|字以下)/u.test(t);
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
