/**
 * buildReport: the recognised workbook + the engine's computations → the report document model
 * (SPEC §5, seed outline). Pure. Every figure comes from the engine or from figures.ts; every
 * missing input becomes a visible placeholder, never a dropped section.
 */
import type { Analysis } from '../core/analyse';
import type { BasicInfo, FundsRowRole, TextField } from '../core/model';
import { normalizeText } from '../core/grid/text';
import { parseNumericText } from '../core/money/parse';
import { formatAmount, formatPercent, formatPlain, formatScore } from '../core/money/format';
import type { Dec } from '../core/money/decimal';
import type { TableComputation } from '../core/rules/computed';
import type { HeadingLevel, ReportBlock, ReportDocument } from './document';
import * as P from './phrases';
import { costFigure, detailAmount, primaryComputation, projectCount, rowAmounts, shareOf, spendingShareBase, spentFigure, statedValue } from './figures';
import { evaluationTable } from './eval-table';
import { belowFullMarks } from './indicator-figures';
import { toChineseCount } from './chinese-numerals';

/** Numbers headings per GB/T 9704-2012: 一、 （一） 1. （1）, restarting below each parent. */
class Outline {
  private readonly counters = [0, 0, 0, 0];
  readonly blocks: ReportBlock[] = [];
  heading(level: HeadingLevel, text: string): void {
    this.blocks.push({ kind: 'heading', level, number: this.next(level), text });
  }
  /** A list item numbered at `level` (e.g. 主要职责 as （1）…). */
  item(level: HeadingLevel, text: string, placeholder = false): void {
    const number = this.next(level);
    this.blocks.push({ kind: 'paragraph', number, text: number + text, ...(placeholder ? { placeholder } : {}) });
  }
  para(text: string, placeholder = false): void {
    this.blocks.push({ kind: 'paragraph', text, ...(placeholder ? { placeholder } : {}) });
  }
  private next(level: HeadingLevel): string {
    const i = level - 1;
    this.counters[i] += 1;
    for (let j = i + 1; j < 4; j++) this.counters[j] = 0;
    const n = this.counters[i];
    return level === 1 ? `${toChineseCount(n)}、` : level === 2 ? `（${toChineseCount(n)}）` : level === 3 ? `${n}.` : `（${n}）`;
  }
}

/** Non-empty trimmed lines of a free-text input. */
function lines(field: TextField | undefined): string[] {
  return (field?.text ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/** A list line's own leading number (（1）, 1., 1、, ①) removed so the report numbers it once. */
function stripItemNumber(line: string): string {
  return line.replace(/^(?:[（(]\s*[0-9０-９一二三四五六七八九十]+\s*[)）]|[0-9０-９]+\s*[.．、]|[①-⑳])\s*/u, '');
}

function otherField(info: BasicInfo | undefined, label: string): TextField | undefined {
  if (!info) return undefined;
  const key = normalizeText(label);
  const hit = Object.entries(info.other).find(([k]) => normalizeText(k) === key || normalizeText(k).startsWith(key));
  return hit?.[1];
}

const ph = (field: string) => P.PLACEHOLDER(P.SHEET_BASIC, field);
const phDetail = (field: string) => P.PLACEHOLDER(P.SHEET_DETAIL, field);
const phTable = (field: string) => P.PLACEHOLDER(P.SHEET_TABLE, field);
const amt = (d: Dec | undefined, missing: string) => (d === undefined ? missing : formatAmount(d));
const pct = (d: Dec | undefined) => (d === undefined ? '—' : formatPercent(d));

/** Free text as paragraphs, or one placeholder paragraph. */
function freeText(o: Outline, field: TextField | undefined, name: string): void {
  const ls = lines(field);
  if (ls.length === 0) o.para(ph(name), true);
  else for (const l of ls) o.para(l);
}

function yearOf(info: BasicInfo | undefined): string {
  const t = (info?.year?.text ?? '').trim().replace(/年度?$/u, '');
  return t === '' ? ph(P.FIELD.year) : t;
}

export function buildReport(analysis: Analysis): ReportDocument {
  const info = analysis.recognised.basicInfo;
  const detail = analysis.recognised.spendingDetail;
  const c = primaryComputation(analysis);
  const year = yearOf(info);
  const dept = info?.departmentName?.text.trim() || c?.table.unitName?.text.trim() || ph(P.FIELD.department);
  const title = P.TITLE(year, dept);
  const o = new Outline();
  o.blocks.push({ kind: 'title', text: title });
  o.para(P.INTRO(year));

  // 一、部门基本情况
  o.heading(1, P.H.basics);
  o.heading(2, P.H.duties);
  const duties = lines(info?.duties).map(stripItemNumber).filter((l) => l !== '');
  if (duties.length === 0) o.para(ph(P.FIELD.duties), true);
  else for (const d of duties) o.item(4, d);
  o.heading(2, P.H.profile);
  freeText(o, info?.institutions, P.FIELD.institutions);
  const count = (v: Dec | undefined, name: string) => (v === undefined ? ph(name) : formatPlain(v));
  const active = statedValue(info?.staffActive);
  const retired = statedValue(info?.staffRetired);
  o.para(P.STAFF(count(active, P.FIELD.staffActive), count(retired, P.FIELD.staffRetired)), active === undefined || retired === undefined);
  const vehicles = statedValue(info?.vehicles);
  o.para(P.VEHICLES(count(vehicles, P.FIELD.vehicles)), vehicles === undefined);
  o.heading(2, P.H.budget);
  budgetParagraphs(o, c, year);

  // 二、一般公共预算支出情况
  o.heading(1, P.H.general);
  o.heading(2, P.H.basicSpending);
  basicSpendingParagraphs(o, analysis, c);
  o.heading(2, P.H.projectSpending);
  projectParagraphs(o, c, detail);

  // 三 … 五: fund types, the standard 本年度无… sentence when none.
  const fundTypes: ReadonlyArray<[string, FundsRowRole, 'governmentFunds' | 'stateCapital' | 'socialInsurance', string]> = [
    [P.H.governmentFunds, 'governmentFunds', 'governmentFunds', P.FIELD.governmentFunds],
    [P.H.stateCapital, 'stateCapitalBudget', 'stateCapital', P.FIELD.stateCapital],
    [P.H.socialInsurance, 'socialInsuranceFund', 'socialInsurance', P.FIELD.socialInsurance],
  ];
  for (const [heading, role, key, label] of fundTypes) {
    o.heading(1, heading);
    const amount = fundTypeAmount(c, role, otherField(info, label));
    o.para(amount === undefined || amount.isZero() ? P.FUND_NONE[key] : P.FUND_SOME(label, formatAmount(amount)));
  }

  // 六、部门整体支出绩效情况
  o.heading(1, P.H.performance);
  freeText(o, otherField(info, P.FIELD.summary), P.FIELD.summary);
  performanceParagraphs(o, c, year);

  o.heading(1, P.H.problems);
  freeText(o, info?.problems, P.FIELD.problems);
  o.heading(1, P.H.improvements);
  freeText(o, info?.improvements, P.FIELD.improvements);
  o.heading(1, P.H.disclosure);
  freeText(o, info?.disclosure, P.FIELD.disclosure);
  return { title, blocks: o.blocks };
}

function budgetParagraphs(o: Outline, c: TableComputation | undefined, year: string): void {
  const total = rowAmounts(c, 'total');
  const missing = [total?.initialBudget, total?.adjustedBudget, total?.executed, c?.funds?.executionRate].some((v) => v === undefined);
  o.para(
    P.BUDGET_EXECUTION(
      year,
      amt(total?.initialBudget, phTable(P.FIELD.initialBudget)),
      amt(total?.adjustedBudget, phTable(P.FIELD.adjustedBudget)),
      amt(total?.executed, phTable(P.FIELD.executed)),
      pct(c?.funds?.executionRate),
      P.BASIS_NAME[c?.funds?.basis ?? 'adjustedBudget'],
    ),
    missing,
  );
  const items: string[] = [];
  for (const r of c?.funds?.rows ?? []) {
    const row = c?.table.funds?.rows.find((x) => x.role === r.role);
    if (row?.group !== 'income') continue;
    const v = r.adjustedBudget ?? r.single;
    if (v !== undefined) items.push(P.AMOUNT_ITEM(P.ROLE_LABEL[r.role], formatAmount(v)));
  }
  if (items.length > 0) o.para(P.INCOME_SOURCES(items));
}

function basicSpendingParagraphs(o: Outline, analysis: Analysis, c: TableComputation | undefined): void {
  const general = spentFigure(c, 'generalBudget');
  const basic = spentFigure(c, 'basicSpending');
  const base = spendingShareBase(c);
  let text = P.GENERAL_SPENDING(amt(general, phTable(P.FIELD.generalBudget)));
  if (basic !== undefined && base !== undefined) {
    const s = shareOf(c, 'basicSpending', basic, base.role, base.amount);
    text += P.BASIC_SPENDING(formatAmount(basic), P.SHARE_BASE_NAME[base.role]!, pct(s.value));
    const totalExecuted = rowAmounts(c, 'total')?.executed;
    if (base.role !== 'total' && totalExecuted !== undefined) {
      text += P.ALSO_OF_TOTAL(formatAmount(totalExecuted), pct(shareOf(c, 'basicSpending', basic, 'total', totalExecuted).value));
    }
    text += P.SENTENCE_END;
  } else {
    text += phTable(P.FIELD.basicSpending);
  }
  o.para(text, general === undefined || basic === undefined);
  const personnel = costFigure(analysis, c, 'personnelCosts');
  const operating = costFigure(analysis, c, 'operatingCosts');
  if (basic !== undefined && personnel !== undefined && operating !== undefined) {
    o.para(
      P.COSTS(
        formatAmount(personnel),
        pct(shareOf(c, 'personnelCosts', personnel, 'basicSpending', basic).value),
        formatAmount(operating),
        pct(shareOf(c, 'operatingCosts', operating, 'basicSpending', basic).value),
      ),
    );
  } else {
    o.para(`${phDetail(P.FIELD.personnelCosts)}${phDetail(P.FIELD.operatingCosts)}`, true);
  }
}

function projectParagraphs(o: Outline, c: TableComputation | undefined, detail: Analysis['recognised']['spendingDetail']): void {
  const project = spentFigure(c, 'projectSpending');
  const base = spendingShareBase(c);
  let text: string;
  if (project !== undefined && base !== undefined) {
    text = P.PROJECT_SPENDING(formatAmount(project), P.SHARE_BASE_NAME[base.role]!, pct(shareOf(c, 'projectSpending', project, base.role, base.amount).value));
  } else {
    text = phTable(P.FIELD.projectSpending);
  }
  const n = projectCount(detail);
  text += P.PROJECT_COUNT(n === undefined ? phDetail(P.FIELD.projectCount) : formatPlain(n));
  const names = (detail?.projects ?? []).map((p) => p.name.text.trim()).filter((t) => t !== '');
  if (n !== undefined && names.length > 0 && n.equals(names.length)) text += P.PROJECT_LIST(names);
  o.para(text + P.SENTENCE_END, project === undefined || n === undefined);
  const initial = detailAmount(detail, 'initialBudget');
  const supplement = detailAmount(detail, 'supplement');
  const carryover = detailAmount(detail, 'carryover');
  o.para(
    P.PROJECT_DETAIL(amt(initial, phDetail(P.FIELD.projectInitial)), amt(supplement, phDetail(P.FIELD.projectSupplement)), amt(carryover, phDetail(P.FIELD.projectCarryover))),
    initial === undefined || supplement === undefined || carryover === undefined,
  );
}

/** A fund type's amount (万元): the funds row's figure, else the 基本情况 entry (blank or 无 = none). */
function fundTypeAmount(c: TableComputation | undefined, role: FundsRowRole, field: TextField | undefined): Dec | undefined {
  const fromTable = spentFigure(c, role) ?? rowAmounts(c, role)?.adjustedBudget;
  if (fromTable !== undefined && !fromTable.isZero()) return fromTable;
  if (!field) return fromTable;
  const parsed = parseNumericText(field.text);
  return parsed.kind === 'number' ? parsed.value : fromTable;
}

function performanceParagraphs(o: Outline, c: TableComputation | undefined, year: string): void {
  if (c?.totalScore === undefined) o.para(P.SCORE_MISSING, true);
  else if (c.grade === undefined) o.para(P.SCORE_NO_GRADE(formatScore(c.totalScore)));
  else o.para(P.SCORE_SENTENCE(formatScore(c.totalScore), c.grade));
  const funds = c?.funds;
  if (funds?.executionRate !== undefined && funds.fundScore !== undefined) {
    o.para(P.FUND_SCORE(formatPercent(funds.executionRate), formatScore(funds.fundScore), formatPlain(funds.weight)));
  }
  if (!c) return;
  o.para(P.TABLE_INTRO(year));
  o.blocks.push({ kind: 'table', table: evaluationTable(c, P.TABLE_CAPTION(year)) });
  const below = belowFullMarks(c);
  if (below.length === 0) {
    o.para(P.ALL_FULL);
    return;
  }
  o.para(P.BELOW_FULL_INTRO);
  for (const b of below) {
    const reason = (b.row.reason?.text ?? '').trim().replace(/[。；;.]+$/u, '');
    o.para(
      P.BELOW_FULL(
        (b.row.name?.text ?? '').trim() || P.NO_VALUE,
        normalizeText(b.row.level2?.text ?? '') || P.NO_VALUE,
        formatPlain(b.weight),
        formatScore(b.score),
        reason === '' ? P.NO_REASON : reason,
      ) + P.SENTENCE_END,
      reason === '',
    );
  }
}
