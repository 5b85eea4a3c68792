/**
 * Sheet 自评表 (部门整体支出绩效自评表) of docs/TEMPLATE.md, columns A–I: title, unit name, the
 * funds block (rows 3–12), 年度总体目标 (13–14), the indicator block (15–25), 总分 (26) and
 * 等级 (27). Amounts in 万元 (H2 may say 元); rates and shares are ratios shown as 0.00%.
 */
import type { SheetLayout } from '../grid/layout';
import { LayoutBuilder } from './layout-builder';
import { TEMPLATE_SHEET_NAMES } from './cells';

const FUNDS_LABELS: ReadonlyArray<readonly [row: number, label: string]> = [
  [5, '其中：一般公共预算'],
  [6, '政府性基金拨款'],
  [7, '纳入专户管理的非税收入拨款'],
  [8, '其他资金'],
  [9, '基本支出'],
  [10, '其中：人员经费'],
  [11, '公用经费'],
  [12, '项目支出'],
];

/** 一级 areas and the 二级 label of each indicator row (merged where the doc merges). */
const LEVEL1: ReadonlyArray<readonly [ref: string, label: string]> = [
  ['A16:A20', '产出指标'],
  ['A21:A24', '效益指标'],
  ['A25', '满意度指标'],
];
const LEVEL2: ReadonlyArray<readonly [ref: string, label: string]> = [
  ['B16', '数量指标'],
  ['B17', '质量指标'],
  ['B18:B19', '时效指标'],
  ['B20', '成本指标'],
  ['B21', '经济效益指标'],
  ['B22', '社会效益指标'],
  ['B23', '生态效益指标'],
  ['B24', '可持续影响指标'],
  ['B25', '服务对象满意度指标'],
];

/** Default 分值 of the funds row (national, 财预〔2020〕10号) and the 分值合计. */
const DEFAULT_FUNDS_WEIGHT = 10;
const DEFAULT_WEIGHT_TOTAL = 100;

/** Characters, A–I. */
const COLUMN_WIDTHS = [10, 24, 16, 16, 16, 8, 11, 11, 14] as const;

/** Points, by 0-based row. */
function rowHeights(): Record<number, number> {
  const h: Record<number, number> = { 0: 32, 2: 30, 12: 22, 13: 120, 14: 30, 25: 26, 26: 26, 27: 12, 28: 30 };
  for (let r = 1; r <= 11; r++) if (h[r] === undefined) h[r] = 22;
  for (let r = 15; r <= 24; r++) h[r] = 45;
  return h;
}

export function evaluationSheetLayout(): SheetLayout {
  const b = new LayoutBuilder();
  b.set('A1:I1', '部门整体支出绩效自评表', 'title');

  b.set('A2:B2', '预算部门名称', 'label')
    .set('C2:F2', null, 'input')
    .set('G2', '金额单位', 'label')
    .set('H2:I2', '万元', 'input');

  b.set('A3:A12', '年度预算申请（万元）', 'header');
  const heads = ['资金类别', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '占比'];
  heads.forEach((h, i) => b.set(`${String.fromCharCode(66 + i)}3`, h, 'header'));

  b.set('B4', '年度资金总额', 'label')
    .set('C4', null, 'inputNumber')
    .set('D4', null, 'inputNumber')
    .set('E4', null, 'inputNumber')
    .set('F4', DEFAULT_FUNDS_WEIGHT, 'inputNumber')
    .set('G4', null, 'outputPercent')
    .set('H4', null, 'output')
    .set('I4', null, 'label');
  for (const [row, label] of FUNDS_LABELS) {
    b.set(`B${row}`, label, 'label')
      .set(`C${row}`, null, 'inputNumber')
      .set(`D${row}`, null, 'inputNumber')
      .set(`E${row}`, null, 'inputNumber')
      .set(`F${row}`, null, 'label')
      .set(`G${row}`, null, 'outputPercent')
      .set(`H${row}`, null, 'label')
      .set(`I${row}`, null, 'outputPercent');
  }

  b.set('A13:A14', '年度总体目标', 'header')
    .set('B13:E13', '预期目标', 'header')
    .set('F13:I13', '实际完成情况', 'header')
    .set('B14:E14', null, 'input')
    .set('F14:I14', null, 'input');

  const indicatorHeads = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  indicatorHeads.forEach((h, i) => b.set(`${String.fromCharCode(65 + i)}15`, h, 'header'));
  b.set('H15:I15', '偏差原因分析及改进措施', 'header');

  for (const [ref, label] of LEVEL1) b.set(ref, label, 'label');
  for (const [ref, label] of LEVEL2) b.set(ref, label, 'label');
  for (let row = 16; row <= 25; row++) {
    b.set(`C${row}`, null, 'input')
      .set(`D${row}`, null, 'input')
      .set(`E${row}`, null, 'input')
      .set(`F${row}`, null, 'inputNumber')
      .set(`G${row}`, null, 'output')
      .set(`H${row}:I${row}`, null, 'input');
  }

  b.set('A26:E26', '总分（含预算执行得分）', 'label')
    .set('F26', DEFAULT_WEIGHT_TOTAL, 'inputNumber')
    .set('G26', null, 'output')
    .set('H26:I26', null, 'label');
  b.set('A27:E27', '自评等级', 'label')
    .set('F27', null, 'label')
    .set('G27', null, 'output')
    .set('H27:I27', '优≥90，良≥80，中≥60，差<60', 'label');

  // The form's signature line (row 29, after a spacer row): 单位（盖章） / 填报人 / 填报日期.
  b.set('A29:C29', '单位（盖章）：', 'subtitle').set('D29:F29', '填报人：', 'subtitle').set('G29:I29', '填报日期：　　年　　月　　日', 'subtitle');

  // Printed: A4 portrait, one page wide; the title and 预算部门名称 rows repeat on every page.
  return b.build(TEMPLATE_SHEET_NAMES.evaluation, COLUMN_WIDTHS, rowHeights(), 'portrait', { titleRows: { top: 0, bottom: 1 } });
}
