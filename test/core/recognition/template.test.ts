import { recogniseWorkbook, RECOGNITION_PHRASES } from '../../../src/core/recognition';
import { buildSheet, NO_OFFSET, shift, type Offset } from './helpers';
import { TEMPLATE_MERGES, TEMPLATE_SHEET, templateEntries, templateExpected } from './template.fixture';

describe('our template (docs/TEMPLATE.md)', () => {
  const cases: ReadonlyArray<{ name: string; offset: Offset; unitText?: string; unit?: 'wan' | 'yuan'; mergesUnknown?: boolean; indicatorsRight?: string }> = [
    { name: 'as inserted, amounts in 万元', offset: NO_OFFSET },
    { name: 'offset 2 rows down, 1 column right', offset: { dr: 2, dc: 1 } },
    { name: 'mergesUnknown: 一级/二级 filled down, values found right of labels', offset: NO_OFFSET, mergesUnknown: true, indicatorsRight: 'H' },
  ];
  it.each(cases)('$name', ({ offset, mergesUnknown, indicatorsRight }) => {
    const sheet = buildSheet(TEMPLATE_SHEET, templateEntries(), TEMPLATE_MERGES, offset, { mergesUnknown });
    const result = recogniseWorkbook({ sheets: [sheet] });
    expect(result.notes).toEqual([]);
    expect(result.tables).toEqual([templateExpected(offset, { indicatorsRight })]);
  });

  it.each([
    { offset: NO_OFFSET, unitText: '元' },
    { offset: { dr: 4, dc: 3 }, unitText: '元' },
  ])('金额单位 元 (offset $offset.dr,$offset.dc): unit yuan and an M01 note on the unit cell', ({ offset, unitText }) => {
    const sheet = buildSheet(TEMPLATE_SHEET, templateEntries(unitText), TEMPLATE_MERGES, offset);
    const result = recogniseWorkbook({ sheets: [sheet] });
    expect(result.tables).toEqual([templateExpected(offset, { unit: 'yuan' })]);
    expect(result.notes).toEqual([{ sheet: TEMPLATE_SHEET, address: shift('H2', offset), message: RECOGNITION_PHRASES.amountsInYuan() }]);
  });
});

describe('template 自评等级 row', () => {
  it.each([
    ['blank: the 得分 column cell G27, not the 优≥90 note', null],
    ['filled: G27', '优'],
  ])('%s', (_name, value) => {
    const e = templateEntries();
    e.G27 = value;
    const result = recogniseWorkbook({ sheets: [buildSheet(TEMPLATE_SHEET, e, TEMPLATE_MERGES)] });
    expect(result.tables[0].grade).toEqual({ cell: { sheet: TEMPLATE_SHEET, row: 26, col: 6, address: 'G27', raw: value }, text: value ?? '' });
  });
});
