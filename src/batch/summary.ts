/**
 * The roll-up workbook 汇总.xlsx, written by the project's own zip writer (no exceljs: it runs in
 * the browser too): sheets 汇总 (one row per table), 问题清单 (one row per finding) and 说明
 * (when, profile, counts, the rule catalogue). Deterministic: the same results, meta and codec
 * give the same bytes, in Node and in a browser (fixed zip timestamps; code-point sorting); the
 * bureau page's download (fflate) has the CLI's cells (zlib) but for 生成时间.
 */
import { RULES, type RuleCode } from '../core/findings';
import { columnLetters } from '../core/grid/a1';
import { inlineStringXml, numberValueXml } from '../hosts/xlsx/cell-xml';
import { escapeXml } from '../hosts/xlsx/xml-scan';
import { encodeUtf8, writeZip, type ZipOutEntry } from '../hosts/xlsx/zip';
import { Deflate } from 'fflate';
import type { XlsxOpenOptions } from '../hosts/xlsx/package';
import { rollUp, type RollUp, type RollUpOptions } from './roll-up';
import { findingPlace } from './phrases';
import { RULE_MEANINGS } from './rule-catalogue';
import { SEVERITY_LABEL, isUnreadable, type FileResult } from './types';

export interface SummaryMeta extends RollUpOptions {
  /** 生成时间 as shown, e.g. '2026-12-06 20:40' (the caller's clock: the only varying cell). */
  readonly generatedAt: string;
  /** The scoring profile: id and Chinese name. */
  readonly profile: { readonly id: string; readonly name: string };
  /** Where the files came from (a folder, or a description), shown on 说明. */
  readonly source?: string;
}

export const SUMMARY_SHEETS = ['汇总', '问题清单', '说明'] as const;

export const SUMMARY_COLUMNS = [
  '文件', '工作表', '单位', '项目/部门整体', '年度', '分值合计', '总分(表中)', '总分(计算)', '等级(表中)', '等级(计算)',
  '执行率', '错误', '警告', '提示', '首要问题', '未计算原因', '备注',
] as const;

export const FINDINGS_COLUMNS = ['文件', '工作表', '单元格', '级别', '规则', '说明'] as const;

// Cell styles (cellXfs indexes of STYLES_XML).
const S_HEADER = 1;
const S_TEXT = 2;
const S_SCORE = 3;
const S_PERCENT = 4;
const S_INT = 5;
const S_PLAIN = 6;
const S_BOLD = 7;

const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="8">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

type Value = string | number | null;
interface OutCell {
  readonly v: Value;
  readonly s: number;
}

interface SheetSpec {
  readonly name: string;
  readonly widths: readonly number[];
  /** Rows (header included), made as the part is written: 问题清单 may have 100,000 rows, never all held as cells. */
  readonly rows: () => Iterable<readonly OutCell[]>;
  readonly rowCount: number;
  readonly colCount: number;
  /** Freeze row 1 and put an autofilter over the table. */
  readonly table: boolean;
}

const text = (v: string | null | undefined): OutCell => ({ v: v ?? null, s: S_TEXT });
const int = (v: number | null | undefined): OutCell => ({ v: v ?? null, s: S_INT });
const score = (v: number | null | undefined): OutCell => ({ v: v ?? null, s: S_SCORE });
const percent = (v: number | null | undefined): OutCell => ({ v: v ?? null, s: S_PERCENT });
const header = (v: string): OutCell => ({ v, s: S_HEADER });

/**
 * The zip codec: none (fflate, in the browser and by default) or Node's zlib (the CLI passes
 * NODE_ZIP_CODEC: native deflate, ≈ 0.6 s less on a 30,000-finding 问题清单). The cells are the
 * same either way; the bytes are identical only for the same codec.
 */
export type SummaryCodec = Pick<XlsxOpenOptions, 'deflateRaw' | 'crc32'>;

export function buildSummaryWorkbook(results: readonly FileResult[], meta: SummaryMeta, codec: SummaryCodec = {}): Uint8Array {
  return summaryWorkbookOf(rollUp(results, meta), results, meta, codec);
}

/** The workbook of a roll-up already made (the CLI prints its totals too). */
export function summaryWorkbookOf(roll: RollUp, results: readonly FileResult[], meta: SummaryMeta, codec: SummaryCodec = {}): Uint8Array {
  const sheets: SheetSpec[] = [summarySheet(roll), findingsSheet(results), notesSheet(roll, meta)];
  const data = (name: string, xml: string): ZipOutEntry => ({ kind: 'data', name, data: encodeUtf8(xml), ...AT });
  const entries: ZipOutEntry[] = [
    data('[Content_Types].xml', contentTypesXml(sheets.length)),
    data('_rels/.rels', ROOT_RELS),
    data('xl/workbook.xml', workbookXml(sheets)),
    data('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length)),
    data('xl/styles.xml', STYLES_XML),
    ...sheets.map((s, i) => writeSheetPart(`xl/worksheets/sheet${i + 1}.xml`, s, i === 0, codec)),
  ];
  return writeZip(entries, codec);
}

/** 1980-01-01 00:00 for every entry: fixed, for identical bytes. */
const AT = { dosTime: 0, dosDate: (0 << 9) | (1 << 5) | 1 };

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/**
 * A worksheet part: rows become XML text in 64 K-character pieces, each encoded at once (a
 * 100,000-row 问题清单 never exists as one string). Without a native codec each piece is CRC'd and
 * pushed through fflate's streaming deflate, so only the compressed part is held; with one (the
 * CLI's zlib) the encoded part is deflated whole.
 */
function writeSheetPart(name: string, s: SheetSpec, selected: boolean, codec: SummaryCodec): ZipOutEntry {
  if (codec.deflateRaw) {
    // A native deflate takes the part whole: encoded piece by piece, joined once.
    const pieces: Uint8Array[] = [];
    let pending = '';
    for (const piece of sheetXmlPieces(s, selected)) {
      pending += piece;
      if (pending.length >= 65536) {
        pieces.push(encodeUtf8(pending));
        pending = '';
      }
    }
    pieces.push(encodeUtf8(pending));
    return { kind: 'data', name, data: concat(pieces), ...AT };
  }
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  let crc = -1;
  let size = 0;
  let pending = '';
  const flush = (final: boolean) => {
    const bytes = encodeUtf8(pending);
    pending = '';
    for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    size += bytes.length;
    deflate.push(bytes, final);
  };
  for (const piece of sheetXmlPieces(s, selected)) {
    pending += piece;
    if (pending.length >= 65536) flush(false);
  }
  flush(true);
  const raw = concat(out);
  return {
    kind: 'copy',
    entry: { name, method: 8, flags: 0, crc: (crc ^ -1) >>> 0, compressedSize: raw.length, size, localHeaderOffset: 0, ...AT },
    raw,
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of parts) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of parts) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function fixed(name: string, widths: readonly number[], rows: readonly (readonly OutCell[])[], table: boolean): SheetSpec {
  return { name, widths, rows: () => rows, rowCount: rows.length, colCount: Math.max(...rows.map((r) => r.length)), table };
}

function summarySheet(roll: RollUp): SheetSpec {
  const rows: OutCell[][] = [SUMMARY_COLUMNS.map(header)];
  for (const r of roll.rows) {
    rows.push([
      text(r.file || null),
      text(r.sheet),
      text(r.unit),
      text(r.kind),
      int(r.year),
      score(r.weightTotal),
      score(r.statedTotal),
      score(r.computedTotal),
      text(r.statedGrade),
      text(r.computedGrade),
      percent(r.executionRate),
      int(r.counts?.error),
      int(r.counts?.warning),
      int(r.counts?.info),
      text(r.firstProblem),
      text(r.reasons.join('；') || null),
      text(r.flags.join('；') || null),
    ]);
  }
  return fixed('汇总', [30, 12, 24, 12, 7, 9, 10, 10, 9, 9, 9, 6, 6, 6, 60, 36, 36], rows, true);
}

function findingsSheet(results: readonly FileResult[]): SheetSpec {
  const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  let rowCount = 1;
  for (const r of sorted) rowCount += isUnreadable(r) ? 1 : r.findings.length;
  function* rows(): Iterable<readonly OutCell[]> {
    yield FINDINGS_COLUMNS.map(header);
    for (const r of sorted) {
      if (isUnreadable(r)) {
        yield [text(r.file), text(null), text(null), text(SEVERITY_LABEL.error), text('无法读取'), text(r.error.message)];
        continue;
      }
      for (const f of r.findings) {
        const place = findingPlace(f);
        yield [text(r.file), text(place.sheet), text(place.cell), text(SEVERITY_LABEL[f.severity]), text(f.rule), text(f.message.replace(/\s*[\r\n]+\s*/g, ' '))];
      }
    }
  }
  return { name: '问题清单', widths: [30, 14, 9, 7, 7, 90], rows, rowCount, colCount: FINDINGS_COLUMNS.length, table: true };
}

function notesSheet(roll: RollUp, meta: SummaryMeta): SheetSpec {
  const t = roll.totals;
  const plain = (v: Value): OutCell => ({ v, s: S_PLAIN });
  const bold = (v: string): OutCell => ({ v, s: S_BOLD });
  const rows: OutCell[][] = [
    [bold('财政局汇总：绩效自评表检查结果'), plain(null)],
    [plain('生成时间'), plain(meta.generatedAt)],
    [plain('评分规则集'), plain(`${meta.profile.name}（${meta.profile.id}）`)],
  ];
  if (meta.source) rows.push([plain('检查范围'), plain(meta.source)]);
  rows.push(
    [plain('文件数'), plain(t.files)],
    [plain('其中无法读取'), plain(t.unreadable)],
    [plain('识别到的自评表'), plain(t.tables)],
    [plain('有错误的文件'), plain(t.filesWithErrors)],
    [plain('错误 / 警告 / 提示'), plain(`${t.errors} / ${t.warnings} / ${t.infos}`)],
  );
  if ((meta.expectedUnits ?? []).length > 0) {
    rows.push([plain('报送名单单位数'), plain(new Set(meta.expectedUnits!.map((u) => u.trim()).filter((u) => u)).size)]);
    rows.push([plain('未报送'), plain(t.notSubmitted)], [plain('不在名单中的文件'), plain(t.notOnList)]);
  }
  rows.push([plain('重复报送（多出的文件）'), plain(t.duplicates)]);
  rows.push([plain(null)], [plain('级别：错误 = 应退回修改；警告 = 需要核实；提示 = 供参考。“总分(计算)”“等级(计算)”按评分规则集重新计算，空白时见“未计算原因”。')]);
  rows.push([plain(null)], [header('规则'), header('名称'), header('默认级别'), header('含义')]);
  for (const code of Object.keys(RULES) as RuleCode[]) {
    rows.push([text(code), text(RULES[code].name), text(SEVERITY_LABEL[RULES[code].severity]), text(RULE_MEANINGS[code])]);
  }
  return fixed('说明', [24, 30, 10, 80], rows, false);
}

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

function contentTypesXml(n: number): string {
  let sheets = '';
  for (let i = 1; i <= n; i++)
    sheets += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets +
    '</Types>'
  );
}

function workbookRelsXml(n: number): string {
  let rels = '';
  for (let i = 1; i <= n; i++)
    rels += `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  rels += `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>';
}

function lastRef(s: SheetSpec): string {
  return `${columnLetters(s.colCount - 1)}${s.rowCount}`;
}

function workbookXml(sheets: readonly SheetSpec[]): string {
  const list = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = sheets
    .map((s, i) => (s.table ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(s.name)}'!$A$1:$${lastRef(s).replace(/(\d+)$/, '$$$1')}</definedName>` : ''))
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '</workbook>'
  );
}

function* sheetXmlPieces(s: SheetSpec, selected: boolean): Iterable<string> {
  const cols = s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const view = s.table
    ? `<sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>`
    : `<sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}/>`;
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${lastRef(s)}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="14.25"/>' +
    `<cols>${cols}</cols>` +
    '<sheetData>';
  let r = 0;
  for (const row of s.rows()) {
    r++;
    let x = `<row r="${r}">`;
    for (let col = 0; col < row.length; col++) {
      const c = row[col];
      const ref = `${columnLetters(col)}${r}`;
      if (typeof c.v === 'number' && Number.isFinite(c.v)) x += `<c r="${ref}" s="${c.s}">${numberValueXml(c.v)}</c>`;
      else if (typeof c.v === 'string' && c.v !== '') x += `<c r="${ref}" s="${c.s}" t="inlineStr">${inlineStringXml(c.v)}</c>`;
      else x += `<c r="${ref}" s="${c.s}"/>`;
    }
    yield x + '</row>';
  }
  yield '</sheetData>' +
    (s.table ? `<autoFilter ref="A1:${lastRef(s)}"/>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape"/>' +
    '</worksheet>';
}
