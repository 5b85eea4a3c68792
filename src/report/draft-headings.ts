/**
 * R02 HEADING_NUMBERING (RULES §4): heading numbers must follow GB/T 9704-2012 §7.3.3 —
 * 一、 → （一） → 1. → （1） — with one style per level and numbers in sequence under each parent.
 * An Arabic `N、`/`N.` may be a (mis-styled) level 1 or a level 3, and `（N）` a level 2 or 4:
 * the level is the one whose sequence the number continues.
 */
import type { Finding } from '../core/findings';
import { R02 } from '../core/checks/draft/r02-heading-numbering';
import type { DraftDocument } from './draft-read';
import { fromChineseCount, toChineseCount } from '../ooxml/chinese-numerals';
import { LEVEL_NAME, R02_ORDER, R02_SKIP, R02_STYLE, R02_STYLE_ONLY } from './phrases';

type Level = 1 | 2 | 3 | 4;
/** How a number is written: 'cn、' 一、, 'cn()' （一）, 'ar.' 1., 'ar、' 1、, 'ar()' （1）. */
type Style = 'cn、' | 'cn()' | 'ar.' | 'ar、' | 'ar()';

const STANDARD: Readonly<Record<Level, Style>> = { 1: 'cn、', 2: 'cn()', 3: 'ar.', 4: 'ar()' };

interface Prefix {
  readonly n: number;
  readonly style: Style;
  readonly shown: string;
}

/** The heading number a paragraph starts with, if any. `1.5万元` and `2024年` are not numbers. */
export function headingPrefix(text: string): Prefix | undefined {
  const t = text.replace(/^[\s\u3000]+/, '');
  let m = /^([一二三四五六七八九十]+)\s*、/u.exec(t);
  if (m) {
    const n = fromChineseCount(m[1]);
    return n === undefined ? undefined : { n, style: 'cn、', shown: m[0].trim() };
  }
  m = /^[（(]\s*([一二三四五六七八九十]+)\s*[)）]/u.exec(t);
  if (m) {
    const n = fromChineseCount(m[1]);
    return n === undefined ? undefined : { n, style: 'cn()', shown: m[0] };
  }
  m = /^[（(]\s*([0-9０-９]{1,2})\s*[)）]/u.exec(t);
  if (m) return { n: Number(toAscii(m[1])), style: 'ar()', shown: m[0] };
  m = /^([0-9０-９]{1,2})\s*([.．、])(?![0-9０-９])/u.exec(t);
  if (m) return { n: Number(toAscii(m[1])), style: m[2] === '、' ? 'ar、' : 'ar.', shown: m[0].trim() };
  return undefined;
}

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function candidates(style: Style): readonly Level[] {
  switch (style) {
    case 'cn、':
      return [1];
    case 'cn()':
      return [2];
    case 'ar.':
    case 'ar、':
      return [1, 3];
    case 'ar()':
      return [2, 4];
  }
}

function render(level: Level, n: number, style: Style): string {
  switch (style) {
    case 'cn、':
      return `${toChineseCount(n)}、`;
    case 'cn()':
      return `（${toChineseCount(n)}）`;
    case 'ar.':
      return `${n}.`;
    case 'ar、':
      return `${n}、`;
    case 'ar()':
      return `（${n}）`;
  }
  void level;
}

interface Placed {
  readonly paragraph: number;
  readonly excerpt: string;
  readonly level: Level;
  readonly prefix: Prefix;
  readonly expected: number;
  readonly parentShown?: string;
  readonly skipped: boolean;
}

export function checkHeadings(draft: DraftDocument): Finding[] {
  const counters: number[] = [0, 0, 0, 0, 0];
  const lastShown: Array<string | undefined> = [];
  /** The nearest open heading level above `level` (0 when none). */
  const ancestor = (level: number): number => {
    for (let l = level - 1; l >= 1; l--) if (counters[l] > 0) return l;
    return 0;
  };
  const placed: Placed[] = [];
  for (const p of draft.paragraphs) {
    if (p.inTable) continue;
    const prefix = headingPrefix(p.text);
    if (!prefix) continue;
    const cands = candidates(prefix.style);
    let level: Level;
    if (cands.length === 1) level = cands[0];
    else {
      const [hi, lo] = cands;
      const contHi = prefix.n === counters[hi] + 1;
      // The deeper level is only open under an existing parent heading.
      const contLo = prefix.n === counters[lo] + 1 && ancestor(lo) > 0;
      if (contHi && !contLo) level = hi;
      else if (contLo && !contHi) level = lo;
      else if (contHi && contLo) level = counters[hi] === 0 ? hi : lo;
      else level = Math.abs(prefix.n - counters[hi] - 1) < Math.abs(prefix.n - counters[lo] - 1) ? hi : lo;
    }
    const expected = counters[level] + 1;
    const parent = ancestor(level);
    placed.push({ paragraph: p.index, excerpt: p.text.slice(0, 40), level, prefix, expected, parentShown: parent > 0 ? lastShown[parent] : undefined, skipped: parent > 0 && parent < level - 1 });
    counters[level] = prefix.n;
    lastShown[level] = prefix.shown;
    for (let l = level + 1; l <= 4; l++) counters[l] = 0;
  }
  const findings: Finding[] = [];
  const stylesByLevel = new Map<Level, Set<Style>>();
  for (const h of placed) {
    const set = stylesByLevel.get(h.level) ?? new Set<Style>();
    set.add(h.prefix.style);
    stylesByLevel.set(h.level, set);
  }
  const reportedOnlyStyle = new Set<Level>();
  for (const h of placed) {
    const base = { file: draft.fileName, paragraph: h.paragraph, excerpt: h.excerpt };
    const standard = STANDARD[h.level];
    const expectedShown = render(h.level, h.expected, standard);
    if (h.prefix.style !== standard) {
      const mixed = (stylesByLevel.get(h.level)?.size ?? 0) > 1;
      if (mixed) {
        findings.push(R02.finding({ ...base, message: R02_STYLE(LEVEL_NAME[h.level], expectedShown, h.prefix.shown), expected: expectedShown, actual: h.prefix.shown }));
      } else if (!reportedOnlyStyle.has(h.level)) {
        reportedOnlyStyle.add(h.level);
        findings.push(R02.finding({ ...base, severity: 'info', message: R02_STYLE_ONLY(LEVEL_NAME[h.level], render(h.level, h.prefix.n, standard), h.prefix.shown), expected: render(h.level, h.prefix.n, standard), actual: h.prefix.shown }));
      }
    }
    if (h.prefix.n !== h.expected) {
      const exp = render(h.level, h.expected, h.prefix.style);
      findings.push(R02.finding({ ...base, message: R02_ORDER(LEVEL_NAME[h.level], exp, h.prefix.shown), expected: exp, actual: h.prefix.shown }));
    }
    if (h.skipped && h.parentShown && h.prefix.n === 1) {
      findings.push(R02.finding({ ...base, severity: 'info', message: R02_SKIP(h.prefix.shown, h.parentShown) }));
    }
  }
  return findings;
}
