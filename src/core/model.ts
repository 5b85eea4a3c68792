/**
 * The recognised evaluation table (自评表): what recognition produces from a grid and what
 * computations, checks, the write plan and the report consume. Names follow RULES §7.
 * Amounts stay in the table's own unit (`FundsBlock.unit`); converting 元 → 万元 happens after
 * summing (RULES §4 F01: "Sum 元 before converting").
 */
import type { CellRange, CellValue } from './grid/types';
import type { ParsedNumber } from './money/parse';
import type { TableMapping } from './mapping/types';

/** Where a value sits. Row/col 0-based; `address` is the A1 form ('I4'). */
export interface SourceCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly raw: CellValue;
  readonly formula?: string;
  readonly numFmt?: string;
}

/** A cell that must hold a number: an amount (万元 or 元), a rate (ratio), a weight or a score. */
export interface NumberField {
  readonly cell: SourceCell;
  readonly parsed: ParsedNumber;
  /** The value was read out of a label cell (`其中：一般公共预算：962.34`); such a cell is input, never written. */
  readonly embedded?: boolean;
}

/** A cell holding free text (label, target, actual, reason). `text` is as typed (not normalised). */
export interface TextField {
  readonly cell: SourceCell;
  readonly text: string;
}

export type TableKind = 'department' | 'project';
export type AmountUnit = 'wan' | 'yuan';

/**
 * Rows of the funds block. Income nature (按收入性质): generalBudget, governmentFunds,
 * specialAccount (纳入专户管理的非税收入), stateCapitalBudget, socialInsuranceFund, otherFunds;
 * project table: currentAppropriation (当年财政拨款), carryover (上年结转), otherFunds; Sichuan:
 * fiscalFunds (财政资金), specialAccount (财政专户管理资金), unitFunds (单位资金).
 * Expenditure nature (按支出性质): basicSpending (= personnelCosts + operatingCosts), projectSpending.
 */
export type FundsRowRole =
  | 'total'
  | 'generalBudget'
  | 'governmentFunds'
  | 'specialAccount'
  | 'stateCapitalBudget'
  | 'socialInsuranceFund'
  | 'otherFunds'
  | 'currentAppropriation'
  | 'carryover'
  | 'fiscalFunds'
  | 'unitFunds'
  | 'basicSpending'
  | 'personnelCosts'
  | 'operatingCosts'
  | 'projectSpending';

export type FundsGroup = 'total' | 'income' | 'expenditure';

export interface FundsRow {
  readonly role: FundsRowRole;
  readonly group: FundsGroup;
  readonly label: TextField;
  /** 年初预算数 (A in Beijing-style tables). */
  readonly initialBudget?: NumberField;
  /** 全年预算数 / 调整后预算数. */
  readonly adjustedBudget?: NumberField;
  /** 全年执行数 / 预算执行数. */
  readonly executed?: NumberField;
  /** 分值 / 权重 of the funds row (normally 10). */
  readonly weight?: NumberField;
  /** 执行率 (stated). Present when the table has the cell, even blank (an output cell). */
  readonly executionRate?: NumberField;
  /** 得分 (stated). Present when the table has the cell, even blank (an output cell). */
  readonly score?: NumberField;
  /** The funds block's own reason column (原因 / 偏差原因), if any. */
  readonly reason?: TextField;
  /**
   * Hunan 部门整体 layout: each breakdown label holds one figure on an unstated basis. Compare
   * income rows with 全年预算数 and expenditure rows with 全年执行数 (RULES §2.1).
   */
  readonly single?: NumberField;
}

/** A stated 占比 cell (share) with the quantities it relates, e.g. 基本支出 ÷ 支出总额. */
export interface ShareField {
  readonly stated: NumberField;
  readonly part: FundsRowRole;
  readonly whole: FundsRowRole;
  /** Which figure of the two rows: executed by default. */
  readonly basis: 'initialBudget' | 'adjustedBudget' | 'executed' | 'single';
}

export interface FundsBlock {
  readonly range: CellRange;
  readonly unit: AmountUnit;
  /** The total row (年度资金总额 / 总额) first, then breakdowns in sheet order. */
  readonly rows: readonly FundsRow[];
  readonly shares: readonly ShareField[];
  /**
   * The budget basis the table itself names by column letters (`执行率(B/A)` with
   * 全年预算数(A)): overrides the profile's `budgetBasis` (RULES §3).
   */
  readonly letteredBasis?: 'initialBudget' | 'adjustedBudget';
  /** Hunan-style: breakdowns carry one figure each in their label (see FundsRow.single). */
  readonly singleFigureBreakdowns: boolean;
  /**
   * The funds 分值 stated in a header label when the block has no 分值 column:
   * `预算执行情况（万元）（20分）`, `得分（20分*执行率）` (an embedded field of that header cell).
   */
  readonly headerWeight?: NumberField;
}

import type { IndicatorColumnRole } from './column-roles';
export type { IndicatorColumnRole };

export interface IndicatorRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** 一级指标, resolved through merged cells (or filled down where a merge was lost). */
  readonly level1?: TextField;
  /** 二级指标, resolved the same way. */
  readonly level2?: TextField;
  /** 三级指标. */
  readonly name?: TextField;
  /** 指标性质 column (=, ≥, ≤; 定量/定性), when the table has one. */
  readonly nature?: TextField;
  /** 年度指标值. */
  readonly target?: TextField;
  /** 度量单位 column, when separate. */
  readonly unit?: TextField;
  /** 实际完成值. */
  readonly actual?: TextField;
  /** 分值 / 权重. */
  readonly weight?: NumberField;
  /** 得分 (present when the table has the cell, even blank). */
  readonly score?: NumberField;
  /** 得分系数(%) (Chongqing form: 得分 = 权重 × 得分系数). */
  readonly scoreCoefficient?: NumberField;
  /** 偏差原因分析及改进措施 / 未完成原因分析 / 原因 / 扣分原因. */
  readonly reason?: TextField;
  /** The row's own scoring method (得分计算方法 / 评分标准): overrides the generic rules (RULES §3). */
  readonly method?: TextField;
}

/** 一级指标 label weight, e.g. `产出指标(50分)` (Anhui exports). */
export interface Level1Weight {
  readonly level1: string;
  readonly weight: NumberField;
}

export type IndicatorForm = 'national' | 'common' | 'chongqing' | 'other';

export interface IndicatorBlock {
  readonly range: CellRange;
  readonly form: IndicatorForm;
  /** Column index (0-based) of each recognised role. */
  readonly columns: Readonly<Partial<Record<IndicatorColumnRole, number>>>;
  readonly rows: readonly IndicatorRow[];
  readonly level1Weights: readonly Level1Weight[];
  /** The 总分 / 合计 row, when the table has one. */
  readonly total?: {
    readonly row: number;
    readonly label: TextField;
    readonly weight?: NumberField;
    readonly score?: NumberField;
  };
}

export interface EvaluationTable {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly range: CellRange;
  /** The layout recognised (for messages and tests): 'template' | 'hunan-department' | 'national-project' | … */
  readonly layout: string;
  readonly title?: TextField;
  /** 预算部门名称 / 项目名称 / 主管部门 … as labelled. */
  readonly unitName?: TextField;
  readonly funds?: FundsBlock;
  readonly indicators?: IndicatorBlock;
  /** 等级 cell (stated grade), when the table has one. */
  readonly grade?: TextField;
  /** 年度总体目标: 预期目标 and 实际完成情况 (free text). */
  readonly overallGoal?: { readonly expected?: TextField; readonly actual?: TextField };
  /** Narrative rows (年度目标完成情况, 评价结论, 存在问题, 改进措施), when the table has them. */
  readonly narrative?: readonly NarrativeField[];
}

/** What a narrative row of the table answers. */
export type NarrativeKind = 'goalCompletion' | 'conclusion' | 'problems' | 'improvements';

/** A narrative row: its label cell and the answer cell right of it. */
export interface NarrativeField {
  readonly kind: NarrativeKind;
  readonly label: TextField;
  readonly answer: TextField;
}

/** 基本情况 sheet (RULES §2.4): free-text and numeric inputs the narrative needs. */
export interface BasicInfo {
  readonly sheet: string;
  readonly departmentName?: TextField;
  readonly year?: TextField;
  /** 主要职责, one per line. */
  readonly duties?: TextField;
  readonly institutions?: TextField;
  readonly staffActive?: NumberField;
  readonly staffRetired?: NumberField;
  readonly vehicles?: NumberField;
  readonly problems?: TextField;
  readonly improvements?: TextField;
  readonly disclosure?: TextField;
  /** Any further labelled field, by normalised label. */
  readonly other: Readonly<Record<string, TextField>>;
}

/** 收支明细 sheet: personnel/operating costs and one row per 专项. Amounts in `unit`. */
export interface SpendingDetail {
  readonly sheet: string;
  readonly unit: AmountUnit;
  readonly personnelCosts?: NumberField;
  readonly operatingCosts?: NumberField;
  readonly projects: ReadonlyArray<{
    readonly name: TextField;
    readonly initialBudget?: NumberField;
    readonly supplement?: NumberField;
    readonly carryover?: NumberField;
    readonly executed?: NumberField;
  }>;
  /** The 合计 row (inputs, so totals are known without per-project detail), when present. */
  readonly totals?: {
    readonly initialBudget?: NumberField;
    readonly supplement?: NumberField;
    readonly carryover?: NumberField;
    readonly executed?: NumberField;
  };
  /** 专项个数 as stated (the seed's 安排专项11个), when present. */
  readonly projectCount?: NumberField;
}

/** A sheet or column that was not recognised, reported as M01 (never guessed silently). */
export interface RecognitionNote {
  readonly sheet: string;
  readonly address?: string;
  readonly message: string;
}

export interface RecognisedWorkbook {
  readonly tables: readonly EvaluationTable[];
  readonly basicInfo?: BasicInfo;
  readonly spendingDetail?: SpendingDetail;
  readonly notes: readonly RecognitionNote[];
  /**
   * The mapping of each table (index-aligned with `tables`): range, header rows, each header
   * column's role and a confidence; `confirmed` when it came from the saved mapping (issue #5).
   */
  readonly mappings?: readonly TableMapping[];
}
