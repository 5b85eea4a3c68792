/**
 * The seed's Hunan 部门整体 table as staff paste it from Word into Excel (RULES §2.1; seed
 * 岳阳市信访局 2024), placed at an offset, with its merges (or some lost, or unknown).
 */
import type { CellValue } from '../../../src/core/grid/types';
import type { EvaluationTable, IndicatorRow } from '../../../src/core/model';
import { BLANK, n, numField, shift, shiftRange, txt, type Offset } from './helpers';

export const HUNAN_SHEET = '自评表';

export const HUNAN_GOAL_EXPECTED = '任务1：高位推进信访工作\n任务2：不断提升信访业务水平，保证人民群众信访满意率。';
export const HUNAN_GOAL_ACTUAL = '已按要求完成本年度各项工作。\n2024年信访工作考核为优秀等次';

/** Rows 13–22: 一级 (anchor row), 二级 (anchor row), 三级, 年度指标值, 实际完成值, 得分. */
export const HUNAN_INDICATORS: ReadonlyArray<readonly [string, string, string, string, string, number]> = [
  ['B13', 'C13', '信访问题源头治理情况', '申诉求决类信访数量', '保障信访渠道畅通', 10],
  ['B13', 'C14', '行政三级办理情况', '在要求范围内', '在要求范围内', 9.8],
  ['B13', 'C15', '临时性、突发性任务', '在规定范围内', '在规定范围内', 10],
  ['B13', 'C15', '“三率”完成情况', '在规定范围内。', '在规定范围内', 10],
  ['B13', 'C17', '合理使用资金', '合理使用资金', '合理使用资金', 9.8],
  ['B18', 'C18', '进一步提升工作效能，竭力保障群众合法权益。', '完成全年工作', '完成全年工作', 9.8],
  ['B18', 'C19', '推动合理解决信访问题，维护社会稳定。', '完成全年工作', '完成全年工作', 9.8],
  ['B18', 'C20', '提高处理办理群众来信来访和网上信访事项的工作效率', '完成全年工作', '完成全年工作', 9.8],
  ['B18', 'C21', '加强部门协调， 发挥信访联席会议制度优势。', '完成全年工作', '完成全年工作', 9.8],
  ['B22', 'C22', '完善工作机制，群众满意度评价达到 90% 以上', '群众满意度评价达 90% 以上', '群众满意度评价达 90% \n以上。', 10],
];

const LEVEL_TEXT: Readonly<Record<string, string>> = {
  B13: '产出指标',
  B18: '效益指标\n\n　',
  B22: '满意度\n指标',
  C13: '数量指标',
  C14: '质量指标',
  C15: '时效指标',
  C17: '成本指标',
  C18: '经济效\n益指标',
  C19: '社会效\n益指标',
  C20: '生态效\n益指标',
  C21: '可持续影响指标',
  C22: '服务对象满意度指标',
};

export const HUNAN_LEVEL_MERGES = ['B13:B17', 'B18:B21', 'C15:C16'];

export const HUNAN_MERGES = [
  'A1:I1', 'A2:B2', 'C2:I2', 'A3:A9', 'H3:I3', 'H4:I4', 'B5:D5', 'E5:I5', 'B6:D6', 'E6:I6', 'B7:D7', 'E7:I7',
  'B8:D8', 'E8:I8', 'B9:D9', 'E9:I9', 'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11', 'A12:A23',
  ...HUNAN_LEVEL_MERGES, 'B23:F23',
];

export function hunanEntries(): Record<string, CellValue> {
  const e: Record<string, CellValue> = {
    A1: '2024年度部门整体支出绩效自评表',
    A2: '市级预算部门名称',
    C2: '岳阳市信访局　',
    A3: '年度预\n算申请\n（万元）',
    C3: '年初预算数',
    D3: '全年预算数',
    E3: '全年执行数',
    F3: '分值',
    G3: '执行率',
    H3: '得分',
    B4: '年度资金总额',
    C4: 649.24,
    D4: 1186.96,
    E4: 1186.19,
    F4: 10,
    G4: '99.94%',
    H4: 9.94,
    B5: '按收入性质分：',
    E5: '按支出性质分：',
    B6: '  其中：  一般公共预算：962.34',
    E6: '其中：基本支出：586.11',
    B7: '政府性基金拨款：',
    E7: '项目支出：376.23',
    B8: '纳入专户管理的非税收入拨款：',
    B9: '其他资金：224.62',
    A10: '年度总体目标',
    B10: '预期目标',
    F10: '实际完成情况　',
    B11: HUNAN_GOAL_EXPECTED,
    F11: HUNAN_GOAL_ACTUAL,
    A12: '绩\n效\n指\n标',
    B12: '一级指标',
    C12: '二级指标',
    D12: '三级指标',
    E12: '年度指标值',
    F12: '实际完成值',
    G12: '分值',
    H12: '得分',
    I12: '偏差原因分析及改进措施',
    B23: '总分',
    G23: 100,
    H23: 98.8,
    I23: null,
  };
  for (const [a1, text] of Object.entries(LEVEL_TEXT)) e[a1] = text;
  HUNAN_INDICATORS.forEach(([, , name, target, actual, score], i) => {
    const r = 13 + i;
    e[`D${r}`] = name;
    e[`E${r}`] = target;
    e[`F${r}`] = actual;
    e[`G${r}`] = 10;
    e[`H${r}`] = score;
    e[`I${r}`] = null;
  });
  return e;
}

/** The model expected for the Hunan table, written out by hand from the layout above. */
export function hunanExpected(o: Offset, opts: { fundsRight?: string } = {}): EvaluationTable {
  const S = HUNAN_SHEET;
  const at = (a1: string) => shift(a1, o);
  const t = (a1: string, raw: CellValue) => txt(S, at(a1), raw);
  const rows: IndicatorRow[] = HUNAN_INDICATORS.map(([l1, l2, name, target, actual, score], i) => {
    const r = 13 + i;
    return {
      row: r - 1 + o.dr,
      level1: t(l1, LEVEL_TEXT[l1]),
      level2: t(l2, LEVEL_TEXT[l2]),
      name: t(`D${r}`, name),
      target: t(`E${r}`, target),
      actual: t(`F${r}`, actual),
      reason: t(`I${r}`, null),
      weight: numField(S, at(`G${r}`), 10, n('10', 0)),
      score: numField(S, at(`H${r}`), score, score === 10 ? n('10', 0) : n('9.8', 1)),
    };
  });
  const single = (a1: string, raw: string, parsed: ReturnType<typeof n> | typeof BLANK) =>
    numField(S, at(a1), raw, parsed, { embedded: true });
  return {
    kind: 'department',
    sheet: S,
    range: shiftRange('A1:I23', o),
    layout: 'hunan-department',
    title: t('A1', '2024年度部门整体支出绩效自评表'),
    unitName: t('C2', '岳阳市信访局　'),
    funds: {
      range: shiftRange(`A3:${opts.fundsRight ?? 'I'}9`, o),
      unit: 'wan',
      rows: [
        {
          role: 'total',
          group: 'total',
          label: t('B4', '年度资金总额'),
          initialBudget: numField(S, at('C4'), 649.24, n('649.24', 2)),
          adjustedBudget: numField(S, at('D4'), 1186.96, n('1186.96', 2)),
          executed: numField(S, at('E4'), 1186.19, n('1186.19', 2)),
          weight: numField(S, at('F4'), 10, n('10', 0)),
          executionRate: numField(S, at('G4'), '99.94%', n('0.9994', 2, { percent: true, fromText: true })),
          score: numField(S, at('H4'), 9.94, n('9.94', 2)),
        },
        { role: 'generalBudget', group: 'income', label: t('B6', '  其中：  一般公共预算：962.34'), single: single('B6', '  其中：  一般公共预算：962.34', n('962.34', 2, { fromText: true })) },
        { role: 'basicSpending', group: 'expenditure', label: t('E6', '其中：基本支出：586.11'), single: single('E6', '其中：基本支出：586.11', n('586.11', 2, { fromText: true })) },
        { role: 'governmentFunds', group: 'income', label: t('B7', '政府性基金拨款：'), single: single('B7', '政府性基金拨款：', BLANK) },
        { role: 'projectSpending', group: 'expenditure', label: t('E7', '项目支出：376.23'), single: single('E7', '项目支出：376.23', n('376.23', 2, { fromText: true })) },
        { role: 'specialAccount', group: 'income', label: t('B8', '纳入专户管理的非税收入拨款：'), single: single('B8', '纳入专户管理的非税收入拨款：', BLANK) },
        { role: 'otherFunds', group: 'income', label: t('B9', '其他资金：224.62'), single: single('B9', '其他资金：224.62', n('224.62', 2, { fromText: true })) },
      ],
      shares: [],
      singleFigureBreakdowns: true,
    },
    indicators: {
      range: shiftRange('A12:I23', o),
      form: 'national',
      columns: { level1: 1 + o.dc, level2: 2 + o.dc, name: 3 + o.dc, target: 4 + o.dc, actual: 5 + o.dc, weight: 6 + o.dc, score: 7 + o.dc, reason: 8 + o.dc },
      rows,
      level1Weights: [],
      total: {
        row: 22 + o.dr,
        label: t('B23', '总分'),
        weight: numField(S, at('G23'), 100, n('100', 0)),
        score: numField(S, at('H23'), 98.8, n('98.8', 1)),
      },
    },
    overallGoal: { expected: t('B11', HUNAN_GOAL_EXPECTED), actual: t('F11', HUNAN_GOAL_ACTUAL) },
  };
}
