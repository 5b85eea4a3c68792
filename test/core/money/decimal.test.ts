import { Dec, isPositiveDec, roundHalfUp } from '../../../src/core/money/decimal';

describe('roundHalfUp', () => {
  test.each([
    // [value, places, expected] — by hand, 四舍五入 on the decimal digits
    ['1.005', 2, '1.01'],
    ['2.675', 2, '2.68'],
    ['-2.675', 2, '-2.68'],
    ['0.125', 2, '0.13'],
    ['0.124999', 2, '0.12'],
    ['0.99995', 4, '1'],
    ['0.9', 2, '0.9'],
    ['12', 2, '12'],
    ['0', 2, '0'],
    ['-0.004', 2, '0'],
    ['1.23', 2, '1.23'], // exactly two places: unchanged
    ['1.2', 0, '1'],
    ['1.5', 0, '2'],
  ])('%s to %i places = %s', (v, dp, expected) => {
    expect(roundHalfUp(new Dec(v), dp).toString()).toBe(expected);
  });

  test('a value already within the places is returned as it is (same value, sign of zero kept)', () => {
    const d = new Dec('3.14');
    expect(roundHalfUp(d, 2)).toBe(d);
    expect(roundHalfUp(new Dec('-0'), 2).isNegative()).toBe(true);
  });
});

describe('isPositiveDec', () => {
  test.each([
    ['0.01', true],
    ['100', true],
    ['0', false],
    ['-0', false],
    ['-0.01', false],
  ])('%s > 0 is %p', (v, expected) => {
    expect(isPositiveDec(new Dec(v))).toBe(expected);
    expect(isPositiveDec(new Dec(v))).toBe(new Dec(v).greaterThan(0));
  });
});
