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

/**
 * Width of `text` in ems, conservatively for the fonts the report names and their usual stand-ins
 * (仿宋_GB2312 digits are half an em; DejaVu Sans, LibreOffice's fallback on Linux, up to 0.64 em,
 * and its % 0.95 em): CJK and full-width forms 1 em, digits and Latin letters 0.64, `.`/`,`
 * 0.35, `%` 0.95, anything else 0.64. Layout units, not money.
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x2e80) ems += 1;
    else if (ch === '.' || ch === ',') ems += 0.35;
    else if (ch === '%') ems += 0.95;
    else if (ch === ' ') ems += 0.32;
    else ems += 0.64;
  }
  return ems;
}

/** A figure a line must never break inside: 10.00, 1186.96, 99.94%, -3, 1,234.5. */
export const FIGURE = /^[-+−]?\d[\d,]*(\.\d+)?%?$/u;

/** Word's default cell margins: 0.19 cm (108 twips) on each side. */
export const CELL_PADDING = 2 * 108;

/**
 * Column widths in twips for a table `total` twips wide at `halfPoints` type size: each column at
 * least as wide as its widest figure (single-column cells only) plus the cell margins and a 10 %
 * safety margin; the rest of the width shared in proportion to the relative `weights`, so the
 * text columns give up what the figures need. The widths are integers summing to `total`.
 * Falls back to the plain proportional split when the figures alone do not fit.
 */
export function fitColumnWidths(
  weights: readonly number[],
  cells: ReadonlyArray<ReadonlyArray<{ readonly text: string }>>,
  spans: ReadonlyArray<{ readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }>,
  total: number,
  halfPoints: number,
): number[] {
  const n = weights.length;
  const emTwips = halfPoints * 10; // 1 pt = 20 twips; half-points × 10
  const need = new Array<number>(n).fill(0);
  cells.forEach((row, r) =>
    row.forEach((cell, col) => {
      if (col >= n) return;
      const wide = spans.some((m) => m.left !== m.right && r >= m.top && r <= m.bottom && col >= m.left && col <= m.right);
      if (wide) return;
      for (const line of cell.text.split('\n')) {
        const t = line.trim();
        if (!FIGURE.test(t)) continue;
        need[col] = Math.max(need[col], Math.ceil(textEms(t) * emTwips * 1.1) + CELL_PADDING);
      }
    }),
  );
  const proportional = (cols: number[], width: number): Map<number, number> => {
    const sum = cols.reduce((a, c) => a + weights[c], 0);
    return new Map(cols.map((c) => [c, (weights[c] * width) / sum]));
  };
  if (need.reduce((a, b) => a + b, 0) > total) return integerWidths(weights.map((w) => (w * total) / weights.reduce((a, b) => a + b, 0)), total);
  // Fix the columns whose proportional share is below their need, then share the rest; repeat.
  const fixed = new Map<number, number>();
  for (;;) {
    const free = [...Array(n).keys()].filter((c) => !fixed.has(c));
    const left = total - [...fixed.values()].reduce((a, b) => a + b, 0);
    const share = proportional(free, left);
    const short = free.filter((c) => share.get(c)! < need[c]);
    if (short.length === 0 || free.length === 0) {
      const out = [...Array(n).keys()].map((c) => fixed.get(c) ?? share.get(c) ?? 0);
      return integerWidths(out, total);
    }
    for (const c of short) fixed.set(c, need[c]);
  }
}

/** Round widths down to integers and give the remainder to the widest column, so they sum to `total`. */
function integerWidths(widths: readonly number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w));
  const rest = total - out.reduce((a, b) => a + b, 0);
  let widest = 0;
  out.forEach((w, i) => {
    if (w > out[widest]) widest = i;
  });
  out[widest] += rest;
  return out;
}
