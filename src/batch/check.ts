/**
 * One workbook's bytes → its batch result: read through the WorkbookHost port (the xlsx host, with
 * the host's codec: Node's zlib in the CLI, fflate in the browser) one sheet at a time, recognise,
 * compute, check, and sum up each table for the roll-up while its sheet is held (core
 * analyseSheets' onTable), so a worker holds one sheet's grid and model at a time, never the
 * workbook's. Pure of Node: runs in worker_threads and in Web Workers. Never throws (the promise
 * never rejects): an unreadable file (and a check that throws) comes back as `{ file, error }`.
 */
import { analyseSheets, analyseWorkbook } from '../core/analyse';
import type { Finding } from '../core/findings';
import type { Sheet, SheetSource, Workbook } from '../core/grid/types';
import { normalizeText, splitLabelValue } from '../core/grid/text';
import type { BasicInfo, EvaluationTable } from '../core/model';
import { decEq, decGt, decOf, HUNDRED, roundHalfUp, toCellNumber, type Dec } from '../core/money/decimal';
import type { TableComputation } from '../core/rules/computed';
import { countedRows, evaluateTableIndicators, rowPart, weightTotals, fundsTotalRow } from '../core/rules/indicator-total';
import { number2, numberOf } from '../core/rules/indicator-fields';
import { NATIONAL_PROFILE, type ScoringProfile } from '../core/rules/profile';
import { profileInForce } from '../core/mapping/sheet-codec';
import { toA1 } from '../core/grid/a1';
import type { WorkbookHost } from '../hosts/ports';
import { XlsxError } from '../hosts/xlsx/errors';
import { XlsxWorkbookHost } from '../hosts/xlsx/host';
import type { XlsxOpenOptions } from '../hosts/xlsx/package';
import { isCfb } from '../hosts/xlsx/cfb';
import { isZipStart, textKindOf } from '../hosts/xlsx/sniff';
import { DocxError, readDocx, type DocxDocument } from '../hosts/docx';
import { checkDraft } from '../report/check-draft';
import { draftParagraphs } from '../report/draft-read';
import { BATCH_TEXT } from './phrases';
import type { CheckedFile, FileResult, KindLabel, SeverityCounts, TableResult } from './types';

export interface CheckOptions {
  readonly profile?: ScoringProfile;
  /** The zip codec: Node's zlib in the CLI (NODE_ZIP_CODEC), none (fflate) in the browser. */
  readonly codec?: Pick<XlsxOpenOptions, 'inflateRaw' | 'deflateRaw' | 'crc32'>;
  readonly maxUncompressedBytes?: number;
}

/** `name`: the file's path relative to the batch (shown in the roll-up); messages name its base name. */
export async function checkWorkbookBytes(name: string, bytes: Uint8Array, opts: CheckOptions = {}): Promise<FileResult> {
  const base = baseName(name);
  try {
    // A Word report (.docx, or a Word 97 .doc refused with a message): its tables as 表1, 表2 …,
    // and its text against them, as `check X.docx` does.
    if (/\.docx?$/i.test(base)) return summariseDocx(name, readDocx(base, bytes), opts.profile);
    const sheets = await sheetsOf(openHost(base, bytes, opts));
    // The same rule set a single-file check uses: --profile, else the workbook's remembered one.
    return summarise(name, sheets, profileInForce(opts.profile, sheets.names, (n) => sheets.read(n)));
  } catch (err) {
    // Reading is lazy (a sheet is parsed when analysis asks for it): a damaged sheet part comes
    // out here as an XlsxError, as it did when the workbook was read whole first.
    if (err instanceof DocxError) return { file: name, error: { code: err.code, message: err.message } };
    if (err instanceof XlsxError) {
      const named = err.withFile(base);
      return { file: name, error: { code: named.code, message: named.message } };
    }
    return { file: name, error: { code: 'INTERNAL', message: BATCH_TEXT.internal(base, errorText(err)) } };
  }
}

/** Sheet by sheet where the host can (the xlsx host can), else the whole workbook. */
async function sheetsOf(host: WorkbookHost): Promise<SheetSource> {
  return host.readSheets ? host.readSheets() : wholeWorkbookSource(await host.readWorkbook());
}

function wholeWorkbookSource(workbook: Workbook): SheetSource {
  return { names: workbook.sheets.map((s) => s.name), read: (n) => workbook.sheets.find((s) => s.name === n)! };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

/** As the CLI's file reader: the extension tells .et / .xls / .csv apart when the bytes are not a zip. */
function openHost(base: string, bytes: Uint8Array, opts: CheckOptions): XlsxWorkbookHost {
  const ext = /\.[^.]*$/.exec(base)?.[0].toLowerCase() ?? '';
  if (bytes.length > 0 && !isZipStart(bytes)) {
    if (ext === '.et' && !isCfbEncrypted(bytes)) throw new XlsxError('ET_FORMAT', { file: base });
    if (ext === '.xls' && isCfb(bytes) && !isCfbEncrypted(bytes)) throw new XlsxError('XLS_FORMAT', { file: base });
    if (ext === '.csv' || ext === '.txt') throw new XlsxError('NOT_ZIP', { file: base, textKind: textKindOf(bytes) ?? 'csv' });
  }
  return XlsxWorkbookHost.open(bytes, { ...opts.codec, maxUncompressedBytes: opts.maxUncompressedBytes, fileName: base });
}

function isCfbEncrypted(bytes: Uint8Array): boolean {
  try {
    XlsxWorkbookHost.open(bytes);
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

/**
 * What a table's row needs of its table, computation and sheet, taken while they are held; the
 * rest (unit and year may come from a 基本情况 sheet further on; counts from the sorted findings)
 * is settled once every sheet was seen.
 */
interface TablePart {
  readonly sheet: string;
  readonly kind: KindLabel;
  /** The unit named by the table itself (labels, 单位名称, title), before the 基本情况 fallback. */
  readonly labelledUnit?: string;
  readonly titleUnit?: string;
  readonly project: string | null;
  /** 年度 from the title, else the labels (the 基本情况 sheet's year outranks both). */
  readonly tableYear: number | null;
  readonly figures: Pick<TableResult, 'weightTotal' | 'statedTotal' | 'computedTotal' | 'computedTotalReason' | 'statedGrade' | 'computedGrade' | 'computedGradeReason' | 'executionRate'>;
}

function summarise(file: string, sheets: SheetSource, profile: ScoringProfile): CheckedFile {
  const parts: TablePart[] = [];
  const analysis = analyseSheets(sheets, { profile, plan: false, onTable: (table, c, sheet) => parts.push(tablePart(table, c, profile, sheet)) });
  return checkedFile(file, parts, analysis.findings, analysis.basicInfo);
}

/**
 * A Word report: every table checked with every rule and the text cross-checked against them
 * with the R rules — the findings `check X.docx` prints, in its order (the tables' findings, then
 * the text's). A report has no remembered rule set: --profile, else the national default.
 */
function summariseDocx(file: string, doc: DocxDocument, explicit: ScoringProfile | undefined): CheckedFile {
  const profile = explicit ?? NATIONAL_PROFILE;
  const analysis = analyseWorkbook(doc.workbook, { profile });
  // The paragraph just above a table is its title when it reads as one (TABLE_TITLE): 年度 and unit as from a title row.
  const titleAbove = new Map(doc.tables.filter((t) => TABLE_TITLE.test(t.heading)).map((t) => [t.sheet, t.heading]));
  const parts = analysis.recognised.tables.map((t, i) => tablePart(t, analysis.computations[i], profile, doc.workbook.sheets.find((s) => s.name === t.sheet), titleAbove.get(t.sheet)));
  const text = checkDraft({ fileName: baseName(file), paragraphs: draftParagraphs(doc) }, analysis);
  return checkedFile(file, parts, [...analysis.findings, ...text], analysis.recognised.basicInfo);
}

/**
 * A paragraph that titles a 自评表: it ends in 自评表, or in 自评表 and one bracket (…自评表（单位：万元）)
 * — not a heading such as 一、基本情况, nor a sentence that mentions a 自评表 on its way.
 */
const TABLE_TITLE = /自评表\s*(?:[（(][^（）()]*[)）])?\s*$/u;

/** The file's roll-up rows from its tables' parts and all its findings (those of no table's sheet count on the first table's row). */
function checkedFile(file: string, parts: readonly TablePart[], findings: readonly Finding[], basicInfo: BasicInfo | undefined): CheckedFile {
  const fileStem = baseName(file).replace(/\.[^.]*$/, '');
  const basicUnit = cleanValue(basicInfo?.departmentName?.text);
  const basicYear = yearIn(basicInfo?.year?.text);
  // Findings by sheet; those on a sheet without a table go to the first table's row.
  const tableSheets = new Set(parts.map((t) => t.sheet));
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet !== undefined && tableSheets.has(f.sheet) ? f.sheet : (parts[0]?.sheet ?? '');
    const list = bySheet.get(key) ?? [];
    list.push(f);
    bySheet.set(key, list);
  }
  const seenSheet = new Set<string>();
  const rows: TableResult[] = parts.map((part) => {
    // Two tables on one sheet share the sheet's findings: count them on the first only.
    const own = seenSheet.has(part.sheet) ? [] : (bySheet.get(part.sheet) ?? []);
    seenSheet.add(part.sheet);
    return tableResult(part, own, { basicUnit, basicYear, fileStem });
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

/**
 * A table's part of its row, from the table, its computation and its sheet's grid; `outerTitle`:
 * the title a Word report sets as a paragraph above the table, when the table has none in it.
 */
function tablePart(table: EvaluationTable, c: TableComputation, profile: ScoringProfile, sheet: Sheet | undefined, outerTitle?: string): TablePart {
  const kind: KindLabel = table.kind === 'project' ? '项目' : '部门整体';
  const labels = sheet ? preambleLabels(table, sheet) : {};
  const unitName = table.kind === 'project' ? undefined : cleanValue(table.unitName?.text);
  const labelledUnit = labels.department ?? unitName ?? labels.supervisor ?? labels.implementer;
  const project = table.kind === 'project' ? (labels.project ?? null) : null;
  const title = table.title?.text ?? outerTitle;
  const titleUnit = unitInTitle(title);
  const tableYear = yearIn(title) ?? labels.year ?? null;

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
    ...(labelledUnit !== undefined ? { labelledUnit } : {}),
    ...(titleUnit !== undefined ? { titleUnit } : {}),
    project,
    tableYear,
    figures: {
      weightTotal: weights.complete ? toCellNumber(weights.all) : null,
      statedTotal,
      computedTotal: num(c.totalScore, 2),
      computedTotalReason,
      statedGrade: statedGradeText ? statedGradeText : null,
      computedGrade: c.grade ?? null,
      computedGradeReason,
      executionRate: num(c.funds?.executionRate, 6),
    },
  };
}

/** The row of sheet 汇总 for one table, once the whole file was read (its 基本情况 and findings known). */
function tableResult(part: TablePart, findings: readonly Finding[], facts: FileFacts): TableResult {
  const unit = part.labelledUnit ?? facts.basicUnit ?? part.titleUnit;
  const f = part.figures;
  return {
    sheet: part.sheet,
    kind: part.kind,
    unit: unit ?? facts.fileStem,
    unitFromFileName: unit === undefined,
    project: part.project,
    year: facts.basicYear ?? part.tableYear,
    weightTotal: f.weightTotal,
    statedTotal: f.statedTotal,
    computedTotal: f.computedTotal,
    computedTotalReason: f.computedTotalReason,
    statedGrade: f.statedGrade,
    computedGrade: f.computedGrade,
    computedGradeReason: f.computedGradeReason,
    executionRate: f.executionRate,
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

/** The unit a title names before its year or kind: `岳阳市信访局2024年度部门整体支出绩效自评表` (or `附件2：岳阳市信访局…`) → 岳阳市信访局. */
function unitInTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  // An attachment's number before the title (附件2：, 附表1、) names no unit.
  const t = title.replace(/[\s\u3000]+/gu, '').replace(/^附[件表][0-9一二三四五六七八九十]*[：:、.．]?/u, '');
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
