import fc from 'fast-check';
import { Dec } from '../../../src/core/money/decimal';
import { computeFunds } from '../../../src/core/rules/funds';
import { fundsWrites } from '../../../src/core/plan/funds-writes';
import { NATIONAL_PROFILE } from '../../../src/core/rules/profile';
import { FUNDS_RULES } from '../../../src/core/checks/funds';
import { runTableRules } from '../../../src/core/checks/registry';
import { fundsCtx, fundsTable, templateRow } from '../helpers/funds-table-builder';

/** Independent half-up division on integers: round(n ÷ d) with ties away from zero (n, d > 0). */
function divHalfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  return 2n * r >= d ? q + 1n : q;
}

/** cents → '1234.56' */
const money = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
/** basis points of a percent (hundredths of a percent) → '99.94%' */
const pct = (bp: bigint) => `${bp / 100n}.${String(bp % 100n).padStart(2, '0')}%`;

const cents = fc.bigInt({ min: 1n, max: 10_000_000_00n });
const weight = fc.integer({ min: 0, max: 30 });

describe('funds arithmetic, property-based', () => {
  it('the score is always within [0, 分值] and equals an independent BigInt half-up computation', () => {
    fc.assert(
      fc.property(cents, fc.bigInt({ min: 0n, max: 20_000_000_00n }), weight, (budget, executed, w) => {
        const t = fundsTable([templateRow(4, 'total', { adjusted: money(budget), executed: money(executed), weight: w, rate: null, score: null })]);
        const c = computeFunds(t, NATIONAL_PROFILE)!;
        const s = c.fundScore!;
        expect(s.greaterThanOrEqualTo(0) && s.lessThanOrEqualTo(w)).toBe(true);
        // score × 100 = round(w × 100 × min(executed, budget) ÷ budget)
        const capped = executed < budget ? executed : budget;
        const expected = divHalfUp(BigInt(w) * 100n * capped, budget);
        expect(s.times(100).toFixed(0)).toBe(expected.toString());
      }),
      { numRuns: 400 },
    );
  });

  it('the written rate and the F02 expected text agree with an independent BigInt half-up percent (2 decimals)', () => {
    fc.assert(
      fc.property(cents, fc.bigInt({ min: 0n, max: 20_000_000_00n }), (budget, executed) => {
        // A deliberately wrong stated rate (−50%) so F02 fires and shows the expected rate.
        const t = fundsTable([templateRow(4, 'total', { adjusted: money(budget), executed: money(executed), weight: 10, rate: '-50%', score: null })]);
        const bp = divHalfUp(executed * 10000n, budget);
        const c = computeFunds(t, NATIONAL_PROFILE)!;
        const [w] = fundsWrites(t, c).filter((x) => x.kind === 'executionRate');
        expect(new Dec(String(w.value)).times(10000).toFixed(0)).toBe(bp.toString());
        const f = runTableRules(fundsCtx(t), FUNDS_RULES).find((x) => x.rule === 'F02')!;
        expect(f.expected).toBe(pct(bp));
      }),
      { numRuns: 400 },
    );
  });

  it('a stated rate equal to the BigInt half-up percent never raises F02; one basis point off always does', () => {
    fc.assert(
      fc.property(cents, fc.bigInt({ min: 0n, max: 20_000_000_00n }), fc.boolean(), (budget, executed, off) => {
        const bp = divHalfUp(executed * 10000n, budget) + (off ? 1n : 0n);
        const t = fundsTable([templateRow(4, 'total', { initial: money(budget), adjusted: money(budget), executed: money(executed), weight: 10, rate: pct(bp), score: null, reason: '说明了原因' })]);
        const f02 = runTableRules(fundsCtx(t), FUNDS_RULES).filter((x) => x.rule === 'F02');
        expect(f02).toHaveLength(off ? 1 : 0);
      }),
      { numRuns: 400 },
    );
  });

  it('F01 sums exactly: parts that add up never fire, whatever their decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 1_000_000_000n }), { minLength: 2, maxLength: 4 }), (parts) => {
        const roles = ['generalBudget', 'governmentFunds', 'specialAccount', 'otherFunds'] as const;
        const total = parts.reduce((a, b) => a + b, 0n);
        // three-decimal amounts (thousandths of 万元)
        const m3 = (x: bigint) => `${x / 1000n}.${String(x % 1000n).padStart(3, '0')}`;
        const t = fundsTable([templateRow(4, 'total', { executed: m3(total) }), ...parts.map((p, i) => templateRow(5 + i, roles[i], { executed: m3(p) }))]);
        expect(runTableRules(fundsCtx(t), FUNDS_RULES).filter((x) => x.rule === 'F01')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
