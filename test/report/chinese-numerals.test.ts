import { fromChineseCount, parseCount, toChineseCount } from '../../src/ooxml/chinese-numerals';

describe('Chinese counting numerals', () => {
  it.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [21, '二十一'], [99, '九十九'],
  ])('%i ↔ %s', (n, s) => {
    expect(toChineseCount(n)).toBe(s);
    expect(fromChineseCount(s)).toBe(n);
  });
  it.each([['一十', 10], ['两', 2], ['十十', undefined], ['十二三', undefined], ['abc', undefined], ['', undefined]])('fromChineseCount(%j) = %s', (s, n) => {
    expect(fromChineseCount(s)).toBe(n);
  });
  it('outside 1–99 stays Arabic', () => {
    expect(toChineseCount(0)).toBe('0');
    expect(toChineseCount(100)).toBe('100');
  });
  it('parseCount reads both forms', () => {
    expect(parseCount('11')).toBe(11);
    expect(parseCount('十一')).toBe(11);
    expect(parseCount('x')).toBeUndefined();
  });
});
