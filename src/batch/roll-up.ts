/**
 * The batch's rows: one per table (a file without a table, or unreadable, is one row), flagged
 * against the batch — 未报送 units of the expected list, files no listed unit claims, 重复报送
 * (two files of one unit and kind: the newer kept), a year or kind other than the batch's
 * majority — and sorted: unreadable files first, then by errors (most first), 单位, file, sheet;
 * 未报送 rows last. Deterministic: code-point comparisons, no locale collation (Node and
 * Chromium must give the same order).
 */
import { normalizeText } from '../core/grid/text';
import { BATCH_TEXT } from './phrases';
import { isUnreadable, type FileResult, type KindLabel, type SeverityCounts, type TableResult } from './types';

export interface RollUpOptions {
  /** Units expected to submit (名单), as typed. */
  readonly expectedUnits?: readonly string[];
  /** Last-modified time (ms) by file, to keep the newer of two submissions. */
  readonly modified?: Readonly<Record<string, number>>;
}

export interface RollUpRow {
  /** '' for a 未报送 row. */
  readonly file: string;
  readonly sheet: string | null;
  readonly unit: string;
  readonly kind: KindLabel | null;
  readonly year: number | null;
  readonly weightTotal: number | null;
  readonly statedTotal: number | null;
  readonly computedTotal: number | null;
  readonly statedGrade: string | null;
  readonly computedGrade: string | null;
  readonly executionRate: number | null;
  /** null for an unreadable file or a 未报送 row. */
  readonly counts: SeverityCounts | null;
  /** The first error's message, or an unreadable file's reason. */
  readonly firstProblem: string | null;
  /** Why 总分 / 等级 (computed) are blank. */
  readonly reasons: readonly string[];
  /** 备注: 无法读取, 未报送, 重复报送 …, 单位取自文件名. */
  readonly flags: readonly string[];
  readonly unreadable: boolean;
  readonly notSubmitted: boolean;
}

export interface RollUpTotals {
  readonly files: number;
  readonly unreadable: number;
  readonly tables: number;
  /** Files with at least one error finding (unreadable ones not counted). */
  readonly filesWithErrors: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly notSubmitted: number;
  readonly duplicates: number;
  readonly notOnList: number;
}

export interface RollUp {
  readonly rows: readonly RollUpRow[];
  readonly totals: RollUpTotals;
}

/** Units compare with spaces, full-width forms and punctuation normalised. */
export function unitKey(unit: string): string {
  return normalizeText(unit).replace(/[()（）【】\[\]<>《》"'“”‘’·,，.。、\-—_]/gu, '');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function majority<T extends string | number>(values: readonly T[]): T | undefined {
  const n = new Map<T, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  // Ties: the smaller value (deterministic, independent of file order).
  for (const [v, k] of [...n].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    if (k > bestN) {
      best = v;
      bestN = k;
    }
  }
  // A majority needs more than half the tables: else nothing is "other".
  return best !== undefined && bestN * 2 > values.length ? best : undefined;
}

export function rollUp(results: readonly FileResult[], options: RollUpOptions = {}): RollUp {
  const files = [...results].sort((a, b) => cmp(a.file, b.file));
  const readable = files.filter((r) => !isUnreadable(r));
  const allTables: TableResult[] = [];
  for (const r of readable) if (!isUnreadable(r)) allTables.push(...r.tables);
  const majorityYear = majority(allTables.map((t) => t.year).filter((y): y is number => y !== null));
  const majorityKind = majority(allTables.map((t) => t.kind));

  // Which listed unit each file claims: its unit, else a listed name in its file name (longest).
  const listed = (options.expectedUnits ?? []).map((u) => u.trim()).filter((u) => u !== '');
  const listedKeys = new Map<string, string>();
  for (const u of listed) if (!listedKeys.has(unitKey(u))) listedKeys.set(unitKey(u), u);
  const claimOf = new Map<string, string | undefined>();
  if (listed.length > 0) {
    const byLength = [...listedKeys.keys()].sort((a, b) => b.length - a.length || cmp(a, b));
    for (const r of files) {
      const units = isUnreadable(r) ? [] : r.tables.length ? r.tables.map((t) => t.unit) : [r.unit];
      let claim = units.map(unitKey).find((k) => listedKeys.has(k));
      if (claim === undefined) {
        const name = unitKey(r.file.replace(/^.*[\\/]/, ''));
        claim = byLength.find((k) => name.includes(k));
      }
      claimOf.set(r.file, claim);
    }
  }

  // 重复报送: files of one unit (listed unit when a list is given) and one kind (and project).
  const dupKey = (r: FileResult): string | undefined => {
    if (isUnreadable(r)) return listed.length ? claimOf.get(r.file) : undefined;
    const t = r.tables[0];
    const unit = listed.length ? claimOf.get(r.file) : r.unitFromFileName ? undefined : unitKey(r.unit);
    if (unit === undefined) return undefined;
    return `${unit}\u0000${t?.kind ?? ''}\u0000${t?.project ? unitKey(t.project) : ''}`;
  };
  const groups = new Map<string, FileResult[]>();
  for (const r of files) {
    const k = dupKey(r);
    if (k === undefined) continue;
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  }
  const dupFlag = new Map<string, string>();
  let duplicates = 0;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const t = (r: FileResult) => options.modified?.[r.file] ?? 0;
    const sorted = [...g].sort((a, b) => t(b) - t(a) || cmp(b.file, a.file));
    const kept = sorted[0];
    duplicates += g.length - 1;
    dupFlag.set(kept.file, BATCH_TEXT.duplicateKept(sorted.slice(1).map((r) => r.file).join('、')));
    for (const r of sorted.slice(1)) dupFlag.set(r.file, BATCH_TEXT.duplicateDropped(kept.file));
  }

  const rows: RollUpRow[] = [];
  let notOnList = 0;
  for (const r of files) {
    const fileFlags: string[] = [];
    if (isUnreadable(r)) fileFlags.push(BATCH_TEXT.unreadable);
    if (listed.length > 0 && claimOf.get(r.file) === undefined) {
      fileFlags.push(BATCH_TEXT.notOnList);
      notOnList++;
    }
    const dup = dupFlag.get(r.file);
    if (dup) fileFlags.push(dup);
    if (isUnreadable(r)) {
      const unit = r.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
      rows.push({
        file: r.file, sheet: null, unit, kind: null, year: null, weightTotal: null, statedTotal: null, computedTotal: null,
        statedGrade: null, computedGrade: null, executionRate: null, counts: null, firstProblem: r.error.message, reasons: [],
        flags: fileFlags, unreadable: true, notSubmitted: false,
      });
      continue;
    }
    const tables: readonly (TableResult | undefined)[] = r.tables.length ? r.tables : [undefined];
    for (const t of tables) {
      const flags = [...fileFlags];
      const unitFromFileName = t ? t.unitFromFileName : r.unitFromFileName;
      if (unitFromFileName) flags.push(BATCH_TEXT.unitFromFileName);
      const year = t ? t.year : r.year;
      if (t && majorityYear !== undefined && year !== null && year !== majorityYear) flags.push(BATCH_TEXT.otherYear(year, majorityYear));
      if (t && majorityKind !== undefined && t.kind !== majorityKind) flags.push(BATCH_TEXT.otherKind(t.kind, majorityKind));
      const reasons: string[] = [];
      const totalReason = t ? t.computedTotalReason : r.computedTotalReason;
      const gradeReason = t ? t.computedGradeReason : r.computedGradeReason;
      if (totalReason) reasons.push(`总分：${totalReason}`);
      if (gradeReason && gradeReason !== totalReason) reasons.push(`等级：${gradeReason}`);
      rows.push({
        file: r.file,
        sheet: t ? t.sheet : null,
        unit: t ? t.unit : r.unit,
        kind: t ? t.kind : null,
        year,
        weightTotal: t ? t.weightTotal : null,
        statedTotal: t ? t.statedTotal : null,
        computedTotal: t ? t.computedTotal : null,
        statedGrade: t ? t.statedGrade : null,
        computedGrade: t ? t.computedGrade : null,
        executionRate: t ? t.executionRate : null,
        counts: t ? t.counts : r.counts,
        firstProblem: t ? t.firstError : r.firstError,
        reasons,
        flags,
        unreadable: false,
        notSubmitted: false,
      });
    }
  }
  rows.sort((a, b) => {
    if (a.unreadable !== b.unreadable) return a.unreadable ? -1 : 1;
    const ea = a.counts?.error ?? 0;
    const eb = b.counts?.error ?? 0;
    return eb - ea || cmp(a.unit, b.unit) || cmp(a.file, b.file) || cmp(a.sheet ?? '', b.sheet ?? '');
  });
  let notSubmitted = 0;
  if (listed.length > 0) {
    const claimed = new Set([...claimOf.values()].filter((k): k is string => k !== undefined));
    const missing = [...listedKeys].filter(([k]) => !claimed.has(k)).map(([, u]) => u);
    for (const unit of missing.sort(cmp)) {
      notSubmitted++;
      rows.push({
        file: '', sheet: null, unit, kind: null, year: null, weightTotal: null, statedTotal: null, computedTotal: null, statedGrade: null,
        computedGrade: null, executionRate: null, counts: null, firstProblem: null, reasons: [], flags: [BATCH_TEXT.notSubmitted],
        unreadable: false, notSubmitted: true,
      });
    }
  }
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let filesWithErrors = 0;
  for (const r of readable) {
    if (isUnreadable(r)) continue;
    errors += r.counts.error;
    warnings += r.counts.warning;
    infos += r.counts.info;
    if (r.counts.error > 0) filesWithErrors++;
  }
  return {
    rows,
    totals: {
      files: files.length,
      unreadable: files.length - readable.length,
      tables: allTables.length,
      filesWithErrors,
      errors,
      warnings,
      infos,
      notSubmitted,
      duplicates,
      notOnList,
    },
  };
}
