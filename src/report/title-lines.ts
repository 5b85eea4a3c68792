/**
 * Title line breaks per GB/T 9704-2012 §7.3.1: a long title breaks where the words stay whole,
 * the lines arranged as a 梯形 or 菱形 — never one lone character on the last line. The title
 * is 二号 (22 pt) across the 156 mm type area.
 */

/** Full-width characters per title line: 156 mm ÷ 22 pt ≈ 20.1, less a margin for substituted fonts (WPS/LibreOffice render 小标宋 and digits wider; the seed title of width 20 left 告 alone). */
export const TITLE_CHARS_PER_LINE = 18;

/** Width in full-width characters (ASCII digits and letters count a half). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * The title as lines. `breaks` are the offsets where a break keeps words whole (after the year,
 * after the department, before 整体支出…); the balanced choice wins (smallest length difference).
 * One line when it fits.
 */
export function titleLines(title: string, breaks: readonly number[], perLine = TITLE_CHARS_PER_LINE): string[] {
  if (textWidth(title) <= perLine) return [title];
  let best: string[] | undefined;
  let bestDiff = Infinity;
  for (const b of breaks) {
    if (b <= 0 || b >= title.length) continue;
    const a = title.slice(0, b);
    const c = title.slice(b);
    if (textWidth(a) > perLine || textWidth(c) > perLine || textWidth(c) < 2 || textWidth(a) < 2) continue;
    const diff = Math.abs(textWidth(a) - textWidth(c));
    if (diff < bestDiff) {
      best = [a, c];
      bestDiff = diff;
    }
  }
  if (best) return best;
  // No word boundary fits: split evenly by width (still never a lone last character).
  const total = textWidth(title);
  const lines: string[] = [];
  const n = Math.ceil(total / perLine);
  const target = total / n;
  let cur = '';
  for (const ch of title) {
    if (lines.length < n - 1 && textWidth(cur + ch) > target + 0.25) {
      lines.push(cur);
      cur = '';
    }
    cur += ch;
  }
  lines.push(cur);
  return lines;
}
