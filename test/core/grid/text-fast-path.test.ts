/**
 * normalizeText, toHalfWidth, stripSpaces and normalizeLevel2 take a fast path for text that
 * needs no change, and normalizeText memoises the rest: the results must be those of the plain
 * RULES §2.3 algorithm (reference below, written from the spec) for every string.
 */
import fc from 'fast-check';
import { normalizeLevel2, normalizeText, splitLabelValue, stripSpaces, toHalfWidth } from '../../../src/core/grid/text';

const PUNCT: Record<string, string> = {
  '：': ':', '（': '(', '）': ')', '，': ',', '；': ';', '。': '.', '、': ',', '【': '[', '】': ']',
  '“': '"', '”': '"', '‘': "'", '’': "'", '《': '<', '》': '>', '〈': '<', '〉': '>',
  '—': '-', '–': '-', '－': '-', '～': '~', '≧': '≥', '≦': '≤', '＝': '=',
};

function refHalfWidth(s: string): string {
  return [...s].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCodePoint(c - 0xfee0);
    return c === 0x3000 ? ' ' : ch;
  }).join('');
}
const refStrip = (s: string) => s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
function refNormalize(s: string): string {
  let t = refStrip(refHalfWidth(s));
  t = [...t].map((c) => PUNCT[c] ?? c).join('');
  return t.replace(/[.;。；,]+$/u, '');
}

/** Characters the fast path must notice, and ordinary ones. */
const ALPHABET = [
  'a', 'Z', '0', '9', '%', '.', ';', ',', ':', '(', ')', '-', ' ', '\t', '\n', '\r', '\v', '\f',
  '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085',
  '指', '标', '产', '出', '分', '≥', '≤', '个', '％', '１', '９', 'Ａ', '～', '！', '＝',
  ...Object.keys(PUNCT), '😀',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((cs) => cs.join(''));

describe('text normalisation fast paths agree with the reference algorithm', () => {
  it('normalizeText (twice: the memo returns the same)', () => {
    fc.assert(fc.property(text, (s) => normalizeText(s) === refNormalize(s) && normalizeText(s) === refNormalize(s)), { numRuns: 5000 });
  });

  it('toHalfWidth and stripSpaces', () => {
    fc.assert(fc.property(text, (s) => toHalfWidth(s) === refHalfWidth(s) && stripSpaces(s) === refStrip(s)), { numRuns: 3000 });
  });

  it('normalizeLevel2 drops one trailing 指标', () => {
    fc.assert(fc.property(text, (s) => normalizeLevel2(s) === refNormalize(s).replace(/指标$/u, '')), { numRuns: 3000 });
  });

  it.each([
    ['产出指标', '产出指标'],
    ['满意度\n指标', '满意度指标'],
    ['数量指标。', '数量指标'],
    ['其中：一般公共预算', '其中:一般公共预算'],
    ['≧９０％', '≥90%'],
    ['ａｂｃ；', 'abc'],
    ['', ''],
    ['\u00a0\u3000', ''],
    ['x\u0085y', 'x\u0085y'], // U+0085 is not whitespace to JavaScript's \s
  ])('%j → %j', (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });

  it('more distinct strings than the memo holds: still correct', () => {
    for (let i = 0; i < 10000; i++) {
      const s = `指标（${i}）。`;
      expect(normalizeText(s)).toBe(`指标(${i})`);
    }
  });
});

/** splitLabelValue as first written (regex only), the reference for its no-colon / no-space fast paths. */
function refSplitLabelValue(text: string): { label: string; valueText?: string } {
  const t = text.replace(/[\s\u3000\u00a0]+/g, '');
  const m = /^(.*[：:])([^：:]*)$/u.exec(t);
  if (!m) return { label: t };
  const label = m[1].replace(/[：:]+$/u, '');
  const rest = m[2];
  return rest === '' ? { label } : { label, valueText: rest };
}

describe('splitLabelValue fast paths agree with the regex algorithm', () => {
  it('for every string (spaces, colons of both widths, other text)', () => {
    fc.assert(fc.property(text, (s) => expect(splitLabelValue(s)).toStrictEqual(refSplitLabelValue(s))), { numRuns: 5000 });
  });

  it.each([
    ['其他资金：224.62', { label: '其他资金', valueText: '224.62' }],
    ['其中：一般公共预算：962.34', { label: '其中：一般公共预算', valueText: '962.34' }],
    ['政府性基金拨款：', { label: '政府性基金拨款' }],
    ['年度资金总额', { label: '年度资金总额' }],
    ['年 度\n资金总额', { label: '年度资金总额' }],
    ['单位:\u3000元', { label: '单位', valueText: '元' }],
    ['', { label: '' }],
  ])('%j', (input, want) => expect(splitLabelValue(input)).toStrictEqual(want));
});

describe('normalizeLevel2 (memoised)', () => {
  it.each([
    ['数量指标', '数量'],
    ['数量', '数量'],
    ['社会效益\n指标', '社会效益'],
    ['指标指标', '指标'],
    ['指标', ''],
  ])('%j → %j, asked twice', (input, want) => {
    expect(normalizeLevel2(input)).toBe(want);
    expect(normalizeLevel2(input)).toBe(want);
  });
});

describe('the fast path knows every UTF-16 code unit', () => {
  it('normalizeText of `a·b` for each code unit · equals the reference', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (normalizeText(s) !== refNormalize(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('and as the last character (trailing stops are dropped)', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}`;
      if (normalizeText(s) !== refNormalize(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
