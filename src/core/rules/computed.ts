/**
 * What the engine computes for one recognised table (RULES §3), before checks and the write
 * plan. All quantities are exact Decimals; amounts in 万元 (converted from 元 after summing),
 * rates and shares as ratios (0.9994 = 99.94%), scores rounded half-up to 2 decimals where
 * RULES §3 says they are shown.
 */
import type { Dec } from '../money/decimal';
import type { EvaluationTable, FundsRowRole } from '../model';

export type BudgetBasis = 'adjustedBudget' | 'initialBudget' | 'availableFunds';

export interface FundsRowAmounts {
  readonly role: FundsRowRole;
  /** 万元, exact (no rounding), undefined when the cell is blank or unparseable. */
  readonly initialBudget?: Dec;
  readonly adjustedBudget?: Dec;
  readonly executed?: Dec;
  /** Hunan single figure (basis per group, RULES §2.1). */
  readonly single?: Dec;
  /** executed ÷ basis, exact ratio; undefined when the basis is zero/missing (F08). */
  readonly executionRate?: Dec;
}

export interface ShareComputation {
  readonly part: FundsRowRole;
  readonly whole: FundsRowRole;
  /** 万元. */
  readonly partAmount: Dec;
  /** 万元: the whole row's figure, or the breakdown's own sum when `wholeParts` is given (RULES §3). */
  readonly wholeAmount: Dec;
  /** The rows summed for the denominator (基本支出 + 项目支出, the income sources); absent when it is `whole`'s own figure. */
  readonly wholeParts?: readonly FundsRowRole[];
  /** Exact ratio; undefined when the whole is zero. */
  readonly value?: Dec;
}

export interface FundsComputation {
  /** The budget basis used (lettered columns override the profile), named in F02/F03 messages. */
  readonly basis: BudgetBasis;
  /** 分值 of the funds row (stated, else the profile's fundsWeight). */
  readonly weight: Dec;
  /** The total row's execution rate, exact ratio; undefined for a zero/missing budget. */
  readonly executionRate?: Dec;
  /** 分值 × min(执行率, 100%), rounded half-up to 2 decimals from the exact rate. */
  readonly fundScore?: Dec;
  readonly rows: readonly FundsRowAmounts[];
  readonly shares: readonly ShareComputation[];
}

export interface IndicatorScore {
  /** 0-based sheet row of the indicator. */
  readonly row: number;
  /** Scored by rule (quantitative, parsed target and actual in one unit, no own method). */
  readonly computable: boolean;
  readonly direction?: 'positive' | 'reverse';
  /** Rule score, 2 decimals, when computable. */
  readonly score?: Dec;
  /** Qualitative (typed within a band). */
  readonly qualitative: boolean;
  /** Why not computable (I01 text), when it is not. */
  readonly notComputableReason?: string;
}

export interface IndicatorsComputation {
  readonly rows: readonly IndicatorScore[];
  /** Σ indicator 分值 (stated weights), exact. */
  readonly weightSum: Dec;
}

export interface TableComputation {
  readonly table: EvaluationTable;
  readonly funds?: FundsComputation;
  readonly indicators?: IndicatorsComputation;
  /**
   * 总分 = 资金得分 + Σ 指标得分, summing 2-decimal figures: the computed score for computable
   * rows and the stated score otherwise (RULES §3). Undefined when a needed part is missing.
   */
  readonly totalScore?: Dec;
  /** 等级 from totalScore per the profile's bands; undefined when not evaluable (S06 info). */
  readonly grade?: string;
  /**
   * Σ 指标得分 when the indicator block's closing row (合计) sums that block only
   * (closingIsSubtotal): the value of that row; totalScore stays the table's 总分.
   */
  readonly subtotalScore?: Dec;
}
