/**
 * P01 UNPARSEABLE_VALUE on funds cells (RULES §4): every funds cell that must hold a number but
 * does not (`D12：“一百” 不是数字`, `#DIV/0!`, `—`), one finding per cell. A negative amount or
 * 分值 is reported here too (an amount cannot be negative; never a negative score). Such cells
 * are left out of every other rule (rules/funds-amounts: not usable), so nothing cascades.
 * Exception: a placeholder (`—`, `/`, `不适用`) in a 执行率/得分/占比 cell whose denominator is
 * zero or blank is the right entry (F08: not applicable), not an error.
 */
import type { Finding } from '../../findings';
import type { NumberField } from '../../model';
import { isNegativeNumber, isNotApplicableFundsRow } from '../../rules/funds-amounts';
import { shareFigures } from '../../rules/funds-share';
import type { TableContext } from '../registry-types';
import { fundsPhrases } from '../phrases-funds';
import { fundsContext, zeroOrBlankBase, type FundsContext } from './context';
import { defineCheck } from '../define-rule';
import { P01 } from '../meta/p01-unparseable-value';

interface Candidate {
  readonly field: NumberField | undefined;
  /** Amounts and weights must not be negative. */
  readonly what?: string;
  /** A placeholder is acceptable (no denominator). */
  readonly placeholderOk?: boolean;
}

function candidates(fc: FundsContext): Candidate[] {
  const out: Candidate[] = [];
  for (const row of fc.block.rows) {
    const base = zeroOrBlankBase(fc, row);
    // A breakdown row never needs its own 分值/执行率/得分 (the templates print `—` or `/` there);
    // a whole breakdown row of marks has no money. The total row's cells must hold numbers.
    const breakdown = row.role !== 'total';
    const rowMarked = isNotApplicableFundsRow(row);
    const notApplicable = base.zero || base.blank || breakdown;
    out.push({ field: row.initialBudget, what: '金额', placeholderOk: rowMarked }, { field: row.adjustedBudget, what: '金额', placeholderOk: rowMarked }, { field: row.executed, what: '金额', placeholderOk: rowMarked });
    out.push({ field: row.single, what: '金额', placeholderOk: rowMarked });
    out.push({ field: row.weight, what: '分值', placeholderOk: breakdown });
    out.push({ field: row.executionRate, placeholderOk: notApplicable }, { field: row.score, placeholderOk: notApplicable });
  }
  for (const s of fc.block.shares) {
    const f = shareFigures(fc.block, s);
    const wholeGone = !!f && (f.whole.kind === 'blank' || (f.whole.kind === 'value' && f.whole.value.isZero()));
    out.push({ field: s.stated, placeholderOk: wholeGone });
  }
  return out;
}

function check(fc: FundsContext): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const c of candidates(fc)) {
    const f = c.field;
    if (!f || seen.has(f.cell.address)) continue;
    const p = f.parsed;
    if (p.kind === 'invalid') {
      if (p.reason === 'placeholder' && c.placeholderOk) continue;
      seen.add(f.cell.address);
      out.push(P01.finding({ sheet: f.cell.sheet, cell: f.cell.address, message: fundsPhrases.notNumber(f.cell.address, p.text), actual: p.text }));
    } else if (c.what && isNegativeNumber(f)) {
      seen.add(f.cell.address);
      const text = p.kind === 'number' ? p.value.toFixed() : '';
      out.push(P01.finding({ sheet: f.cell.sheet, cell: f.cell.address, message: fundsPhrases.negative(f.cell.address, text, c.what), actual: text }));
    }
  }
  return out;
}

export const P01_FUNDS_CELLS = defineCheck(P01, {
  id: 'P01_FUNDS_CELLS',
  kind: 'funds',
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    return fc ? check(fc) : [];
  },
});
