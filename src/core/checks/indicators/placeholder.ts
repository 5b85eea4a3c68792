/**
 * Template instructions and placeholder answers (SPEC §4 S13, S04's "placeholder text").
 */
import { normalizeText } from '../../grid/text';

const INSTRUCTION_STARTS = '请填说示例注';

/** Instruction text left in an answer cell: `说明…（100字以内）`, `请填写…`, `填写说明：…`. */
export function isInstructionText(text: string): boolean {
  const t = normalizeText(text);
  if (t === '') return false;
  // Every pattern below needs a 字 or starts with one of 请填说示例注: most answers have neither.
  if (!t.includes('字') && !INSTRUCTION_STARTS.includes(t[0])) return false;
  if (/\(\d+字(以内|以下|之内|左右)?\)/u.test(t)) return true;
  if (/^(请(填写|输入|简要|简述|根据|说明|在此)|填写说明|填报说明|说明:|示例:|例:|注:)/u.test(t)) return true;
  return /^说明.*(字以内|字以下)/u.test(t);
}

/** 无 / 完成 (and their variants) as the whole answer. */
export function isWholePlaceholderAnswer(text: string): boolean {
  return ['无', '完成', '已完成', '暂无'].includes(normalizeText(text));
}

const EMPTY_REASONS = new Set(['', '无', '暂无', '/', '-', '--', '—', '——', '\\', '*', '略', '不适用', 'n/a', 'N/A']);

/** A reason cell that gives no reason: empty, a dash, 无, or instruction text. */
export function isEmptyReason(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = normalizeText(text);
  return EMPTY_REASONS.has(t) || isInstructionText(text);
}
