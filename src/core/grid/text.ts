/**
 * Text normalisation of SPEC §2.3: before matching or comparing labels and answers, remove all
 * whitespace (line breaks, full-width spaces), unify full- and half-width punctuation and
 * digits, drop trailing 。；. — so `满意度\n指标` equals `满意度指标`.
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Full-width ASCII (！ … ～, incl. digits １２３ and ％．，) → half-width; ideographic space → space. */
export function toHalfWidth(s: string): string {
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
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
}

/** The canonical form for matching labels and comparing answers. */
export function normalizeText(s: string): string {
  let t = stripSpaces(toHalfWidth(s));
  t = t.replace(/[：（），；。、【】“”‘’《》〈〉—–－～≧≦＝]/g, (c) => PUNCT_MAP[c] ?? c);
  t = t.replace(/[.;。；,]+$/u, '');
  return t;
}

/** Level-2 labels compare with and without the suffix 指标 (数量 = 数量指标). */
export function normalizeLevel2(s: string): string {
  return normalizeText(s).replace(/指标$/u, '');
}

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
  const t = text.replace(/[\s\u3000\u00a0]+/g, '');
  const m = /^(.*[：:])([^：:]*)$/u.exec(t);
  if (!m) return { label: t };
  const label = m[1].replace(/[：:]+$/u, '');
  const rest = m[2];
  return rest === '' ? { label } : { label, valueText: rest };
}
