/**
 * Reading amounts out of the funds block (RULES §2.1): which figure a row holds for a column,
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
  | { readonly kind: 'blank'; readonly field?: NumberField; readonly mark?: boolean }
  | { readonly kind: 'bad'; readonly field: NumberField };

/**
 * The amount of a cell in the block's unit. A cell that states its own unit (`962.34万元` in a
 * 元 table) is converted exactly (×/÷ 10000) to the block's unit before anything is summed.
 */
export function amountState(field: NumberField | undefined, unit: AmountUnit, markIsBlank = false): AmountState {
  if (!field || field.parsed.kind === 'blank') return { kind: 'blank', field };
  // A not-applicable mark (`—`, `/`, 无, 不适用) in a row marked not applicable holds no money:
  // nothing to sum, never a zero typed in. Elsewhere it is a cell that must hold a number (P01).
  if (field.parsed.kind === 'invalid') return markIsBlank && field.parsed.reason === 'placeholder' ? { kind: 'blank', field, mark: true } : { kind: 'bad', field };
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
 * Hunan single-figure layout (RULES §2.1): income breakdowns hold 全年预算数, expenditure
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
  const marked = isNotApplicableFundsRow(row);
  const own = amountState(row[column], unit, marked);
  if (own.kind !== 'blank' || !row.single) return own;
  return singleColumnOf(row.group) === column ? amountState(row.single, unit, marked) : own;
}

/** The cell holding a row's figure for a column (own cell, else the single figure on that basis). */
export function figureField(row: FundsRow, column: AmountColumn): NumberField | undefined {
  if (row[column] && row[column]!.parsed.kind !== 'blank') return row[column];
  if (row.single && singleColumnOf(row.group) === column) return row.single;
  return row[column];
}

/** The budget basis a table uses for 执行率 (RULES §3). */
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
  return block.rows.find((r) => r.weight)?.weight ?? block.headerWeight;
}

/** 分值: stated (≥ 0), else the profile's fundsWeight; `usable` false when the stated cell is unreadable or negative. */
export function resolveWeight(block: FundsBlock, profile: ScoringProfile): { readonly value: Dec; readonly usable: boolean; readonly stated: boolean } {
  const f = weightField(block);
  const fallback = new Dec(profile.fundsWeight);
  if (!f || f.parsed.kind === 'blank') return { value: fallback, usable: true, stated: false };
  if (f.parsed.kind === 'invalid' || isNegativeNumber(f)) return { value: fallback, usable: false, stated: true };
  return { value: f.parsed.value, usable: true, stated: true };
}

/**
 * A breakdown row marked not applicable (docs/RULES.md, template conventions): no amount of it is
 * a number, and at least one cell holds a not-applicable mark (`—`, `/`, 无, 不适用 …). Such a row
 * has no money: its marks are never P01, it adds nothing to a sum, and the report shows 不适用.
 * The total row is never one (its cells must hold numbers).
 */
export function isNotApplicableFundsRow(row: FundsRow): boolean {
  if (row.role === 'total') return false;
  let marked = false;
  const fields = [row.initialBudget, row.adjustedBudget, row.executed, row.single, row.executionRate, row.weight, row.score];
  for (let i = 0; i < fields.length; i++) {
    const p = fields[i]?.parsed;
    if (!p || p.kind === 'blank') continue;
    if (p.kind === 'number' && i < 4) return false;
    if (p.kind === 'invalid') {
      if (p.reason !== 'placeholder') return false;
      marked = true;
    }
  }
  return marked;
}

/** An amount cell holding a not-applicable mark in a row that has figures elsewhere: P01 (it must hold a number). */
export function isMarkAmidFigures(row: FundsRow, field: NumberField | undefined): boolean {
  return field !== undefined && field.parsed.kind === 'invalid' && field.parsed.reason === 'placeholder' && !isNotApplicableFundsRow(row);
}
