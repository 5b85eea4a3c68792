import { Dec, roundHalfUp, percentOf, toCellNumber } from '../../../src/core/money/decimal';
import { formatAmount, formatPercent, formatScore } from '../../../src/core/money/format';

describe('ROUND_HALF_UP at the documented places, rounding once', () => {
  it.each([
    ['9.995', '10.00'],
    ['9.985', '9.99'],
    ['1.005', '1.01'],
    ['2.675', '2.68'],
    ['-1.005', '-1.01'],
    ['0', '0.00'],
  ])('score %s → %s (ties go up, away from zero)', (x, y) => {
    expect(formatScore(new Dec(x))).toBe(y);
  });

  it('1389.3 ÷ 1397.90 is 99.38%, never 99.385% → 99.39%', () => {
    const r = new Dec('1389.3').dividedBy('1397.90');
    expect(formatPercent(r)).toBe('99.38%');
    const doubleRounded = roundHalfUp(roundHalfUp(r.times(100), 3), 2);
    expect(doubleRounded.toFixed(2)).toBe('99.39');
  });

  it('the seed rate and score: 1186.19 ÷ 1186.96', () => {
    const r = new Dec('1186.19').dividedBy('1186.96');
    expect(formatPercent(r)).toBe('99.94%');
    expect(percentOf(r).toString()).toBe('99.94');
    expect(formatScore(r.times(10))).toBe('9.99');
  });

  it('amounts keep two decimals', () => {
    expect(formatAmount(new Dec('586.11'))).toBe('586.11');
    expect(formatAmount(new Dec('1186.955'))).toBe('1186.96');
    expect(formatAmount(new Dec('12'))).toBe('12.00');
  });

  it('writes the closest double of a rounded decimal', () => {
    expect(toCellNumber(roundHalfUp(new Dec('0.999351'), 4))).toBe(0.9994);
  });
});
