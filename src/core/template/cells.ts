/**
 * Where things sit in the jixiao template (docs/TEMPLATE.md). Rows are 1-based sheet rows and
 * columns letters, as in the doc, so a reader can check them against it. Recognition must NOT use
 * these as position shortcuts (it finds the template by its labels); they serve the layout
 * definition, the sample builder, tests and the task pane's "what will be written" preview.
 */

export const TEMPLATE_SHEET_NAMES = {
  /** 部门整体支出绩效自评表. */
  evaluation: '自评表',
  /** Narrative inputs (RULES §2.4). */
  basicInfo: '基本情况',
  /** 项目支出 detail. */
  spendingDetail: '收支明细',
} as const;

export type TemplateSheetKey = keyof typeof TEMPLATE_SHEET_NAMES;

/** 自评表: the funds block rows (1-based), in sheet order. */
export const FUNDS_ROWS = {
  total: 4,
  generalBudget: 5,
  governmentFunds: 6,
  specialAccount: 7,
  otherFunds: 8,
  basicSpending: 9,
  personnelCosts: 10,
  operatingCosts: 11,
  projectSpending: 12,
} as const;

export type TemplateFundsRow = keyof typeof FUNDS_ROWS;

/** 自评表: the funds block columns. Amounts in 万元 (or 元 when H2 says so). */
export const FUNDS_COLUMNS = {
  label: 'B',
  /** 年初预算数. */
  initialBudget: 'C',
  /** 全年预算数. */
  adjustedBudget: 'D',
  /** 全年执行数. */
  executed: 'E',
  /** 分值 (total row only; national 10). */
  weight: 'F',
  /** 执行率 (output, ratio shown as 0.00%). */
  executionRate: 'G',
  /** 资金得分 (output, total row only, 0.00). */
  score: 'H',
  /** 占比 (output, ratio shown as 0.00%). */
  share: 'I',
} as const;

/**
 * The 占比 cells and what they divide: executed (全年执行数, column E) of `part` ÷ executed of
 * `whole` (docs/TEMPLATE.md rows 5–12).
 */
export const TEMPLATE_SHARES: ReadonlyArray<{ readonly cell: string; readonly part: TemplateFundsRow; readonly whole: TemplateFundsRow }> = [
  { cell: 'I5', part: 'generalBudget', whole: 'total' },
  { cell: 'I6', part: 'governmentFunds', whole: 'total' },
  { cell: 'I7', part: 'specialAccount', whole: 'total' },
  { cell: 'I8', part: 'otherFunds', whole: 'total' },
  { cell: 'I9', part: 'basicSpending', whole: 'total' },
  { cell: 'I10', part: 'personnelCosts', whole: 'basicSpending' },
  { cell: 'I11', part: 'operatingCosts', whole: 'basicSpending' },
  { cell: 'I12', part: 'projectSpending', whole: 'total' },
];

/** 自评表: the ten indicator rows. */
export const INDICATOR_FIRST_ROW = 16;
export const INDICATOR_LAST_ROW = 25;

/** 自评表: the indicator block columns (the reason spans H:I). */
export const INDICATOR_COLUMNS = {
  level1: 'A',
  level2: 'B',
  name: 'C',
  target: 'D',
  actual: 'E',
  weight: 'F',
  score: 'G',
  reason: 'H',
} as const;

/** 自评表: single cells. */
export const EVALUATION_CELLS = {
  title: 'A1',
  /** 预算部门名称 (C2:F2). */
  unitName: 'C2',
  /** 金额单位: 万元 (default) or 元 (H2:I2). */
  unit: 'H2',
  /** 年度总体目标 · 预期目标 (B14:E14). */
  goalExpected: 'B14',
  /** 年度总体目标 · 实际完成情况 (F14:I14). */
  goalActual: 'F14',
  /** 分值合计 (input, normally 100). */
  weightTotal: 'F26',
  /** 总分 incl. the funds score (output). */
  totalScore: 'G26',
  /** 等级 (output, text). */
  grade: 'G27',
} as const;

/** 基本情况: one labelled input per row, label in A, value in B, from row 2 (row 1 is the title). */
export const BASIC_INFO_FIELDS = [
  { key: 'departmentName', label: '部门名称' },
  { key: 'year', label: '年度' },
  { key: 'duties', label: '主要职责' },
  { key: 'institutions', label: '内设机构' },
  { key: 'staffActive', label: '在职人数' },
  { key: 'staffRetired', label: '退休人数' },
  { key: 'vehicles', label: '公务车辆编制' },
  { key: 'governmentFunds', label: '政府性基金预算支出' },
  { key: 'stateCapitalBudget', label: '国有资本经营预算支出' },
  { key: 'socialInsuranceFund', label: '社会保险基金预算支出' },
  { key: 'carryover', label: '上年结转结余（非财政拨款）' },
  { key: 'performanceSummary', label: '绩效情况概述' },
  { key: 'problems', label: '存在的问题及原因分析' },
  { key: 'improvements', label: '下一步改进措施' },
  { key: 'disclosure', label: '自评结果拟应用和公开情况' },
] as const;

export type BasicInfoKey = (typeof BASIC_INFO_FIELDS)[number]['key'];

/** 基本情况: the A1 address of a field's input cell (column B). */
export function basicInfoCell(key: BasicInfoKey): string {
  const i = BASIC_INFO_FIELDS.findIndex((f) => f.key === key);
  return `B${i + 2}`;
}

/** 收支明细: columns of the detail, 合计 and 专项个数 rows. Amounts in 万元. */
export const SPENDING_DETAIL_COLUMNS = {
  index: 'A',
  name: 'B',
  initialBudget: 'C',
  supplement: 'D',
  carryover: 'E',
  executed: 'F',
} as const;

/** 收支明细: the first detail row, the number of blank detail rows the template offers. */
export const SPENDING_DETAIL_FIRST_ROW = 3;
export const SPENDING_DETAIL_ROW_COUNT = 15;
/** 收支明细: the 合计 row (inputs C–F) and the 专项个数 row (count in B). */
export const SPENDING_TOTAL_ROW = SPENDING_DETAIL_FIRST_ROW + SPENDING_DETAIL_ROW_COUNT;
export const SPENDING_COUNT_ROW = SPENDING_TOTAL_ROW + 1;
