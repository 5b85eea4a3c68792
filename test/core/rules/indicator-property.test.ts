import fc from 'fast-check';
import { Dec, roundHalfUp, sumDec } from '../../../src/core/money/decimal';
import { evaluateIndicatorRow } from '../../../src/core/rules/indicator-eval';
import { computeIndicators, computeTotal } from '../../../src/core/rules/indicators';
import { NATIONAL_PROFILE, type ScoringProfile } from '../../../src/core/rules/profile';
import { buildTable, fundsComputation, type RowSpec } from '../helpers/indicator-table-builder';

/** A decimal with up to 2 places, as text, in [0, max]. */
const dec2 = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => (n / 100).toFixed(2));
const op = fc.constantFrom('≥', '≤', '=', '', '不低于', '不超过');
const profiles = fc.constantFrom<ScoringProfile>(NATIONAL_PROFILE, { ...NATIONAL_PROFILE, reverseFormula: 'linear' });

describe('properties', () => {
  it('every computed score is within [0, 分值] and has 2 decimals', () => {
    fc.assert(
      fc.property(op, dec2(10000), dec2(20000), dec2(30), fc.boolean(), profiles, (o, t, a, w, cost, profile) => {
        const spec: RowSpec = { level2: cost ? '成本指标' : '数量指标', target: `${o}${t}个`, actual: `${a}个`, weight: w };
        const e = evaluateIndicatorRow(buildTable({ rows: [spec] }).indicators!.rows[0], profile);
        expect(e.computable).toBe(true);
        const s = e.score!;
        expect(s.greaterThanOrEqualTo(0)).toBe(true);
        expect(s.lessThanOrEqualTo(new Dec(w))).toBe(true);
        expect(s.equals(roundHalfUp(s, 2))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('总分 = funds score + Σ of the 2-decimal parts', () => {
    const row = fc.record({
      quant: fc.boolean(),
      t: dec2(1000),
      a: dec2(1000),
      w: dec2(20),
      stated: dec2(20),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), dec2(10), (rows, fundScore) => {
        const specs: RowSpec[] = rows.map((r) =>
          r.quant ? { target: `≥${r.t}`, actual: r.a, weight: r.w, score: r.stated } : { target: '按时完成', actual: '按时完成', weight: r.w, score: r.stated },
        );
        const table = buildTable({ rows: specs });
        const ind = computeIndicators(table, NATIONAL_PROFILE)!;
        const total = computeTotal(table, NATIONAL_PROFILE, fundsComputation({ fundScore }), ind).totalScore!;
        const parts = ind.rows.map((s, i) => (s.computable ? s.score! : roundHalfUp(new Dec(rows[i].stated), 2)));
        expect(total.equals(sumDec(parts).plus(fundScore))).toBe(true);
        for (const p of parts) expect(p.equals(roundHalfUp(p, 2))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
