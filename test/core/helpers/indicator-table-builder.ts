/**
 * Builds recognised EvaluationTables by hand for indicator tests (no recognition involved).
 * Layout as the template: indicator header on sheet row 15 (A15), rows from A16 with columns
 * A 一级 · B 二级 · C 三级 · D 年度指标值 · E 实际完成值 · F 分值 · G 得分 · H 偏差原因, optional
 * I 指标性质 · J 度量单位 · K 得分系数 · L 评分标准; then the 总分 row and the 等级 row. Consecutive
 * equal 一级/二级 labels share one cell, as recognition resolves merged cells.
 */
import type { CellValue } from '../../../src/core/grid/types';
import { toA1 } from '../../../src/core/grid/a1';
import { cellText } from '../../../src/core/grid/text';
import { parseNumber } from '../../../src/core/money/parse';
import { Dec } from '../../../src/core/money/decimal';
import type { EvaluationTable, IndicatorForm, IndicatorRow, NumberField, TableKind, TextField, FundsBlock } from '../../../src/core/model';
import type { FundsComputation } from '../../../src/core/rules/computed';

export const SHEET = '自评表';
export const FIRST_ROW = 15; // 0-based → A16

/** A raw cell value, or a value with its number format. */
export type Raw = CellValue | { readonly value: CellValue; readonly numFmt?: string; readonly formula?: string };

function split(raw: Raw): { value: CellValue; numFmt?: string; formula?: string } {
  return raw !== null && typeof raw === 'object' && 'value' in raw ? raw : { value: raw as CellValue };
}

export function numberField(row: number, col: number, raw: Raw, extra: { embedded?: boolean } = {}): NumberField {
  const { value, numFmt, formula } = split(raw);
  return { cell: { sheet: SHEET, row, col, address: toA1(row, col), raw: value, numFmt, formula }, parsed: parseNumber(value, numFmt), ...extra };
}

export function textField(row: number, col: number, raw: Raw): TextField {
  const { value, numFmt, formula } = split(raw);
  return { cell: { sheet: SHEET, row, col, address: toA1(row, col), raw: value, numFmt, formula }, text: cellText(value) };
}

export interface RowSpec {
  readonly level1?: string;
  readonly level2?: string;
  readonly name?: string;
  readonly target?: Raw;
  readonly actual?: Raw;
  readonly weight?: Raw;
  /** Omit for no cell at all; null for a blank cell. */
  readonly score?: Raw;
  readonly reason?: string;
  readonly nature?: string;
  readonly unit?: string;
  readonly coefficient?: Raw;
  readonly method?: string;
}

export interface TableSpec {
  readonly rows: readonly RowSpec[];
  readonly kind?: TableKind;
  readonly form?: IndicatorForm;
  /** Funds row (年度资金总额): weight F4, score H4. null = no funds block. Default weight 10, score blank. */
  readonly funds?: { readonly weight?: Raw; readonly score?: Raw } | null;
  /** 总分 row: weight F, score G. null = no total row. Default blank cells. */
  readonly total?: { readonly weight?: Raw; readonly score?: Raw } | null;
  /** 等级 cell (G of the row after 总分). Omit for none. */
  readonly grade?: string | null;
  readonly level1Weights?: ReadonlyArray<{ readonly level1: string; readonly weight: Raw }>;
  readonly overallGoal?: { readonly expected?: string; readonly actual?: string };
}

/** Sheet row (0-based) of spec row i. */
export function rowOf(i: number): number {
  return FIRST_ROW + i;
}

/** A1 address of column letter `col` on spec row i: addr('G', 0) → 'G16'. */
export function addr(col: string, i: number): string {
  return `${col}${FIRST_ROW + i + 1}`;
}

export function buildTable(spec: TableSpec): EvaluationTable {
  const rows: IndicatorRow[] = [];
  let prevL1: { text?: string; field?: TextField } = {};
  let prevL2: { text?: string; field?: TextField } = {};
  spec.rows.forEach((r, i) => {
    const row = rowOf(i);
    let level1: TextField | undefined;
    if (r.level1 !== undefined) {
      level1 = prevL1.text === r.level1 && prevL1.field ? prevL1.field : textField(row, 0, r.level1);
      prevL1 = { text: r.level1, field: level1 };
    }
    let level2: TextField | undefined;
    if (r.level2 !== undefined) {
      level2 = prevL2.text === r.level2 && prevL2.field ? prevL2.field : textField(row, 1, r.level2);
      prevL2 = { text: r.level2, field: level2 };
    }
    rows.push({
      row,
      level1,
      level2,
      name: r.name !== undefined ? textField(row, 2, r.name) : undefined,
      target: textField(row, 3, r.target ?? null),
      actual: textField(row, 4, r.actual ?? null),
      weight: numberField(row, 5, r.weight ?? null),
      score: r.score === undefined ? undefined : numberField(row, 6, r.score),
      reason: textField(row, 7, r.reason ?? null),
      nature: r.nature !== undefined ? textField(row, 8, r.nature) : undefined,
      unit: r.unit !== undefined ? textField(row, 9, r.unit) : undefined,
      scoreCoefficient: r.coefficient !== undefined ? numberField(row, 10, r.coefficient) : undefined,
      method: r.method !== undefined ? textField(row, 11, r.method) : undefined,
    });
  });
  const totalRow = rowOf(spec.rows.length);
  const total =
    spec.total === null
      ? undefined
      : {
          row: totalRow,
          label: textField(totalRow, 0, '总分'),
          weight: numberField(totalRow, 5, spec.total?.weight ?? null),
          score: numberField(totalRow, 6, spec.total?.score ?? null),
        };
  const funds: FundsBlock | undefined =
    spec.funds === null
      ? undefined
      : {
          range: { top: 2, left: 0, bottom: 11, right: 8 },
          unit: 'wan',
          rows: [
            {
              role: 'total',
              group: 'total',
              label: textField(3, 1, '年度资金总额'),
              weight: numberField(3, 5, spec.funds?.weight ?? 10),
              score: numberField(3, 7, spec.funds?.score ?? null),
            },
          ],
          shares: [],
          singleFigureBreakdowns: false,
        };
  return {
    kind: spec.kind ?? 'department',
    sheet: SHEET,
    range: { top: 0, left: 0, bottom: totalRow + 1, right: 11 },
    layout: 'template',
    funds,
    indicators: {
      range: { top: FIRST_ROW - 1, left: 0, bottom: totalRow, right: 11 },
      form: spec.form ?? 'national',
      columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 },
      rows,
      level1Weights: (spec.level1Weights ?? []).map((l, i) => ({ level1: l.level1, weight: numberField(FIRST_ROW - 1, 12 + i, l.weight) })),
      total,
    },
    grade: spec.grade === undefined ? undefined : textField(totalRow + 1, 6, spec.grade),
    overallGoal: spec.overallGoal
      ? { expected: spec.overallGoal.expected !== undefined ? textField(13, 1, spec.overallGoal.expected) : undefined, actual: spec.overallGoal.actual !== undefined ? textField(13, 5, spec.overallGoal.actual) : undefined }
      : undefined,
  };
}

/** A literal FundsComputation (funds are computed elsewhere). Rate as a ratio string, score with 2 decimals. */
export function fundsComputation(opts: { weight?: string; rate?: string; fundScore?: string } = {}): FundsComputation {
  return {
    basis: 'adjustedBudget',
    weight: new Dec(opts.weight ?? '10'),
    executionRate: opts.rate !== undefined ? new Dec(opts.rate) : undefined,
    fundScore: opts.fundScore !== undefined ? new Dec(opts.fundScore) : undefined,
    rows: [],
    shares: [],
  };
}

/** Ten template-shaped indicator rows (产出 5, 效益 4, 满意度 1), each weight 10, overridable per row. */
export function tenRows(overrides: Readonly<Record<number, Partial<RowSpec>>> = {}): RowSpec[] {
  const base: RowSpec[] = [
    { level1: '产出指标', level2: '数量指标', name: '培训人次', target: '≥50人次', actual: '52人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '合格率', target: '≥95%', actual: '98%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '办结时限', target: '3天以内', actual: '3天', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '完成时间', target: '12月底前', actual: '12月底前', weight: 10, score: 10 },
    { level1: '产出指标', level2: '成本指标', name: '项目成本', target: '≤90万元', actual: '88万元', weight: 10, score: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '节约资金', target: '≥5万元', actual: '5万元', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '社会稳定', target: '明显提升', actual: '达成预期指标', weight: 10, score: 10 },
    { level1: '效益指标', level2: '生态效益指标', name: '生态影响', target: '无负面影响', actual: '无负面影响', weight: 5, score: 5 },
    { level1: '效益指标', level2: '可持续影响指标', name: '长效机制', target: '健全', actual: '健全', weight: 5, score: 5 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 },
  ];
  return base.map((r, i) => ({ ...r, ...(overrides[i] ?? {}) }));
}
