/**
 * F05 SHARE_MISMATCH (RULES §4): a stated 占比 ≠ part ÷ whole, with the rate tolerance (exact
 * quotient rounded half-up to the decimals shown; numeric cells within 0.000001). The message
 * names the denominator. A share whose whole is zero is not applicable (I01 when one is shown).
 */
import type { Finding } from '../../findings';
import { shareFigures } from '../../rules/funds-share';
import { figureState } from '../../rules/funds-amounts';
import type { TableContext } from '../registry-types';
import { COLUMN_NAMES, ROW_NAMES, fundsPhrases } from '../phrases-funds';
import { fundsContext, type FundsContext } from './context';
import { amountText, percentText, rateAtShownDecimals, rateMatches, statedText } from './tolerance';
import { defineRule } from '../define-rule';
import { I01 } from '../meta/i01-not-computable';

function check(fc: FundsContext): Finding[] {
  const out: Finding[] = [];
  for (const s of fc.block.shares) {
    const field = s.stated;
    if (field.parsed.kind !== 'number') continue;
    const f = shareFigures(fc.block, s);
    if (!f || f.part.kind !== 'value' || f.whole.kind !== 'value') continue;
    const partName = ROW_NAMES[s.part];
    const wholeName = f.wholeParts ? fundsPhrases.breakdownSum(f.wholeParts.map((r) => ROW_NAMES[r])) : ROW_NAMES[s.whole];
    if (f.whole.value.isZero()) {
      out.push(I01.finding({ sheet: fc.sheet, cell: field.cell.address, message: fundsPhrases.shareZeroWhole(partName, wholeName) }));
      continue;
    }
    const exact = f.part.value.dividedBy(f.whole.value);
    if (rateMatches(field, exact)) continue;
    const stated = statedText(field);
    // RULES §3's one basis is the breakdown's own sum; a share stated on the total row's figure
    // instead (the other 口径, F01's) is a different basis, not a wrong sum: warning, both named.
    if (f.wholeParts) {
      const rowWhole = figureState(f.wholeRow, f.column, fc.block.unit);
      if (rowWhole.kind === 'value' && !rowWhole.value.isZero() && rateMatches(field, f.part.value.dividedBy(rowWhole.value))) {
        out.push(F05.finding({
          severity: 'warning', sheet: fc.sheet, cell: field.cell.address,
          message: fundsPhrases.shareOtherBasis(partName, wholeName, ROW_NAMES[s.whole], amountText(f.whole.value), amountText(rowWhole.value), percentText(exact), stated),
          expected: percentText(exact), actual: stated,
        }));
        continue;
      }
    }
    out.push(F05.finding({
      sheet: fc.sheet, cell: field.cell.address,
      message: fundsPhrases.shareMismatch(partName, wholeName, COLUMN_NAMES[f.column], amountText(f.part.value), amountText(f.whole.value), percentText(exact), stated, rateAtShownDecimals(field, exact)),
      expected: percentText(exact), actual: stated,
    }));
  }
  return out;
}

export const F05 = defineRule({
  code: 'F05',
  name: 'SHARE_MISMATCH',
  title: '占比不符',
  severity: 'error',
  kind: 'funds',
  meaning: '填写的占比与计算结果不符',
  params: [],
  messages: { breakdownSum: fundsPhrases.breakdownSum, shareMismatch: fundsPhrases.shareMismatch, shareOtherBasis: fundsPhrases.shareOtherBasis, shareZeroWhole: fundsPhrases.shareZeroWhole },
  evaluate(ctx: TableContext): Finding[] {
    const fc = fundsContext(ctx);
    return fc ? check(fc) : [];
  },
});
