import { columnLetters, columnIndex, toA1, fromA1, rangeFromA1, rangeToA1, A1ParseError } from '../../../src/core/grid/a1';
import { normalizeText, normalizeLevel2, splitLabelValue, toHalfWidth } from '../../../src/core/grid/text';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i ↔ %s', (i, s) => {
    expect(columnLetters(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });

  it('cells and ranges round-trip', () => {
    expect(toA1(3, 8)).toBe('I4');
    expect(fromA1('$I$4')).toEqual({ row: 3, col: 8 });
    expect(rangeFromA1('C5:A1')).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(rangeToA1({ top: 2, left: 0, bottom: 8, right: 0 })).toBe('A3:A9');
    expect(rangeToA1({ top: 1, left: 1, bottom: 1, right: 1 })).toBe('B2');
  });

  it('misuse throws a named error', () => {
    expect(() => fromA1('12B')).toThrow(A1ParseError);
  });
});

describe('normalisation of RULES §2.3', () => {
  it.each([
    ['满意度\n指标', '满意度指标'],
    ['经济效\n益指标', '经济效益指标'],
    ['效益指标\n\n\u3000', '效益指标'],
    ['在规定范围内。', '在规定范围内'],
    ['在规定范围内', '在规定范围内'],
    ['群众满意度评价达 90% \n以上。', '群众满意度评价达90%以上'],
    ['（万元）', '(万元)'],
    ['１２３：', '123:'],
  ])('%p → %p', (a, b) => {
    expect(normalizeText(a)).toBe(b);
  });

  it('compares 二级 labels with and without 指标', () => {
    expect(normalizeLevel2('数量指标')).toBe(normalizeLevel2('数量'));
    expect(normalizeLevel2('服务对象满意度\n指标')).toBe('服务对象满意度');
  });

  it('full-width to half-width', () => {
    expect(toHalfWidth('ＡＢＣ　１．５％')).toBe('ABC 1.5%');
  });

  it.each([
    ['  其中：  一般公共预算：962.34', '其中:一般公共预算', '962.34'],
    ['其他资金：224.62', '其他资金', '224.62'],
    ['政府性基金拨款：', '政府性基金拨款', undefined],
    ['按收入性质分：', '按收入性质分', undefined],
    ['年度资金总额', '年度资金总额', undefined],
  ])('label value %p', (text, label, value) => {
    const r = splitLabelValue(text);
    expect(normalizeText(r.label)).toBe(label);
    expect(r.valueText).toBe(value);
  });
});
