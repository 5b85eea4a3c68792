/**
 * GB/T 9704-2012 page and type settings for the .docx, in Word's units (twips = 1/20 pt,
 * half-points for font sizes). 1 mm = 1440 / 25.4 twips, rounded to the nearest twip.
 */

/** mm → twips (integer), e.g. 37 mm → 2098. Layout units, not money. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 210 × 297 mm. */
export const PAGE = { width: mmToTwips(210), height: mmToTwips(297) } as const;

/**
 * Margins: top 37 mm (天头), bottom 35 mm, binding side (left) 28 mm, right 26 mm → type area
 * 156 × 225 mm (GB/T 9704-2012 §5.2.1). Footer 25 mm from the page edge puts the page number
 * about 7 mm below the type area (§7.5).
 */
export const MARGIN = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
  header: mmToTwips(15),
  footer: mmToTwips(25),
} as const;

export const TYPE_AREA_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Fonts of GB/T 9704-2012 §7: title 小标宋, body 仿宋_GB2312, 一级 黑体, 二级 楷体_GB2312, page number 宋体. */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 表格 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** Fixed line spacing 28.95 pt (22 lines in the 225 mm type area), in twips. */
export const LINE_EXACT = 579;
/** First-line indent of 2 characters of 三号 (2 × 16 pt = 640 twips). */
export const FIRST_LINE_INDENT = 640;
/** One 四号 character (14 pt), the page number's distance from the outer edge of the type area. */
export const PAGE_NUMBER_INDENT = 280;
