/**
 * Label families: the spellings provinces and years use for one thing (SPEC §2.3, §7).
 * Matching is exact on a key: the label after normalizeText, with bracketed letters and units
 * (`(A)`, `(B/A)`, `(万元)`, `(10分)`) and a leading `其中:` removed — so `得分` never matches
 * `得分计算方法`, and `全年预算数（A）` matches `全年预算数`.
 */
import { normalizeText } from '../grid/text';
import type { FundsGroup, FundsRowRole, IndicatorColumnRole } from '../model';

/** Normalised label without bracketed parts, a leading 其中: or a trailing colon. */
export function labelKey(text: string): string {
  let t = normalizeText(text);
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');
  }
  return t.replace(/^其中:?/u, '').replace(/:+$/u, '');
}

function familyIndex<R extends string>(families: ReadonlyArray<readonly [R, readonly string[]]>): Map<string, R> {
  const m = new Map<string, R>();
  for (const [role, names] of families) for (const n of names) if (!m.has(n)) m.set(n, role);
  return m;
}

/** Columns of the funds block (预算执行情况). `label` is the header of the row-label column. */
export type FundsColumnRole =
  | 'initialBudget'
  | 'adjustedBudget'
  | 'executed'
  | 'weight'
  | 'executionRate'
  | 'score'
  | 'share'
  | 'reason'
  | 'method'
  | 'label';

const REASON = ['偏差原因分析及改进措施', '偏差原因及改进措施', '未完成原因分析', '偏差原因', '原因', '扣分原因', '备注'];
const METHOD = ['得分计算方法', '评分标准', '评分方法', '计分方法'];
const WEIGHT = ['分值', '权重', '标准分'];
const SCORE = ['得分', '评分', '自评得分'];

export const FUNDS_COLUMNS = familyIndex<FundsColumnRole>([
  ['initialBudget', ['年初预算数', '年初预算', '年初预算金额']],
  ['adjustedBudget', ['全年预算数', '调整后预算数', '调整后预算', '预算数', '全年预算']],
  ['executed', ['全年执行数', '预算执行数', '执行数', '实际支出', '决算数', '全年执行']],
  ['executionRate', ['执行率', '预算执行率']],
  ['weight', WEIGHT],
  ['score', SCORE],
  ['share', ['占比']],
  ['reason', REASON],
  ['method', METHOD],
  ['label', ['资金类别', '资金来源', '资金性质', '类别', '项目']],
]);

/** The columns whose presence marks a funds header row. */
export const FUNDS_AMOUNT_ROLES: readonly FundsColumnRole[] = ['initialBudget', 'adjustedBudget', 'executed'];

export const INDICATOR_COLUMNS = familyIndex<IndicatorColumnRole>([
  ['level1', ['一级指标']],
  ['level2', ['二级指标']],
  ['name', ['三级指标', '指标名称', '具体指标']],
  ['nature', ['指标性质']],
  ['target', ['年度指标值', '指标值', '目标值', '年度目标值', '全年指标值']],
  ['unit', ['度量单位', '计量单位']],
  ['actual', ['实际完成值', '全年实际值', '完成值', '实际值', '全年完成值']],
  ['weight', [...WEIGHT, '指标权重']],
  ['score', [...SCORE, '指标得分']],
  ['scoreCoefficient', ['得分系数']],
  ['reason', REASON],
  ['method', METHOD],
]);

export const FUNDS_ROWS = familyIndex<FundsRowRole>([
  ['total', ['年度资金总额', '资金总额', '总额', '合计', '总计']],
  ['generalBudget', ['一般公共预算', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算资金']],
  ['governmentFunds', ['政府性基金', '政府性基金拨款', '政府性基金预算', '政府性基金预算拨款']],
  ['specialAccount', ['纳入专户管理的非税收入', '纳入专户管理的非税收入拨款', '财政专户管理资金']],
  ['stateCapitalBudget', ['国有资本经营预算', '国有资本经营预算拨款']],
  ['socialInsuranceFund', ['社会保险基金', '社会保险基金预算']],
  ['otherFunds', ['其他资金']],
  ['currentAppropriation', ['当年财政拨款', '本年财政拨款']],
  ['carryover', ['上年结转', '上年结转资金', '上年结转结余', '上年结转结余资金']],
  ['fiscalFunds', ['财政资金']],
  ['unitFunds', ['单位资金']],
  ['basicSpending', ['基本支出']],
  ['personnelCosts', ['人员经费', '人员经费支出']],
  ['operatingCosts', ['公用经费', '公用经费支出']],
  ['projectSpending', ['项目支出']],
]);

export function fundsGroupOf(role: FundsRowRole): FundsGroup {
  if (role === 'total') return 'total';
  if (role === 'basicSpending' || role === 'personnelCosts' || role === 'operatingCosts' || role === 'projectSpending') return 'expenditure';
  return 'income';
}

/**
 * The denominator of a stated 占比 (template: I5–I8 ÷ total, I9/I12 ÷ total, I10/I11 ÷ 基本支出).
 * Undefined for the total itself.
 */
export function shareWholeOf(role: FundsRowRole): FundsRowRole | undefined {
  if (role === 'total') return undefined;
  if (role === 'personnelCosts' || role === 'operatingCosts') return 'basicSpending';
  return 'total';
}

/** Vertical block labels (`绩\n效\n指\n标`, `年度预算申请（万元）`): not column headers, ignored silently. */
export const BLOCK_LABELS = new Set(['绩效指标', '年度预算申请', '项目资金', '预算执行情况', '资金情况', '年度资金', '预算资金', '资金投入', '年度预算']);

export const TOTAL_LABELS = new Set(['总分', '合计', '总计', '总得分', '自评总分', '评价总分']);
export const GRADE_LABELS = new Set(['等级', '自评等级', '评价等级', '绩效等级', '自评结果等级']);
export const GOAL_LABELS = new Set(['年度总体目标', '总体目标', '年度绩效目标', '年度总体绩效目标']);
export const GOAL_EXPECTED = new Set(['预期目标', '年度预期目标']);
export const GOAL_ACTUAL = new Set(['实际完成情况', '实际完成', '目标完成情况']);
export const UNIT_LABELS = new Set(['金额单位', '单位']);

/** 预算部门名称 / 项目名称 / 主管部门 …, by priority (lower first). */
export function unitNamePriority(key: string): number | undefined {
  if (/(部门名称|单位名称)$/u.test(key)) return 0;
  if (key === '项目名称') return 1;
  if (key === '主管部门' || key === '主管单位') return 2;
  if (key === '实施单位') return 3;
  return undefined;
}

/** A title cell: `2024年度部门整体支出绩效自评表`, `项目支出绩效自评表`. */
export function isTitleText(normalised: string): boolean {
  return /(自评表|评价表|绩效自评)/u.test(normalised);
}

/** 一级指标 label carrying its weight: `产出指标(50分)` → { label: 产出指标, weight: '50' }. */
export function splitLevel1Weight(text: string): { label: string; weight: string } | undefined {
  const m = /^(.+?)\((\d+(?:\.\d+)?)分?\)$/u.exec(normalizeText(text));
  return m ? { label: m[1], weight: m[2] } : undefined;
}

/**
 * Column letters of a header (`全年预算数(A)` → letter A; `执行率(B/A)` → ratio B over A).
 */
export function headerLetters(text: string): { letter?: string; ratio?: { num: string; den: string } } {
  const t = normalizeText(text).toUpperCase();
  const ratio = /\(([A-Z])[/÷]([A-Z])\)/u.exec(t);
  if (ratio) return { ratio: { num: ratio[1], den: ratio[2] } };
  const letter = /\(([A-Z])\)/u.exec(t);
  return letter ? { letter: letter[1] } : {};
}

/** The amount unit a label names: `（万元）`, `单位：元`, a bare `元`. */
export function unitNamed(text: string): 'wan' | 'yuan' | undefined {
  const t = normalizeText(text);
  if (/万元/u.test(t)) return 'wan';
  if (/(^|\(|:|单位)元($|\))/u.test(t) || t === '元') return 'yuan';
  return undefined;
}
