/**
 * Where F06/F07 look for a reason (SPEC §4): the funds block's own reason column (原因 / 偏差原因)
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
import type { FundsBlock } from '../../model';
import { normalizeText } from '../../grid/text';

export const LOW_EXECUTION_KEYWORDS: readonly string[] = ['执行率', '未执行', '未支出', '未使用', '未拨付', '未到位', '结余', '结转', '执行进度', '支出进度'];
export const ADJUSTMENT_KEYWORDS: readonly string[] = ['追加', '调减', '调增', '追减', '预算调整', '调整预算', '上年结转', '结转结余'];

const PLACEHOLDERS = new Set(['无', '暂无', '没有', '不适用', '/', '\\', '-', '--', '—', '——', '略', 'n/a', 'na']);

/** A reason cell's text says something (not blank, placeholder or left-over instructions). */
export function isMeaningfulReason(text: string): boolean {
  const t = normalizeText(text);
  if (t === '' || PLACEHOLDERS.has(t.toLowerCase())) return false;
  if (/^(请)?说明/.test(t) && /字(以内|以下)/.test(t)) return false;
  return true;
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

/** The rule's reason test: the block's column if it has one, else the narrative. */
export function reasonGiven(block: FundsBlock, narrative: string, keywords: readonly string[]): boolean {
  return hasReasonColumn(block) ? blockHasReason(block) : narrativeMentions(narrative, keywords);
}
