/**
 * Every figure the narrative states, read from the engine's computations (amounts in 万元, exact)
 * or from the recognised model's stated inputs — plus the few quantities the engine does not
 * compute (shares of a denominator the sentence names, 收支明细 totals), computed here with Dec.
 * RULES §5: every share names its denominator; shown with 2 decimals by the caller.
 */
import { Dec, TEN_THOUSAND, roundHalfUp, sumDec } from '../core/money/decimal';
import { formatDecimals, formatIsPercent } from '../core/money/parse';
import type { Analysis } from '../core/analyse';
import type { AmountUnit, FundsRowRole, NumberField, SpendingDetail } from '../core/model';
import type { FundsRowAmounts, TableComputation } from '../core/rules/computed';

/** The table the report is about: the first 部门整体 table, else the first one. */
export function primaryComputation(analysis: Analysis): TableComputation | undefined {
  return analysis.computations.find((c) => c.table.kind === 'department') ?? analysis.computations[0];
}

/** The stated number of a field (exact, as parsed), undefined when blank or invalid. */
export function statedValue(field: NumberField | undefined): Dec | undefined {
  return field && field.parsed.kind === 'number' ? field.parsed.value : undefined;
}

/** A stated amount converted to 万元 (÷ 10000 from 元), exact. */
export function statedWan(field: NumberField | undefined, unit: AmountUnit): Dec | undefined {
  const v = statedValue(field);
  if (v === undefined) return undefined;
  return unit === 'yuan' ? v.dividedBy(TEN_THOUSAND) : v;
}

export function rowAmounts(c: TableComputation | undefined, role: FundsRowRole): FundsRowAmounts | undefined {
  return c?.funds?.rows.find((r) => r.role === role);
}

/**
 * The spent figure of a funds row in 万元: 全年执行数, else the Hunan single figure (which the
 * report, like the seed, reads as the amount of that kind). Undefined when the row is absent.
 */
export function spentFigure(c: TableComputation | undefined, role: FundsRowRole): Dec | undefined {
  const r = rowAmounts(c, role);
  return r?.executed ?? r?.single;
}

/** The stated figure of a 收支明细 row key: the 合计 row when present, else the sum of the projects (元 summed before converting). */
export function detailAmount(detail: SpendingDetail | undefined, key: 'initialBudget' | 'supplement' | 'carryover' | 'executed'): Dec | undefined {
  if (!detail) return undefined;
  const total = statedWan(detail.totals?.[key], detail.unit);
  if (total !== undefined) return total;
  if (detail.projects.length === 0) return undefined;
  const values = detail.projects.map((p) => statedValue(p[key]));
  if (values.some((v) => v === undefined)) return undefined;
  const sum = sumDec(values as Dec[]);
  return detail.unit === 'yuan' ? sum.dividedBy(TEN_THOUSAND) : sum;
}

/** 专项个数: the stated count, else the number of project rows; undefined when neither. */
export function projectCount(detail: SpendingDetail | undefined): Dec | undefined {
  if (!detail) return undefined;
  const stated = statedValue(detail.projectCount);
  if (stated !== undefined) return stated;
  return detail.projects.length > 0 ? new Dec(detail.projects.length) : undefined;
}

/** 人员经费 / 公用经费 in 万元: the funds row when the table has one, else 收支明细. */
export function costFigure(analysis: Analysis, c: TableComputation | undefined, role: 'personnelCosts' | 'operatingCosts'): Dec | undefined {
  const fromTable = spentFigure(c, role);
  if (fromTable !== undefined) return fromTable;
  const detail = analysis.recognised.spendingDetail;
  return detail ? statedWan(detail[role], detail.unit) : undefined;
}

/** A share with the denominator it was taken of. `value` is a ratio; undefined when the whole is zero. */
export interface NamedShare {
  readonly part: Dec;
  /** The quantity the denominator is (a funds row role). */
  readonly whole: FundsRowRole;
  readonly wholeAmount: Dec;
  readonly value?: Dec;
}

/**
 * part ÷ whole. The engine's own ShareComputation for (part, whole) wins when it has one;
 * otherwise the exact quotient of the two amounts given (万元).
 */
export function shareOf(c: TableComputation | undefined, partRole: FundsRowRole, part: Dec, whole: FundsRowRole, wholeAmount: Dec): NamedShare {
  const engine = c?.funds?.shares.find((s) => s.part === partRole && s.whole === whole && s.partAmount.equals(part) && s.wholeAmount.equals(wholeAmount));
  if (engine) return { part, whole, wholeAmount, value: engine.value };
  return { part, whole, wholeAmount, value: wholeAmount.isZero() ? undefined : part.dividedBy(wholeAmount) };
}

/**
 * The denominator of the 基本支出 / 项目支出 shares: 一般公共预算 when 基本支出 + 项目支出 equals
 * its figure exactly (the seed's 口径: 586.11 + 376.23 = 962.34), else the total 全年执行数.
 */
export function spendingShareBase(c: TableComputation | undefined): { readonly role: FundsRowRole; readonly amount: Dec } | undefined {
  const basic = spentFigure(c, 'basicSpending');
  const project = spentFigure(c, 'projectSpending');
  const general = spentFigure(c, 'generalBudget');
  if (basic !== undefined && project !== undefined && general !== undefined && basic.plus(project).equals(general)) {
    return { role: 'generalBudget', amount: general };
  }
  const total = rowAmounts(c, 'total')?.executed;
  return total === undefined ? undefined : { role: 'total', amount: total };
}

/**
 * A number cell as the sheet shows it (issue 12 point 2: the report's table is the workbook as it
 * stands): text as typed; a number in its format's decimals (percent formats as percent); '' when blank.
 */
export function shownText(field: NumberField | undefined): string {
  if (!field) return '';
  const raw = field.cell.raw;
  if (typeof raw === 'string') return field.embedded ? (field.parsed.kind === 'number' ? field.parsed.value.toFixed() : '') : raw.trim();
  if (typeof raw !== 'number') return field.parsed.kind === 'invalid' ? field.parsed.text : '';
  const d = new Dec(String(raw));
  const dp = formatDecimals(field.cell.numFmt);
  if (formatIsPercent(field.cell.numFmt)) return roundHalfUp(d.times(100), dp ?? 0).toFixed(dp ?? 0) + '%';
  return dp === undefined ? d.toFixed() : roundHalfUp(d, dp).toFixed(dp);
}
