/**
 * Word's automatic numbering (w:numPr) expanded into the visible prefix Word renders:
 * word/numbering.xml (w:abstractNum levels: w:start, w:numFmt, w:lvlText '%1、', w:suff;
 * w:num → w:abstractNumId with w:lvlOverride/w:startOverride) and word/styles.xml (numbering
 * linked to paragraph styles, through w:basedOn). ECMA-376 Part 1 §17.9.
 */
import { walkXml } from './xml-walk';
import { toChineseCount } from './chinese-numerals';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suff: string;
  isLgl: boolean;
}

export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  readonly nums: ReadonlyMap<string, { readonly abstractId: string; readonly startOverrides: ReadonlyMap<number, number> }>;
}

export interface StyleNumbering {
  readonly numId?: string;
  readonly ilvl?: number;
  readonly basedOn?: string;
}

const attr = (a: Readonly<Record<string, string>>) => a['w:val'];

export function parseNumbering(xml: string | undefined): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  if (!xml) return { abstracts, nums };
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstractId: string; startOverrides: Map<number, number> } | undefined;
  let override: number | undefined;
  walkXml(xml, {
    open(name, a) {
      switch (name) {
        case 'w:abstractNum':
          abstract = new Map();
          abstracts.set(a['w:abstractNumId'], abstract);
          break;
        case 'w:lvl':
          level = { start: 1, numFmt: 'decimal', lvlText: '', suff: 'tab', isLgl: false };
          if (abstract) abstract.set(Number(a['w:ilvl']), level);
          break;
        case 'w:start':
          if (level) level.start = Number(attr(a));
          break;
        case 'w:numFmt':
          if (level) level.numFmt = attr(a);
          break;
        case 'w:lvlText':
          if (level) level.lvlText = attr(a) ?? '';
          break;
        case 'w:suff':
          if (level) level.suff = attr(a);
          break;
        case 'w:isLgl':
          if (level) level.isLgl = true;
          break;
        case 'w:num':
          num = { abstractId: '', startOverrides: new Map() };
          nums.set(a['w:numId'], num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = attr(a);
          break;
        case 'w:lvlOverride':
          override = Number(a['w:ilvl']);
          break;
        case 'w:startOverride':
          if (num && override !== undefined) num.startOverrides.set(override, Number(attr(a)));
          break;
      }
    },
    close(name) {
      if (name === 'w:abstractNum') abstract = undefined;
      else if (name === 'w:lvl') level = undefined;
      else if (name === 'w:num') num = undefined;
      else if (name === 'w:lvlOverride') override = undefined;
    },
  });
  return { abstracts, nums };
}

/** Paragraph styles that carry numbering (w:style/w:pPr/w:numPr), with their w:basedOn. */
export function parseStyleNumbering(xml: string | undefined): ReadonlyMap<string, StyleNumbering> {
  const out = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  if (!xml) return out;
  let style: { numId?: string; ilvl?: number; basedOn?: string } | undefined;
  let inNumPr = false;
  walkXml(xml, {
    open(name, a) {
      if (name === 'w:style') {
        style = {};
        out.set(a['w:styleId'], style);
      } else if (style && name === 'w:basedOn') style.basedOn = attr(a);
      else if (style && name === 'w:numPr') inNumPr = true;
      else if (style && inNumPr && name === 'w:numId') style.numId = attr(a);
      else if (style && inNumPr && name === 'w:ilvl') style.ilvl = Number(attr(a));
    },
    close(name) {
      if (name === 'w:style') style = undefined;
      else if (name === 'w:numPr') inNumPr = false;
    },
  });
  return out;
}

/** The numbering a paragraph style resolves to, following w:basedOn (cycle-safe). */
export function styleNumPr(styles: ReadonlyMap<string, StyleNumbering>, styleId: string | undefined): { numId?: string; ilvl?: number } {
  const seen = new Set<string>();
  let numId: string | undefined;
  let ilvl: number | undefined;
  let id = styleId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) break;
    numId ??= s.numId;
    ilvl ??= s.ilvl;
    id = s.basedOn;
  }
  return { numId, ilvl };
}

const ROMAN: ReadonlyArray<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾'];
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

/** One counter value in a w:numFmt. Counters are small integers (not money). */
export function formatCounter(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'upperRoman':
    case 'lowerRoman': {
      let r = '';
      let v = n;
      for (const [k, s] of ROMAN) while (v >= k) {
        r += s;
        v -= k;
      }
      return fmt === 'upperRoman' ? r : r.toLowerCase();
    }
    case 'upperLetter':
    case 'lowerLetter': {
      const ch = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === 'upperLetter' ? ch : ch.toLowerCase();
    }
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return toChineseCount(n);
    case 'chineseLegalSimplified':
      return n <= 10 ? LEGAL[n] : toChineseCount(n);
    case 'ideographTraditional':
      return HEAVENLY[(n - 1) % 10];
    case 'ideographZodiac':
      return ZODIAC[(n - 1) % 12];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Word's running counters over a document: feed paragraphs in order, get each one's visible prefix. */
export class NumberingState {
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly usedNums = new Set<string>();
  constructor(private readonly defs: NumberingDefinitions) {}

  /** The visible prefix (number + suffix) of a paragraph with w:numId/w:ilvl; '' when none. */
  next(numId: string | undefined, ilvl: number | undefined): string {
    if (numId === undefined || numId === '0') return '';
    const num = this.defs.nums.get(numId);
    const levels = num && this.defs.abstracts.get(num.abstractId);
    if (!num || !levels) return '';
    const lv = ilvl ?? 0;
    const level = levels.get(lv);
    if (!level) return '';
    let c = this.counters.get(num.abstractId);
    if (!c) {
      c = new Map();
      this.counters.set(num.abstractId, c);
    }
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [l, start] of num.startOverrides) c.set(l, start - 1);
    }
    const startOf = (l: number) => num.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    c.set(lv, (c.get(lv) ?? startOf(lv) - 1) + 1);
    for (const l of [...c.keys()]) if (l > lv) c.delete(l);
    if (level.numFmt === 'bullet') return level.lvlText + suffix(level.suff);
    const text = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const fmt = level.isLgl && l !== lv ? 'decimal' : levels.get(l)?.numFmt ?? 'decimal';
      return formatCounter(c!.get(l) ?? startOf(l), fmt);
    });
    return text + suffix(level.suff);
  }
}

/** w:suff: tab (default) and space render as a gap, nothing as nothing. */
function suffix(suff: string): string {
  return suff === 'nothing' ? '' : ' ';
}
