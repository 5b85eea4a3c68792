/**
 * Chinese message templates of the funds rules (P01 on funds cells, F01–F08, I01 notes).
 * Logic passes display strings in (amounts '1186.19', rates '99.94%', scores '9.99'); no
 * arithmetic here.
 */
import type { AmountUnit, FundsRowRole } from '../model';
import type { BudgetBasis } from '../rules/computed';

/** The standard name of each funds row (RULES §2.1), used in messages instead of the raw label. */
export const ROW_NAMES: Readonly<Record<FundsRowRole, string>> = {
  total: '年度资金总额',
  generalBudget: '一般公共预算',
  governmentFunds: '政府性基金拨款',
  specialAccount: '纳入专户管理的非税收入拨款',
  stateCapitalBudget: '国有资本经营预算',
  socialInsuranceFund: '社会保险基金',
  otherFunds: '其他资金',
  currentAppropriation: '当年财政拨款',
  carryover: '上年结转资金',
  fiscalFunds: '财政资金',
  unitFunds: '单位资金',
  basicSpending: '基本支出',
  personnelCosts: '人员经费',
  operatingCosts: '公用经费',
  projectSpending: '项目支出',
};

/** Column names (RULES §7). `availableFunds` is 实际到位资金. */
export const COLUMN_NAMES: Readonly<Record<'initialBudget' | 'adjustedBudget' | 'executed' | BudgetBasis, string>> = {
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  executed: '全年执行数',
  availableFunds: '实际到位资金',
};

/** Breakdown names for F01. */
export const BREAKDOWN_NAMES = {
  income: '按收入性质分合计',
  expenditure: '按支出性质分合计',
  basic: '基本支出明细',
} as const;

export function unitSuffix(unit: AmountUnit): string {
  return unit === 'yuan' ? '（单位：元）' : '（单位：万元）';
}

export const fundsPhrases = {
  /** P01, as RULES §4: `D12：“一百” 不是数字`. */
  notNumber: (address: string, text: string) => `${address}：“${text}” 不是数字`,
  /** P01 for a negative amount or weight. */
  negative: (address: string, text: string, what: string) => `${address}：“${text}” 是负数，${what}不能为负`,

  /** F01 error. `parts` is e.g. `基本支出 586.11 + 项目支出 376.23`. */
  sumMismatch: (totalName: string, total: string, breakdown: string, parts: string, sum: string, diff: string, unit: AmountUnit) =>
    `${totalName} ${total} ≠ ${breakdown}：${parts} = ${sum}，相差 ${diff}${unitSuffix(unit)}`,
  /** F01 warning: a non-zero total over parts that are all zero, blank or not applicable. */
  partsEmpty: (totalName: string, total: string, breakdown: string, unit: AmountUnit) =>
    `${breakdown}的分项均为0或未填，合计却为 ${total}（${totalName}）${unitSuffix(unit)}`,
  /** F01 info (尾差). */
  sumRounding: (totalName: string, total: string, breakdown: string, parts: string, sum: string, diff: string, tolerance: string, unit: AmountUnit) =>
    `${breakdown}：${parts} = ${sum}，与${totalName} ${total} 相差 ${diff}，在尾差允许范围（${tolerance}）内${unitSuffix(unit)}`,
  /** F01 warning (口径不一致): the sum equals another shown figure. */
  sumBasis: (totalName: string, total: string, breakdown: string, parts: string, sum: string, otherName: string, other: string, unit: AmountUnit) =>
    `口径不一致：${breakdown}：${parts} = ${sum}，不等于${totalName} ${total}，而等于${otherName} ${other}；请核实分项与合计的统计口径${unitSuffix(unit)}`,

  /** F02. `basisText` e.g. `全年执行数 ÷ 全年预算数 = 1186.19 ÷ 1186.96 = 99.94%`. */
  rateMismatch: (rowName: string, basisText: string, stated: string, atShown?: string) =>
    `${rowName}执行率应为 ${basisText}，表中为 ${stated}${atShown ? `（按表中显示的位数应为 ${atShown}）` : ''}`,

  /** F03 error. */
  scoreMismatch: (scoreText: string, basisName: string, stated: string) =>
    `资金得分应为 分值 × min(执行率, 100%) = ${scoreText}（执行率 = ${basisName}，取精确值，得分四舍五入保留2位小数），表中为 ${stated}`,
  /** F03 warning: computed from the rounded rate (rounded twice). */
  scoreRoundedTwice: (stated: string, shownRate: string, scoreText: string, basisName: string) =>
    `资金得分 ${stated} 是按四舍五入后的执行率 ${shownRate} 计算的；应以精确执行率（${basisName}）计算：${scoreText}`,

  /** F04. */
  overExecution: (rowName: string, executed: string, budgetName: string, budget: string, diff: string) =>
    `${rowName}全年执行数 ${executed} 大于${budgetName} ${budget}，超出 ${diff}`,

  /** F05. */
  shareMismatch: (partName: string, wholeName: string, figureName: string, part: string, whole: string, expected: string, stated: string, atShown?: string) =>
    `占比应为 ${partName} ÷ ${wholeName}（${figureName}）= ${part} ÷ ${whole} = ${expected}，表中为 ${stated}${atShown ? `（按表中显示的位数应为 ${atShown}）` : ''}`,

  /** F05 warning: the share was taken of the total row, not of the breakdown's own sum (RULES §3). */
  shareOtherBasis: (partName: string, sumName: string, totalName: string, sum: string, total: string, expected: string, stated: string) =>
    `占比按${sumName} ${sum} 计算应为 ${expected}；表中 ${stated} 是按${totalName} ${total} 计算的，两者口径不同，请统一按分项合计计算占比`,

  /** F06. */
  lowExecution: (rate: string, threshold: string, hasReasonColumn: boolean) =>
    `执行率 ${rate} 低于 ${threshold}，${hasReasonColumn ? '资金表的原因栏' : '资金表及基本情况'}未说明原因`,
  /** F07. */
  budgetAdjusted: (adjusted: string, initial: string, change: string, hasReasonColumn: boolean) =>
    `全年预算数 ${adjusted} 与年初预算数 ${initial} 不同（${change}），${hasReasonColumn ? '资金表的原因栏' : '资金表及基本情况'}未说明预算调整原因`,
  increase: (diff: string) => `追加 ${diff}`,
  decrease: (diff: string) => `调减 ${diff}`,

  /** F08 (预算数为0，执行率与得分不适用). */
  zeroBase: (rowName: string, basisName: string, blank: boolean, cells: string) =>
    `${rowName}${basisName}${blank ? '为空' : '为0'}，执行率与得分不适用，表中却填有 ${cells}`,

  /** I01 notes. */
  basisFallback: () => '评分规则集要求按实际到位资金计算执行率，但资金表没有实际到位资金列，已改按全年预算数计算',
  executedBlank: (address: string) => `${address}：全年执行数为空，表中执行率与得分无从核对`,
  executedMissing: (rowName: string) => `${rowName}全年执行数为空，未核对执行率`,
  /** The denominator of a breakdown's share (RULES §3: the breakdown's own sum). */
  breakdownSum: (names: readonly string[]) => (names.length === 2 ? `${names[0]}与${names[1]}合计` : `${names.join('、')}合计`),
  shareZeroWhole: (partName: string, wholeName: string) => `${partName}占比的分母${wholeName}为0，占比不适用`,
};

/** Join part descriptions: `基本支出 586.11 + 项目支出 376.23`. */
export function partsText(parts: readonly { readonly name: string; readonly amount: string }[]): string {
  return parts.map((p) => `${p.name} ${p.amount}`).join(' + ');
}

/** The figure a breakdown's total is: `年度资金总额全年执行数`. */
export function figureName(rowName: string, columnName: string): string {
  return `${rowName}${columnName}`;
}
