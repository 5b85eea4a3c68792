import fc from 'fast-check';
import { Dec, internDec, sumDec } from '../../../src/core/money/decimal';
import { DigitSpan, sumExact } from '../../../src/core/money/exact-sum';

/** `times` copies of one instance (as memoised parsing shares one per distinct cell value). */
function repeated(text: string, times: number): InstanceType<typeof Dec>[] {
  const d = new Dec(text);
  return Array.from({ length: times }, () => d);
}

describe('sumExact: the value of summing in order, with one product per shared instance', () => {
  test.each([
    // [values, expected sum by hand]
    ['empty', [], '0'],
    ['fewer than four', [new Dec('0.1'), new Dec('0.2'), new Dec('0.3')], '0.6'],
    ['100 × 0.9 (one instance)', repeated('0.9', 100), '90'],
    ['40 × 2.5 + 60 × 0.5', [...repeated('2.5', 40), ...repeated('0.5', 60)], '130'],
    ['rounding ties kept exact: 10 × 0.005', repeated('0.005', 10), '0.05'],
    ['negatives cancel: 5 × 3 and 5 × −3', [...repeated('3', 5), ...repeated('-3', 5)], '0'],
    ['zeros only (incl. −0)', [...repeated('0', 3), ...repeated('-0', 3)], '0'],
    ['zeros among values', [...repeated('0', 10), ...repeated('1.25', 4)], '5'],
  ])('%s', (_name, values, expected) => {
    const sum = sumExact(values as InstanceType<typeof Dec>[]);
    expect(sum.toString()).toBe(expected);
    expect(sum.isNegative()).toBe(false); // an exact zero sum is +0, as sumDec's
  });

  test('beyond Dec precision the values are added in order (the rounded row-order sum)', () => {
    // 1e20 + 1e-20 + … cannot be held in 40 digits: the result is whatever row order gives.
    const values = [...repeated('1e20', 3), ...repeated('1e-20', 3), ...repeated('-1e20', 3)];
    expect(sumExact(values).toString()).toBe(sumDec(values).toString());
    expect(sumExact(values).toString()).toBe('0'); // each 1e-20 is lost against 1e20 (by hand: 40 digits)
  });

  test('non-finite values fall back to the ordered sum', () => {
    const values = [...repeated('1', 4), new Dec(Infinity)];
    expect(sumExact(values).toString()).toBe('Infinity');
  });

  test('property: equal to sumDec over repeated instances of a few values', () => {
    const pool = ['0', '-0', '0.9', '10', '-2.5', '0.005', '123456.78', '1e-7', '99.995'].map((t) => new Dec(t));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 200 }), (idx) => {
        const values = idx.map((i) => pool[i]);
        const a = sumExact(values);
        const b = sumDec(values);
        expect(a.toString()).toBe(b.toString());
        expect(a.isNegative()).toBe(b.isNegative());
      }),
    );
  });
});

describe('DigitSpan', () => {
  test.each([
    // [values, fits 40 digits?] by hand
    [['0.9', '0.9'], true],
    [['1e38', '1'], true], // 39 + 1 digits
    [['1e39', '1', '1'], false], // 40 digits + a carry digit bound
    [['1e20', '1e-20'], false],
    [['0', '-0'], true],
  ])('%j fits = %s', (texts, fits) => {
    const span = new DigitSpan();
    for (const t of texts as string[]) span.add(new Dec(t));
    expect(span.fitsPrecision()).toBe(fits);
  });
});

describe('internDec', () => {
  test('equal values share one instance; the value is unchanged', () => {
    const a = internDec(new Dec('12.50'));
    const b = internDec(new Dec('12.5'));
    expect(b).toBe(a);
    expect(a.toString()).toBe('12.5');
  });

  test('zeros are not shared (−0 and 0 print alike)', () => {
    const negZero = new Dec('-0');
    expect(internDec(negZero)).toBe(negZero);
    const zero = new Dec('0');
    expect(internDec(zero)).toBe(zero);
  });

  test('different values stay apart', () => {
    expect(internDec(new Dec('0.88')).toString()).toBe('0.88');
    expect(internDec(new Dec('-0.88')).toString()).toBe('-0.88');
  });
});
