/**
 * The one use case behind every surface (pane, CLI, tests): recognise → compute → check → plan.
 * Pure: a grid in, plain data out; never throws on bad data (bad data is a finding).
 */
import type { Workbook } from './grid/types';
import type { Finding } from './findings';
import { finding, sortFindings } from './findings';
import type { RecognisedWorkbook, BasicInfo } from './model';
import type { TableComputation } from './rules/computed';
import type { ScoringProfile } from './rules/profile';
import { NATIONAL_PROFILE } from './rules/profile';
import type { WritePlan, CellWrite } from './plan/write-plan';
import { recogniseWorkbook } from './recognition';
import { computeFunds } from './rules/funds';
import { computeIndicators, computeTotal } from './rules/indicators';
import { runTableRules } from './checks/registry';
import { fundsWrites } from './plan/funds-writes';
import { indicatorWrites } from './plan/indicator-writes';

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
  const findings: Finding[] = recognised.notes.map((n) =>
    finding({ rule: 'M01', sheet: n.sheet, cell: n.address, message: n.message }),
  );
  const computations: TableComputation[] = [];
  const writes: CellWrite[] = [];
  for (const table of recognised.tables) {
    const funds = computeFunds(table, profile);
    const indicators = computeIndicators(table, profile);
    const total = computeTotal(table, profile, funds, indicators);
    const computation: TableComputation = { table, funds, indicators, ...total };
    computations.push(computation);
    findings.push(...runTableRules({ table, profile, computation, narrativeText }));
    if (funds) writes.push(...fundsWrites(table, funds));
    writes.push(...indicatorWrites(computation));
  }
  return { profile, recognised, computations, findings: sortFindings(findings), plan: { writes: dedupeWrites(writes) } };
}

/** One write per cell (the first planned wins; two rules never own the same output cell). */
function dedupeWrites(writes: readonly CellWrite[]): CellWrite[] {
  const seen = new Set<string>();
  const out: CellWrite[] = [];
  for (const w of writes) {
    const key = `${w.sheet}!${w.address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

function narrativeOf(info: BasicInfo | undefined): string {
  if (!info) return '';
  const parts = [info.problems, info.improvements, info.disclosure, ...Object.values(info.other)];
  return parts.map((p) => p?.text ?? '').filter((t) => t !== '').join('\n');
}
