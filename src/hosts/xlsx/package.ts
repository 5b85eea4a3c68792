/**
 * An .xlsx package held in memory: read it into the engine's grid, apply surgical cell writes,
 * add or replace a sheet from a layout, select a cell, and serialise. Pure (no Node APIs).
 *
 * Untouched zip entries are copied compressed-byte-for-byte; with no effective change,
 * toBytes() returns the input bytes themselves.
 */
import { columnLetters, fromA1 } from '../../core/grid/a1';
import type { SheetLayout } from '../../core/grid/layout';
import { printAreaOf } from '../../core/grid/layout';
import type { Sheet, SheetSource, Workbook } from '../../core/grid/types';
import type { CellWrite } from '../../core/plan/write-plan';
import { firstWritePlanProblem, type WritePlanProblem } from '../../core/plan/validate';
import { XlsxError, XlsxMisuseError } from './errors';
import { appendLayoutStyles, layoutSheetXml } from './layout-writer';
import {
  CT_STYLES,
  CT_WORKSHEET,
  EMPTY_RELS_XML,
  REL_OFFICE_DOCUMENT,
  REL_SHARED_STRINGS,
  REL_STYLES,
  REL_TYPE_BASE,
  REL_WORKSHEET,
  addContentTypeOverride,
  addRelationship,
  freeRelId,
  parseRels,
  relTypeIs,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  type Relationship,
} from './opc';
import { parseSharedStrings } from './shared-strings';
import { patchSheetXml, type CellPatch } from './sheet-patcher';
import { readSheetBytes } from './sheet-bytes-reader';
import type { SheetReadContext } from './cell-decode';
import { selectInSheet, unselectTab } from './sheet-view';
import { assertZipLike } from './sniff';
import { DEFAULT_STYLES_XML, EMPTY_STYLES, StylesEditor, parseStyles, type StylesInfo } from './styles';
import { XmlScanError } from './xml-scan';
import { activeTabOf, addSheetEntry, parseWorkbook, setActiveTab, setFullCalcOnLoad, setPrintNames, setSheetState, type WorkbookInfo } from './workbook-part';
import { ZipArchive, encodeUtf8, writeZip, type Crc32, type RawDeflater, type RawInflater, type ZipOutEntry } from './zip';

export interface XlsxOpenOptions {
  /** Refuse packages whose uncompressed size exceeds this many bytes. Default 500 MB. */
  readonly maxUncompressedBytes?: number;
  /** A native raw-DEFLATE inflater (the CLI passes Node's zlib); fflate otherwise. */
  readonly inflateRaw?: RawInflater;
  /** A native raw-DEFLATE compressor for toBytes (the CLI passes Node's zlib); fflate otherwise. */
  readonly deflateRaw?: RawDeflater;
  /** A native CRC-32 (the CLI passes Node's zlib.crc32); the JavaScript one otherwise. */
  readonly crc32?: Crc32;
}

/** A worksheet of the workbook: its name, its part, its position in workbook.xml's `<sheets>`. */
interface SheetRef {
  readonly name: string;
  readonly part: string;
  /** Index among all `<sheet>` entries (chart sheets included): the activeTab number. */
  readonly tabIndex: number;
}

interface Model {
  readonly info: WorkbookInfo;
  readonly rels: readonly Relationship[];
  readonly sheets: readonly SheetRef[];
  readonly sharedStringsPart?: string;
  readonly stylesPart?: string;
}

const SHEET_NAME_BAD = /[:\\/?*[\]]/;

/** A write-plan problem (core/plan) as the package's XlsxMisuseError (a bug in the caller's plan). */
function planMisuse(p: WritePlanProblem): XlsxMisuseError {
  const { sheet, address } = p.write;
  if (p.kind === 'unknownSheet') return XlsxMisuseError.unknownSheet(sheet);
  if (p.kind === 'badAddress') return XlsxMisuseError.badAddress(sheet, address);
  return XlsxMisuseError.badValue(sheet, address);
}

export class XlsxPackage {
  /** Replaced or new parts (entry name → XML text). */
  private readonly changed = new Map<string, string>();
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();
  private readonly textCache = new Map<string, string>();
  private readonly sheetCache = new Map<string, Sheet>();
  private readonly xfCache = new Map<string, number>();
  private model?: Model;
  private sst?: readonly string[];
  private styles?: StylesInfo;

  private constructor(
    private readonly zip: ZipArchive,
    private readonly workbookPart: string,
    private readonly codec: Pick<XlsxOpenOptions, 'deflateRaw' | 'crc32'> = {},
  ) {}

  /** Open package bytes; throws XlsxError for anything that is not a readable .xlsx workbook. */
  static open(bytes: Uint8Array, options: XlsxOpenOptions = {}): XlsxPackage {
    assertZipLike(bytes);
    const zip = new ZipArchive(bytes, options);
    let part = 'xl/workbook.xml';
    const rootRels = zip.entry('_rels/.rels');
    if (rootRels) {
      const pkg = new XlsxPackage(zip, part);
      const doc = parseRels(pkg.text('_rels/.rels') ?? '').find((r) => relTypeIs(r, REL_OFFICE_DOCUMENT) && !r.external);
      if (doc) {
        const target = resolveTarget('', doc.target);
        if (zip.entry(target) && /workbook/i.test(target)) part = target;
      }
    }
    const wb = zip.entry(part);
    if (!wb) {
      const otherDocument = zip.entry('word/document.xml') ? 'word' : zip.entry('ppt/presentation.xml') ? 'powerpoint' : undefined;
      throw new XlsxError('NOT_WORKBOOK', otherDocument ? { otherDocument } : {});
    }
    return new XlsxPackage(zip, wb.name, { deflateRaw: options.deflateRaw, crc32: options.crc32 });
  }

  // ------------------------------------------------------------------------------------------
  // Parts

  private entryName(name: string): string {
    return this.zip.entry(name)?.name ?? name;
  }

  private has(name: string): boolean {
    const n = this.entryName(name);
    return !this.removed.has(n) && (this.changed.has(n) || this.zip.entry(n) !== undefined);
  }

  /** The part's current text; undefined when absent. Corrupt entries → XlsxError TRUNCATED. */
  private text(name: string): string | undefined {
    const n = this.entryName(name);
    if (this.removed.has(n)) return undefined;
    const c = this.changed.get(n);
    if (c !== undefined) return c;
    const cached = this.textCache.get(n);
    if (cached !== undefined) return cached;
    const e = this.zip.entry(n);
    if (!e) return undefined;
    const t = this.zip.text(e);
    this.textCache.set(n, t);
    return t;
  }

  private put(name: string, xml: string): void {
    const n = this.entryName(name);
    if (this.text(n) === xml) return;
    if (!this.zip.entry(n) && !this.changed.has(n)) this.added.push(n);
    this.removed.delete(n);
    this.changed.set(n, xml);
    this.sheetCache.delete(n);
    if (n === this.workbookPart || n === relsPathOf(this.workbookPart)) this.model = undefined;
    if (n === this.model?.stylesPart) this.styles = undefined;
  }

  private remove(name: string): void {
    const n = this.entryName(name);
    if (!this.has(n)) return;
    this.changed.delete(n);
    const i = this.added.indexOf(n);
    if (i >= 0) this.added.splice(i, 1);
    else this.removed.add(n);
  }

  private guard<T>(part: string, f: () => T): T {
    try {
      return f();
    } catch (err) {
      if (err instanceof XlsxError || err instanceof XlsxMisuseError) throw err;
      if (err instanceof XmlScanError || err instanceof Error) throw new XlsxError('TRUNCATED', { part, cause: err });
      throw err;
    }
  }

  private getModel(): Model {
    if (this.model) return this.model;
    const wbPart = this.workbookPart;
    const info = this.guard(wbPart, () => parseWorkbook(this.text(wbPart) ?? ''));
    const relsPart = relsPathOf(wbPart);
    const rels = this.guard(relsPart, () => parseRels(this.text(relsPart) ?? ''));
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sheets: SheetRef[] = [];
    info.sheets.forEach((s, tabIndex) => {
      const rel = byId.get(s.relId);
      if (!rel || rel.external || !relTypeIs(rel, REL_WORKSHEET)) return;
      sheets.push({ name: s.name, part: this.entryName(resolveTarget(wbPart, rel.target)), tabIndex });
    });
    const partOf = (type: string, fallback: string): string | undefined => {
      const r = rels.find((x) => relTypeIs(x, type) && !x.external);
      const p = r ? resolveTarget(wbPart, r.target) : fallback;
      return this.has(p) ? this.entryName(p) : undefined;
    };
    const dir = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
    this.model = {
      info,
      rels,
      sheets,
      sharedStringsPart: partOf(REL_SHARED_STRINGS, dir + 'sharedStrings.xml'),
      stylesPart: partOf(REL_STYLES, dir + 'styles.xml'),
    };
    return this.model;
  }

  private sharedStrings(): readonly string[] {
    if (!this.sst) {
      const part = this.getModel().sharedStringsPart;
      this.sst = part ? this.guard(part, () => parseSharedStrings(this.text(part) ?? '')) : [];
    }
    return this.sst;
  }

  private stylesInfo(): StylesInfo {
    if (!this.styles) {
      const part = this.getModel().stylesPart;
      this.styles = part ? this.guard(part, () => parseStyles(this.text(part) ?? '')) : EMPTY_STYLES;
    }
    return this.styles;
  }

  /** The worksheet of that name (exact, else case-insensitive as Excel compares names), or undefined. */
  private findSheetRef(name: string): SheetRef | undefined {
    const m = this.getModel();
    return m.sheets.find((s) => s.name === name) ?? m.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private sheetRef(name: string): SheetRef {
    const ref = this.findSheetRef(name);
    if (!ref) throw XlsxMisuseError.unknownSheet(name);
    return ref;
  }

  // ------------------------------------------------------------------------------------------
  // Reading

  /** The sheet names in workbook order (worksheets only; chart sheets are not grids). */
  sheetNames(): string[] {
    return this.getModel().sheets.map((s) => s.name);
  }

  readWorkbook(): Workbook {
    const m = this.getModel();
    const sst = this.sharedStrings();
    const styles = this.stylesInfo();
    const ctx: SheetReadContext = { sharedStrings: sst, styles, date1904: m.info.date1904 };
    const sheets = m.sheets.map((ref) => {
      const cached = this.sheetCache.get(ref.part);
      if (cached) return cached;
      const sheet = this.readSheetPart(ref, ctx);
      this.sheetCache.set(ref.part, sheet);
      return sheet;
    });
    return { sheets };
  }

  /**
   * One worksheet part → Sheet, uncached, by the byte reader (a malformed part is re-read as text
   * for its error): an unchanged part from its inflated bytes (no text of it is made nor kept), a
   * part changed in this package (or whose text is already decoded) from that text's UTF-8.
   */
  private readSheetPart(ref: SheetRef, ctx: SheetReadContext): Sheet {
    const n = this.entryName(ref.part);
    const xml = this.changed.get(n) ?? this.textCache.get(n);
    let bytes: Uint8Array;
    if (xml !== undefined) bytes = encodeUtf8(xml);
    else {
      const entry = this.removed.has(n) ? undefined : this.zip.entry(n);
      if (entry === undefined) return { name: ref.name, cells: [], merges: [] };
      bytes = this.guard(ref.part, () => this.zip.data(entry));
    }
    return this.guard(ref.part, () => readSheetBytes(ref.name, bytes, ctx));
  }

  /**
   * The worksheets as a SheetSource for core analyseSheets: each read parses its part on demand
   * and caches nothing (neither the XML text nor the grid), so one sheet is held at a time.
   */
  sheetSource(): SheetSource {
    const m = this.getModel();
    const sst = this.sharedStrings();
    const styles = this.stylesInfo();
    return {
      names: m.sheets.map((s) => s.name),
      read: (name: string): Sheet => {
        const ref = this.sheetRef(name);
        return this.sheetCache.get(ref.part) ?? this.readSheetPart(ref, { sharedStrings: sst, styles, date1904: m.info.date1904 });
      },
    };
  }

  // ------------------------------------------------------------------------------------------
  // Writing

  /** A styles editor over the current styles part (or a default stylesheet when there is none). */
  private stylesEditor(): StylesEditor {
    const part = this.getModel().stylesPart;
    return new StylesEditor((part && this.text(part)) || DEFAULT_STYLES_XML);
  }

  /** Store the edited stylesheet, creating the part, its relationship and content type if new. */
  private commitStyles(editor: StylesEditor): void {
    const m = this.getModel();
    if (m.stylesPart) {
      this.put(m.stylesPart, editor.xml);
    } else {
      const part = this.workbookPart.slice(0, this.workbookPart.lastIndexOf('/') + 1) + 'styles.xml';
      this.put(part, editor.xml);
      const relsPart = relsPathOf(this.workbookPart);
      this.put(relsPart, addRelationship(this.text(relsPart) ?? EMPTY_RELS_XML, freeRelId(m.rels), REL_TYPE_BASE + REL_STYLES, relativeTarget(this.workbookPart, part)));
      this.put('[Content_Types].xml', addContentTypeOverride(this.text('[Content_Types].xml') ?? '', part, CT_STYLES));
    }
    this.styles = undefined;
  }

  /**
   * Write values into existing or missing (but never formula) cells: numbers with the format
   * they need, text as inline strings. All or nothing: every write is validated first. A write
   * equal to the cell's value and format changes nothing; when at least one cell changed the
   * workbook is flagged to recalculate on open.
   */
  applyWrites(writes: readonly CellWrite[]): void {
    if (writes.length === 0) return;
    // The plan's checks (core/plan); formula-looking text needs no guard here: every text is
    // written as an inline string, which no reader takes for a formula.
    const problem = firstWritePlanProblem(writes, { sheetExists: (name) => this.findSheetRef(name) !== undefined });
    if (problem) throw planMisuse(problem);
    const bySheet = new Map<string, CellPatch[]>();
    for (const w of writes) {
      const ref = this.sheetRef(w.sheet);
      const list = bySheet.get(ref.part) ?? [];
      list.push({ row: w.row, col: w.col, value: w.value, numFmt: w.numFmt });
      bySheet.set(ref.part, list);
    }
    const m = this.getModel();
    const editor = this.stylesEditor();
    const before = editor.xml;
    const xfCache = new Map(this.xfCache);
    const results = new Map<string, string>();
    let changed = 0;
    for (const [part, patches] of bySheet) {
      const ref = m.sheets.find((s) => s.part === part)!;
      const xml = this.text(part);
      if (xml === undefined) throw new XlsxError('TRUNCATED', { part });
      const r = this.guard(part, () =>
        patchSheetXml(xml, patches, {
          sheetName: ref.name,
          read: { sharedStrings: this.sharedStrings(), date1904: m.info.date1904 },
          styles: editor,
          xfCache,
        }),
      );
      if (r.changed > 0) results.set(part, r.xml);
      changed += r.changed;
    }
    if (changed === 0) return;
    for (const [k, v] of xfCache) this.xfCache.set(k, v);
    for (const [part, xml] of results) this.put(part, xml);
    if (editor.xml !== before) this.commitStyles(editor);
    this.put(this.workbookPart, setFullCalcOnLoad(this.text(this.workbookPart)!));
  }

  /**
   * Create a worksheet from `layout`, or replace the worksheet of that name (its old
   * relationships — drawings, comments — are dropped with it).
   */
  writeSheet(layout: SheetLayout, options: { readonly activate?: boolean } = {}): void {
    const name = layout.name;
    if (name.trim() === '' || name.length > 31 || SHEET_NAME_BAD.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw XlsxMisuseError.badSheetName(name);
    }
    const m = this.getModel();
    const editor = this.stylesEditor();
    const ids = appendLayoutStyles(editor, layout);
    const xml = layoutSheetXml(layout, ids);
    const existing = m.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      this.commitStyles(editor);
      this.put(existing.part, xml);
      this.remove(relsPathOf(existing.part));
    } else {
      const dir = this.workbookPart.slice(0, this.workbookPart.lastIndexOf('/') + 1) + 'worksheets/';
      let n = m.sheets.length + 1;
      while (this.has(`${dir}sheet${n}.xml`)) n++;
      const part = `${dir}sheet${n}.xml`;
      const sheetId = Math.max(0, ...m.info.sheets.map((s) => s.sheetId)) + 1;
      this.commitStyles(editor);
      const relsPart = relsPathOf(this.workbookPart);
      const relsXml = this.text(relsPart) ?? EMPTY_RELS_XML;
      const relId = freeRelId(parseRels(relsXml));
      this.put(relsPart, addRelationship(relsXml, relId, REL_TYPE_BASE + REL_WORKSHEET, relativeTarget(this.workbookPart, part)));
      this.put(this.workbookPart, addSheetEntry(this.text(this.workbookPart)!, name, sheetId, relId));
      this.put(part, xml);
      this.put('[Content_Types].xml', addContentTypeOverride(this.text('[Content_Types].xml') ?? '', part, CT_WORKSHEET));
    }
    if (layout.cells.some((c) => c.formula !== undefined)) this.put(this.workbookPart, setFullCalcOnLoad(this.text(this.workbookPart)!));
    if (layout.print) {
      // Print area and repeated title rows are workbook-level defined names of this sheet.
      const index = existing ? existing.tabIndex : m.info.sheets.length;
      const area = printAreaOf(layout);
      const t = layout.print.titleRows;
      const abs = `$${columnLetters(area.left)}$${area.top + 1}:$${columnLetters(area.right)}$${area.bottom + 1}`;
      this.put(this.workbookPart, setPrintNames(this.text(this.workbookPart)!, index, existing ? existing.name : name, abs, t ? `$${t.top + 1}:$${t.bottom + 1}` : undefined));
    }
    if (layout.hidden) this.hideSheet(name);
    else if (options.activate && this.isVisible(name)) this.selectCell(name, 'A1');
  }

  /** Whether the sheet's `<sheet>` entry is visible (no `state`, or `state="visible"`). */
  private isVisible(name: string): boolean {
    const ref = this.sheetRef(name);
    return (this.getModel().info.sheets[ref.tabIndex]?.state ?? 'visible') === 'visible';
  }

  /**
   * `state="hidden"` on the sheet's `<sheet>` entry (a settings sheet); if it was the active tab,
   * the first visible sheet becomes active (Excel shows no hidden active tab). Never activated.
   */
  private hideSheet(name: string): void {
    const m = this.getModel();
    const ref = this.sheetRef(name);
    const visible = m.info.sheets.findIndex((s, i) => i !== ref.tabIndex && s.state === 'visible');
    if (visible < 0) return; // the only visible sheet stays visible (a workbook needs one)
    let xml = setSheetState(this.text(this.workbookPart)!, ref.tabIndex, 'hidden');
    if (activeTabOf(xml) === ref.tabIndex) xml = setActiveTab(xml, visible);
    this.put(this.workbookPart, xml);
  }

  /**
   * Make `address` the active cell of `sheet` and that sheet the active tab. A hidden sheet is
   * refused (HIDDEN_SHEET), as Excel cannot activate one: a hidden active tab is never written.
   */
  selectCell(sheet: string, address: string): void {
    const ref = this.sheetRef(sheet);
    let pos: { row: number; col: number };
    try {
      pos = fromA1(address);
    } catch {
      throw XlsxMisuseError.badAddress(sheet, address);
    }
    if (!this.isVisible(ref.name)) throw XlsxMisuseError.hiddenSheet(ref.name);
    const m = this.getModel();
    for (const other of m.sheets) {
      if (other.part === ref.part) continue;
      const x = this.text(other.part);
      if (x !== undefined && /tabSelected\s*=\s*["'](1|true)/.test(x)) this.put(other.part, this.guard(other.part, () => unselectTab(x)));
    }
    const xml = this.text(ref.part);
    if (xml === undefined) throw new XlsxError('TRUNCATED', { part: ref.part });
    this.put(ref.part, this.guard(ref.part, () => selectInSheet(xml, pos.row, pos.col)));
    this.put(this.workbookPart, setActiveTab(this.text(this.workbookPart)!, ref.tabIndex));
  }

  /** True when some part differs from the input. */
  get isModified(): boolean {
    return this.changed.size > 0 || this.removed.size > 0;
  }

  /** The package bytes: the input itself when nothing changed. */
  toBytes(): Uint8Array {
    if (!this.isModified) return this.zip.bytes;
    const wbEntry = this.zip.entry(this.workbookPart)!;
    const out: ZipOutEntry[] = [];
    for (const e of this.zip.entries) {
      if (this.removed.has(e.name)) continue;
      const t = this.changed.get(e.name);
      if (t !== undefined) out.push({ kind: 'data', name: e.name, data: encodeUtf8(t), dosTime: e.dosTime, dosDate: e.dosDate });
      else out.push({ kind: 'copy', entry: e, raw: this.zip.raw(e) });
    }
    for (const name of this.added) {
      out.push({ kind: 'data', name, data: encodeUtf8(this.changed.get(name)!), dosTime: wbEntry.dosTime, dosDate: wbEntry.dosDate });
    }
    return writeZip(out, this.codec);
  }
}
