import { textWidth, titleLines } from '../../src/report/title-lines';
import { paragraphsOf } from '../../src/report/text-normalise';

describe('titleLines (GB/T 9704: balanced, words whole, no lone last character)', () => {
  it('one line when it fits', () => {
    expect(titleLines('2024年度某局整体支出绩效自评报告', [6, 9])).toEqual(['2024年度某局整体支出绩效自评报告']);
  });
  it('breaks the seed title after the department (10 | 10), not before 告', () => {
    const t = '2024年度岳阳市信访局整体支出绩效自评报告';
    expect(titleLines(t, [6, 12, 16])).toEqual(['2024年度岳阳市信访局', '整体支出绩效自评报告']);
  });
  it('without a fitting word boundary, splits evenly by width; the last line is never one character', () => {
    const t = '二〇二四年度某某省某某市某某县某某乡镇人民政府办公室整体支出绩效自评报告';
    const lines = titleLines(t, []);
    expect(lines.join('')).toBe(t);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l)).toBeGreaterThan(1);
    expect(Math.max(...lines.map(textWidth)) - Math.min(...lines.map(textWidth))).toBeLessThanOrEqual(2);
  });
});

describe('paragraphsOf (text from cells)', () => {
  it('joins a line broken inside a sentence, keeps breaks after a sentence end and before a list item', () => {
    expect(paragraphsOf('加强对工作人员绩效评\n价有关培训。\n2.优化经费管理。')).toEqual(['加强对工作人员绩效评价有关培训。', '2.优化经费管理。']);
    expect(paragraphsOf('1.预算编制能力有待提升\n落实过“紧日子”要求。')).toEqual(['1.预算编制能力有待提升', '落实过“紧日子”要求。']);
    expect(paragraphsOf('加强部门协调， 发挥作用')).toEqual(['加强部门协调，发挥作用']);
  });
});
