import { parseTarget, parseActual, parseNature, cellQuantityText } from '../../../src/core/rules/target-parse';

type Expect = { kind: string; value?: string; unit?: string; direction?: 'positive' | 'reverse'; equals?: boolean };

function summary(t: ReturnType<typeof parseTarget>): Expect {
  if (t.kind !== 'quantity') return { kind: t.kind };
  const out: Expect = { kind: 'quantity', value: t.quantity.value.toString(), unit: t.quantity.unit, equals: t.equals };
  if (t.direction) out.direction = t.direction;
  return out;
}

describe('parseTarget (RULES §3 target forms)', () => {
  const cases: Array<[string, Expect]> = [
    ['≥50个', { kind: 'quantity', value: '50', unit: '个', direction: 'positive', equals: false }],
    ['≤90万元', { kind: 'quantity', value: '90', unit: '万元', direction: 'reverse', equals: false }],
    ['=100%', { kind: 'quantity', value: '100', unit: '%', equals: true }],
    ['100%', { kind: 'quantity', value: '100', unit: '%', equals: false }],
    ['90%以上', { kind: 'quantity', value: '90', unit: '%', direction: 'positive', equals: false }],
    ['不低于95%', { kind: 'quantity', value: '95', unit: '%', direction: 'positive', equals: false }],
    ['3天以内', { kind: 'quantity', value: '3', unit: '天', direction: 'reverse', equals: false }],
    ['≥100百分比', { kind: 'quantity', value: '100', unit: '%', direction: 'positive', equals: false }],
    ['=0起', { kind: 'quantity', value: '0', unit: '起', equals: true }],
    ['完善工作机制，群众满意度评价达到 90% 以上', { kind: 'quantity', value: '90', unit: '%', direction: 'positive', equals: false }],
    ['群众满意度评价达 90% 以上', { kind: 'quantity', value: '90', unit: '%', direction: 'positive', equals: false }],
    ['不少于10次', { kind: 'quantity', value: '10', unit: '次', direction: 'positive', equals: false }],
    ['超过80%', { kind: 'quantity', value: '80', unit: '%', direction: 'positive', equals: false }],
    ['高于80%', { kind: 'quantity', value: '80', unit: '%', direction: 'positive', equals: false }],
    ['>80%', { kind: 'quantity', value: '80', unit: '%', direction: 'positive', equals: false }],
    ['不超过100万元', { kind: 'quantity', value: '100', unit: '万元', direction: 'reverse', equals: false }],
    ['不高于5%', { kind: 'quantity', value: '5', unit: '%', direction: 'reverse', equals: false }],
    ['控制在90万元以内', { kind: 'quantity', value: '90', unit: '万元', direction: 'reverse', equals: false }],
    ['<3次', { kind: 'quantity', value: '3', unit: '次', direction: 'reverse', equals: false }],
    ['不满5起', { kind: 'quantity', value: '5', unit: '起', direction: 'reverse', equals: false }],
    ['低于2%', { kind: 'quantity', value: '2', unit: '%', direction: 'reverse', equals: false }],
    ['5%以下', { kind: 'quantity', value: '5', unit: '%', direction: 'reverse', equals: false }],
    ['≤0', { kind: 'quantity', value: '0', unit: '', direction: 'reverse', equals: false }],
    ['＞８０％', { kind: 'quantity', value: '80', unit: '%', direction: 'positive', equals: false }],
    ['1,200人次', { kind: 'quantity', value: '1200', unit: '人次', equals: false }],
    ['30个工作日内', { kind: 'quantity', value: '30', unit: '个工作日', direction: 'reverse', equals: false }],
    ['15日内', { kind: 'quantity', value: '15', unit: '日', direction: 'reverse', equals: false }],
    ['12月底前', { kind: 'date' }],
    ['2024年12月31日前', { kind: 'date' }],
    ['在规定范围内', { kind: 'text' }],
    ['按时完成', { kind: 'text' }],
    ['', { kind: 'blank' }],
    ['  ', { kind: 'blank' }],
    ['90%-100%', { kind: 'ambiguous' }],
    ['不少于3次且不低于90%', { kind: 'ambiguous' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    const got = summary(parseTarget(text));
    const want = { ...expected };
    if (want.direction === undefined) delete want.direction;
    expect(got).toEqual(want);
  });

  it('a year before the number is a date part, not a second number', () => {
    expect(summary(parseTarget('2024年完成率达到95%以上'))).toEqual({ kind: 'quantity', value: '95', unit: '%', direction: 'positive', equals: false });
  });
});

describe('parseActual', () => {
  const cases: Array<[string, { kind: string; value?: string; unit?: string }]> = [
    ['50', { kind: 'quantity', value: '50', unit: '' }],
    ['52个', { kind: 'quantity', value: '52', unit: '个' }],
    ['98.5%', { kind: 'quantity', value: '98.5', unit: '%' }],
    ['达成预期指标', { kind: 'text' }],
    ['群众满意度评价达 90% \n以上。', { kind: 'quantity', value: '90', unit: '%' }],
    ['', { kind: 'blank' }],
    ['12月20日', { kind: 'date' }],
    ['3天、5天', { kind: 'ambiguous' }],
    ['-2', { kind: 'quantity', value: '-2', unit: '' }],
    ['０.５万元', { kind: 'quantity', value: '0.5', unit: '万元' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    const a = parseActual(text);
    const got = a.kind === 'quantity' ? { kind: a.kind, value: a.quantity.value.toString(), unit: a.quantity.unit } : { kind: a.kind };
    expect(got).toEqual(expected);
  });
});

describe('parseNature (指标性质 column)', () => {
  it.each([
    ['≥', { direction: 'positive' }],
    ['≤', { direction: 'reverse' }],
    ['=', { equals: true }],
    ['定性', { qualitative: true }],
    ['定量', {}],
    ['', {}],
  ])('%s', (text, expected) => expect(parseNature(text)).toEqual(expected));
  it('absent column', () => expect(parseNature(undefined)).toEqual({}));
});

describe('cellQuantityText', () => {
  it('reads a percent-formatted number cell as its percentage', () => expect(cellQuantityText(0.955, '0.955', '0.00%')).toBe('95.5%'));
  it('keeps a plain number', () => expect(cellQuantityText(50, '50')).toBe('50'));
  it('keeps text', () => expect(cellQuantityText('≥50个', '≥50个')).toBe('≥50个'));
});
