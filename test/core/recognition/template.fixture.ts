/**
 * Our template's 自评表 sheet (docs/TEMPLATE.md), typed by hand from the document (not from the
 * template definition), filled with the seed's figures; and the model expected for it.
 */
import type { Cell, CellValue } from '../../../src/core/grid/types';
import type { EvaluationTable, FundsRow, FundsRowRole, IndicatorRow, ShareField } from '../../../src/core/model';
import { BLANK, n, numField, shift, shiftRange, txt, type Offset } from './helpers';
import type { ParsedNumber } from '../../../src/core/money/parse';

export const TEMPLATE_SHEET = '自评表';

export const TEMPLATE_MERGES = [
  'A1:I1', 'A2:B2', 'C2:F2', 'H2:I2', 'A3:A12', 'A13:A14', 'B13:E13', 'F13:I13', 'B14:E14', 'F14:I14',
  'H15:I15', 'A16:A20', 'A21:A24', 'B18:B19',
  ...Array.from({ length: 10 }, (_, i) => `H${16 + i}:I${16 + i}`),
  'A26:E26', 'H26:I26', 'A27:E27', 'H27:I27',
];

const PCT = '0.00%';
const DEC2 = '0.00';

/** Rows 5–12: label, role, 年初, 全年, 执行 (null = blank), stated share (ratio) or null. */
const BREAKDOWNS: ReadonlyArray<readonly [string, FundsRowRole, number | null, number | null, number | null, number | null]> = [
  ['其中：一般公共预算', 'generalBudget', 649.24, 962.34, 962.34, 0.8113],
  ['政府性基金拨款', 'governmentFunds', null, null, null, null],
  ['纳入专户管理的非税收入拨款', 'specialAccount', null, null, null, null],
  ['其他资金', 'otherFunds', 0, 224.62, 223.85, null],
  ['基本支出', 'basicSpending', 545.65, null, 586.11, 0.4941],
  ['其中：人员经费', 'personnelCosts', null, null, 494.43, 0.8436],
  ['公用经费', 'operatingCosts', null, null, 91.68, 0.1564],
  ['项目支出', 'projectSpending', 103.59, null, 376.23, null],
];

/** Rows 16–25: 一级 anchor, 二级 anchor, 三级, 年度指标值, 实际完成值, 分值, 得分 (null = blank). */
const INDICATORS: ReadonlyArray<readonly [string, string, string, string, string, number, number | null]> = [
  ['A16', 'B16', '办理信访事项数量', '≥500件', '526件', 10, 10],
  ['A16', 'B17', '按期办结率', '≥95%', '98.5%', 10, null],
  ['A16', 'B18', '信访事项受理时限', '15日以内', '12日', 5, 5],
  ['A16', 'B18', '督办事项完成时间', '12月底前', '12月20日', 5, 5],
  ['A16', 'B20', '办公经费控制', '≤90万元', '91.68万元', 10, 9.8],
  ['A21', 'B21', '节约行政成本', '有所节约', '达成预期指标', 5, 5],
  ['A21', 'B22', '社会稳定', '持续向好', '达成预期指标', 10, 9.8],
  ['A21', 'B23', '无纸化办公', '逐步推进', '达成预期指标', 5, 5],
  ['A21', 'B24', '信访联席会议制度运行', '长期有效', '达成预期指标', 10, 10],
  ['A25', 'B25', '群众满意度', '≥90%', '92%', 20, 20],
];

const LEVELS: Readonly<Record<string, string>> = {
  A16: '产出指标', A21: '效益指标', A25: '满意度指标',
  B16: '数量指标', B17: '质量指标', B18: '时效指标', B20: '成本指标', B21: '经济效益指标', B22: '社会效益指标',
  B23: '生态效益指标', B24: '可持续影响指标', B25: '服务对象满意度指标',
};

export const GOAL_EXPECTED = '全年办理信访事项不少于500件';
export const GOAL_ACTUAL = '办理信访事项526件';

export function templateEntries(unitText = '万元'): Record<string, CellValue | Cell> {
  const e: Record<string, CellValue | Cell> = {
    A1: '部门整体支出绩效自评表',
    A2: '预算部门名称', C2: '岳阳市信访局', G2: '金额单位', H2: unitText,
    A3: '年度预算申请（万元）', B3: '资金类别', C3: '年初预算数', D3: '全年预算数', E3: '全年执行数', F3: '分值', G3: '执行率', H3: '得分', I3: '占比',
    B4: '年度资金总额', C4: 649.24, D4: 1186.96, E4: 1186.19, F4: 10, G4: { value: 0.9994, numFmt: PCT }, H4: { value: 9.94, numFmt: DEC2 }, I4: null,
    A13: '年度总体目标', B13: '预期目标', F13: '实际完成情况', B14: GOAL_EXPECTED, F14: GOAL_ACTUAL,
    A15: '一级指标', B15: '二级指标', C15: '三级指标', D15: '年度指标值', E15: '实际完成值', F15: '分值', G15: '得分', H15: '偏差原因分析及改进措施',
    A26: '总分（含预算执行得分）', F26: 100, G26: { value: null, numFmt: DEC2 },
    A27: '自评等级', F27: null, G27: null, H27: '优≥90，良≥80，中≥60，差<60',
  };
  BREAKDOWNS.forEach(([label, , c, d, ex, share], i) => {
    const r = 5 + i;
    Object.assign(e, { [`B${r}`]: label, [`C${r}`]: c, [`D${r}`]: d, [`E${r}`]: ex, [`F${r}`]: null, [`G${r}`]: { value: null, numFmt: PCT }, [`H${r}`]: null, [`I${r}`]: { value: share, numFmt: PCT } });
  });
  for (const [a1, text] of Object.entries(LEVELS)) e[a1] = text;
  INDICATORS.forEach(([, , name, target, actual, weight, score], i) => {
    const r = 16 + i;
    Object.assign(e, { [`C${r}`]: name, [`D${r}`]: target, [`E${r}`]: actual, [`F${r}`]: weight, [`G${r}`]: { value: score, numFmt: DEC2 }, [`H${r}`]: null });
  });
  return e;
}

/** Hand-written parse of a typed number: decimals as shown by its digits (or by '0.00'). */
function parsedOf(v: number | null, fmt?: string): ParsedNumber {
  if (v === null) return BLANK;
  if (fmt === PCT) return n(String(v), 2, { percent: true });
  if (fmt === DEC2) return n(String(v), 2);
  const s = String(v);
  return n(s, s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
}

export function templateExpected(o: Offset, opts: { unit?: 'wan' | 'yuan'; indicatorsRight?: string } = {}): EvaluationTable {
  const S = TEMPLATE_SHEET;
  const at = (a1: string) => shift(a1, o);
  const t = (a1: string, raw: CellValue) => txt(S, at(a1), raw);
  const num = (a1: string, v: number | null, fmt?: string) => numField(S, at(a1), v, parsedOf(v, fmt), fmt ? { numFmt: fmt } : {});
  const breakdowns: FundsRow[] = BREAKDOWNS.map(([label, role, c, d, ex], i) => {
    const r = 5 + i;
    return {
      role,
      group: role === 'generalBudget' || role === 'governmentFunds' || role === 'specialAccount' || role === 'otherFunds' ? 'income' : 'expenditure',
      label: t(`B${r}`, label),
      initialBudget: num(`C${r}`, c),
      adjustedBudget: num(`D${r}`, d),
      executed: num(`E${r}`, ex),
      weight: num(`F${r}`, null),
      executionRate: num(`G${r}`, null, PCT),
      score: num(`H${r}`, null),
    };
  });
  const shares: ShareField[] = BREAKDOWNS.map(([, role, , , , share], i) => ({
    stated: num(`I${5 + i}`, share, PCT),
    part: role,
    whole: role === 'personnelCosts' || role === 'operatingCosts' ? 'basicSpending' : 'total',
    basis: 'executed',
  }));
  const rows: IndicatorRow[] = INDICATORS.map(([l1, l2, name, target, actual, weight, score], i) => {
    const r = 16 + i;
    return {
      row: r - 1 + o.dr,
      level1: t(l1, LEVELS[l1]),
      level2: t(l2, LEVELS[l2]),
      name: t(`C${r}`, name),
      target: t(`D${r}`, target),
      actual: t(`E${r}`, actual),
      reason: t(`H${r}`, null),
      weight: num(`F${r}`, weight),
      score: num(`G${r}`, score, DEC2),
    };
  });
  return {
    kind: 'department',
    sheet: S,
    range: shiftRange('A1:I27', o),
    layout: 'template',
    title: t('A1', '部门整体支出绩效自评表'),
    unitName: t('C2', '岳阳市信访局'),
    funds: {
      range: shiftRange('A3:I12', o),
      unit: opts.unit ?? 'wan',
      rows: [
        {
          role: 'total',
          group: 'total',
          label: t('B4', '年度资金总额'),
          initialBudget: num('C4', 649.24),
          adjustedBudget: num('D4', 1186.96),
          executed: num('E4', 1186.19),
          weight: num('F4', 10),
          executionRate: num('G4', 0.9994, PCT),
          score: num('H4', 9.94, DEC2),
        },
        ...breakdowns,
      ],
      shares,
      singleFigureBreakdowns: false,
    },
    indicators: {
      range: shiftRange(`A15:${opts.indicatorsRight ?? 'I'}26`, o),
      form: 'national',
      columns: { level1: o.dc, level2: 1 + o.dc, name: 2 + o.dc, target: 3 + o.dc, actual: 4 + o.dc, weight: 5 + o.dc, score: 6 + o.dc, reason: 7 + o.dc },
      rows,
      level1Weights: [],
      total: { row: 25 + o.dr, label: t('A26', '总分（含预算执行得分）'), weight: num('F26', 100), score: num('G26', null, DEC2) },
    },
    grade: t('G27', null),
    overallGoal: { expected: t('B14', GOAL_EXPECTED), actual: t('F14', GOAL_ACTUAL) },
  };
}
