import fc from 'fast-check';
import { Dec } from '../../../src/core/money/decimal';
import { NATIONAL_PROFILE } from '../../../src/core/rules/profile';
import { countedRows, evaluateTableIndicators } from '../../../src/core/rules/indicator-total';
import { indicatorWeightSums } from '../../../src/core/rules/indicator-weights';
import { buildTable, type RowSpec } from '../helpers/indicator-table-builder';

function sums(rows: readonly RowSpec[]) {
  const table = buildTable({ rows });
  return indicatorWeightSums(countedRows(evaluateTableIndicators(table, NATIONAL_PROFILE), NATIONAL_PROFILE));
}

/** The reference: Σ valid weights one by one in row order, from 0 (each step rounded at Dec's 40 digits). */
function rowOrderSum(weights: readonly string[]): InstanceType<typeof Dec> {
  return weights.reduce((acc, w) => acc.plus(new Dec(w)), new Dec(0));
}

const row = (level1: string, weight: string | number | null, i: number): RowSpec => ({ level1, level2: '数量指标', name: `指标${i}`, target: '≥1', actual: '1', weight, score: 0 });

describe('indicatorWeightSums (Σ 分值 in all and per 一级)', () => {
  test('per 一级 (label suffixes and 指标 ignored) and in all, by hand: 产出 20 + 7.5, 效益 30, 满意度 10', () => {
    const s = sums([row('产出指标', 20, 1), row('产出指标(50分)', '7.5', 2), row('效益指标', 30, 3), row('满意度', 10, 4)]);
    expect(s.sum.toString()).toBe('67.5');
    expect(s.anyInvalid).toBe(false);
    expect([...s.groups.keys()]).toEqual(['产出', '效益', '满意度']);
    expect(s.groups.get('产出')!.sum.toString()).toBe('27.5');
    expect(s.groups.get('产出')!.rows).toHaveLength(2);
    expect(s.groups.get('满意度')!.sum.toString()).toBe('10');
  });

  test('blank weights count nothing; an unparseable one marks its group and the whole', () => {
    const s = sums([row('产出指标', 20, 1), row('产出指标', null, 2), row('效益指标', '二十', 3), row('效益指标', 5, 4)]);
    expect(s.sum.toString()).toBe('25');
    expect(s.anyInvalid).toBe(true);
    expect(s.groups.get('产出')!.invalid).toBe(false);
    expect(s.groups.get('效益')!.invalid).toBe(true);
    expect(s.groups.get('效益')!.sum.toString()).toBe('5');
  });

  test('zeros and negatives: 0 + (−0.5) + 0.5 = 0 (not −0)', () => {
    const s = sums([row('产出指标', 0, 1), row('效益指标', '-0.5', 2), row('产出指标', '0.5', 3)]);
    expect(s.sum.toString()).toBe('0');
    expect(s.sum.isNegative()).toBe(false);
  });

  test('digits beyond 40 significant: the sum is the row-order one (each step rounded half-up), not a regrouped one', () => {
    // Row order: 1e39 + 0.5 → 1e39 + 1 (rounded at 40 digits), + 0.5 → 1e39 + 2; grouped (0.5 + 0.5 first) would give 1e39 + 1.
    const weights = ['1000000000000000000000000000000000000000', '0.5', '0.5'];
    const s = sums([row('产出指标', weights[0], 1), row('效益指标', weights[1], 2), row('效益指标', weights[2], 3)]);
    expect(s.sum.toString()).toBe(rowOrderSum(weights).toString());
    expect(s.sum.toFixed()).toBe('1000000000000000000000000000000000000002');
  });

  test('property: the total always equals the row-order sum, whatever the digits and grouping', () => {
    const weight = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }))
      .map(([neg, digits, scale]) => new Dec(`${neg ? '-' : ''}${digits}e-${scale}`).toFixed());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('产出指标', '效益指标', '满意度指标'), weight), { minLength: 1, maxLength: 30 }), (spec) => {
        const s = sums(spec.map(([l1, w], i) => row(l1, w, i)));
        const expected = rowOrderSum(spec.map(([, w]) => w));
        expect(s.sum.toFixed()).toBe(expected.toFixed());
        expect(s.sum.equals(expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the exact-sum shortcut rests on decimal.js storing digits in base-1e7 words', () => {
  test.each(['0.9', '123.45', '1e39', '0.0000001', '9999999', '10000000', '-5.5', '1234567.7654321'])('%s: the last word ends at or below the lowest digit', (v) => {
    const d = new Dec(v);
    const lowestDigit = d.e - d.precision() + 1;
    const lastWordEnd = 7 * (Math.floor(d.e / 7) - d.d.length + 1);
    expect(lastWordEnd).toBeLessThanOrEqual(lowestDigit);
    expect(lowestDigit - lastWordEnd).toBeLessThan(7);
  });
});
