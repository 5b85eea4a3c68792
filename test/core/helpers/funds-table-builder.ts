/**
 * Hand-built funds blocks for the funds tests (computations, F rules, write plan), independent
 * of recognition. Cells are given by A1 address and raw value as a host would report them;
 * parsing goes through the real parser (money/parse), as recognition would.
 */
import type { CellValue } from '../../../src/core/grid/types';
import { fromA1 } from '../../../src/core/grid/a1';
import { parseNumber, parseNumericText } from '../../../src/core/money/parse';
import type {
  AmountUnit, EvaluationTable, FundsBlock, FundsGroup, FundsRow, FundsRowRole, NumberField, ShareField, SourceCell, TableKind, TextField,
} from '../../../src/core/model';
import type { TableContext } from '../../../src/core/checks/registry-types';
import type { ScoringProfile } from '../../../src/core/rules/profile';
import { NATIONAL_PROFILE } from '../../../src/core/rules/profile';
import { computeFunds } from '../../../src/core/rules/funds';

export const SHEET = '自评表';

export interface CellOptions {
  readonly numFmt?: string;
  readonly formula?: string;
  readonly sheet?: string;
}

export function sourceCell(address: string, raw: CellValue, opts: CellOptions = {}): SourceCell {
  const { row, col } = fromA1(address);
  return {
    sheet: opts.sheet ?? SHEET, row, col, address, raw,
    ...(opts.formula !== undefined ? { formula: opts.formula } : {}),
    ...(opts.numFmt !== undefined ? { numFmt: opts.numFmt } : {}),
  };
}

/** A number cell as a host reports it: `num('E4', 1186.19)`, `num('G4', 0.9994, { numFmt: '0.00%' })`, `num('D12', '一百')`. */
export function num(address: string, raw: CellValue, opts: CellOptions = {}): NumberField {
  return { cell: sourceCell(address, raw, opts), parsed: parseNumber(raw, opts.numFmt) };
}

/** A value embedded in a label cell: `embedded('B6', '其中：一般公共预算：962.34', '962.34')`. */
export function embedded(address: string, label: string, figure: string): NumberField {
  return { cell: sourceCell(address, label), parsed: parseNumericText(figure), embedded: true };
}

export function text(address: string, value: string): TextField {
  return { cell: sourceCell(address, value), text: value };
}

const INCOME: readonly FundsRowRole[] = [
  'generalBudget', 'governmentFunds', 'specialAccount', 'stateCapitalBudget', 'socialInsuranceFund', 'otherFunds',
  'currentAppropriation', 'carryover', 'fiscalFunds', 'unitFunds',
];

export function groupOf(role: FundsRowRole): FundsGroup {
  if (role === 'total') return 'total';
  return INCOME.includes(role) ? 'income' : 'expenditure';
}

/** A cell value for a column: undefined = the table has no such cell; a NumberField is used as is. */
export type Given = CellValue | NumberField | undefined;

function field(address: string, v: Given, numFmt?: string): NumberField | undefined {
  if (v === undefined) return undefined;
  if (v !== null && typeof v === 'object' && 'parsed' in v) return v;
  return num(address, v as CellValue, numFmt ? { numFmt } : {});
}

export interface TemplateRowValues {
  readonly initial?: Given;
  readonly adjusted?: Given;
  readonly executed?: Given;
  readonly weight?: Given;
  readonly rate?: Given;
  readonly score?: Given;
  readonly reason?: string;
}

/**
 * A row in the template layout (docs/TEMPLATE.md): label B, 年初 C, 全年 D, 执行 E, 分值 F,
 * 执行率 G, 得分 H, 原因 J (our template has none; tests add it). `rowNumber` is 1-based.
 */
export function templateRow(rowNumber: number, role: FundsRowRole, v: TemplateRowValues = {}): FundsRow {
  const a = (col: string) => `${col}${rowNumber}`;
  const f = (col: string, given: Given, numFmt?: string) => field(a(col), given, numFmt);
  const parts: Record<string, unknown> = {
    role, group: groupOf(role), label: text(a('B'), role),
    initialBudget: f('C', v.initial), adjustedBudget: f('D', v.adjusted), executed: f('E', v.executed),
    weight: f('F', v.weight), executionRate: f('G', v.rate, '0.00%'), score: f('H', v.score, '0.00'),
    reason: v.reason !== undefined ? text(a('J'), v.reason) : undefined,
  };
  for (const k of Object.keys(parts)) if (parts[k] === undefined) delete parts[k];
  return parts as unknown as FundsRow;
}

/** A Hunan single-figure breakdown row: the figure sits in the label (`其他资金：224.62`). */
export function singleRow(address: string, role: FundsRowRole, label: string, figure: string | null): FundsRow {
  const single = figure === null ? undefined : embedded(address, label, figure);
  return { role, group: groupOf(role), label: text(address, label), ...(single ? { single } : {}) };
}

export interface TableOptions {
  readonly shares?: readonly ShareField[];
  readonly unit?: AmountUnit;
  readonly letteredBasis?: 'initialBudget' | 'adjustedBudget';
  readonly singleFigureBreakdowns?: boolean;
  readonly kind?: TableKind;
  readonly layout?: string;
}

export function fundsTable(rows: readonly FundsRow[], opts: TableOptions = {}): EvaluationTable {
  const funds: FundsBlock = {
    range: { top: 2, left: 0, bottom: 12, right: 9 },
    unit: opts.unit ?? 'wan',
    rows,
    shares: opts.shares ?? [],
    ...(opts.letteredBasis ? { letteredBasis: opts.letteredBasis } : {}),
    singleFigureBreakdowns: opts.singleFigureBreakdowns ?? false,
  };
  return { kind: opts.kind ?? 'department', sheet: SHEET, range: funds.range, layout: opts.layout ?? 'template', funds };
}

export function share(address: string, raw: CellValue, part: FundsRowRole, whole: FundsRowRole, basis: ShareField['basis'] = 'executed', numFmt = '0.00%'): ShareField {
  return { stated: num(address, raw, { numFmt }), part, whole, basis };
}

export interface SeedOverrides {
  readonly rate?: Given;
  readonly score?: Given;
}

/**
 * The seed's funds block (岳阳市信访局 2024, Hunan 部门整体 layout): 年度资金总额 649.24 /
 * 1186.96 / 1186.19, 分值 10, 执行率 `99.94%` (text, as typed in Word), 得分 9.94; breakdowns in
 * labels: 一般公共预算：962.34, 政府性基金拨款：(blank), 纳入专户…：(blank), 其他资金：224.62;
 * 基本支出：586.11, 项目支出：376.23.
 */
export function seedTable(o: SeedOverrides = {}): EvaluationTable {
  const total: FundsRow = {
    role: 'total', group: 'total', label: text('B4', '年度资金总额'),
    initialBudget: num('C4', 649.24), adjustedBudget: num('D4', 1186.96), executed: num('E4', 1186.19),
    weight: num('F4', 10),
    executionRate: field('G4', o.rate === undefined ? '99.94%' : o.rate)!,
    score: field('H4', o.score === undefined ? 9.94 : o.score)!,
  };
  return fundsTable(
    [
      total,
      singleRow('B6', 'generalBudget', '  其中：  一般公共预算：962.34', '962.34'),
      singleRow('B7', 'governmentFunds', '政府性基金拨款：', null),
      singleRow('B8', 'specialAccount', '纳入专户管理的非税收入拨款：', null),
      singleRow('B9', 'otherFunds', '其他资金：224.62', '224.62'),
      singleRow('C6', 'basicSpending', '其中：基本支出：586.11', '586.11'),
      singleRow('C7', 'projectSpending', '项目支出：376.23', '376.23'),
    ],
    { singleFigureBreakdowns: true, layout: 'hunan-department' },
  );
}

/** A TableContext around a table, with the funds computation filled in. */
export function fundsCtx(table: EvaluationTable, profile: ScoringProfile = NATIONAL_PROFILE, narrativeText = ''): TableContext {
  return { table, profile, narrativeText, computation: { table, funds: computeFunds(table, profile) } };
}
