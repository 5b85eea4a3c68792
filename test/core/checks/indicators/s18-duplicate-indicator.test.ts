/**
 * S18 DUPLICATE_INDICATOR on hand-built tables: the ten-row template table (rows 16–25, 三级 in
 * column C) with one row changed per case. Expected cells and row numbers are read off the table
 * layout (row i of the spec is sheet row 16 + i).
 */
import { buildTable, fundsComputation, tenRows, type RowSpec, type TableSpec } from '../../helpers/indicator-table-builder';
import { NATIONAL_PROFILE } from '../../../../src/core/rules/profile';
import { check, keys } from './run';
import { findingsOf, nationalIndicatorRow, nationalSheet, type IndicatorLine } from '../conventions/grids';
import { rangeFromA1 } from '../../../../src/core/grid/a1';

const FULL_FUNDS = fundsComputation({ rate: '1', fundScore: '10' });

function s18(rows: RowSpec[]) {
  const spec: TableSpec = { rows, funds: { weight: 10, score: 10 }, total: { weight: 100, score: 100 }, grade: '优' };
  return check(buildTable(spec), NATIONAL_PROFILE, FULL_FUNDS).filter((f) => f.rule === 'S18');
}

describe('S18 DUPLICATE_INDICATOR', () => {
  it('the template table has none', () => {
    expect(s18(tenRows())).toEqual([]);
  });

  it('a 三级 repeated under the same 一级 and 二级: one warning on the second 三级 cell, naming both rows', () => {
    // Row 3 (时效指标 完成时间, sheet row 19) renamed to row 2's 办结时限 (sheet row 18).
    const found = s18(tenRows({ 3: { name: '办结时限' } }));
    expect(found).toEqual([
      {
        rule: 'S18',
        name: 'DUPLICATE_INDICATOR',
        severity: 'warning',
        sheet: '自评表',
        cell: 'C19',
        message: '三级指标“办结时限”在第18行和第19行重复出现，请核对是否重复填列',
      },
    ]);
  });

  it('compares names without spaces (full-width too) and labels with their usual variants', () => {
    // 办　结 时限 (a full-width and a half-width space), 时效 for 时效指标, 产出指标(50分) for 产出指标.
    const rows = tenRows({ 3: { level1: '产出指标(50分)', level2: '时效', name: ' 办　结 时限 ' } });
    expect(keys(s18(rows))).toEqual(['S18@C19']);
    expect(s18(rows)[0].message).toBe('三级指标“办结时限”在第18行和第19行重复出现，请核对是否重复填列');
  });

  it('a third repeat is reported too, each naming the first row', () => {
    const rows = tenRows({ 3: { name: '办结时限' } });
    rows.splice(4, 0, { level1: '产出指标', level2: '时效指标', name: '办结时限', target: '3天以内', actual: '3天', weight: 0, score: 0 });
    const found = s18(rows);
    expect(keys(found)).toEqual(['S18@C19', 'S18@C20']);
    expect(found[1].message).toContain('在第18行和第20行重复出现');
  });

  it('the same name under another 二级 or another 一级 is no duplicate', () => {
    expect(s18(tenRows({ 1: { name: '培训人次' } }))).toEqual([]); // 质量指标, not 数量指标
    expect(s18(tenRows({ 9: { level1: '满意度指标', level2: '服务对象满意度指标', name: '社会稳定' } }))).toEqual([]);
  });

  it('unused template rows and remarks rows are not indicators: no S18 on them', () => {
    const placeholders: RowSpec[] = [
      { level1: '效益指标', level2: '生态效益指标', name: '指标1' },
      { level1: '效益指标', level2: '生态效益指标', name: '指标1' },
      { level1: '效益指标', level2: '生态效益指标', name: '……' },
      { level1: '效益指标', level2: '生态效益指标', name: '……' },
    ];
    const remarks: RowSpec[] = [
      { level1: '其他需要说明事项', level2: '无', name: '无', target: '无', actual: '无' },
      { level1: '其他需要说明事项', level2: '无', name: '无', target: '无', actual: '无' },
    ];
    expect(s18([...tenRows(), ...placeholders, ...remarks])).toEqual([]);
  });

  it('a placeholder name on rows that carry values is still no duplicate (指标1 twice)', () => {
    const rows = tenRows({ 2: { name: '指标1' }, 3: { name: '指标1' } });
    expect(s18(rows)).toEqual([]);
  });

  describe('on a whole national table (recognised from its grid)', () => {
    // 培训人次 20 split over two target lines 10 + 10: the 三级 cell D13 is merged over D13:D14 in
    // the first case; in the second the name is typed again in D14. Weights 10 + 90 = 100.
    const lines: IndicatorLine[] = [
      ['产出指标', '数量指标', '培训人次', '≥300人次', '320人次', 10, 10],
      ['产出指标', '数量指标', null, '≥200人次', '200人次', 10, 10],
      ['产出指标', '质量指标', '培训合格率', '≥95%', '98%', 20, 20],
      ['产出指标', '时效指标', '按期完成率', '≥100%', '100%', 10, 10],
      ['效益指标', '社会效益指标', '政策知晓率', '≥90%', '92%', 30, 30],
      ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '95%', 10, 10],
    ];
    const first = nationalIndicatorRow(0);

    it('a 三级 cell merged over two rows is one name: no S18', () => {
      expect(first).toBe(13);
      const sheet = nationalSheet({ indicators: lines });
      const merged = { ...sheet, merges: [...sheet.merges, rangeFromA1(`D${first}:D${first + 1}`)] };
      expect(findingsOf(merged).filter((f) => f.rule === 'S18')).toEqual([]);
    });

    it('the name typed again on the next row: S18 on D14', () => {
      const typed = lines.map((l, i) => (i === 1 ? (['产出指标', '数量指标', '培训人次', ...l.slice(3)] as unknown as IndicatorLine) : l));
      const found = findingsOf(nationalSheet({ indicators: typed })).filter((f) => f.rule === 'S18');
      expect(found.map((f) => `${f.severity}@${f.cell}`)).toEqual(['warning@D14']);
      expect(found[0].message).toBe('三级指标“培训人次”在第13行和第14行重复出现，请核对是否重复填列');
    });
  });
});
