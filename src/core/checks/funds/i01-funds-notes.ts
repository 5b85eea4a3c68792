/**
 * I01 NOT_COMPUTABLE notes of the funds block: the profile's 实际到位资金 basis fell back to
 * 全年预算数 (the block has no such column), and a stated 执行率 that cannot be checked because
 * 全年执行数 is blank (a blank is never read as zero here).
 */
import type { Finding } from '../../findings';
import { amountState, totalRowIndex } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { ROW_NAMES, fundsPhrases } from '../phrases-funds';
import { basisState, fundsContext } from './context';
import { defineCheck } from '../define-rule';
import { I01 } from '../meta/i01-not-computable';
import { P01 } from '../meta/p01-unparseable-value';

export const I01_FUNDS_NOTES = defineCheck(I01, {
  id: 'I01_FUNDS_NOTES',
  kind: 'funds',
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    if (!fc) return [];
    const out: Finding[] = [];
    if (fc.basis.fellBack) {
      const ti = totalRowIndex(fc.block);
      const cell = ti >= 0 ? fc.block.rows[ti].adjustedBudget?.cell.address : undefined;
      out.push(I01.finding({ sheet: fc.sheet, cell, message: fundsPhrases.basisFallback() }));
    }
    for (const row of fc.block.rows) {
      const rate = row.executionRate;
      if (!rate || rate.parsed.kind !== 'number') continue;
      const base = basisState(fc, row);
      if (base.kind !== 'value' || base.value.isZero()) continue;
      if (amountState(row.executed, fc.block.unit).kind !== 'blank') continue;
      // The total row states a rate (and a score) from a 执行数 it leaves blank: the cell must hold
      // a number (P01, a reviewer sends it back); on a breakdown row it is only worth knowing.
      if (row.role === 'total' && row.executed && row.executed.parsed.kind === 'blank') {
        out.push(P01.finding({ sheet: fc.sheet, cell: row.executed.cell.address, message: fundsPhrases.executedBlank(row.executed.cell.address), actual: '' }));
        continue;
      }
      out.push(I01.finding({ sheet: fc.sheet, cell: rate.cell.address, message: fundsPhrases.executedMissing(row.role === 'total' ? '' : ROW_NAMES[row.role]) }));
    }
    return out;
  },
});
