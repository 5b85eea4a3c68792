/**
 * The scoring profile (评分规则集): every weight, basis, band, margin and cap of RULES §3/§4 as
 * data, so a province changes them without code changes. Decimal quantities are strings
 * (JSON-safe, exact): ratios as '0.30', scores as '10'.
 */
import type { Severity, RuleCode } from '../findings';
import type { TableKind } from '../model';

export interface GradeBand {
  /** 优 / 良 / 中 / 差 */
  readonly grade: string;
  /** Inclusive lower bound of 总分 (2 decimals), e.g. '90'. The last band has '0'. */
  readonly min: string;
}

export interface ExecutionRateCap {
  /** Applies when 执行率 < below (ratio) … */
  readonly below: string;
  /** … and ≥ atLeast (ratio; '0' for the open end). */
  readonly atLeast: string;
  /** 总分 may not exceed this. */
  readonly cap: string;
}

export interface ScoringProfile {
  readonly id: string;
  /** The rule set's name as people read it (“全国默认（财预〔2020〕10号）”). */
  readonly name: string;
  /** Where its weights come from, said in S02's message and beside the switch (issue 12 point 8). */
  readonly source?: string;
  /**
   * 一级 weights per table kind (财预〔2020〕10号 项目 default 10/50/30/10). Keys: 'funds' for the
   * 预算执行率 row, otherwise the normalised 一级 label (产出指标, 效益指标, 满意度指标, 成本指标 …).
   */
  readonly weights: Readonly<Record<TableKind, Readonly<Record<string, string>>>>;
  /** 分值 of the funds row when the table states none (national 10). */
  readonly fundsWeight: string;
  /** The total all weights must reach (100). */
  readonly weightTotal: string;
  /** 执行率 denominator: 全年预算数 (default), 年初预算数, or 实际到位资金. Lettered columns override. */
  readonly budgetBasis: 'adjustedBudget' | 'initialBudget' | 'availableFunds';
  /** 反向 indicator beyond target: 'ratio' 分值 × target ÷ actual, or 'linear' 分值 × max(0, 1 − (actual − target) ÷ target). */
  readonly reverseFormula: 'ratio' | 'linear';
  /** Qualitative bands as ratios of 分值: [达成 lower, 部分达成 lower], national ['0.8', '0.6']. */
  readonly qualBands: readonly [string, string];
  /** Highest band first. */
  readonly gradeBands: readonly GradeBand[];
  /** Over-achievement margin (ratio), default '0.30' (S14). */
  readonly overTargetMargin: string;
  /** Local rule: points lost by an indicator 30%+ over target (e.g. '2'); null = off. */
  readonly overTargetDeduction: string | null;
  /** Local rule: 总分 capped by 执行率; null = off. */
  readonly executionRateCaps: readonly ExecutionRateCap[] | null;
  /** F06 threshold (ratio), default '0.9'. */
  readonly lowExecutionThreshold: string;
  /** 按百分制折算: when on, 不适用 rows are left out and 总分 is rescaled to 100. */
  readonly normalizeTo100: boolean;
  /** Allowed 一级 → 二级 hierarchy (labels normalised; 二级 compared with and without 指标). */
  readonly hierarchy: Readonly<Record<string, readonly string[]>>;
  /** Severity overrides per rule (e.g. Sichuan: F07 → warning). */
  readonly severities: Readonly<Partial<Record<RuleCode, Severity>>>;
}

export const NATIONAL_PROFILE: ScoringProfile = {
  id: 'national',
  name: '全国默认（财预〔2020〕10号）',
  source:
    '分值取自财预〔2020〕10号项目支出绩效自评的原则性分值（预算执行率10分，产出指标50分，效益指标30分，满意度指标10分）；部门整体支出无全国统一分值，默认沿用',
  weights: {
    project: { funds: '10', 产出指标: '50', 效益指标: '30', 满意度指标: '10' },
    department: { funds: '10', 产出指标: '50', 效益指标: '30', 满意度指标: '10' },
  },
  fundsWeight: '10',
  weightTotal: '100',
  budgetBasis: 'adjustedBudget',
  reverseFormula: 'ratio',
  qualBands: ['0.8', '0.6'],
  gradeBands: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
  overTargetMargin: '0.30',
  overTargetDeduction: null,
  executionRateCaps: null,
  lowExecutionThreshold: '0.9',
  normalizeTo100: false,
  hierarchy: {
    产出指标: ['数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标'],
    成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
    效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
    满意度指标: ['服务对象满意度指标', '满意度指标'],
  },
  severities: {},
};

/** Sichuan 项目支出 template: budget adjustments need a reason (F07 warning). */
export const SICHUAN_PROFILE: ScoringProfile = {
  ...NATIONAL_PROFILE,
  id: 'sichuan',
  name: '四川省（510000_0013zp）',
  source: '四川省项目支出绩效自评表（510000_0013zp）：分值同全国默认，预算调整须说明原因（F07为警告）',
  severities: { F07: 'warning' },
};

/** The local rules of the 2022 预算管理一体化平台 操作手册 (RULES §3 "Local rules seen in practice"). */
export const PLATFORM_CAPS_PROFILE: ScoringProfile = {
  ...NATIONAL_PROFILE,
  id: 'platform-caps',
  name: '一体化平台扣分与封顶规则',
  source: '2022年预算管理一体化平台绩效自评操作手册：分值同全国默认，另加指标偏离扣分与按执行率封顶总分',
  overTargetDeduction: '2',
  executionRateCaps: [
    { below: '0.8', atLeast: '0.7', cap: '89' },
    { below: '0.7', atLeast: '0.6', cap: '79' },
    { below: '0.6', atLeast: '0.5', cap: '69' },
    { below: '0.5', atLeast: '0', cap: '59' },
  ],
};

export const BUILTIN_PROFILES: Readonly<Record<string, ScoringProfile>> = {
  national: NATIONAL_PROFILE,
  sichuan: SICHUAN_PROFILE,
  'platform-caps': PLATFORM_CAPS_PROFILE,
};

/** A built-in profile by id (the one remembered in the workbook, the CLI's --profile NAME); undefined when unknown. */
export function profileById(id: string | undefined): ScoringProfile | undefined {
  return id !== undefined && Object.prototype.hasOwnProperty.call(BUILTIN_PROFILES, id) ? BUILTIN_PROFILES[id] : undefined;
}
