/**
 * Row classes (row-classes.ts) and the view's allocation-free readers: each scan of recognition
 * reads a row's classes instead of its cells, so the classes must say exactly what a scan of the
 * row's real cells by label key would find.
 */
import fc from 'fast-check';
import type { CellRange, CellValue } from '../../../src/core/grid/types';
import { sheetFromValues } from '../../../src/core/grid/types';
import { recogniseWorkbook } from '../../../src/core/recognition';
import { headerLetters, unitNamed } from '../../../src/core/recognition/families';
import {
  BOUNDARY_CLASS,
  GOAL_CLASS,
  GRADE_CLASS,
  GROUP_CLASS,
  SPENDING_AMOUNT_CLASS,
  SPENDING_NAME_CLASS,
  TOTAL_CLASS,
  classBits,
  headerRoleCount,
} from '../../../src/core/recognition/row-classes';
import { sheetView } from '../../../src/core/recognition/sheet-view';

function viewOf(rows: CellValue[][], merges: CellRange[] = []) {
  return sheetView(sheetFromValues('表', rows, merges));
}

describe('row classes', () => {
  it.each<[string, CellValue[], number, number]>([
    ['总分 row', ['总分', null, 100, 95.5], TOTAL_CLASS, 0],
    ['合计 with a colon and spaces', ['合 计：', 1], TOTAL_CLASS, 0],
    ['年度总体目标 (a boundary too)', ['年度总体目标', '完成年度任务'], GOAL_CLASS | BOUNDARY_CLASS, 0],
    ['自评等级 (a boundary too)', ['自评等级', '优'], GRADE_CLASS | BOUNDARY_CLASS, 0],
    ['项目名称: a boundary and the 收支明细 name column', ['项目名称', '测试项目'], BOUNDARY_CLASS | SPENDING_NAME_CLASS, 0],
    // Key 预算部门名称:某局 — ten characters holding 预算: a group word as well.
    ['预算部门名称：with its value', ['预算部门名称：某局'], BOUNDARY_CLASS | GROUP_CLASS, 0],
    ['a closing title', ['2024年度项目支出绩效自评表'], BOUNDARY_CLASS, 0],
    ['an indicator header', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], GROUP_CLASS, 7],
    ['a funds header', ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数'], GROUP_CLASS, 3],
    // Header roles: 年初预算 and 全年执行数 (funds families); 序号 is a serial, 本年追加 / 上年结转结余 no block column.
    ['a 收支明细 header', ['序号', '项目名称', '年初预算', '本年追加', '上年结转结余', '全年执行数'], BOUNDARY_CLASS | SPENDING_NAME_CLASS | SPENDING_AMOUNT_CLASS | GROUP_CLASS, 2],
    ['an indicator row', ['产出指标', '数量指标', '指标1', '≥40个', '40个', 0.9, 0.4], GROUP_CLASS, 0],
    ['numbers and blanks only', [1, null, '', 2.5, true], 0, 0],
  ])('%s', (_name, row, classes, roles) => {
    const view = viewOf([row]);
    expect(classBits(view, 0)).toBe(classes);
    expect(headerRoleCount(view, 0)).toBe(roles);
    // Asked again (memoised per row): the same.
    expect(classBits(view, 0)).toBe(classes);
  });

  it('a cell covered by a merge is not read (only the anchor counts)', () => {
    // 总分 sits in B1, covered by the merge A1:B1 whose anchor A1 is blank.
    const view = viewOf([[null, '总分', 100]], [{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(classBits(view, 0) & TOTAL_CLASS).toBe(0);
    const anchored = viewOf([['总分', null, 100]], [{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(classBits(anchored, 0) & TOTAL_CLASS).toBe(TOTAL_CLASS);
  });

  it('rows past the grid have no class', () => {
    const view = viewOf([['总分']]);
    expect(view.rows).toBe(1);
    expect(classBits(view, 0)).toBe(TOTAL_CLASS);
  });
});

describe('SheetView.hasText agrees with text().trim() !== ""', () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.constantFrom('', ' ', '\u3000', '\n', '总分', ' a ', '0'),
    fc.double(),
    fc.boolean(),
    fc.constantFrom({ error: '#DIV/0!' }, { error: '' }, { error: ' ' }),
  ) as fc.Arbitrary<CellValue>;
  it('for every kind of cell value', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (row) => {
        const view = viewOf([row]);
        for (let c = 0; c < row.length + 1; c++) expect(view.hasText(0, c)).toBe(view.text(0, c).trim() !== '');
      }),
      { numRuns: 500 },
    );
  });
});

describe('label family fast paths', () => {
  it.each([
    ['全年预算数', {}],
    ['全年预算数（Ａ）', { letter: 'A' }],
    ['执行率(b/a)', { ratio: { num: 'B', den: 'A' } }],
  ])('headerLetters(%j)', (text, want) => expect(headerLetters(text)).toEqual(want));

  it.each([
    ['万 元', 'wan'],
    ['单位：\n元', 'yuan'],
    ['金额单位', undefined],
    ['', undefined],
  ])('unitNamed(%j) = %j', (text, want) => expect(unitNamed(text)).toBe(want));
});

describe('funds rows: a number in the label column', () => {
  // A 项目支出 table whose funds block has rows labelled by a number instead of a fund type.
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['项目名称', '测试项目'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', 100, 120, 110, 10, null, null],
    [null, 1e21, 5, 6, 7],
    [null, 1e-7, 5, 6, 7],
    [null, 0.5, 5, 6, 7],
    [null, '说明文字', 5, 6, 7],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '指标1', '≥1个', '1个', 90, 90, ''],
    ['总分', '', '', '', '', 100, null, ''],
  ];

  it('is noted when its text is no plain number (1e+21, 1e-7), skipped silently when it is (0.5)', () => {
    const r = recogniseWorkbook({ sheets: [sheetFromValues('项目1', rows)] });
    expect(r.notes).toEqual([
      { sheet: '项目1', address: 'B5', message: '未识别“1e+21”行，已忽略' },
      { sheet: '项目1', address: 'B6', message: '未识别“1e-7”行，已忽略' },
      { sheet: '项目1', address: 'B8', message: '未识别“说明文字”行，已忽略' },
    ]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].funds?.rows.map((x) => x.role)).toEqual(['total']);
    expect(r.tables[0].indicators?.rows).toHaveLength(1);
    expect(r.tables[0].indicators?.form).toBe('national');
  });

  it('recognises the same twice (memoised readings)', () => {
    const a = recogniseWorkbook({ sheets: [sheetFromValues('项目1', rows)] });
    const b = recogniseWorkbook({ sheets: [sheetFromValues('项目1', rows)] });
    expect(b).toEqual(a);
  });
});
