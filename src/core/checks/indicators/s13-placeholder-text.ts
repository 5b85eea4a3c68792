/**
 * S13 PLACEHOLDER_TEXT (RULES §4, §2.4): instruction text left as content, or a one-word answer
 * where a statement is due.
 */
import type { Finding } from '../../findings';
import type { IndicatorRow, TextField } from '../../model';
import { normalizeText } from '../../grid/text';
import { textOf } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf } from './facts';
import { isEmptyReason, placeholderKind } from './placeholder';
import { numberOf } from '../../rules/indicator-fields';
import { decLt, isPositiveDec, roundHalfUp } from '../../money/decimal';
import { defineRule } from '../define-rule';

/** S04 already reports a placeholder reason on a row scored below its weight. */
function s04Covers(reason: TextField, weight: ReturnType<typeof numberOf>, score: ReturnType<typeof numberOf>): boolean {
  if (weight === undefined || score === undefined || !isPositiveDec(weight)) return false;
  return decLt(roundHalfUp(score, 2), roundHalfUp(weight, 2)) && isEmptyReason(reason.text);
}

const ACHIEVED: ReadonlySet<string> = new Set(['完成', '已完成', '全部完成', '按时完成', '达成', '已达成']);

export const S13 = defineRule({
  code: 'S13',
  name: 'PLACEHOLDER_TEXT',
  title: '说明文字或草稿未替换',
  severity: 'warning',
  kind: 'indicators',
  meaning: '模板中的填写说明或“无”“完成”等占位文字未替换为实际内容',
  params: [],
  messages: { S13draft: P.S13draft, S13instruction: P.S13instruction, S13whole: P.S13whole },
  evaluate(ctx: TableContext): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<string>();
    // `reason` set: the reason cell of a row, not reported when S04 covers it (s04Covers, tested
    // only for a placeholder: most answers are none).
    const check = (field: TextField | undefined, wholeAnswer: boolean, reasonOf?: IndicatorRow) => {
      if (!field) return;
      // The tests normalise (all whitespace removed), so the untrimmed text gives the same answer;
      // the trimmed copy is made for a finding only.
      const kind = placeholderKind(field.text, wholeAnswer);
      if (kind === undefined || seen.has(field.cell.address)) return;
      if (reasonOf && s04Covers(field, numberOf(reasonOf.weight), numberOf(reasonOf.score))) return;
      const text = field.text.trim();
      const message = kind === 'instruction' ? P.S13instruction(text) : kind === 'draft' ? P.S13draft : P.S13whole(text);
      seen.add(field.cell.address);
      out.push(S13.finding({ sheet: field.cell.sheet, cell: field.cell.address, message, actual: text }));
    };
    const goal = ctx.table.overallGoal;
    check(goal?.expected, true);
    check(goal?.actual, true);
    // The funds block's own reason cells (原因), and the narrative rows: 年度目标完成情况 is a whole
    // answer (完成 / 无 alone is no answer); the others are checked for instruction text only.
    for (const row of ctx.table.funds?.rows ?? []) check(row.reason, false);
    for (const n of ctx.table.narrative ?? []) check(n.answer, n.kind === 'goalCompletion');
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const r = counted[i].row;
      check(r.name, false);
      check(r.target, true);
      // 完成 / 已完成 as an indicator's 实际完成值 states it was achieved (a qualitative target's
      // answer); 无 there is S13 only when no reason says why.
      check(r.actual, isEmptyReason(r.reason?.text) && !ACHIEVED.has(normalizeText(textOf(r.actual))));
      check(r.reason, false, r);
    }
    return out;
  },
});
