import fc from 'fast-check';
import { Dec, compareDec, decEq, decGt, decGte, decLt, decLte, isNegativeDec, maxDec, minDec, sumDec } from '../../../src/core/money/decimal';

/** Decimal's own answers, the reference the allocation-free comparisons must reproduce. */
function reference(a: InstanceType<typeof Dec>, b: InstanceType<typeof Dec>) {
  return { cmp: a.comparedTo(b), lt: a.lessThan(b), lte: a.lessThanOrEqualTo(b), gt: a.greaterThan(b), gte: a.greaterThanOrEqualTo(b), eq: a.equals(b) };
}

function ours(a: InstanceType<typeof Dec>, b: InstanceType<typeof Dec>) {
  return { cmp: compareDec(a, b), lt: decLt(a, b), lte: decLte(a, b), gt: decGt(a, b), gte: decGte(a, b), eq: decEq(a, b) };
}

describe('compareDec and the dec* comparisons (same answers as decimal.js, no temporary Decimal)', () => {
  test.each([
    // [a, b, a ⋚ b] by hand
    ['1', '2', -1],
    ['2', '1', 1],
    ['0.9', '0.90', 0],
    ['0', '-0', 0],
    ['-0', '0.0001', -1],
    ['-0.0001', '-0', -1],
    ['-1', '-2', 1],
    ['-2', '-1', -1],
    ['10000000', '9999999.9999999', 1], // crosses a base-1e7 word
    ['12345678.1234567', '12345678.12345671', -1], // longer digits array
    ['1e-30', '0', 1],
    ['1e40', '9.9999e39', 1],
    ['99.995', '99.994999999999999999999999999999999', 1],
    ['Infinity', '1e40', 1],
    ['-Infinity', '-1e40', -1],
    ['Infinity', 'Infinity', 0],
    ['-Infinity', 'Infinity', -1],
  ])('%s vs %s = %i', (a, b, expected) => {
    const x = new Dec(a);
    const y = new Dec(b);
    expect(compareDec(x, y)).toBe(expected);
    expect(ours(x, y)).toEqual(reference(x, y));
    expect(ours(y, x)).toEqual(reference(y, x));
  });

  test('NaN compares as decimal.js does (NaN, every predicate false)', () => {
    const nan = new Dec(NaN);
    for (const other of [new Dec(1), new Dec(0), nan, new Dec(Infinity)]) {
      expect(compareDec(nan, other)).toBeNaN();
      expect(compareDec(other, nan)).toBeNaN();
      expect(ours(nan, other)).toEqual(reference(nan, other));
      expect(ours(other, nan)).toEqual(reference(other, nan));
    }
  });

  const decimalText = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: -40, max: 40 }))
    .map(([neg, digits, scale, exp]) => `${neg ? '-' : ''}${digits}e${exp - scale}`);

  test('property: every comparison equals decimal.js over random values (signs, zeros, 1–46 digits, exponents ±85)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = new Dec(a);
        const y = new Dec(b);
        expect(ours(x, y)).toEqual(reference(x, y));
        // and against itself through a copy (equal values, distinct digit arrays)
        expect(ours(x, new Dec(a))).toEqual(reference(x, new Dec(a)));
      }),
      { numRuns: 2000 },
    );
  });

  test('property: close values (a, a ± one unit in the last place)', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 1, max: 40 }), (a, places) => {
        const x = new Dec(a);
        const ulp = new Dec(`1e-${places}`);
        for (const y of [x.plus(ulp), x.minus(ulp)]) expect(ours(x, y)).toEqual(reference(x, y));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isNegativeDec, minDec, maxDec, sumDec', () => {
  test.each([
    ['-0.01', true],
    ['-0', false],
    ['0', false],
    ['5', false],
  ])('isNegativeDec(%s) = %p (as d < 0)', (v, expected) => {
    expect(isNegativeDec(new Dec(v))).toBe(expected);
    expect(isNegativeDec(new Dec(v))).toBe(new Dec(v).lessThan(0));
  });

  test('minDec / maxDec return one of their arguments; ties return the second (as before)', () => {
    const a = new Dec('1.50');
    const b = new Dec('1.5');
    expect(minDec(a, b)).toBe(b);
    expect(maxDec(a, b)).toBe(b);
    expect(minDec(new Dec(-1), b).toString()).toBe('-1');
    expect(maxDec(new Dec(-1), b)).toBe(b);
  });

  test('sumDec sums in order from zero: 0.1 + 0.2 + 0.3 = 0.6 exactly; empty = 0', () => {
    expect(sumDec([new Dec('0.1'), new Dec('0.2'), new Dec('0.3')]).toString()).toBe('0.6');
    expect(sumDec([]).toString()).toBe('0');
    // 40 significant digits: each step rounds half-up, as a chain of plus does
    const big = [new Dec('1e39'), new Dec('0.5'), new Dec('0.5')];
    expect(sumDec(big).equals(big[0].plus(big[1]).plus(big[2]))).toBe(true);
  });
});
