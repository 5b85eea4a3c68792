/**
 * buildReport: the recognised workbook + the engine's computations → the report document model
 * (RULES §5, seed outline). Pure. Every figure comes from the engine or from figures.ts.
 *
 * Issue 12: the report states nothing the workbook does not support. Where data is missing the
 * final text leaves the sentence out and the gap is listed (`gaps`, sheet and cell); only a draft
 * (`{ draft: true }`) shows bracketed placeholders. Figures the engine computed that differ from
 * what the table holds are named in one line; the evaluation table itself is the sheet as it stands.
 */
import type { Analysis } from '../core/analyse';
import type { BasicInfo, EvaluationTable, FundsRow, FundsRowRole, NumberField, TextField } from '../core/model';
import { normalizeText } from '../core/grid/text';
import { parseNumericText } from '../core/money/parse';
import { formatAmount, formatPercent, formatPlain, formatScore } from '../core/money/format';
import { ZERO, decEq, roundHalfUp, type Dec } from '../core/money/decimal';
import { rateMatches, statedText } from '../core/checks/funds/tolerance';
import type { TableComputation } from '../core/rules/computed';
import { weightTotals, countedRows, evaluateTableIndicators } from '../core/rules/indicator-total';
import type { BuiltReport, HeadingLevel, ReportBlock, ReportGap, ReportOptions } from './document';
import * as P from './phrases';
import { costFigure, detailAmount, primaryComputation, projectCount, rowAmounts, shareOf, spentFigure, statedValue } from './figures';
import { evaluationTable } from './eval-table';
import { belowFullMarks, indicatorScore } from './indicator-figures';
import { toChineseCount } from '../ooxml/chinese-numerals';
import { oneParagraph, paragraphsOf } from './text-normalise';
import { titleLines } from './title-lines';
import { isDraftText } from '../core/rules/deviation-draft';

/** Numbers headings per GB/T 9704-2012: 一、 （一） 1. （1）, restarting below each parent; collects gaps. */
class Outline {
  private readonly counters = [0, 0, 0, 0];
  readonly blocks: ReportBlock[] = [];
  readonly gaps: ReportGap[] = [];
  constructor(readonly draft: boolean) {}
  heading(level: HeadingLevel, text: string): void {
    this.blocks.push({ kind: 'heading', level, number: this.next(level), text });
  }
  /** A list item numbered at `level` (e.g. 主要职责 as （1）…). */
  item(level: HeadingLevel, text: string): void {
    const number = this.next(level);
    this.blocks.push({ kind: 'paragraph', number, text: number + text });
  }
  para(text: string): void {
    if (text !== '') this.blocks.push({ kind: 'paragraph', text });
  }
  /** Record a gap; the placeholder text a draft shows for it (`shown`: shorter words where the sentence already names the row). */
  gap(sheet: string, cell: string | undefined, what: string, shown = what): string {
    if (!this.gaps.some((g) => g.sheet === sheet && g.cell === cell && g.what === what)) this.gaps.push({ sheet, ...(cell ? { cell } : {}), what });
    return P.PLACEHOLDER(sheet, shown);
  }
  /** A paragraph that exists only as a placeholder: shown in a draft, left out of the final text. */
  placeholder(text: string): void {
    if (this.draft) this.blocks.push({ kind: 'paragraph', text, placeholder: true });
  }
  /** Sentences, some of them incomplete: the final text keeps the complete ones; a draft all of them. */
  sentences(list: ReadonlyArray<{ readonly text: string; readonly complete: boolean }>): void {
    const kept = list.filter((s) => s.complete || this.draft);
    if (kept.length === 0) return;
    const placeholder = kept.some((s) => !s.complete);
    this.blocks.push({ kind: 'paragraph', text: kept.map((s) => s.text).join(''), ...(placeholder ? { placeholder } : {}) });
  }
  private next(level: HeadingLevel): string {
    const i = level - 1;
    this.counters[i] += 1;
    for (let j = i + 1; j < 4; j++) this.counters[j] = 0;
    const n = this.counters[i];
    return level === 1 ? `${toChineseCount(n)}、` : level === 2 ? `（${toChineseCount(n)}）` : level === 3 ? `${n}.` : `（${n}）`;
  }
}

/** A list line's own leading number (（1）, 1., 1、, ①) removed so the report numbers it once. */
function stripItemNumber(line: string): string {
  return line.replace(/^(?:[（(]\s*[0-9０-９一二三四五六七八九十]+\s*[)）]|[0-9０-９]+\s*[.．、]|[①-⑳])\s*/u, '');
}

function otherField(info: BasicInfo | undefined, ...labels: string[]): TextField | undefined {
  if (!info) return undefined;
  for (const label of labels) {
    const key = normalizeText(label);
    const hit = Object.entries(info.other).find(([k]) => normalizeText(k) === key || normalizeText(k).startsWith(key));
    if (hit) return hit[1];
  }
  return undefined;
}

const filled = (f: TextField | undefined): boolean => (f?.text ?? '').trim() !== '';

/** A label the recogniser may have taken for the unit's name (the blank template's 金额单位). */
const LABEL_LIKE = /^(金额单位|单位[:：]?万元|单位[:：]?元|（?单位）?|填报单位|单位名称|部门名称|预算部门名称|预算单位|单位（盖章）)[:：]?$/u;

/** Year of the report: 基本情况's 年度, else the table's own title (“2024年度…”). */
function yearOf(info: BasicInfo | undefined, table: EvaluationTable | undefined): { year?: string; sheet: string; cell?: string } {
  const t = (info?.year?.text ?? '').trim().replace(/年度?$/u, '');
  if (/^\d{4}$/.test(t)) return { year: t, sheet: info!.sheet, cell: info!.year!.cell.address };
  const m = /((?:19|20)\d{2})\s*年/u.exec(table?.title?.text ?? '');
  if (m) return { year: m[1], sheet: table!.sheet, cell: table!.title!.cell.address };
  if (info) return { sheet: info.sheet, cell: info.year?.cell.address };
  return { sheet: P.SHEET_BASIC };
}

function departmentOf(info: BasicInfo | undefined, table: EvaluationTable | undefined): string | undefined {
  const fromInfo = oneParagraph(info?.departmentName?.text);
  if (fromInfo !== '' && !LABEL_LIKE.test(fromInfo)) return fromInfo;
  const fromTable = oneParagraph(table?.unitName?.text);
  if (fromTable !== '' && !LABEL_LIKE.test(fromTable)) return fromTable;
  // The table's own title: “岳阳市信访局2024年度部门整体支出绩效自评表”.
  const m = /^(.+?)(?:[（(]?(?:19|20)\d{2}\s*年度?[）)]?)?(?:部门)?整体支出绩效自评表/u.exec(oneParagraph(table?.title?.text));
  const fromTitle = m?.[1].replace(/[（(]?(?:19|20)\d{2}\s*年度?[）)]?$/u, '').trim();
  return fromTitle && !/^[（(]?\s*[）)]?$/.test(fromTitle) && !/年度?$/.test(fromTitle) ? fromTitle : undefined;
}

/** The cell of a funds row's figure in a column (own cell, else the single figure). */
function fundsCell(table: EvaluationTable | undefined, role: FundsRowRole, column: 'initialBudget' | 'adjustedBudget' | 'executed'): string | undefined {
  const row = table?.funds?.rows.find((r) => r.role === role);
  return (row?.[column] ?? row?.single)?.cell.address;
}

function fundsRow(c: TableComputation | undefined, role: FundsRowRole): FundsRow | undefined {
  return c?.table.funds?.rows.find((r) => r.role === role);
}

export function buildReport(analysis: Analysis, options: ReportOptions = {}): BuiltReport {
  const draft = options.draft === true;
  const info = analysis.recognised.basicInfo;
  const detail = analysis.recognised.spendingDetail;
  const c = primaryComputation(analysis);
  const o = new Outline(draft);
  const basicSheet = info?.sheet ?? P.SHEET_BASIC;
  const tableSheet = c?.table.sheet ?? P.SHEET_TABLE;
  const detailSheet = detail?.sheet ?? P.SHEET_DETAIL;

  const y = yearOf(info, c?.table);
  const yearText = y.year ?? o.gap(y.sheet, y.cell, P.FIELD.year);
  const dept = departmentOf(info, c?.table);
  const deptText = dept ?? o.gap(info?.sheet ?? tableSheet, info?.departmentName?.cell.address ?? c?.table.unitName?.cell.address, P.FIELD.department);
  // The final title never carries a placeholder: what is known, in the standard wording.
  const title = draft ? P.TITLE(yearText, deptText) : P.TITLE_PARTS(y.year, dept);
  const breaks = [title.indexOf('年度') + 2, dept ? title.indexOf(dept) + dept.length : -1, title.indexOf('整体支出'), title.indexOf('绩效自评')].filter((b) => b > 0);
  const lines = titleLines(title, breaks);
  o.blocks.push(lines.length > 1 ? { kind: 'title', text: title, lines } : { kind: 'title', text: title });
  const basisDoc = oneParagraph(otherField(info, P.FIELD.basisDocument, '通知文号', '文件依据', '评价依据')?.text);
  if (y.year !== undefined || draft) o.para(basisDoc !== '' ? P.INTRO_WITH_BASIS(basisDoc, yearText) : P.INTRO(yearText));
  else o.para(basisDoc !== '' ? P.INTRO_WITH_BASIS_NO_YEAR(basisDoc) : P.INTRO_NO_YEAR);

  // 一、部门基本情况
  o.heading(1, P.H.basics);
  o.heading(2, P.H.duties);
  const duties = paragraphsOf(info?.duties?.text).map(stripItemNumber).filter((l) => l !== '');
  if (duties.length === 0) o.placeholder(o.gap(basicSheet, info?.duties?.cell.address, P.FIELD.duties));
  else for (const d of duties) o.item(4, d);
  o.heading(2, P.H.profile);
  freeText(o, info?.institutions, basicSheet, P.FIELD.institutions);
  const active = statedValue(info?.staffActive);
  const retired = statedValue(info?.staffRetired);
  const vehicles = statedValue(info?.vehicles);
  const count = (v: Dec | undefined, field: NumberField | undefined, name: string) => (v === undefined ? o.gap(basicSheet, field?.cell.address, name) : formatPlain(v));
  o.sentences([
    { text: P.STAFF(count(active, info?.staffActive, P.FIELD.staffActive), count(retired, info?.staffRetired, P.FIELD.staffRetired)), complete: active !== undefined && retired !== undefined },
    { text: P.VEHICLES(count(vehicles, info?.vehicles, P.FIELD.vehicles)), complete: vehicles !== undefined },
  ]);
  o.heading(2, P.H.budget);
  budgetParagraphs(o, c, info, y.year ?? (draft ? yearText : undefined), tableSheet);

  // 二、一般公共预算支出情况
  o.heading(1, P.H.general);
  o.heading(2, P.H.basicSpending);
  basicSpendingParagraphs(o, analysis, c, tableSheet, detailSheet);
  o.heading(2, P.H.projectSpending);
  projectParagraphs(o, c, detail, tableSheet, detailSheet);

  // 三 … 五: fund types — 本年度无… only where the workbook says so.
  const fundTypes: ReadonlyArray<[string, FundsRowRole, 'governmentFunds' | 'stateCapital' | 'socialInsurance', string]> = [
    [P.H.governmentFunds, 'governmentFunds', 'governmentFunds', P.FIELD.governmentFunds],
    [P.H.stateCapital, 'stateCapitalBudget', 'stateCapital', P.FIELD.stateCapital],
    [P.H.socialInsurance, 'socialInsuranceFund', 'socialInsurance', P.FIELD.socialInsurance],
  ];
  for (const [heading, role, key, label] of fundTypes) {
    o.heading(1, heading);
    const field = otherField(info, label);
    const amount = fundTypeAmount(c, role, field);
    if (amount === undefined) o.placeholder(o.gap(basicSheet, field?.cell.address, label));
    else o.para(amount.isZero() ? P.FUND_NONE[key] : P.FUND_SOME(label, formatAmount(amount)));
  }

  // 六、部门整体支出绩效情况
  o.heading(1, P.H.performance);
  freeText(o, otherField(info, P.FIELD.summary), basicSheet, P.FIELD.summary);
  performanceParagraphs(o, analysis, c, y.year ?? (draft ? yearText : ''), tableSheet, dept ?? '');

  o.heading(1, P.H.problems);
  freeText(o, info?.problems, basicSheet, P.FIELD.problems);
  o.heading(1, P.H.improvements);
  freeText(o, info?.improvements, basicSheet, P.FIELD.improvements);
  o.heading(1, P.H.disclosure);
  freeText(o, info?.disclosure, basicSheet, P.FIELD.disclosure);
  // Sign-off (GB/T 9704 §7.3.5): the unit's name and a date line to fill in by hand.
  return { title, blocks: o.blocks, signOff: { unit: dept ?? '', date: P.DATE_BLANK }, draft, gaps: o.gaps };
}

/** Free text as paragraphs (breaks inside a sentence removed), or a gap. */
function freeText(o: Outline, field: TextField | undefined, sheet: string, name: string): void {
  const ps = paragraphsOf(field?.text);
  if (ps.length === 0) o.placeholder(o.gap(sheet, field?.cell.address, name));
  else for (const p of ps) o.para(p);
}

function budgetParagraphs(o: Outline, c: TableComputation | undefined, info: BasicInfo | undefined, year: string | undefined, tableSheet: string): void {
  const total = rowAmounts(c, 'total');
  const amt = (d: Dec | undefined, role: FundsRowRole, column: 'initialBudget' | 'adjustedBudget' | 'executed', name: string) =>
    d === undefined ? o.gap(tableSheet, fundsCell(c?.table, role, column), name) : formatAmount(d);
  const initial = amt(total?.initialBudget, 'total', 'initialBudget', P.FIELD.initialBudget);
  const adjusted = amt(total?.adjustedBudget, 'total', 'adjustedBudget', P.FIELD.adjustedBudget);
  const executed = amt(total?.executed, 'total', 'executed', P.FIELD.executed);
  // The year-start split (年初预算数 of 基本支出 / 项目支出) where the table has it.
  const basicInitial = rowAmounts(c, 'basicSpending')?.initialBudget;
  const projectInitial = rowAmounts(c, 'projectSpending')?.initialBudget;
  const split = basicInitial !== undefined && projectInitial !== undefined ? P.INITIAL_SPLIT(formatAmount(basicInitial), formatAmount(projectInitial)) : '';
  const rate = c?.funds?.executionRate;
  const rateClause = rate === undefined ? '' : P.RATE_CLAUSE(formatPercent(rate), P.BASIS_NAME[c?.funds?.basis ?? 'adjustedBudget']);
  const initialOk = total?.initialBudget !== undefined;
  const executionOk = total?.adjustedBudget !== undefined && total?.executed !== undefined;
  if (split === '' && (initialOk || o.draft) && (executionOk || o.draft)) {
    // No split to state: one sentence, as accountants write it.
    o.sentences([{ text: P.BUDGET_ONE_SENTENCE(year, initial, adjusted, executed, rateClause), complete: initialOk && executionOk }]);
    return budgetSources(o, c, info);
  }
  o.sentences([
    { text: P.BUDGET_INITIAL(year, initial, split), complete: initialOk },
    { text: P.BUDGET_EXECUTION(adjusted, executed, rateClause), complete: executionOk },
  ]);
  budgetSources(o, c, info);
}

/** 按收入性质分 … and the carry-over outside the budget (基本情况). */
function budgetSources(o: Outline, c: TableComputation | undefined, info: BasicInfo | undefined): void {
  const items: string[] = [];
  for (const r of c?.funds?.rows ?? []) {
    const row = fundsRow(c, r.role);
    if (row?.group !== 'income') continue;
    const v = r.adjustedBudget ?? r.single;
    if (v !== undefined) items.push(P.AMOUNT_ITEM(P.ROLE_LABEL[r.role], formatAmount(v)));
  }
  if (items.length > 0) o.para(P.INCOME_SOURCES(items));
  // 上年结转结余 outside the budget (基本情况, the seed's 59.28).
  const carry = otherField(info, P.FIELD.carryoverOutside, '上年结转结余', '上年度结转结余');
  const carryValue = carry ? parseNumericText(carry.text) : undefined;
  if (carryValue?.kind === 'number' && !carryValue.value.isZero()) o.para(P.CARRYOVER_OUTSIDE(formatAmount(carryValue.value)));
}

/**
 * 基本支出 / 项目支出 and their shares, on RULES §3's one basis: the breakdown's own sum (the engine's
 * share computation), the base named with its amount.
 */
function spendingBase(c: TableComputation | undefined): { amount: Dec; name: string } | undefined {
  const basic = spentFigure(c, 'basicSpending');
  const project = spentFigure(c, 'projectSpending');
  if (basic === undefined || project === undefined) return undefined;
  // Named as what it is, the two parts' sum, even when it equals the 一般公共预算 row's figure: that
  // row may hold a 全年预算数 (the seed's 962.34), not a 支出.
  return { amount: basic.plus(project), name: P.BASE_BREAKDOWN };
}

function basicSpendingParagraphs(o: Outline, analysis: Analysis, c: TableComputation | undefined, tableSheet: string, detailSheet: string): void {
  const general = rowAmounts(c, 'generalBudget');
  const list: Array<{ text: string; complete: boolean }> = [];
  if (general?.executed !== undefined) list.push({ text: P.GENERAL_SPENDING(formatAmount(general.executed)), complete: true });
  else if (general?.adjustedBudget !== undefined || general?.single !== undefined) {
    // What exists, with its meaning: the 一般公共预算 row holds its 全年预算数, its 执行数 is blank.
    list.push({ text: P.GENERAL_BUDGET_ONLY(formatAmount((general.adjustedBudget ?? general.single)!)), complete: true });
  } else list.push({ text: P.GENERAL_SPENDING(o.gap(tableSheet, fundsCell(c?.table, 'generalBudget', 'executed'), P.FIELD.generalBudget)), complete: false });
  const basic = spentFigure(c, 'basicSpending');
  const base = spendingBase(c);
  if (basic !== undefined && base !== undefined) {
    const s = shareOf(c, 'basicSpending', basic, 'total', base.amount);
    list.push({ text: P.BASIC_SPENDING(formatAmount(basic), base.name, formatAmount(base.amount), pct(s.value)), complete: s.value !== undefined });
  } else if (basic !== undefined) list.push({ text: P.BASIC_SPENDING_ONLY(formatAmount(basic)), complete: true });
  else list.push({ text: o.gap(tableSheet, fundsCell(c?.table, 'basicSpending', 'executed'), P.FIELD.basicSpending), complete: false });
  o.sentences(list);
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
    const d = analysis.recognised.spendingDetail;
    const ph = [
      personnel === undefined ? o.gap(d?.sheet ?? detailSheet, d?.personnelCosts?.cell.address ?? fundsCell(c?.table, 'personnelCosts', 'executed'), P.FIELD.personnelCosts) : '',
      operating === undefined ? o.gap(d?.sheet ?? detailSheet, d?.operatingCosts?.cell.address ?? fundsCell(c?.table, 'operatingCosts', 'executed'), P.FIELD.operatingCosts) : '',
    ];
    o.placeholder(ph.join(''));
  }
}

const pct = (d: Dec | undefined) => (d === undefined ? '—' : formatPercent(d));

function projectParagraphs(o: Outline, c: TableComputation | undefined, detail: Analysis['recognised']['spendingDetail'], tableSheet: string, detailSheet: string): void {
  const project = spentFigure(c, 'projectSpending');
  const base = spendingBase(c);
  const n = projectCount(detail);
  const names = (detail?.projects ?? []).map((p) => oneParagraph(p.name.text)).filter((t) => t !== '');
  const countText = n === undefined ? '' : P.PROJECT_COUNT(formatPlain(n)) + (names.length > 0 && n.equals(names.length) ? P.PROJECT_LIST(names) : '');
  if (project !== undefined) {
    const share = base ? shareOf(c, 'projectSpending', project, 'total', base.amount).value : undefined;
    const text = base && share !== undefined ? P.PROJECT_SPENDING(formatAmount(project), base.name, formatAmount(base.amount), pct(share)) : P.PROJECT_SPENDING_ONLY(formatAmount(project));
    o.sentences([
      { text: text + countText, complete: true },
      ...(n === undefined ? [{ text: P.PROJECT_COUNT_ALONE(o.gap(detailSheet, detail?.projectCount?.cell.address, P.FIELD.projectCount)), complete: false }] : []),
      { text: P.SENTENCE_END, complete: true },
    ]);
  } else {
    o.placeholder(o.gap(tableSheet, fundsCell(c?.table, 'projectSpending', 'executed'), P.FIELD.projectSpending));
  }
  const initial = detailAmount(detail, 'initialBudget');
  const supplement = detailAmount(detail, 'supplement');
  const carryover = detailAmount(detail, 'carryover');
  const cell = (k: 'initialBudget' | 'supplement' | 'carryover') => detail?.totals?.[k]?.cell.address;
  const amt = (d: Dec | undefined, k: 'initialBudget' | 'supplement' | 'carryover', name: string) => (d === undefined ? o.gap(detailSheet, cell(k), name) : formatAmount(d));
  const a = amt(initial, 'initialBudget', P.FIELD.projectInitial);
  const b = amt(supplement, 'supplement', P.FIELD.projectSupplement);
  const cc = amt(carryover, 'carryover', P.FIELD.projectCarryover);
  o.sentences([{ text: P.PROJECT_DETAIL(a, b, cc), complete: initial !== undefined && supplement !== undefined && carryover !== undefined }]);
}

/**
 * A fund type's amount (万元) when the workbook supports one: the funds row's figure; else the
 * 基本情况 entry (无 / 0 = none); else zero when the income breakdown that is filled already adds
 * up to the total's 全年预算数 (no room for another source). Undefined: the workbook does not say.
 */
function fundTypeAmount(c: TableComputation | undefined, role: FundsRowRole, field: TextField | undefined): Dec | undefined {
  const fromTable = spentFigure(c, role) ?? rowAmounts(c, role)?.adjustedBudget;
  if (fromTable !== undefined && !fromTable.isZero()) return fromTable;
  if (filled(field)) {
    const text = normalizeText(field!.text);
    if (/^(无|没有|未安排|不涉及|0(\.0+)?(万元)?)$/u.test(text)) return fromTable ?? ZERO;
    const parsed = parseNumericText(field!.text);
    if (parsed.kind === 'number') return parsed.value;
  }
  if (fromTable !== undefined) return fromTable;
  return incomeAddsUp(c) ? ZERO : undefined;
}


/** The income breakdown's figures (全年预算数 basis) add up exactly to the total's 全年预算数. */
function incomeAddsUp(c: TableComputation | undefined): boolean {
  const total = rowAmounts(c, 'total')?.adjustedBudget;
  if (total === undefined || total.isZero()) return false;
  const income = (c?.funds?.rows ?? []).filter((r) => fundsRow(c, r.role)?.group === 'income');
  const values = income.map((r) => r.adjustedBudget ?? r.single).filter((v): v is Dec => v !== undefined);
  if (values.length === 0) return false;
  return decEq(values.reduce((a, v) => a.plus(v)), total);
}

function performanceParagraphs(o: Outline, analysis: Analysis, c: TableComputation | undefined, year: string, tableSheet: string, dept: string): void {
  if (!c) {
    o.placeholder(o.gap(tableSheet, undefined, P.FIELD.table));
    return;
  }
  const block = c.table.indicators;
  const statedTotal = statedValue(block?.total?.score);
  const rows = countedRows(evaluateTableIndicators(c.table, analysis.profile), analysis.profile);
  const weights = weightTotals(c.table, analysis.profile, c.funds, rows);
  const computed: string[] = [];
  // The 总分 row's own 分值 cell against the 分值 listed (the indicators' alone where that row is the
  // block's subtotal): the seed states 100.00 where funds + indicators weigh 110 — say so beside the table.
  const statedWeights = statedValue(block?.total?.weight);
  const listedWeights = c.subtotalScore !== undefined ? weights.indicatorWeights : weights.all;
  if (weights.complete && statedWeights !== undefined && !decEq(statedWeights, listedWeights))
    computed.push(P.COMPUTED_ITEM(P.FIELD.weightTotal, formatPlain(listedWeights) + '分', formatPlain(statedWeights) + '分'));
  const totalScore = c.totalScore;
  // The engine grades exactly when 总分 may be stated (isEvaluable): weights total 100, 总分 ≤ 100.
  if (totalScore !== undefined && c.grade === undefined) {
    // One 总分 story (issue 12 point 1): an impossible total is not stated as the score.
    const wAll = formatPlain(weights.all);
    const where = block?.total?.weight?.cell.address ?? fundsRow(c, 'total')?.weight?.cell.address;
    if (!decEq(weights.all, parseWeight(analysis.profile.weightTotal))) {
      o.gap(tableSheet, where, P.GAP_WEIGHTS(wAll, analysis.profile.weightTotal));
      o.para(statedTotal !== undefined ? P.SCORE_WEIGHTS_OFF(formatScore(statedTotal), wAll) : P.SCORE_WEIGHTS_OFF_NO_TOTAL(wAll));
    } else {
      o.gap(tableSheet, block?.total?.score?.cell.address, P.GAP_OVER100(formatScore(totalScore)));
      o.para(P.SCORE_OVER100(formatScore(totalScore)));
    }
  } else if (totalScore === undefined) {
    o.placeholder(o.gap(tableSheet, block?.total?.score?.cell.address, P.FIELD.totalScore));
  } else {
    if (statedTotal !== undefined && !decEq(roundHalfUp(statedTotal, 2), totalScore)) computed.push(P.COMPUTED_ITEM(P.FIELD.totalScore, formatScore(totalScore) + '分', formatScore(statedTotal) + '分'));
    o.para(P.SCORE_SENTENCE(formatScore(totalScore), c.grade!));
  }
  const funds = c.funds;
  if (funds?.executionRate !== undefined && funds.fundScore !== undefined) {
    o.para(P.FUND_SCORE(formatPercent(funds.executionRate), formatScore(funds.fundScore), formatPlain(funds.weight)));
    const totalRow = fundsRow(c, 'total');
    const statedScore = statedValue(totalRow?.score);
    if (statedScore !== undefined && !decEq(roundHalfUp(statedScore, 2), funds.fundScore)) computed.push(P.COMPUTED_ITEM(P.FIELD.fundScore, formatScore(funds.fundScore) + '分', formatScore(statedScore) + '分'));
    const rateField = totalRow?.executionRate;
    if (rateField && rateField.parsed.kind === 'number' && !rateMatches(rateField, funds.executionRate)) {
      computed.push(P.COMPUTED_ITEM(P.FIELD.executionRate, formatPercent(funds.executionRate), statedText(rateField)));
    }
  }
  // Shares the text states (基本支出, 项目支出, 人员经费, 公用经费) whose 占比 cell says otherwise.
  for (const sh of c.table.funds?.shares ?? []) {
    const share = funds?.shares.find((x) => x.part === sh.part && x.whole === sh.whole);
    if (!share?.value || sh.stated.parsed.kind !== 'number' || rateMatches(sh.stated, share.value)) continue;
    computed.push(P.COMPUTED_ITEM(P.SHARE_ITEM(P.ROLE_LABEL[sh.part]), formatPercent(share.value), statedText(sh.stated)));
  }
  o.para(P.TABLE_INTRO(year));
  o.blocks.push({ kind: 'table', table: evaluationTable(c, P.TABLE_CAPTION(year), dept, !o.draft) });
  const indicatorRows = block?.rows ?? [];
  const below = belowFullMarks(c);
  for (const b of below) {
    const computedScore = indicatorScore(c, b.row);
    const stated = statedValue(b.row.score);
    if (computedScore !== undefined && stated !== undefined && !decEq(roundHalfUp(stated, 2), computedScore)) {
      computed.push(P.COMPUTED_ITEM(`“${oneParagraph(b.row.name?.text)}”得分`, formatScore(computedScore) + '分', formatScore(stated) + '分'));
    }
  }
  if (computed.length > 0) o.para(P.COMPUTED_NOTE(computed));
  // 各项均得满分 only when every indicator row is scored and at full marks.
  const scored = indicatorRows.filter((r) => statedValue(r.weight)?.greaterThan(0));
  const allScored = scored.length > 0 && scored.every((r) => indicatorScore(c, r) !== undefined);
  if (below.length === 0) {
    if (allScored) o.para(P.ALL_FULL);
    else o.placeholder(o.gap(tableSheet, block?.rows[0]?.score?.cell.address, P.FIELD.indicatorScores));
    return;
  }
  o.para(P.BELOW_FULL_INTRO);
  for (const b of below) {
    // A row with neither name is called by its place (第N行指标); a missing 二级 is simply not said.
    const name = oneParagraph(b.row.name?.text) || normalizeText(b.row.level2?.text ?? '') || P.ROW_BY_PLACE(b.row.row + 1);
    const level2 = normalizeText(b.row.level2?.text ?? '');
    const reasonText = oneParagraph(b.row.reason?.text).replace(/[。；;.]+$/u, '');
    const isDraft = isDraftText(reasonText);
    const head = P.BELOW_FULL(name, level2, formatPlain(b.weight), formatScore(b.score));
    if (reasonText !== '' && !isDraft) {
      o.para(head + P.REASON(reasonText) + P.SENTENCE_END);
      continue;
    }
    const what = isDraft ? P.GAP_DRAFT_REASON(name) : P.GAP_REASON(name);
    const ph = o.gap(tableSheet, b.row.reason?.cell.address, what, P.FIELD.reason);
    if (o.draft) o.blocks.push({ kind: 'paragraph', text: head + P.REASON(isDraft ? reasonText : ph) + P.SENTENCE_END, placeholder: true });
    else o.para(head + P.SENTENCE_END);
  }
}

function parseWeight(s: string): Dec {
  const p = parseNumericText(s);
  if (p.kind !== 'number') throw new Error(`profile weightTotal “${s}” is not a number`);
  return p.value;
}
