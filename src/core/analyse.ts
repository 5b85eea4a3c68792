/**
 * The one use case behind every surface (pane, CLI, tests): recognise → compute → check → plan.
 * Pure: a grid in, plain data out; never throws on bad data (bad data is a finding).
 *
 * Two entry points with identical findings and plans: `analyseWorkbook` over a whole grid (the
 * pane, the report) and `analyseSheets`, which takes the sheets one at a time and keeps nothing
 * of a sheet once its tables are checked (the CLI, over workbooks of hundreds of sheets).
 */
import type { Sheet, SheetSource, Workbook } from './grid/types';

export type { SheetSource } from './grid/types';
import type { Finding } from './findings';
import { finding, sortFindings } from './findings';
import type { RecognisedWorkbook, BasicInfo, EvaluationTable, RecognitionNote } from './model';
import type { TableComputation } from './rules/computed';
import type { ScoringProfile } from './rules/profile';
import { NATIONAL_PROFILE } from './rules/profile';
import type { WritePlan, CellWrite, WithheldWrite } from './plan/write-plan';
import { recogniseWorkbook } from './recognition';
import { computeFunds } from './rules/funds';
import { computeIndicators, computeTotal } from './rules/indicators';
import { runTableRules, TABLE_RULES } from './checks/registry';
import type { TableContext, TableRule } from './checks/registry-types';
import { fundsWrites } from './plan/funds-writes';
import { indicatorPlan } from './plan/indicator-writes';

export interface AnalyseOptions {
  readonly profile?: ScoringProfile;
}

export interface Analysis {
  readonly profile: ScoringProfile;
  readonly recognised: RecognisedWorkbook;
  readonly computations: readonly TableComputation[];
  /** Sorted by sheet, row, column, rule. */
  readonly findings: readonly Finding[];
  readonly plan: WritePlan;
}

export function analyseWorkbook(wb: Workbook, options: AnalyseOptions = {}): Analysis {
  const profile = options.profile ?? NATIONAL_PROFILE;
  const recognised = recogniseWorkbook(wb);
  const narrativeText = narrativeOf(recognised.basicInfo);
  const findings: Finding[] = recognised.notes.map(noteFinding);
  const computations: TableComputation[] = [];
  const writes = new PlanBuilder();
  for (const table of recognised.tables) {
    const { computation, writes: w, withheld } = computeTable(table, profile);
    computations.push(computation);
    pushAll(findings, runTableRules({ table, profile, computation, narrativeText }));
    writes.add(w, withheld);
  }
  return { profile, recognised, computations, findings: sortFindings(findings), plan: writes.plan() };
}

export interface AnalyseSheetsOptions extends AnalyseOptions {
  /** false: plan no writes (a check needs the findings only); the plan is then empty. Default true. */
  readonly plan?: boolean;
  /**
   * Called for each table, in workbook order, while its sheet's grid is still held: what a caller
   * wants of a table beyond the findings (the bureau batch's roll-up row) is taken here, since
   * neither the table nor the grid is kept.
   */
  readonly onTable?: (table: EvaluationTable, computation: TableComputation, sheet: Sheet) => void;
}

/** What `analyseSheets` keeps: the findings and the plan, not the tables (they are released sheet by sheet). */
export interface SheetsAnalysis {
  readonly profile: ScoringProfile;
  /** Tables recognised (over all sheets). */
  readonly tableCount: number;
  /** Sorted by sheet, row, column, rule — identical to analyseWorkbook's over the same sheets. */
  readonly findings: readonly Finding[];
  readonly plan: WritePlan;
  /** The first 基本情况 sheet's facts, as analyseWorkbook's `recognised.basicInfo`. */
  readonly basicInfo?: BasicInfo;
}

/**
 * Sheets the add-in keeps for itself (`_jixiao_…`, e.g. the saved table mapping) carry workbook-wide
 * settings that recognition applies to other sheets: such a workbook is analysed whole.
 */
const WORKBOOK_LEVEL_SHEET = /^_jixiao/i;

/**
 * Analyse sheet by sheet: each sheet is read, recognised, computed, checked and planned, then
 * released, so memory holds one sheet's grid and model at a time (plus findings and plan).
 * The findings and plan are those of `analyseWorkbook` over the same sheets: recognition is per
 * sheet (one table per sheet, RULES §2), and the rules that read the 基本情况 narrative (F06/F07)
 * run last, from the funds part of each table they need, once the whole workbook was seen.
 */
export function analyseSheets(source: SheetSource, options: AnalyseSheetsOptions = {}): SheetsAnalysis {
  const profile = options.profile ?? NATIONAL_PROFILE;
  const withPlan = options.plan !== false;
  if (source.names.some((n) => WORKBOOK_LEVEL_SHEET.test(n))) {
    const wb: Workbook = { sheets: source.names.map((n) => source.read(n)) };
    const a = analyseWorkbook(wb, options);
    if (options.onTable) a.recognised.tables.forEach((t, i) => options.onTable!(t, a.computations[i], wb.sheets.find((s) => s.name === t.sheet)!));
    const { basicInfo } = a.recognised;
    return { profile, tableCount: a.recognised.tables.length, findings: a.findings, plan: withPlan ? a.plan : { writes: [], withheld: [] }, ...(basicInfo ? { basicInfo } : {}) };
  }
  const localRules = TABLE_RULES.filter((r) => !r.readsNarrative);
  const narrativeRules = TABLE_RULES.filter((r) => r.readsNarrative);
  const findings: Finding[] = [];
  const writes = new PlanBuilder();
  const deferred: TableContext[] = [];
  let basicInfo: BasicInfo | undefined;
  let tableCount = 0;
  for (const name of source.names) {
    const sheet = source.read(name);
    const recognised = recogniseWorkbook({ sheets: [sheet] });
    basicInfo ??= recognised.basicInfo;
    for (const n of recognised.notes) findings.push(noteFinding(n));
    for (const table of recognised.tables) {
      tableCount += 1;
      const { computation, writes: w, withheld } = computeTable(table, profile, withPlan);
      options.onTable?.(table, computation, sheet);
      pushAll(findings, runTableRules({ table, profile, computation, narrativeText: '' }, localRules));
      deferred.push(fundsPartOf({ table, profile, computation, narrativeText: '' }));
      writes.add(w, withheld);
    }
  }
  // The first 基本情况 sheet gives the narrative, wherever it stands in the workbook.
  const narrativeText = narrativeOf(basicInfo);
  for (const ctx of deferred) pushAll(findings, runTableRules({ ...ctx, narrativeText }, narrativeRules));
  return { profile, tableCount, findings: sortFindings(findings), plan: writes.plan(), ...(basicInfo ? { basicInfo } : {}) };
}

/** The context a narrative rule reads (TableRule.readsNarrative): the table without its indicator block. */
function fundsPartOf(ctx: TableContext): TableContext {
  const table: EvaluationTable = { ...ctx.table, indicators: undefined, overallGoal: undefined };
  const computation: TableComputation = { ...ctx.computation, table, indicators: undefined };
  return { ...ctx, table, computation };
}

function computeTable(table: EvaluationTable, profile: ScoringProfile, withPlan = true): { computation: TableComputation; writes: CellWrite[]; withheld: WithheldWrite[] } {
  const funds = computeFunds(table, profile);
  const indicators = computeIndicators(table, profile);
  const total = computeTotal(table, profile, funds, indicators);
  const computation: TableComputation = { table, funds, indicators, ...total };
  if (!withPlan) return { computation, writes: [], withheld: [] };
  const writes = funds ? fundsWrites(table, funds) : [];
  const ind = indicatorPlan(computation, profile);
  pushAll(writes, ind.writes);
  return { computation, writes, withheld: ind.withheld };
}

function noteFinding(n: RecognitionNote): Finding {
  return finding({ rule: 'M01', sheet: n.sheet, cell: n.address, message: n.message });
}

/** Append without spreading into arguments (a table may have thousands of findings). */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}

/** One write per cell (the first planned wins; two rules never own the same output cell). */
class PlanBuilder {
  /** Addresses planned, by sheet (no concatenated key string per write). */
  private readonly seen = new Map<string, Set<string>>();
  private readonly writes: CellWrite[] = [];
  private readonly withheld: WithheldWrite[] = [];

  add(writes: readonly CellWrite[], withheld: readonly WithheldWrite[] = []): void {
    pushAll(this.withheld, withheld);
    for (let i = 0; i < writes.length; i++) {
      const w = writes[i];
      let addresses = this.seen.get(w.sheet);
      if (!addresses) {
        addresses = new Set();
        this.seen.set(w.sheet, addresses);
      }
      if (addresses.has(w.address)) continue;
      addresses.add(w.address);
      this.writes.push(w);
    }
  }

  plan(): WritePlan {
    return { writes: this.writes, withheld: this.withheld };
  }
}

function narrativeOf(info: BasicInfo | undefined): string {
  if (!info) return '';
  const parts = [info.problems, info.improvements, info.disclosure, ...Object.values(info.other)];
  return parts.map((p) => p?.text ?? '').filter((t) => t !== '').join('\n');
}
