/**
 * Chinese counting numerals (一 … 九十九) as used in heading numbers 一、 and （一）, both ways.
 * Integer-only, small counts: not money.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; beyond 99 the Arabic digits. */
export function toChineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones === 0 ? '' : DIGITS[ones]);
}

/** 一 → 1, 十二 → 12, 二十 → 20; undefined for anything else. 〇/零 and 两 accepted as digits. */
export function fromChineseCount(s: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十]+$/u.test(s)) return undefined;
  const digit = (c: string): number => (c === '两' ? 2 : c === '〇' ? 0 : DIGITS.indexOf(c));
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? digit(s) : undefined;
  if (s.indexOf('十', i + 1) >= 0) return undefined;
  const tens = i === 0 ? 1 : i === 1 ? digit(s[0]) : -1;
  const rest = s.slice(i + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? digit(rest) : -1;
  if (tens < 1 || ones < 0) return undefined;
  return tens * 10 + ones;
}

/** A count written either way: '11' or '十一' → 11. */
export function parseCount(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  return fromChineseCount(s);
}
