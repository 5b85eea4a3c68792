/**
 * Row text rules (SPEC §4): S08 NOT_QUANTIFIED, S09 ACTUAL_MISSING, S13 PLACEHOLDER_TEXT.
 */
import { finding, type Finding } from '../../findings';
import type { IndicatorRow, TextField } from '../../model';
import { normalizeLevel2, normalizeText } from '../../grid/text';
import { isBlankText, textOf } from '../../rules/indicator-fields';
import type { TableRule } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { factsOf, rowName } from './facts';
import type { IndicatorEvaluation } from '../../rules/indicator-eval';
import { isEmptyReason, placeholderKind } from './placeholder';
import { numberOf } from '../../rules/indicator-fields';
import { decLt, isPositiveDec, roundHalfUp } from '../../money/decimal';

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

export const S08_NOT_QUANTIFIED: TableRule = {
  id: 'indicators.notQuantified',
  codes: ['S08'],
  evaluate(ctx) {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const e = counted[i];
      if (!isNotQuantified(e)) continue;
      const r = e.row;
      const level2 = normalizeLevel2(textOf(r.level2));
      const cell = (r.target ?? r.name ?? r.level2)?.cell.address;
      const label = level2 + '指标';
      const message = e.target.kind === 'blank' ? P.S08blank(rowName(r), label) : P.S08(rowName(r), label, textOf(r.target).trim());
      out.push(finding({ rule: 'S08', sheet: ctx.table.sheet, cell, message }));
    }
    return out;
  },
};

export const S09_ACTUAL_MISSING: TableRule = {
  id: 'indicators.actualMissing',
  codes: ['S09'],
  evaluate(ctx) {
    const out: Finding[] = [];
    const { counted } = factsOf(ctx);
    for (let i = 0; i < counted.length; i++) {
      const r = counted[i].row;
      if (!r.actual || !isBlankText(r.actual)) continue;
      out.push(finding({ rule: 'S09', sheet: ctx.table.sheet, cell: r.actual.cell.address, message: P.S09(rowName(r)) }));
    }
    return out;
  },
};

/** S04 already reports a placeholder reason on a row scored below its weight. */
function s04Covers(reason: TextField, weight: ReturnType<typeof numberOf>, score: ReturnType<typeof numberOf>): boolean {
  if (weight === undefined || score === undefined || !isPositiveDec(weight)) return false;
  return decLt(roundHalfUp(score, 2), roundHalfUp(weight, 2)) && isEmptyReason(reason.text);
}

const ACHIEVED: ReadonlySet<string> = new Set(['完成', '已完成', '全部完成', '按时完成', '达成', '已达成']);

export const S13_PLACEHOLDER: TableRule = {
  id: 'indicators.placeholder',
  codes: ['S13'],
  evaluate(ctx) {
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
      out.push(finding({ rule: 'S13', sheet: field.cell.sheet, cell: field.cell.address, message, actual: text }));
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
};
