/**
 * Built-in number formats (ECMA-376 Part 1 §18.8.30, plus the zh-CN ids 27–36 and 50–58 that
 * Chinese Excel/WPS files reference without declaring them).
 */
const BUILTIN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The code of a built-in id; 'General' for ids we do not know (locale-dependent currency ids 5–8 …). */
export function builtinFormat(id: number): string | undefined {
  return BUILTIN[id];
}

/** The built-in id whose code is exactly `code` among the locale-independent ids (0–4, 9–13, 49). */
export function builtinFormatId(code: string): number | undefined {
  for (const id of [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 49]) if (BUILTIN[id] === code) return id;
  return undefined;
}

/** First id free for custom formats (ids below are reserved for built-ins). */
export const FIRST_CUSTOM_FORMAT_ID = 164;
