/**
 * The fuzz properties, stated independently of the plan and check code: the set of output cells
 * is rebuilt from the recognised model's fields, the P01 expectation from each NumberField's
 * parse, and scores are bounded by their stated/profile 分值.
 */
import { analyseWorkbook, type Analysis } from '../../src/core/analyse';
import type { Workbook } from '../../src/core/grid/types';
import { cellAt } from '../../src/core/grid/types';
import { roundHalfUp } from '../../src/core/money/decimal';
import type { EvaluationTable, FundsRow, IndicatorRow, NumberField } from '../../src/core/model';
import type { ScoringProfile } from '../../src/core/rules/profile';
import { createMemoryHost } from '../../src/hosts/memory/memory-host';

const key = (sheet: string, address: string) => `${sheet}!${address}`;

/** The output cells of RULES §6, from the model: 执行率, 资金得分, 占比, 指标得分, 总分, 等级. */
export function outputCells(tables: readonly EvaluationTable[]): Set<string> {
  const out = new Set<string>();
  const add = (f: { cell: { sheet: string; address: string } } | undefined) => {
    if (f) out.add(key(f.cell.sheet, f.cell.address));
  };
  for (const t of tables) {
    for (const r of t.funds?.rows ?? []) {
      add(r.executionRate);
      add(r.score);
    }
    for (const s of t.funds?.shares ?? []) add(s.stated);
    for (const r of t.indicators?.rows ?? []) add(r.score);
    add(t.indicators?.total?.score);
    add(t.grade);
  }
  return out;
}

/** Every NumberField an evaluation table holds, with what it is (for the P01 exception). */
type FieldRole = 'amount' | 'rateOrScore' | 'share' | 'other' | 'indicator';
function numberFields(t: EvaluationTable): Array<{ field: NumberField; role: FieldRole; row?: FundsRow; shareIndex?: number; indicator?: IndicatorRow }> {
  const out: Array<{ field: NumberField; role: FieldRole; row?: FundsRow; shareIndex?: number; indicator?: IndicatorRow }> = [];
  const push = (f: NumberField | undefined, role: FieldRole, extra: { row?: FundsRow; shareIndex?: number; indicator?: IndicatorRow } = {}) => {
    if (f) out.push({ field: f, role, ...extra });
  };
  for (const r of t.funds?.rows ?? []) {
    push(r.initialBudget, 'amount', { row: r });
    push(r.adjustedBudget, 'amount', { row: r });
    push(r.executed, 'amount', { row: r });
    push(r.single, 'amount', { row: r });
    push(r.weight, 'other', { row: r });
    push(r.executionRate, 'rateOrScore', { row: r });
    push(r.score, 'rateOrScore', { row: r });
  }
  (t.funds?.shares ?? []).forEach((s, i) => push(s.stated, 'share', { shareIndex: i }));
  for (const r of t.indicators?.rows ?? []) {
    push(r.weight, 'indicator', { indicator: r });
    push(r.score, 'indicator', { indicator: r });
    push(r.scoreCoefficient, 'indicator', { indicator: r });
  }
  push(t.indicators?.total?.weight, 'other');
  push(t.indicators?.total?.score, 'other');
  for (const l of t.indicators?.level1Weights ?? []) push(l.weight, 'other');
  return out;
}

const PLACEHOLDER_TEXT = /^(-|--|—|——|\/|\\|－|无|暂无|n\/a|na|不适用|\*)$/i;

/** Zero or blank (a readable cell that states nothing or 0), the "not applicable" base of F08. */
function zeroOrBlank(f: NumberField | undefined): boolean {
  if (!f || f.parsed.kind === 'blank') return true;
  return f.parsed.kind === 'number' && f.parsed.value.isZero();
}

/**
 * The documented exception (src/core/checks/funds/p01-funds-cells.ts): a placeholder in a
 * 执行率/得分 cell whose row's budget on the basis is zero or blank, or in a 占比 cell whose whole
 * is zero or blank, is the right entry (not applicable), not P01.
 */
function placeholderExempt(t: EvaluationTable, profile: ScoringProfile, e: ReturnType<typeof numberFields>[number]): boolean {
  const p = e.field.parsed;
  // Issue 11 (docs/RULES.md §2.4): an indicator cell of a row that is no indicator — an unused
  // template row, a remarks row, a row marked 不适用 — is never P01, whatever it holds.
  if (p.kind === 'invalid' && e.indicator && notAnIndicator(e.indicator)) return true;
  if (p.kind !== 'invalid' || !MARK.test(squeeze(p.text))) return false;
  const block = t.funds;
  if (!block) return false;
  // Issue 11 / 12.9: a funds block nobody filled in (no amount, rate or score is a number) is not checked.
  const filled = block.rows.some((r) => [r.initialBudget, r.adjustedBudget, r.executed, r.single, r.executionRate, r.score].some((f) => f?.parsed.kind === 'number' || (f?.parsed.kind === 'invalid' && !MARK.test(squeeze(f.parsed.text)))));
  if (e.row && !filled) return true;
  // Issue 11: in a funds breakdown row a mark is the template's "not applicable" in 分值/执行率/得分,
  // and in an amount cell when none of the row's amounts is a number.
  if (e.row && e.row.role !== 'total') {
    if (e.role !== 'amount') return true;
    const amounts = [e.row.initialBudget, e.row.adjustedBudget, e.row.executed, e.row.single];
    if (!amounts.some((f) => f?.parsed.kind === 'number')) return true;
  }
  if (!PLACEHOLDER_TEXT.test(p.text.trim())) return false;
  const column = block.letteredBasis ?? (profile.budgetBasis === 'initialBudget' ? 'initialBudget' : 'adjustedBudget');
  if (e.role === 'rateOrScore' && e.row) return zeroOrBlank(e.row[column]);
  if (e.role === 'share' && e.shareIndex !== undefined) {
    const s = block.shares[e.shareIndex];
    const whole = block.rows.find((r) => r.role === s.whole);
    if (!whole) return false;
    if (s.basis !== 'single') return zeroOrBlank(whole[s.basis]);
    // single-figure shares: the whole's own cell on its group's basis, else its label figure.
    const col = whole.group === 'income' ? 'adjustedBudget' : whole.group === 'expenditure' ? 'executed' : undefined;
    if (!col) return false;
    const own = whole[col];
    return own && own.parsed.kind !== 'blank' ? zeroOrBlank(own) : zeroOrBlank(whole.single);
  }
  return false;
}

const MARK = /^([-—–―─‐‑﹣_/\\*×~·…]+|无|暂无|没有|不适用|不涉及|无此项|n\/a|na|略|空)$/iu;
const NA_WORD = /^(不适用|n\/a|na)$/iu;
const REMARKS = /^(其他需要说明事项|其他需要说明的事项|其他需说明事项|其他说明事项|其他说明|需要说明的事项|备注|说明|附注|注)[:：]?$/u;
const PLACEHOLDER_NAME = /^((三级)?指标[0-9一二三四五六七八九十]*|[…．.。、·]+|[xX×＊*]+(指标)?|其他|其它|\d+)$/u;

function squeeze(t: string | undefined): string {
  return (t ?? '').replace(/\s+/gu, '');
}

function blankOrMark(t: string | undefined): boolean {
  const x = squeeze(t);
  return x === '' || MARK.test(x);
}

/** A row of the indicator block that is not an indicator (docs/RULES.md §2.4), written from the rules there. */
function notAnIndicator(r: IndicatorRow): boolean {
  const text = (f: NumberField | undefined) => (f === undefined ? '' : f.parsed.kind === 'invalid' ? f.parsed.text : f.parsed.kind === 'blank' ? '' : '1');
  if ([r.level1?.text, r.level2?.text, r.name?.text].some((t) => REMARKS.test(squeeze(t)))) return true;
  if ([r.target?.text, r.actual?.text, text(r.weight), text(r.score)].some((t) => NA_WORD.test(squeeze(t))) && r.weight?.parsed.kind !== 'number') return true;
  const noValues = [r.target?.text, r.actual?.text, text(r.weight), text(r.score), text(r.scoreCoefficient)].every(blankOrMark);
  const name = squeeze(r.name?.text).replace(/[:：]+$/u, '');
  return noValues && (name === '' || PLACEHOLDER_NAME.test(name) || MARK.test(name));
}

export interface Violation {
  readonly property: string;
  readonly detail: string;
}

/** All properties but idempotence, on one analysis of `wb`. */
export function checkAnalysis(wb: Workbook, a: Analysis): Violation[] {
  const v: Violation[] = [];
  const outputs = outputCells(a.recognised.tables);
  for (const w of a.plan.writes) {
    const k = key(w.sheet, w.address);
    if (!outputs.has(k)) v.push({ property: 'write targets an output cell', detail: `${k} (${w.kind}) is not a recognised output cell` });
    const sheet = wb.sheets.find((s) => s.name === w.sheet);
    const cell = sheet ? cellAt(sheet, w.row, w.col) : undefined;
    if (!sheet) v.push({ property: 'write targets an existing sheet', detail: k });
    if (cell?.formula !== undefined) v.push({ property: 'never a formula cell', detail: `${k} holds =${cell.formula}` });
    if (typeof w.value === 'number' && !Number.isFinite(w.value)) v.push({ property: 'no NaN/Infinity written', detail: `${k} → ${w.value}` });
    if (typeof w.value === 'string' && /NaN|Infinity|undefined/.test(w.value)) v.push({ property: 'no NaN/Infinity written', detail: `${k} → ${w.value}` });
    if ((w.kind === 'indicatorScore' || w.kind === 'fundScore' || w.kind === 'totalScore') && typeof w.value === 'number' && w.value < 0) {
      v.push({ property: 'never a negative score', detail: `${k} → ${w.value}` });
    }
  }
  // Issue 12: an impossible 总分 is never written — not above 100, not on a sheet whose weights S01
  // reports as not totalling the profile's weightTotal (the check is the oracle, not the plan code).
  // S01's main finding (funds + indicator 分值 ≠ weightTotal), not its 总分-row or 一级-label variants.
  const weightsOff = new Set(a.findings.filter((f) => f.rule === 'S01' && f.message.startsWith('分值合计为') && f.sheet).map((f) => f.sheet!));
  for (const w of a.plan.writes) {
    if (w.kind === 'totalScore' && typeof w.value === 'number' && w.value > 100) v.push({ property: 'no 总分 above 100 written', detail: `${key(w.sheet, w.address)} → ${w.value}` });
    if ((w.kind === 'totalScore' || w.kind === 'grade') && weightsOff.has(w.sheet)) v.push({ property: 'no 总分/等级 written when S01 fires', detail: `${key(w.sheet, w.address)} → ${w.value}` });
  }
  const p01 = new Set(a.findings.filter((f) => f.rule === 'P01' && f.sheet && f.cell).map((f) => key(f.sheet!, f.cell!)));
  for (const t of a.recognised.tables) {
    for (const e of numberFields(t)) {
      if (e.field.parsed.kind !== 'invalid') continue;
      if (placeholderExempt(t, a.profile, e)) continue;
      const k = key(e.field.cell.sheet, e.field.cell.address);
      if (!p01.has(k)) v.push({ property: 'unparseable number → P01 naming its cell', detail: `${k} “${e.field.parsed.text.slice(0, 40)}” (${e.field.parsed.reason}) has no P01` });
    }
  }
  for (const c of a.computations) {
    const f = c.funds;
    // Scores are 2-decimal figures (RULES §3/§4: compared at 2 decimals), so the bound is 分值 at 2 decimals
    // (a 分值 of 0.005 gives a full score of 0.01).
    if (f?.fundScore && (f.fundScore.isNegative() || f.fundScore.greaterThan(roundHalfUp(f.weight, 2)))) {
      v.push({ property: 'fund score in [0, 分值]', detail: `${f.fundScore.toString()} of ${f.weight.toString()}` });
    }
    const byRow = new Map((c.table.indicators?.rows ?? []).map((r) => [r.row, r]));
    for (const s of c.indicators?.rows ?? []) {
      if (s.score === undefined) continue;
      const w = byRow.get(s.row)?.weight;
      const weight = w?.parsed.kind === 'number' ? w.parsed.value : undefined;
      if (s.score.isNegative() && !s.score.isZero()) v.push({ property: 'indicator score ≥ 0', detail: `row ${s.row + 1}: ${s.score.toString()}` });
      if (weight && s.score.greaterThan(roundHalfUp(weight, 2))) v.push({ property: 'indicator score ≤ 分值', detail: `row ${s.row + 1}: ${s.score.toString()} > ${weight.toString()}` });
      if (!s.score.isFinite()) v.push({ property: 'finite score', detail: `row ${s.row + 1}` });
    }
    if (c.totalScore && (!c.totalScore.isFinite() || (c.totalScore.isNegative() && !c.totalScore.isZero()))) {
      v.push({ property: 'total score finite and ≥ 0', detail: c.totalScore.toString() });
    }
  }
  return v;
}

/** Apply the plan through the memory host, re-read, re-analyse: the second plan must be empty. */
export async function checkIdempotent(wb: Workbook, a: Analysis, profile: ScoringProfile): Promise<Violation[]> {
  if (a.plan.writes.length === 0) return [];
  const host = createMemoryHost(wb);
  await host.applyWrites(a.plan.writes);
  const again = analyseWorkbook(await host.readWorkbook(), { profile });
  return again.plan.writes.map((w) => ({ property: 'recompute is idempotent', detail: `second run writes ${w.sheet}!${w.address}: ${String(w.old)} → ${String(w.value)}` }));
}
