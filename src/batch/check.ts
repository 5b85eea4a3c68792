/**
 * One workbook's bytes → its batch result: read with the host's codec (Node's zlib in the CLI,
 * fflate in the browser), recognise, compute, check, and sum up each table for the roll-up.
 * Pure of Node: runs in worker_threads and in Web Workers. Never throws: an unreadable file (and
 * a check that throws) comes back as `{ file, error }`.
 */
import { analyseWorkbook } from '../core/analyse';
import type { Finding } from '../core/findings';
import type { Sheet, Workbook } from '../core/grid/types';
import { normalizeText, splitLabelValue } from '../core/grid/text';
import type { EvaluationTable } from '../core/model';
import { decEq, decGt, decOf, HUNDRED, roundHalfUp, toCellNumber, type Dec } from '../core/money/decimal';
import type { TableComputation } from '../core/rules/computed';
import { countedRows, evaluateTableIndicators, rowPart, weightTotals, fundsTotalRow } from '../core/rules/indicator-total';
import { number2, numberOf } from '../core/rules/indicator-fields';
import type { ScoringProfile } from '../core/rules/profile';
import { profileInForce } from '../core/mapping/sheet-codec';
import { toA1 } from '../core/grid/a1';
import { XlsxError } from '../hosts/xlsx/errors';
import { XlsxPackage, type XlsxOpenOptions } from '../hosts/xlsx/package';
import { isCfb } from '../hosts/xlsx/cfb';
import { isZipStart, textKindOf } from '../hosts/xlsx/sniff';
import { DocxError, readDocx } from '../hosts/docx';
import { BATCH_TEXT } from './phrases';
import type { CheckedFile, FileResult, KindLabel, SeverityCounts, TableResult } from './types';

export interface CheckOptions {
  readonly profile?: ScoringProfile;
  /** The zip codec: Node's zlib in the CLI (NODE_ZIP_CODEC), none (fflate) in the browser. */
  readonly codec?: Pick<XlsxOpenOptions, 'inflateRaw' | 'deflateRaw' | 'crc32'>;
  readonly maxUncompressedBytes?: number;
}

/** `name`: the file's path relative to the batch (shown in the roll-up); messages name its base name. */
export function checkWorkbookBytes(name: string, bytes: Uint8Array, opts: CheckOptions = {}): FileResult {
  const base = baseName(name);
  let workbook: Workbook;
  try {
    // A Word report (.docx, or a Word 97 .doc refused with a message): its tables as 表1, 表2 …
    workbook = /\.docx?$/i.test(base) ? readDocx(base, bytes).workbook : openWorkbook(base, bytes, opts).readWorkbook();
  } catch (err) {
    if (err instanceof DocxError) return { file: name, error: { code: err.code, message: err.message } };
    if (err instanceof XlsxError) {
      const named = err.withFile(base);
      return { file: name, error: { code: named.code, message: named.message } };
    }
    return { file: name, error: { code: 'INTERNAL', message: BATCH_TEXT.internal(base, errorText(err)) } };
  }
  try {
    // The same rule set a single-file check uses: --profile, else the workbook's remembered one.
    return summarise(name, workbook, profileInForce(opts.profile, workbook.sheets.map((s) => s.name), (n) => workbook.sheets.find((s) => s.name === n)!));
  } catch (err) {
    return { file: name, error: { code: 'INTERNAL', message: BATCH_TEXT.internal(base, errorText(err)) } };
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

/** As the CLI's file reader: the extension tells .et / .xls / .csv apart when the bytes are not a zip. */
function openWorkbook(base: string, bytes: Uint8Array, opts: CheckOptions): XlsxPackage {
  const ext = /\.[^.]*$/.exec(base)?.[0].toLowerCase() ?? '';
  const options: XlsxOpenOptions = { ...opts.codec, maxUncompressedBytes: opts.maxUncompressedBytes };
  if (bytes.length > 0 && !isZipStart(bytes)) {
    if (ext === '.et' && !isCfbEncrypted(bytes)) throw new XlsxError('ET_FORMAT', { file: base });
    if (ext === '.xls' && isCfb(bytes) && !isCfbEncrypted(bytes)) throw new XlsxError('XLS_FORMAT', { file: base });
    if (ext === '.csv' || ext === '.txt') throw new XlsxError('NOT_ZIP', { file: base, textKind: textKindOf(bytes) ?? 'csv' });
  }
  return XlsxPackage.open(bytes, options);
}

function isCfbEncrypted(bytes: Uint8Array): boolean {
  try {
    XlsxPackage.open(bytes);
  } catch (err) {
    return err instanceof XlsxError && err.code === 'ENCRYPTED';
  }
  return false;
}

function countOf(findings: readonly Finding[]): SeverityCounts {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === 'error') error++;
    else if (f.severity === 'warning') warning++;
    else info++;
  }
  return { error, warning, info };
}

function firstErrorOf(findings: readonly Finding[]): string | null {
  const f = findings.find((x) => x.severity === 'error');
  return f ? oneLine(f.message) : null;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function summarise(file: string, workbook: Workbook, profile: ScoringProfile): CheckedFile {
  const analysis = analyseWorkbook(workbook, { profile });
  const { tables, basicInfo } = analysis.recognised;
  const findings = analysis.findings;
  const fileStem = baseName(file).replace(/\.[^.]*$/, '');
  const basicUnit = cleanValue(basicInfo?.departmentName?.text);
  const basicYear = yearIn(basicInfo?.year?.text);
  // Findings by sheet; those on a sheet without a table go to the first table's row.
  const tableSheets = new Set(tables.map((t) => t.sheet));
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet !== undefined && tableSheets.has(f.sheet) ? f.sheet : (tables[0]?.sheet ?? '');
    const list = bySheet.get(key) ?? [];
    list.push(f);
    bySheet.set(key, list);
  }
  const sheetsByName = new Map(workbook.sheets.map((s) => [s.name, s] as const));
  const seenSheet = new Set<string>();
  const rows: TableResult[] = tables.map((table, i) => {
    // Two tables on one sheet share the sheet's findings: count them on the first only.
    const own = seenSheet.has(table.sheet) ? [] : (bySheet.get(table.sheet) ?? []);
    seenSheet.add(table.sheet);
    return tableResult(table, analysis.computations[i], profile, sheetsByName.get(table.sheet), own, { basicUnit, basicYear, fileStem });
  });
  const counts = countOf(findings);
  const first = rows[0];
  if (first) {
    return {
      file,
      unit: first.unit,
      unitFromFileName: first.unitFromFileName,
      kind: first.kind,
      year: first.year,
      weightTotal: first.weightTotal,
      statedTotal: first.statedTotal,
      computedTotal: first.computedTotal,
      computedTotalReason: first.computedTotalReason,
      statedGrade: first.statedGrade,
      computedGrade: first.computedGrade,
      computedGradeReason: first.computedGradeReason,
      executionRate: first.executionRate,
      counts,
      firstError: firstErrorOf(findings),
      tables: rows,
      findings,
    };
  }
  return {
    file,
    unit: basicUnit ?? fileStem,
    unitFromFileName: basicUnit === undefined,
    kind: null,
    year: basicYear,
    weightTotal: null,
    statedTotal: null,
    computedTotal: null,
    computedTotalReason: BATCH_TEXT.noTable,
    statedGrade: null,
    computedGrade: null,
    computedGradeReason: BATCH_TEXT.noTable,
    executionRate: null,
    counts,
    firstError: firstErrorOf(findings),
    tables: [],
    findings,
  };
}

interface FileFacts {
  readonly basicUnit?: string;
  readonly basicYear: number | null;
  readonly fileStem: string;
}

function num(d: Dec | undefined, dp: number): number | null {
  return d === undefined ? null : toCellNumber(roundHalfUp(d, dp));
}

function tableResult(table: EvaluationTable, c: TableComputation, profile: ScoringProfile, sheet: Sheet | undefined, findings: readonly Finding[], facts: FileFacts): TableResult {
  const kind: KindLabel = table.kind === 'project' ? '项目' : '部门整体';
  const labels = sheet ? preambleLabels(table, sheet) : {};
  const titleUnit = unitInTitle(table.title?.text);
  const labelledUnit = table.kind === 'project' ? undefined : cleanValue(table.unitName?.text);
  const unit = labels.department ?? labelledUnit ?? labels.supervisor ?? labels.implementer ?? facts.basicUnit ?? titleUnit;
  const project = table.kind === 'project' ? (labels.project ?? null) : null;
  const year = facts.basicYear ?? yearIn(table.title?.text) ?? labels.year ?? null;

  const rows = countedRows(evaluateTableIndicators(table, profile), profile);
  const weights = weightTotals(table, profile, c.funds, rows);
  const statedTotal = num(numberOf(table.indicators?.total?.score), 2);
  const statedGradeText = table.grade?.text.trim();
  let computedTotalReason: string | null = null;
  let computedGradeReason: string | null = null;
  if (c.totalScore === undefined) {
    computedTotalReason = totalReason(table, c, rows);
    computedGradeReason = BATCH_TEXT.totalUnknown;
  } else if (c.grade === undefined) {
    if (!weights.complete) computedGradeReason = BATCH_TEXT.weightsNotNumbers;
    else if (!profile.normalizeTo100 && !decEq(weights.all, decOf(profile.weightTotal))) computedGradeReason = BATCH_TEXT.weightsOff(weights.all.toString(), profile.weightTotal);
    else if (decGt(c.totalScore, HUNDRED)) computedGradeReason = BATCH_TEXT.over100(roundHalfUp(c.totalScore, 2).toFixed(2));
    else computedGradeReason = BATCH_TEXT.noBand;
  }
  return {
    sheet: table.sheet,
    kind,
    unit: unit ?? facts.fileStem,
    unitFromFileName: unit === undefined,
    project,
    year,
    weightTotal: weights.complete ? toCellNumber(weights.all) : null,
    statedTotal,
    computedTotal: num(c.totalScore, 2),
    computedTotalReason,
    statedGrade: statedGradeText ? statedGradeText : null,
    computedGrade: c.grade ?? null,
    computedGradeReason,
    executionRate: num(c.funds?.executionRate, 6),
    counts: countOf(findings),
    firstError: firstErrorOf(findings),
  };
}

function totalReason(table: EvaluationTable, c: TableComputation, rows: ReturnType<typeof countedRows>): string {
  if (!table.funds && !table.indicators) return BATCH_TEXT.noParts;
  if (table.funds && c.funds?.fundScore === undefined && number2(fundsTotalRow(table)?.score) === undefined) return BATCH_TEXT.fundsScoreUnknown;
  for (const e of rows) {
    if (rowPart(e) === undefined) {
      const cell = e.row.score?.cell.address ?? toA1(e.row.row, table.indicators?.columns.score ?? 0);
      return BATCH_TEXT.rowScoreUnknown(cell);
    }
  }
  return BATCH_TEXT.negativeTotal;
}

/** A unit or project name as typed: trimmed; blank, a mark or a placeholder gives undefined. */
function cleanValue(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/[（(]\s*(盖章|公章|签章)\s*[）)]/gu, '').replace(/^[\s\u3000:：]+|[\s\u3000]+$/gu, '');
  if (t === '' || /^[—\-－/／…\.。、_＿\s]+$/u.test(t) || /^(无|不适用|xx+|××+)$/iu.test(t)) return undefined;
  return t;
}

/** 年度 in a text: `2024`, `2024年度`, `二〇二四`-free (digits only). */
function yearIn(text: string | undefined): number | null {
  if (!text) return null;
  const m = /((?:19|20)\d{2})\s*年?/u.exec(text);
  return m ? Number(m[1]) : null;
}

/** The unit a title names before its year or kind: `岳阳市信访局2024年度部门整体支出绩效自评表` → 岳阳市信访局. */
function unitInTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const t = title.replace(/[\s\u3000]+/gu, '');
  const m = /^(.+?)(?:(?:19|20)\d{2}年度?)?(?:部门整体|部门|项目|单位整体)/u.exec(t);
  if (!m) return undefined;
  const u = cleanValue(m[1].replace(/(?:19|20)\d{2}年度?$/u, ''));
  return u && u.length >= 2 && !/^(?:19|20)\d{2}/.test(u) ? u : undefined;
}

interface PreambleLabels {
  department?: string;
  supervisor?: string;
  implementer?: string;
  project?: string;
  year?: number;
}

/**
 * Labelled values above the table's first block (`预算部门名称：X`, `主管部门 | X`, `实施单位`,
 * `项目名称`, `年度`): recognition keeps one name per table (项目名称 outranks 主管部门 for a
 * project), the roll-up wants the unit as well.
 */
function preambleLabels(table: EvaluationTable, sheet: Sheet): PreambleLabels {
  const out: PreambleLabels = {};
  const tops = [table.funds?.range.top, table.indicators?.range.top].filter((n): n is number => n !== undefined);
  const end = Math.min(table.range.top + 12, tops.length ? Math.min(...tops) : table.range.top + 6);
  for (let r = Math.max(0, table.range.top - 3); r < end && r < sheet.cells.length; r++) {
    const row = sheet.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (typeof v !== 'string' || v.trim() === '') continue;
      const { label, valueText } = splitLabelValue(v);
      const key = normalizeText(label);
      const slot: keyof PreambleLabels | undefined = /(部门名称|单位名称)$/u.test(key)
        ? 'department'
        : key === '主管部门' || key === '主管单位'
          ? 'supervisor'
          : key === '实施单位'
            ? 'implementer'
            : key === '项目名称'
              ? 'project'
              : key === '年度' || key === '评价年度' || key === '自评年度'
                ? 'year'
                : undefined;
      if (!slot || out[slot] !== undefined) continue;
      let value: string | undefined = valueText;
      if (value === undefined) {
        for (let k = c + 1; k < row.length; k++) {
          const n = row[k]?.value;
          if (n === null || n === undefined || (typeof n === 'string' && n.trim() === '')) continue;
          value = typeof n === 'string' ? n : typeof n === 'number' ? String(n) : undefined;
          break;
        }
      }
      if (slot === 'year') {
        const y = yearIn(value);
        if (y !== null) out.year = y;
      } else {
        const cleaned = cleanValue(value);
        if (cleaned !== undefined && unitLabelKey(cleaned) === undefined) out[slot] = cleaned;
      }
    }
  }
  return out;
}

/** A value that is itself a label (a blank 单位名称 next to 主管部门) is no value. */
function unitLabelKey(text: string): string | undefined {
  const key = normalizeText(text);
  return /(部门名称|单位名称|主管部门|主管单位|实施单位|项目名称)$/u.test(key) ? key : undefined;
}
