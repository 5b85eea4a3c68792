/**
 * F08 ZERO_BASE_RATE (RULES §4): a rate or score shown for a zero (or blank) budget —
 * 预算数为0，执行率与得分不适用. One finding per row (the rate cell, else the score cell), naming
 * every cell that shows one. F02/F03 are then not raised (no rate is computed). A 0/0 total row
 * is still checked against its sub-rows by F01.
 */
import type { Finding } from '../../findings';
import type { FundsRow, NumberField } from '../../model';
import type { TableContext } from '../registry-types';
import { ROW_NAMES, fundsPhrases } from '../phrases-funds';
import { fundsContext, zeroOrBlankBase, type FundsContext } from './context';
import { statedText } from './tolerance';
import { amountState, hasOwnColumns, isNotApplicableFundsRow } from '../../rules/funds-amounts';
import { defineRule } from '../define-rule';

function shown(field: NumberField | undefined): field is NumberField {
  return !!field && field.parsed.kind === 'number';
}

function checkRow(fc: FundsContext, row: FundsRow): Finding | undefined {
  if (!hasOwnColumns(row)) return undefined;
  const base = zeroOrBlankBase(fc, row);
  if (!base.zero && !base.blank) return undefined;
  // A breakdown row with nothing budgeted and nothing spent shown as 0.00% (the provincial systems
  // export 0/0 that way) says "none", not a rate: not worth a question.
  const nothingSpent = (() => {
    const ex = amountState(row.executed, fc.block.unit, isNotApplicableFundsRow(row));
    return ex.kind === 'blank' || (ex.kind === 'value' && ex.value.isZero());
  })();
  const zeroShown = (f: NumberField | undefined) => row.role !== 'total' && nothingSpent && f?.parsed.kind === 'number' && f.parsed.value.isZero();
  const cells = [zeroShown(row.executionRate) ? undefined : row.executionRate, row.role === 'total' ? row.score : undefined].filter(shown);
  if (cells.length === 0) return undefined;
  const listed = cells.map((c) => `${c.cell.address}（${statedText(c)}）`).join('、');
  const rowName = row.role === 'total' ? '' : ROW_NAMES[row.role];
  return F08.finding({
    sheet: fc.sheet, cell: cells[0].cell.address,
    message: fundsPhrases.zeroBase(rowName, fc.basisName, base.blank, listed),
    expected: '不适用', actual: statedText(cells[0]),
  });
}

export const F08 = defineRule({
  code: 'F08',
  name: 'ZERO_BASE_RATE',
  title: '预算为零',
  severity: 'warning',
  kind: 'funds',
  meaning: '预算数为 0，执行率和得分不适用',
  params: ['budgetBasis'],
  messages: { zeroBase: fundsPhrases.zeroBase },
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    if (!fc) return [];
    return fc.block.rows.map((r) => checkRow(fc, r)).filter((f): f is Finding => f !== undefined);
  },
});
