import { recogniseWorkbook } from '../../../src/core/recognition';
import { buildSheet, NO_OFFSET, type Offset } from './helpers';
import { NATIONAL_SHEET, nationalEntries, nationalExpected, nationalMerges, type NationalOptions } from './national.fixture';

describe('national 项目支出绩效自评表 (财预〔2020〕10号 附件)', () => {
  const cases: ReadonlyArray<{ name: string; offset: Offset; opts: NationalOptions }> = [
    { name: 'typed cleanly', offset: NO_OFFSET, opts: {} },
    { name: 'pasted from Word: text numbers, 99.91%, full-width digits, lost 一级 merges, 产出指标(50分)', offset: NO_OFFSET, opts: { pasted: true } },
    { name: 'pasted and offset 5 rows, 4 columns', offset: { dr: 5, dc: 4 }, opts: { pasted: true } },
    { name: 'lettered columns 全年预算数(A) … 执行率(B/A) → adjustedBudget basis', offset: NO_OFFSET, opts: { letters: 'adjusted' } },
    { name: 'lettered columns 年初预算数(A) … 执行率(B/A) → initialBudget basis (Beijing)', offset: { dr: 1, dc: 0 }, opts: { letters: 'initial' } },
    { name: 'an extra 评（扣）分标准 column → method', offset: NO_OFFSET, opts: { methodColumn: true } },
  ];
  it.each(cases)('$name', ({ offset, opts }) => {
    const sheet = buildSheet(NATIONAL_SHEET, nationalEntries(opts), nationalMerges(opts), offset);
    const result = recogniseWorkbook({ sheets: [sheet] });
    expect(result.notes).toEqual([]);
    expect(result.tables).toEqual([nationalExpected(offset, opts)]);
  });
});
