/**
 * Where F06/F07 look for a reason (RULES §4): the funds block's own reason column (原因 / 偏差原因)
 * when it has one; only where it has none, the workbook narrative (ctx.narrativeText).
 * Documented test:
 *   - a reason cell counts when, after normalising, it is not empty, not a placeholder
 *     (无 / 暂无 / 不适用 / - / —) and not template instructions (`说明…（100字以内）`);
 *     any meaningful reason cell of the block counts (the column is often merged over the rows);
 *   - the narrative counts when one of its sentences (split at 。！？； and line breaks) names
 *     the matter: for a low rate 执行率 / 未执行 / 未支出 / 未使用 / 未拨付 / 未到位 / 结余 / 结转 /
 *     执行进度 / 支出进度; for a budget change 追加 / 调减 / 调增 / 追减 / 预算调整 / 调整预算 /
 *     上年结转 / 结转结余.
 */
import { isInstructionText } from '../indicators/placeholder';
import type { EvaluationTable, FundsBlock } from '../../model';
import { normalizeText } from '../../grid/text';

export const LOW_EXECUTION_KEYWORDS: readonly string[] = ['执行率', '未执行', '未支出', '未使用', '未拨付', '未到位', '结余', '结转', '执行进度', '支出进度'];
export const ADJUSTMENT_KEYWORDS: readonly string[] = ['追加', '调减', '调增', '追减', '预算调整', '调整预算', '上年结转', '结转结余'];

const PLACEHOLDERS = new Set(['无', '暂无', '没有', '不适用', '/', '\\', '-', '--', '—', '——', '略', 'n/a', 'na']);

/** A reason cell's text says something (not blank, placeholder or left-over instructions). */
export function isMeaningfulReason(text: string): boolean {
  const t = normalizeText(text);
  if (t === '' || PLACEHOLDERS.has(t.toLowerCase())) return false;
  // Template instructions left in the cell (`说明…（100字以内）`, `1.预算执行率=…需说明原因……`) are no reason.
  return !isInstructionText(t);
}

export function hasReasonColumn(block: FundsBlock): boolean {
  return block.rows.some((r) => r.reason !== undefined);
}

export function blockHasReason(block: FundsBlock): boolean {
  return block.rows.some((r) => r.reason !== undefined && isMeaningfulReason(r.reason.text));
}

export function narrativeMentions(narrative: string, keywords: readonly string[]): boolean {
  return narrative
    .split(/[。！？；;!?\n\r]+/u)
    .map((s) => normalizeText(s))
    .some((s) => keywords.some((k) => s.includes(k)));
}

/**
 * The rule's reason test: the block's column if it has one, else the narrative — the workbook's
 * 基本情况 text and the table's own narrative rows (存在问题, 年度目标完成情况 …), instruction
 * text left in them counting as nothing.
 */
export function reasonGiven(block: FundsBlock, narrative: string, keywords: readonly string[], table?: EvaluationTable): boolean {
  if (hasReasonColumn(block)) return blockHasReason(block);
  if (narrativeMentions(narrative, keywords)) return true;
  const own = (table?.narrative ?? []).filter((n) => isMeaningfulReason(n.answer.text)).map((n) => n.answer.text);
  return own.length > 0 && narrativeMentions(own.join('\n'), keywords);
}
