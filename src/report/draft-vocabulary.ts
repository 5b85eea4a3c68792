/**
 * The words a hand-written report uses for the table's quantities (R01), longest first so
 * 一般公共预算财政拨款 wins over 一般公共预算. Data, not messages.
 */

export type AmountSubject =
  | 'total'
  | 'generalBudget'
  | 'governmentFunds'
  | 'specialAccount'
  | 'stateCapitalBudget'
  | 'socialInsuranceFund'
  | 'otherFunds'
  | 'basicSpending'
  | 'projectSpending'
  | 'personnelCosts'
  | 'operatingCosts'
  | 'supplement'
  | 'carryover'
  /** 基本支出与项目支出合计: the breakdown's own sum, RULES §3's base of their shares. */
  | 'spendingBreakdown';

export type Subject = AmountSubject | 'executionRate' | 'fundScore' | 'totalScore';

export const SUBJECT_WORDS: ReadonlyArray<readonly [string, Subject]> = [
  ['基本支出与项目支出合计', 'spendingBreakdown'],
  ['基本支出和项目支出合计', 'spendingBreakdown'],
  ['一般公共预算财政拨款', 'generalBudget'],
  ['一般公共预算', 'generalBudget'],
  ['纳入专户管理的非税收入', 'specialAccount'],
  ['政府性基金', 'governmentFunds'],
  ['国有资本经营', 'stateCapitalBudget'],
  ['社会保险基金', 'socialInsuranceFund'],
  ['非本级财政拨款收入', 'otherFunds'],
  ['其他资金', 'otherFunds'],
  ['基本支出', 'basicSpending'],
  ['项目支出', 'projectSpending'],
  ['人员经费', 'personnelCosts'],
  ['公用经费', 'operatingCosts'],
  ['本年追加', 'supplement'],
  ['上年结转结余', 'carryover'],
  ['上年结转', 'carryover'],
  ['年度资金总额', 'total'],
  ['资金总额', 'total'],
  ['整体支出', 'total'],
  ['决算收入', 'total'],
  ['预算执行得分', 'fundScore'],
  ['执行率得分', 'fundScore'],
  ['资金得分', 'fundScore'],
  ['执行得分', 'fundScore'],
  ['执行率', 'executionRate'],
  ['自评得分', 'totalScore'],
  ['绩效自评', 'totalScore'],
  ['总分', 'totalScore'],
  ['综合得分', 'totalScore'],
];

export type Basis = 'initialBudget' | 'adjustedBudget' | 'executed';

/** Basis words, matched after subject words are blanked (so 项目支出 is not 支出). */
export const BASIS_WORDS: ReadonlyArray<readonly [string, Basis]> = [
  ['年初预算', 'initialBudget'],
  ['全年预算', 'adjustedBudget'],
  ['调整后预算', 'adjustedBudget'],
  ['执行数', 'executed'],
  ['执行', 'executed'],
  ['支出', 'executed'],
  ['收入', 'adjustedBudget'],
];

/** Denominators that name no quantity of their own: they mean the amount the sentence named just before (其中 …). */
export const GENERIC_WHOLES: readonly string[] = ['支出总额', '总支出', '资金总额', '总额', '合计', '总数'];

/** Verbs of a difference: `A较B增加N万元`. */
export const DIFFERENCE_VERBS = '增加|减少|增长|下降|多|少|节约|超出';
