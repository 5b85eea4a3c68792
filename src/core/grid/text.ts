/**
 * Text normalisation of RULES §2.3: before matching or comparing labels and answers, remove all
 * whitespace (line breaks, full-width spaces), unify full- and half-width punctuation and
 * digits, drop trailing 。；. — so `满意度\n指标` equals `满意度指标`.
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Full-width ASCII (！ … ～, incl. digits １２３ and ％．，) → half-width; ideographic space → space. */
export function toHalfWidth(s: string): string {
  if (!hasWidthChar(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const PUNCT_MAP: Record<string, string> = {
  '：': ':', '（': '(', '）': ')', '，': ',', '；': ';', '。': '.', '、': ',', '【': '[', '】': ']',
  '“': '"', '”': '"', '‘': "'", '’': "'", '《': '<', '》': '>', '〈': '<', '〉': '>',
  '—': '-', '–': '-', '－': '-', '～': '~', '≧': '≥', '≦': '≤', '＝': '=',
};

/** Remove every whitespace character (incl. \u3000, \u00a0, line breaks). */
export function stripSpaces(s: string): string {
  if (!hasSpace(s)) return s;
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
}

/** The canonical form for matching labels and comparing answers. */
export function normalizeText(s: string): string {
  if (isNormal(s)) return s; // the common case (labels typed cleanly): no allocation
  const cached = normalized.get(s);
  if (cached !== undefined) return cached;
  let t = stripSpaces(toHalfWidth(s));
  t = t.replace(/[：（），；。、【】“”‘’《》〈〉—–－～≧≦＝]/g, (c) => PUNCT_MAP[c] ?? c);
  t = t.replace(/[.;。；,]+$/u, '');
  if (s.length <= NORMALIZED_MEMO_MAX_LENGTH) {
    if (normalized.size >= NORMALIZED_MEMO_LIMIT) normalized.clear();
    normalized.set(s, t);
  }
  return t;
}

/** A bounded memo of normalizeText for strings that do change (labels repeat across rows and sheets). */
const normalized = new Map<string, string>();
const NORMALIZED_MEMO_LIMIT = 4096;
const NORMALIZED_MEMO_MAX_LENGTH = 200;

/** JavaScript's `\s` outside ASCII, plus U+200B (stripSpaces removes it too). */
function isSpaceCode(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && isSpaceCode(c)) return true;
  }
  return false;
}

function hasWidthChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= FULLWIDTH_START && c <= FULLWIDTH_END) || c === 0x3000) return true;
  }
  return false;
}

/**
 * 1 for every UTF-16 code unit normalizeText may change or remove: whitespace (JavaScript's `\s`
 * and U+200B), full-width ASCII and the ideographic space, the keys of PUNCT_MAP. One lookup per
 * character in the fast path.
 */
const CHANGES = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  // Marked range by range (a loop over all 65,536 code units would cost milliseconds at start-up).
  const mark = (from: number, to: number = from): void => {
    for (let c = from; c <= to; c++) t[c] = 1;
  };
  mark(0x09, 0x0d); // \t \n \v \f \r
  mark(0x20);
  // The characters of isSpaceCode.
  mark(0xa0);
  mark(0x1680);
  mark(0x2000, 0x200b);
  mark(0x2028, 0x2029);
  mark(0x202f);
  mark(0x205f);
  mark(0x3000);
  mark(0xfeff);
  mark(FULLWIDTH_START, FULLWIDTH_END);
  for (const k of Object.keys(PUNCT_MAP)) mark(k.charCodeAt(0));
  return t;
})();

/** Trailing characters normalizeText drops: . ; 。 ； , */
function isTrailingPunct(c: number): boolean {
  return c === 0x2e || c === 0x3b || c === 0x2c || c === 0x3002 || c === 0xff1b;
}

/** True when normalizeText(s) === s: no space, no full-width or mapped character, no trailing stop. */
function isNormal(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  for (let i = 0; i < n; i++) if (CHANGES[s.charCodeAt(i)] === 1) return false;
  return !isTrailingPunct(s.charCodeAt(n - 1));
}

/** Level-2 labels compare with and without the suffix 指标 (数量 = 数量指标). */
export function normalizeLevel2(s: string): string {
  const cached = level2.get(s);
  if (cached !== undefined) return cached;
  const t = normalizeText(s);
  const out = t.endsWith('指标') ? t.slice(0, -2) : t;
  if (s.length <= NORMALIZED_MEMO_MAX_LENGTH) {
    if (level2.size >= NORMALIZED_MEMO_LIMIT) level2.clear();
    level2.set(s, out);
  }
  return out;
}

/** A bounded memo of normalizeLevel2: the checks compare every row's 一级/二级 (the slice would allocate each time). */
const level2 = new Map<string, string>();

/** Display text of a raw cell value, for messages and label reading. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'error' in (v as Record<string, unknown>)) return String((v as { error: string }).error);
  return String(v);
}

/**
 * A label cell that carries its own value, as pasted from Word: `其中：一般公共预算：962.34`,
 * `其他资金：224.62`, `产出指标(50分)`. Returns the label part and the trailing value text
 * (after the last ：/:), or no value when the text after the colon is empty.
 */
export function splitLabelValue(text: string): { label: string; valueText?: string } {
  // hasSpace is true for every character the pattern removes: without one, nothing to replace.
  const t = hasSpace(text) ? text.replace(/[\s\u3000\u00a0]+/g, '') : text;
  if (t.indexOf('：') < 0 && t.indexOf(':') < 0) return { label: t };
  const m = /^(.*[：:])([^：:]*)$/u.exec(t);
  if (!m) return { label: t };
  const label = m[1].replace(/[：:]+$/u, '');
  const rest = m[2];
  return rest === '' ? { label } : { label, valueText: rest };
}
