import { parseNumber, parseNumericText, formatDecimals, formatIsPercent } from '../../../src/core/money/parse';

type Case = [label: string, value: Parameters<typeof parseNumber>[0], numFmt: string | undefined, expected: string, percent: boolean, decimals: number];

describe('parseNumber accepts the numbers staff really type', () => {
  const cases: Case[] = [
    ['plain number', 1186.96, undefined, '1186.96', false, 2],
    ['number with 3 decimals keeps its precision', 89.974, undefined, '89.974', false, 3],
    ['integer weight', 10, undefined, '10', false, 0],
    ['percent-formatted number is a ratio', 0.9994, '0.00%', '0.9994', true, 2],
    ['unrounded ratio in a 0.00% cell shows 2 decimals', 0.99935131, '0.00%', '0.99935131', true, 2],
    ['number format decides decimals', 9.9, '0.00', '9.9', false, 2],
    ['text number', '1397.90', undefined, '1397.9', false, 2],
    ['thousands separators', '1,186.96', undefined, '1186.96', false, 2],
    ['full-width digits', '１２３', undefined, '123', false, 0],
    ['full-width decimal point and percent', '９９．９４％', undefined, '0.9994', true, 2],
    ['percent text', '99.94%', undefined, '0.9994', true, 2],
    ['万元 suffix', '962.34万元', undefined, '962.34', false, 2],
    ['score with 分', '9.8分', undefined, '9.8', false, 1],
    ['leading apostrophe of a text-typed number', "'649.24", undefined, '649.24', false, 2],
    ['surrounding and inner spaces', ' 10 ', undefined, '10', false, 0],
    ['negative', '-12.5', undefined, '-12.5', false, 1],
    ['accounting negative', '(12.30)', undefined, '-12.3', false, 2],
    ['currency sign', '¥1,000.00', undefined, '1000', false, 2],
  ];
  it.each(cases)('%s', (_l, value, fmt, expected, percent, decimals) => {
    const p = parseNumber(value, fmt);
    expect(p.kind).toBe('number');
    if (p.kind !== 'number') return;
    expect(p.value.toString()).toBe(expected);
    expect(p.percent).toBe(percent);
    expect(p.decimals).toBe(decimals);
  });

  it('reads the unit of a suffix or a number format', () => {
    const a = parseNumber('962.34万元');
    const b = parseNumber('9623400元');
    const c = parseNumber(962.34, '0.00"万元"');
    expect(a.kind === 'number' && a.unit).toBe('wan');
    expect(b.kind === 'number' && b.unit).toBe('yuan');
    expect(c.kind === 'number' && c.unit).toBe('wan');
  });

  it('keeps 0.1 exact (no binary float leak)', () => {
    const p = parseNumber(0.1);
    expect(p.kind === 'number' && p.value.toString()).toBe('0.1');
  });
});

describe('parseNumber refuses what is not a number, naming it', () => {
  const invalid: Array<[unknown, string, string]> = [
    ['一百', '一百', 'text'],
    [{ error: '#DIV/0!' }, '#DIV/0!', 'error'],
    ['#REF!', '#REF!', 'error'],
    ['—', '—', 'placeholder'],
    ['/', '/', 'placeholder'],
    ['无', '无', 'placeholder'],
    ['1.2.3', '1.2.3', 'text'],
    ['12,34', '12,34', 'text'],
    ['=SUM(A1:A3)', '=SUM(A1:A3)', 'text'],
    [true, 'TRUE', 'text'],
    [Number.NaN, 'NaN', 'not-finite'],
    [Number.POSITIVE_INFINITY, 'Infinity', 'not-finite'],
  ];
  it.each(invalid)('%p is invalid', (value, text, reason) => {
    const p = parseNumber(value as never);
    expect(p).toEqual({ kind: 'invalid', text, reason });
  });

  it.each([[null], [''], ['   '], ['\u3000']])('%p is blank, not zero', (v) => {
    expect(parseNumber(v as never)).toEqual({ kind: 'blank' });
  });
});

describe('number formats', () => {
  it.each([
    ['0.00%', 2, true],
    ['0%', 0, true],
    ['#,##0.000', 3, false],
    ['0.00_ ', 2, false],
    ['"%"0.00', 2, false],
    ['General', undefined, false],
  ] as const)('%s', (fmt, dec, pct) => {
    expect(formatDecimals(fmt)).toBe(dec);
    expect(formatIsPercent(fmt)).toBe(pct);
  });

  it('parses embedded label values the same way', () => {
    const p = parseNumericText('962.34');
    expect(p.kind === 'number' && p.value.toString()).toBe('962.34');
  });
});
