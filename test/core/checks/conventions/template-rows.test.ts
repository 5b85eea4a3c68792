/**
 * Issue 11 classes 2 and 3, issue 12 point 9: unused template rows, remarks rows and unfilled
 * tables. Expectations by hand from the base table of grids.ts (consistent: no finding).
 */
import type { Cell, CellValue, Sheet } from '../../../../src/core/grid/types';
import { sheetFromValues } from '../../../../src/core/grid/types';
import { templateLayouts } from '../../../../src/core/template/definition';
import { fillLayout } from '../../../../src/core/template/fill';
import { brief, findingsOf, nationalIndicatorRow, nationalSheet, NATIONAL_INDICATORS, type IndicatorLine } from './grids';

const ROW_AFTER = nationalIndicatorRow(NATIONAL_INDICATORS.length);

describe('class 2: unused template rows are not indicators', () => {
  const cases: ReadonlyArray<readonly [string, readonly IndicatorLine[]]> = [
    ['指标1 / 指标2 rows', [['效益指标', '经济效益指标', '指标1', null, null, null, null], ['效益指标', '经济效益指标', '指标2', null, null, null, null]]],
    ['…… and … names', [['效益指标', '生态效益指标', '……', null, null, null, null], ['效益指标', '可持续影响指标', '…', null, null, null, null]]],
    ['二级 listed with no 三级 and no values', [['效益指标', '生态效益指标', null, null, null, null, null], ['效益指标', '可持续影响指标', null, null, null, null, null]]],
    ['placeholder rows with not-applicable marks in every value cell', [['效益指标', '生态效益指标', '指标1', '—', '—', '—', '—'], ['效益指标', '经济效益指标', '/', '/', '/', '/', '/']]],
    ['指标1： / 指标2： names (the national form prints a colon)', [['效益指标', '经济效益指标', '指标1：', null, null, null, null], ['效益指标', '社会效益指标', '指标2:', null, null, null, null]]],
    ['三级指标1 / XX指标 names', [['效益指标', '经济效益指标', '三级指标1', null, null, null, null], ['效益指标', '经济效益指标', 'XX指标', null, null, null, null]]],
  ];
  it.each(cases)('%s: one info “2 行模板占位行未填写，可删除”, nothing else', (_name, extra) => {
    const f = findingsOf(nationalSheet({ indicators: [...NATIONAL_INDICATORS, ...extra] }));
    expect(brief(f)).toEqual([`I01:info@${f[0]?.cell}`]);
    expect(f[0].message).toBe('2 行模板占位行未填写，可删除');
    // The info sits on the first placeholder row.
    expect(Number(/\d+$/.exec(f[0].cell!)![0])).toBe(ROW_AFTER);
  });

  it('a named indicator with values is still an indicator: 指标1 with 分值 and 得分 is checked (S09 for its blank 实际完成值)', () => {
    const f = findingsOf(nationalSheet({ indicators: [...NATIONAL_INDICATORS, ['效益指标', '经济效益指标', '指标1', '≥1项', null, 0, 0]] }));
    expect(brief(f)).toContain(`S09:error@F${ROW_AFTER}`);
  });

  it('a real 三级 name with no values is an indicator left unfilled (S09, S16 do apply)', () => {
    const f = findingsOf(nationalSheet({ indicators: [...NATIONAL_INDICATORS.slice(0, 4), ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', null, 10, null]], total: [100, 89.5] }));
    const row = nationalIndicatorRow(4);
    expect(brief(f)).toEqual(expect.arrayContaining([`S09:error@F${row}`, `S16:error@H${row}`]));
  });
});

describe('class 3: remarks rows are not part of the hierarchy', () => {
  it.each([
    ['其他需要说明事项', '无'],
    ['备注', '无'],
    ['说明', '—'],
    ['其他说明事项：', '无'],
  ])('%s row with %p in every cell: no finding', (label, v) => {
    const remarks: IndicatorLine = [label, v, v, v, v, v, v, v];
    expect(brief(findingsOf(nationalSheet({ indicators: [...NATIONAL_INDICATORS, remarks] })))).toEqual([]);
  });

  it.each(['备注：本表金额单位为万元', '项目负责人：某某    财务负责人：某某', '本表由项目实施单位填报，主管部门审核后报送财政局'])(
    'a line only the 一级 cell holds (%s): not an 一级 with no indicators (no S11)',
    (text) => {
      const line: IndicatorLine = [text, null, null, null, null, null, null];
      expect(brief(findingsOf(nationalSheet({ indicators: [...NATIONAL_INDICATORS, line] })))).toEqual([]);
    },
  );

  it('an 一级 label with nothing under it is still S11 (满意度指标 listed, no rows)', () => {
    const line: IndicatorLine = ['可持续影响指标', null, null, null, null, null, null];
    expect(brief(findingsOf(nationalSheet({ indicators: [...NATIONAL_INDICATORS, line] })))).toEqual([`S11:warning@B${ROW_AFTER}`]);
  });

  it('a remarks label in the 三级 column with text in the target column: no finding', () => {
    const remarks: IndicatorLine = ['满意度指标', '服务对象满意度指标', '备注', '本项目无其他需要说明的事项', null, null, null];
    expect(brief(findingsOf(nationalSheet({ indicators: [...NATIONAL_INDICATORS, remarks] })))).toEqual([]);
  });
});

function layoutSheet(values: Readonly<Record<string, CellValue>> = {}): Sheet {
  const layout = fillLayout(templateLayouts()[0], values);
  const rows = Math.max(...layout.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...layout.cells.map((c) => c.col)) + 1;
  const grid: Array<Array<CellValue | Cell>> = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  for (const c of layout.cells) grid[c.row][c.col] = c.value as CellValue;
  return sheetFromValues(layout.name, grid, [...layout.merges]);
}

describe('issue 12 point 9: unfilled tables', () => {
  it('the blank template (插入模板) gets one info 表格尚未填写 and nothing else — no S02 缺少一级指标“产出指标”', () => {
    const f = findingsOf(layoutSheet());
    expect(f.map((x) => [x.rule, x.severity, x.message])).toEqual([['I01', 'info', '表格尚未填写，未作检查']]);
  });

  it('the blank template\'s 产出指标 rows are read (the header does not swallow row 16)', () => {
    // Only the funds filled: findings only on the funds part; no 缺少一级指标 warning.
    const f = findingsOf(layoutSheet({ C4: 100, D4: 100, E4: 95 }));
    expect(f.filter((x) => x.message.includes('缺少一级指标'))).toEqual([]);
    expect(f.filter((x) => x.rule.startsWith('S'))).toEqual([]);
  });

  it('indicators filled, funds left blank: no funds finding; the indicator part is checked', () => {
    // 数量指标 row 16 filled (≥50个 / 40个, 分值 50, 得分 50): 40/50 × 50 = 40.00 → S07 on G16.
    const f = findingsOf(layoutSheet({ C16: '培训人次', D16: '≥50个', E16: '40个', F16: 50, G16: 50 }));
    expect(f.filter((x) => x.rule.startsWith('F'))).toEqual([]);
    expect(brief(f)).toContain('S07:error@G16');
  });
});
