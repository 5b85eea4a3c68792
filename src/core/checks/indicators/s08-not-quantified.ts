/**
 * S08 NOT_QUANTIFIED (RULES §4): a 数量/质量/时效/成本 target with no number.
 */
import type { Finding } from '../../findings';
import { normalizeLevel2 } from '../../grid/text';
import { textOf } from '../../rules/indicator-fields';
import type { TableContext } from '../registry-types';
import { INDICATOR_PHRASES as P } from '../phrases-indicators';
import { defineRule } from '../define-rule';
import { factsOf, rowName, isNotQuantified } from './facts';

export const S08 = defineRule({
  code: 'S08',
  name: 'NOT_QUANTIFIED',
  title: '指标未量化',
  severity: 'warning',
  kind: 'indicators',
  meaning: '数量、质量、时效、成本指标的年度指标值没有量化数字',
  params: [],
  messages: { S08: P.S08, S08blank: P.S08blank },
  evaluate(ctx: TableContext): Finding[] {
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
      out.push(S08.finding({ sheet: ctx.table.sheet, cell, message }));
    }
    return out;
  },
});
