/**
 * Every Chinese sentence, heading and label of the generated 自评报告 (RULES §5, seed outline,
 * Hunan format) and of the draft cross-check messages (R01–R03). Templates are functions of
 * already formatted figures: no arithmetic here.
 */
import type { FundsRowRole } from '../core/model';
import { ROW_NAMES } from '../core/checks/phrases-funds';
import { R01 } from '../core/checks/draft/r01-text-figure-mismatch';
import { R02 } from '../core/checks/draft/r02-heading-numbering';
import { R03 } from '../core/checks/draft/r03-count-mismatch';

export const TITLE = (year: string, department: string) => `${year}年度${department}整体支出绩效自评报告`;
/** The final title from what is known (no placeholder): 年度 and the department only when the workbook gives them. */
export const TITLE_PARTS = (year: string | undefined, department: string | undefined) =>
  `${year !== undefined ? `${year}年度` : ''}${department ?? '部门'}整体支出绩效自评报告`;
export const INTRO = (year: string) =>
  `根据预算绩效管理有关规定，本单位对${year}年度部门整体支出开展了绩效自评。现将${year}年度部门整体支出绩效自评情况报告如下：`;
export const INTRO_NO_YEAR = '根据预算绩效管理有关规定，本单位对部门整体支出开展了绩效自评。现将部门整体支出绩效自评情况报告如下：';
/** The notice the evaluation follows (基本情况's 文号 / 依据), as the seed opens. */
export const INTRO_WITH_BASIS = (basis: string, year: string) =>
  `根据${basis}等文件精神，本单位对${year}年度部门整体支出开展了绩效自评。现将${year}年度部门整体支出绩效自评情况报告如下：`;
export const INTRO_WITH_BASIS_NO_YEAR = (basis: string) => `根据${basis}等文件精神，本单位对部门整体支出开展了绩效自评。现将部门整体支出绩效自评情况报告如下：`;

/** Headings of RULES §5, without their numbers (the builder numbers them). */
export const H = {
  basics: '部门基本情况',
  duties: '主要职责',
  profile: '基本情况',
  budget: '经费收入预决算执行情况',
  general: '一般公共预算支出情况',
  basicSpending: '基本支出情况',
  projectSpending: '项目支出情况',
  governmentFunds: '政府性基金预算支出情况',
  stateCapital: '国有资本经营预算支出情况',
  socialInsurance: '社会保险基金预算支出情况',
  performance: '部门整体支出绩效情况',
  problems: '存在的问题及原因分析',
  improvements: '下一步改进措施',
  disclosure: '部门整体支出绩效自评结果拟应用和公开情况',
} as const;

/** A visible placeholder for an empty input; the section is never dropped. */
export const PLACEHOLDER = (sheet: string, field: string) => `【请在“${sheet}”表填写：${field}】`;
export const SHEET_BASIC = '基本情况';
export const SHEET_DETAIL = '收支明细';
export const SHEET_TABLE = '自评表';

/** Field names of the 基本情况 / 收支明细 / 自评表 inputs, as the placeholders name them. */
export const FIELD = {
  year: '年度',
  department: '部门名称',
  duties: '主要职责',
  institutions: '内设机构',
  staffActive: '在职人数',
  staffRetired: '退休人数',
  vehicles: '公务车辆编制',
  summary: '绩效情况概述',
  problems: '存在的问题及原因分析',
  improvements: '下一步改进措施',
  disclosure: '自评结果拟应用和公开情况',
  governmentFunds: '政府性基金预算支出',
  stateCapital: '国有资本经营预算支出',
  socialInsurance: '社会保险基金预算支出',
  personnelCosts: '人员经费',
  operatingCosts: '公用经费',
  projectCount: '专项个数',
  projectInitial: '年初预算（合计）',
  projectSupplement: '本年追加（合计）',
  projectCarryover: '上年结转结余（合计）',
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  executed: '全年执行数',
  generalBudget: '一般公共预算',
  basicSpending: '基本支出',
  projectSpending: '项目支出',
  basisDocument: '通知文号',
  carryoverOutside: '上年结转结余(非财政拨款)',
  table: '部门整体支出绩效自评表',
  totalScore: '总分',
  weightTotal: '各项分值合计',
  fundScore: '预算执行得分',
  executionRate: '预算执行率',
  indicatorScores: '绩效指标的分值与得分',
  reason: '偏差原因分析及改进措施',
} as const;

export const STAFF = (active: string, retired: string) => `本年度本单位在职人数${active}人，退休人数${retired}人。`;
export const VEHICLES = (n: string) => `公务车辆编制${n}辆。`;

/** The budget basis of the execution rate, named as RULES §3 asks. */
export const BASIS_NAME: Readonly<Record<string, string>> = {
  adjustedBudget: '全年预算数',
  initialBudget: '年初预算数',
  availableFunds: '实际到位资金',
};
export const BUDGET_INITIAL = (year: string | undefined, initial: string, split: string) => `${year === undefined ? '本年度' : `${year}年度`}部门整体支出年初预算${initial}万元${split}。`;
/** The year-start split of 年初预算 (基本支出 / 项目支出 年初预算数). */
export const INITIAL_SPLIT = (basic: string, project: string) => `，其中基本支出${basic}万元，项目支出${project}万元`;
/** Names its subject again (部门整体支出): the sentence before ends on 项目支出. */
export const BUDGET_EXECUTION = (adjusted: string, executed: string, rateClause: string) => `部门整体支出全年预算${adjusted}万元，全年执行${executed}万元${rateClause}。`;
export const BUDGET_ONE_SENTENCE = (year: string | undefined, initial: string, adjusted: string, executed: string, rateClause: string) =>
  `${year === undefined ? '本年度' : `${year}年度`}部门整体支出年初预算${initial}万元，全年预算${adjusted}万元，全年执行${executed}万元${rateClause}。`;
export const RATE_CLAUSE = (rate: string, basis: string) => `，预算执行率${rate}（全年执行数÷${basis}）`;
export const CARRYOVER_OUTSIDE = (amount: string) => `另上年度非财政拨款结余结转${amount}万元。`;
export const INCOME_SOURCES = (items: readonly string[]) => `按收入性质分：${items.join('，')}。`;
export const AMOUNT_ITEM = (label: string, amount: string) => `${label}${amount}万元`;

/** Names of funds rows as the narrative and the table say them: the engine's one list (RULES §2.1). */
export const ROLE_LABEL = ROW_NAMES;


export const GENERAL_SPENDING = (general: string) => `本年度一般公共预算财政拨款支出${general}万元。`;
/** The 一般公共预算 row has its 全年预算数 but no 执行数: say what the figure is. */
export const GENERAL_BUDGET_ONLY = (budget: string) => `自评表中一般公共预算全年预算数${budget}万元，其全年执行数未填列。`;
/** The base of the 基本支出 / 项目支出 shares (RULES §3: the breakdown's own sum), named with its amount. */
export const BASE_BREAKDOWN = '基本支出与项目支出合计';
export const BASIC_SPENDING = (basic: string, baseName: string, base: string, share: string) => `基本支出${basic}万元，占${baseName}${base}万元的${share}。`;
export const BASIC_SPENDING_ONLY = (basic: string) => `基本支出${basic}万元。`;
export const COSTS = (personnel: string, pShare: string, operating: string, oShare: string) =>
  `基本支出中人员经费${personnel}万元，占基本支出的${pShare}；公用经费${operating}万元，占基本支出的${oShare}。`;
export const PROJECT_SPENDING = (amount: string, baseName: string, base: string, share: string) => `本年度项目支出${amount}万元，占${baseName}${base}万元的${share}`;
export const PROJECT_SPENDING_ONLY = (amount: string) => `本年度项目支出${amount}万元`;
export const PROJECT_COUNT = (n: string) => `，安排专项${n}个`;
export const PROJECT_COUNT_ALONE = (n: string) => `，安排专项${n}个`;
export const PROJECT_LIST = (names: readonly string[]) => `，即${names.join('、')}`;
/** 上年结转结余 is part of 本年追加 (the seed: “本年追加272.64万元，其中上年结转结余16.25万元”). */
export const PROJECT_DETAIL = (initial: string, supplement: string, carryover: string) =>
  `项目支出年初预算${initial}万元，本年追加${supplement}万元，其中上年结转结余${carryover}万元。`;
export const SENTENCE_END = '。';
/** The sign-off's date left to fill in by hand (公文 write 成文日期 in full: 2025年3月15日). */
export const DATE_BLANK = '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';

export const FUND_NONE: Readonly<Record<'governmentFunds' | 'stateCapital' | 'socialInsurance', string>> = {
  governmentFunds: '本年度无政府性基金安排的预算收入与支出，无政府性基金预算支出情况。',
  stateCapital: '本年度无国有资本经营预算安排的收入与支出，无国有资本经营预算支出情况。',
  socialInsurance: '本年度无社会保险基金预算安排的收入与支出，无社会保险基金预算支出情况。',
};
export const FUND_SOME = (name: string, amount: string) => `本年度${name}${amount}万元。`;

export const SCORE_SENTENCE = (total: string, grade: string) =>
  `根据部门整体支出绩效评价指标体系，本单位本年度部门整体支出绩效自评得分${total}分，等级为${grade}。`;
/** 分值 ≠ 100: the table's own 总分 is reported as entered, no grade (one 总分 story with S01/S05 and the plan). */
export const SCORE_WEIGHTS_OFF = (stated: string, weights: string) =>
  `自评表中总分为${stated}分。因自评表各项分值合计为${weights}分、不等于100分，未评定等级。`;
export const SCORE_WEIGHTS_OFF_NO_TOTAL = (weights: string) => `自评表各项分值合计为${weights}分、不等于100分，未计算总分，未评定等级。`;
export const SCORE_OVER100 = (total: string) => `按自评表各项得分合计为${total}分，超过100分，未评定等级。`;
export const GAP_WEIGHTS = (weights: string, expected: string) => `各项分值合计为${weights}，应为${expected}（见检查结果S01）`;
export const GAP_OVER100 = (total: string) => `总分${total}超过100，请核对各项得分`;
/** One line naming the figures the report computed where the table holds something else (issue 12 point 2). */
export const COMPUTED_ITEM = (what: string, computed: string, stated: string) => `${what}${computed}（自评表中为${stated}）`;
export const SHARE_ITEM = (part: string) => `${part}占比`;
export const COMPUTED_NOTE = (items: readonly string[]) => `说明：以下数字为按规则计算的结果，与自评表中填写的不同：${items.join('；')}。`;
export const FUND_SCORE = (rate: string, score: string, weight: string) =>
  `预算执行率${rate}，预算执行得分${score}分（分值${weight}分）。`;
export const TABLE_INTRO = (year: string) => `${year === '' ? '' : `${year}年度`}部门整体支出绩效自评表如下：`;
export const TABLE_CAPTION = (year: string) => `${year === '' ? '' : `${year}年度`}部门整体支出绩效自评表`;
export const ALL_FULL = '各项绩效指标均得满分。';
export const BELOW_FULL_INTRO = '未得满分的指标及偏差原因如下：';
export const BELOW_FULL = (name: string, level2: string, weight: string, score: string) => `“${name}”${level2 === '' ? '' : `（${level2}）`}分值${weight}分，得分${score}分`;
export const ROW_BY_PLACE = (row: number) => `第${row}行指标`;
export const REASON = (reason: string) => `，偏差原因：${reason}`;
export const GAP_REASON = (name: string) => `“${name}”的偏差原因分析及改进措施`;
export const GAP_DRAFT_REASON = (name: string) => `“${name}”的偏差原因仍是草稿，请修改确认`;

/** Evaluation table labels (the 自评表 inside the report). */
export const T = {
  unitName: '预算部门名称',
  fundsBlock: '年度预算申请（万元）',
  category: '资金类别',
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  executed: '全年执行数',
  weight: '分值',
  rate: '执行率',
  score: '得分',
  goal: '年度总体目标',
  expected: '预期目标',
  actual: '实际完成情况',
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '年度指标值',
  actualValue: '实际完成值',
  reason: '偏差原因分析及改进措施',
  total: '总分（含预算执行得分）',
  grade: '自评等级',
  notGraded: '未评定',
} as const;

/** Sheet name of the generated report sheet. */
export { REPORT_SHEET } from '../core/output-sheets';

/* ---- draft cross-check messages (R01–R03): declared with their rules (core/checks/draft) ---- */
export const R01_WRONG = R01.messages.wrong;
export const R01_SHARE = R01.messages.share;
export const R01_DIFF = R01.messages.diff;
export const R01_UNTIED = R01.messages.untied;
export const R02_STYLE = R02.messages.style;
export const R02_STYLE_ONLY = R02.messages.styleOnly;
export const R02_ORDER = R02.messages.order;
export const R02_SKIP = R02.messages.skip;
export const LEVEL_NAME: Readonly<Record<1 | 2 | 3 | 4, string>> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };
export const R03_COUNT = R03.messages.count;
export const DRAFT_UNREADABLE = (file: string, why: string) => `无法读取报告“${file}”：${why}`;
export const DRAFT_FORMATS = '只支持 .docx 与 .txt（UTF-8）格式，请另存为其中一种后再检查';
