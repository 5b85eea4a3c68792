/**
 * Reading amounts out of the funds block (SPEC §2.1): which figure a row holds for a column,
 * in the block's own unit (万元 or 元), and whether it is usable. An unparseable or negative
 * amount is not usable (P01 reports it once; no other rule sees it — no cascade). A blank cell
 * is blank, never a silent zero; callers decide where blank-as-zero makes sense (F01 parts).
 */
import { Dec, TEN_THOUSAND } from '../money/decimal';
import type { AmountUnit, FundsBlock, FundsGroup, FundsRow, NumberField } from '../model';
import type { BudgetBasis } from './computed';
import type { ScoringProfile } from './profile';

/** The three amount columns of a funds row. */
export type AmountColumn = 'initialBudget' | 'adjustedBudget' | 'executed';

export const AMOUNT_COLUMNS: readonly AmountColumn[] = ['initialBudget', 'adjustedBudget', 'executed'];

/** A cell's amount: a usable value (≥ 0, in the block's unit), blank, or bad (invalid / negative). */
export type AmountState =
  | { readonly kind: 'value'; readonly value: Dec; readonly field: NumberField }
  | { readonly kind: 'blank'; readonly field?: NumberField }
  | { readonly kind: 'bad'; readonly field: NumberField };

/**
 * The amount of a cell in the block's unit. A cell that states its own unit (`962.34万元` in a
 * 元 table) is converted exactly (×/÷ 10000) to the block's unit before anything is summed.
 */
export function amountState(field: NumberField | undefined, unit: AmountUnit): AmountState {
  if (!field || field.parsed.kind === 'blank') return { kind: 'blank', field };
  if (field.parsed.kind === 'invalid') return { kind: 'bad', field };
  let v = field.parsed.value;
  if (field.parsed.unit && field.parsed.unit !== unit) v = field.parsed.unit === 'wan' ? v.times(TEN_THOUSAND) : v.dividedBy(TEN_THOUSAND);
  if (v.isNegative() && !v.isZero()) return { kind: 'bad', field };
  return { kind: 'value', value: v, field };
}

/** Usable value or undefined. */
export function amountOf(field: NumberField | undefined, unit: AmountUnit): Dec | undefined {
  const s = amountState(field, unit);
  return s.kind === 'value' ? s.value : undefined;
}

/** True when the field is a negative number (P01 for amounts and weights). */
export function isNegativeNumber(field: NumberField | undefined): boolean {
  return !!field && field.parsed.kind === 'number' && field.parsed.value.isNegative() && !field.parsed.value.isZero();
}

/** 元 → 万元 (exact). Amounts in FundsComputation are 万元. */
export function toWan(d: Dec, unit: AmountUnit): Dec {
  return unit === 'yuan' ? d.dividedBy(TEN_THOUSAND) : d;
}

/**
 * Hunan single-figure layout (SPEC §2.1): income breakdowns hold 全年预算数, expenditure
 * breakdowns hold 全年执行数. The total row has its own columns.
 */
export function singleColumnOf(group: FundsGroup): AmountColumn | undefined {
  if (group === 'income') return 'adjustedBudget';
  if (group === 'expenditure') return 'executed';
  return undefined;
}

/**
 * The figure a row holds for a column: its own cell, else — in the single-figure layout — the
 * label's figure when that figure is on this column's basis.
 */
export function figureState(row: FundsRow, column: AmountColumn, unit: AmountUnit): AmountState {
  const own = amountState(row[column], unit);
  if (own.kind !== 'blank' || !row.single) return own;
  return singleColumnOf(row.group) === column ? amountState(row.single, unit) : own;
}

/** The cell holding a row's figure for a column (own cell, else the single figure on that basis). */
export function figureField(row: FundsRow, column: AmountColumn): NumberField | undefined {
  if (row[column] && row[column]!.parsed.kind !== 'blank') return row[column];
  if (row.single && singleColumnOf(row.group) === column) return row.single;
  return row[column];
}

/** The budget basis a table uses for 执行率 (SPEC §3). */
export interface ResolvedBasis {
  /** The basis actually used (reported in FundsComputation.basis). */
  readonly basis: BudgetBasis;
  /** The column holding it. */
  readonly column: 'initialBudget' | 'adjustedBudget';
  /** The profile asked for 实际到位资金, which the funds block has no column for: fell back to 全年预算数 (I01). */
  readonly fellBack: boolean;
}

/**
 * Lettered columns (`执行率(B/A)`) override the profile; otherwise the profile's `budgetBasis`.
 * The model has no 实际到位资金 column, so 'availableFunds' falls back to 全年预算数 and says so.
 */
export function resolveBasis(block: FundsBlock, profile: ScoringProfile): ResolvedBasis {
  if (block.letteredBasis) return { basis: block.letteredBasis, column: block.letteredBasis, fellBack: false };
  if (profile.budgetBasis === 'availableFunds') return { basis: 'adjustedBudget', column: 'adjustedBudget', fellBack: true };
  return { basis: profile.budgetBasis, column: profile.budgetBasis, fellBack: false };
}

/** True when the row has its own budget/execution columns (not a single-figure breakdown). */
export function hasOwnColumns(row: FundsRow): boolean {
  return AMOUNT_COLUMNS.some((c) => row[c] !== undefined);
}

export function totalRowIndex(block: FundsBlock): number {
  return block.rows.findIndex((r) => r.role === 'total');
}

/** The 分值 cell of the funds row: the total row's, else the first row stating one. */
export function weightField(block: FundsBlock): NumberField | undefined {
  const i = totalRowIndex(block);
  if (i >= 0 && block.rows[i].weight) return block.rows[i].weight;
  return block.rows.find((r) => r.weight)?.weight;
}

/** 分值: stated (≥ 0), else the profile's fundsWeight; `usable` false when the stated cell is unreadable or negative. */
export function resolveWeight(block: FundsBlock, profile: ScoringProfile): { readonly value: Dec; readonly usable: boolean; readonly stated: boolean } {
  const f = weightField(block);
  const fallback = new Dec(profile.fundsWeight);
  if (!f || f.parsed.kind === 'blank') return { value: fallback, usable: true, stated: false };
  if (f.parsed.kind === 'invalid' || isNegativeNumber(f)) return { value: fallback, usable: false, stated: true };
  return { value: f.parsed.value, usable: true, stated: true };
}
