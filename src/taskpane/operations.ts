/**
 * What the pane's buttons do, over any WorkbookHost (Excel, WPS, in-memory). No React and no
 * Excel.* here: components receive these operations as props; index.tsx composes them.
 */
import type { Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import type { SheetLayout } from '../core/grid/layout';
import type { CellValue, Workbook } from '../core/grid/types';
import { cellAt, isCellError } from '../core/grid/types';
import type { CellWrite, WithheldWrite } from '../core/plan/write-plan';
import { isMappingSheet, mappingSheetLayout, readMappingSheet, rememberedProfileOf } from '../core/mapping/sheet-codec';
import { NATIONAL_PROFILE, profileById, type ScoringProfile } from '../core/rules/profile';
import { proposeProfile, type ProfileProposal } from '../core/rules/profile-propose';
import { MAPPING_SHEET, type WorkbookMapping } from '../core/mapping/types';
import { outputSheetKind, REPORT_SHEET } from '../core/output-sheets';
import type { WorkbookHost } from '../hosts/ports';
import { cellTextOrBlank } from './cell-text';
import { PaneError } from './errors';
import type { CellLook, CellMark, CellMarker } from '../hosts/ports';
export type { CellMarker };
import { findingMarks, findingsSheetLayout } from './findings-sheet';
import { cellsOf, marksSheetLayout, planMarks, readMarkRecords, type MarkRecord } from './marks';
import { changeLabel, isFormatOnly, rowNames } from './change-labels';
import { PANE } from './phrases';
import { MAPPING_PANE } from './components/mapping-panel/phrases';
import type { ReportGapView, ReportModule } from './report-module';
import { draftDeviationReasons, type ReasonDraftWrite } from '../core/rules/deviation-draft';

export type Progress = (label: string) => void;

export interface PaneDeps {
  readonly host: WorkbookHost;
  readonly marker?: CellMarker;
  /** The engine over a grid, with the rule set in force (national when none is given). */
  readonly analyse: (wb: Workbook, profile?: ScoringProfile) => Analysis;
  /** The template's sheets (插入模板): loaded when first asked, a chunk of its own in the pane. */
  readonly templateLayouts: () => readonly SheetLayout[] | Promise<readonly SheetLayout[]>;
  readonly loadReport: () => Promise<ReportModule>;
}

/** One row of the 重新计算 preview: "行政三级办理情况 · 得分" (sheet!cell): old → new. */
export interface CellChange {
  readonly sheet: string;
  readonly address: string;
  /** The row's name and the column: "行政三级办理情况 · 得分". */
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** The value stays; only its display (or text → number) changes: shown as 仅格式. */
  readonly formatOnly: boolean;
}

export interface RecomputePreview {
  readonly changes: readonly CellChange[];
  readonly writes: readonly CellWrite[];
  /** Output cells the plan does not write (总分/等级 when the weights are wrong), with why. */
  readonly withheld: readonly WithheldWrite[];
}

/**
 * What 撤销 puts back: cells' prior values and number formats (重新计算, 起草偏差原因), and/or
 * cells' prior fills and notes with the prior mark records (标记到工作簿, 清除标记).
 */
export interface UndoEntry {
  readonly kind: 'recompute' | 'marks' | 'drafts';
  readonly writes: readonly CellWrite[];
  readonly looks?: readonly CellLook[];
  readonly marks?: readonly MarkRecord[];
}

export interface MarkOutcome {
  readonly filled: number;
  readonly notesWritten: boolean;
  /** Marks of the previous run taken off first. */
  readonly replaced: number;
  readonly undo: UndoEntry;
}

export interface ReportOutcome {
  readonly sheet: string;
  readonly docx: Uint8Array;
  /** What the report still lacks (listed before download; the final text leaves those sentences out). */
  readonly gaps: readonly ReportGapView[];
}

/** The report file built from the workbook as it is now (下载 / 下载草稿). */
export interface ReportFile {
  readonly docx: Uint8Array;
  readonly gaps: readonly ReportGapView[];
}

/** 起草偏差原因: the drafted reasons shown for confirmation (nothing is written before). */
export interface ReasonDrafts {
  readonly drafts: readonly ReasonDraftWrite[];
}

/** An analysis with the workbook it was read from (the 识别映射 view adds a missed table from its grid). */
/** The rule set in force and why: the pane's choice, the one remembered in the workbook, or the default. */
export interface RuleSetInForce {
  readonly profile: ScoringProfile;
  readonly origin: 'default' | 'remembered' | 'chosen';
  /** A recognised provincial layout's suggestion (never applied without the person's click). */
  readonly proposal?: ProfileProposal;
}

export interface PaneAnalysis extends Analysis {
  readonly workbook?: Workbook;
  readonly ruleSet?: RuleSetInForce;
  /** Set when this check refreshed the workbook's marks (cells now marked). */
  readonly marksRefreshed?: number;
}

export interface TemplatePlan {
  readonly existing: readonly string[];
  readonly missing: readonly string[];
  readonly hasTable: boolean;
}

export interface PaneOperations {
  check(progress?: Progress): Promise<PaneAnalysis>;
  previewRecompute(progress?: Progress): Promise<RecomputePreview>;
  /** Writes the previewed cells after checking none changed since; returns how to undo. */
  applyRecompute(preview: RecomputePreview, progress?: Progress): Promise<UndoEntry>;
  undo(entry: UndoEntry, progress?: Progress): Promise<void>;
  /** Names of template sheets that already exist (the pane asks before replacing them). */
  existingTemplateSheets(): Promise<string[]>;
  /**
   * What 插入模板 would meet (issue 12 point 9): the template sheets already there, whether the
   * workbook already holds a 自评表 (by name, or a table recognised on any sheet — a table pasted
   * from Word counts), and the template sheets it lacks — 基本情况 / 收支明细 when neither a sheet
   * of that name nor recognised content exists, 自评表 only when there is no table at all.
   */
  templatePlan(progress?: Progress): Promise<TemplatePlan>;
  /** Writes the template's sheets, or only those named in `only` (补充缺少的工作表: never an existing one). */
  insertTemplate(progress?: Progress, only?: readonly string[]): Promise<string[]>;
  generateReport(progress?: Progress): Promise<ReportOutcome>;
  /** The .docx of the workbook as it is now (re-read, never cached): final, or a draft with brackets. */
  reportFile(options: { readonly draft: boolean }, progress?: Progress): Promise<ReportFile>;
  /** 起草偏差原因: a draft reason for each row below full marks without one (not written). */
  draftReasons(progress?: Progress): Promise<ReasonDrafts>;
  /** Writes the confirmed drafts after checking the cells did not change since; returns how to undo. */
  applyReasons(drafts: readonly ReasonDraftWrite[], progress?: Progress): Promise<UndoEntry>;
  /** Replaces the tool's previous marks by the findings' (restoring what was there) and writes 检查结果. */
  markWorkbook(findings: readonly Finding[], progress?: Progress): Promise<MarkOutcome>;
  /** Removes every mark the tool made, restoring each cell's earlier fill and note. */
  clearMarks(progress?: Progress): Promise<{ readonly cleared: number; readonly undo: UndoEntry }>;
  /** Whether a 自评报告 sheet exists (the pane asks before replacing it). */
  hasReportSheet(): Promise<boolean>;
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * 确认并保存 of the 识别映射 view: writes the mapping as the hidden sheet `_jixiao_mapping`
   * (core mapping/sheet-codec.ts) and checks again, so the findings follow the confirmed mapping.
   */
  saveMapping(mapping: WorkbookMapping, progress?: Progress): Promise<PaneAnalysis>;
  /**
   * 恢复自动识别: empties the saved mapping (an empty `_jixiao_mapping`, which recognition reads as
   * "nothing confirmed"; no sheet is created when there is none) and checks again.
   */
  resetMapping(progress?: Progress): Promise<{ readonly analysis: PaneAnalysis; readonly removed: boolean }>;
  /**
   * Switch the rule set and check again. A built-in set is remembered in the workbook (the
   * settings sheet, kept with the mapping); a 规则.json applies to this session only.
   */
  chooseProfile(profile: ScoringProfile, progress?: Progress): Promise<{ readonly analysis: PaneAnalysis; readonly remembered: boolean }>;
}

const noop: Progress = () => undefined;

/** A prior value as a write value: blank → '' (clears), error → its text, boolean → TRUE/FALSE. */
function restoreValue(v: CellValue): number | string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (isCellError(x) || isCellError(y)) return isCellError(x) && isCellError(y) && x.error === y.error;
  return x === y;
}

export function createPaneOperations(deps: PaneDeps): PaneOperations {
  const { host } = deps;
  // The rule set the person picked in this session (switch or 规则.json); else the workbook's own.
  let chosen: ScoringProfile | undefined;
  const settingsSheet = (wb: Workbook) => wb.sheets.find((x) => isMappingSheet(x));
  const ruleSetOf = (wb: Workbook): RuleSetInForce => {
    if (chosen) return { profile: chosen, origin: 'chosen' };
    const sheet = settingsSheet(wb);
    const remembered = profileById(sheet ? rememberedProfileOf(sheet) : undefined);
    return remembered ? { profile: remembered, origin: 'remembered' } : { profile: NATIONAL_PROFILE, origin: 'default' };
  };
  /** The remembered rule set id, kept whenever the settings sheet is rewritten for the mapping. */
  const rememberedId = (wb: Workbook) => {
    const sheet = settingsSheet(wb);
    return sheet ? rememberedProfileOf(sheet) : undefined;
  };
  const read = async (progress: Progress) => {
    progress(PANE.progress.reading);
    const wb = await host.readWorkbook();
    progress(PANE.progress.analysing);
    const ruleSet = ruleSetOf(wb);
    const analysis = deps.analyse(wb, ruleSet.profile);
    const proposal = proposeProfile(analysis.recognised.tables, ruleSet.profile);
    return { wb, analysis, ruleSet: proposal ? { ...ruleSet, proposal } : ruleSet };
  };
  /** Write planned cells after checking none changed since they were shown; returns how to undo. */
  const applyChecked = async (planned: readonly CellWrite[], progress: Progress): Promise<UndoEntry> => {
    progress(PANE.progress.verifying);
    const wb = await host.readWorkbook();
    const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
    const stale: string[] = [];
    const undo: CellWrite[] = [];
    for (const w of planned) {
      const s = sheets.get(w.sheet);
      const cell = s ? cellAt(s, w.row, w.col) : undefined;
      if (!s || !sameValue(cell?.value, w.old) || cell?.formula !== undefined) {
        stale.push(`${w.sheet}!${w.address}`);
        continue;
      }
      undo.push({ ...w, old: w.value, value: restoreValue(w.old), numFmt: cell?.numFmt ?? 'General' });
    }
    if (stale.length > 0) throw new PaneError(PANE.recompute.stale(stale.slice(0, 10).join('、') + (stale.length > 10 ? ' …' : '')));
    progress(PANE.progress.writing);
    await host.applyWrites(planned);
    return { kind: 'recompute', writes: undo };
  };

  const reportInputs = async (progress: Progress) => {
    progress(PANE.progress.reading);
    const wb = await host.readWorkbook();
    progress(PANE.progress.report);
    let mod: ReportModule;
    try {
      mod = await deps.loadReport();
    } catch (cause) {
      throw new PaneError(PANE.errors.reportMissing, { cause });
    }
    return { mod, wb };
  };
  const withWorkbook = (r: { readonly wb: Workbook; readonly analysis: Analysis; readonly ruleSet?: RuleSetInForce }): PaneAnalysis => ({
    ...r.analysis,
    workbook: r.wb,
    ...(r.ruleSet ? { ruleSet: r.ruleSet } : {}),
  });

  /**
   * Take the previous marks off and put `findings`' marks on, in one read and one write of the
   * cells' looks; the records go to `_jixiao_marks`. Returns how to undo it.
   */
  const replaceMarks = async (wb: Workbook, findings: readonly Finding[]): Promise<MarkOutcome> => {
    const marker = deps.marker;
    if (!marker) throw new PaneError(PANE.marks.unsupported);
    const names = new Set(wb.sheets.map((x) => x.name));
    const all = readMarkRecords(wb);
    const previous = all.filter((r) => names.has(r.sheet));
    // Marks go only onto sheets that exist (a finding on a report draft has no cell to fill).
    const marks: CellMark[] = findingMarks(findings).filter((m) => names.has(m.sheet));
    if (previous.length === 0 && marks.length === 0 && all.length === 0) {
      return { filled: 0, notesWritten: marker.notes, replaced: 0, undo: { kind: 'marks', writes: [], looks: [], marks: [] } };
    }
    const now = await marker.readLooks(cellsOf(previous, marks));
    const plan = planMarks(previous, marks, now, marker.notes);
    const result = plan.looks.length > 0 ? await marker.writeLooks(plan.looks) : { filled: 0, notesWritten: marker.notes };
    await host.writeSheet(marksSheetLayout(plan.records));
    return { filled: marks.length, notesWritten: result.notesWritten, replaced: previous.length, undo: { kind: 'marks', writes: [], looks: now, marks: all } };
  };

  return {
    async check(progress = noop) {
      const r = await read(progress);
      // A re-check refreshes the marks when the tool has marked this workbook before.
      if (!deps.marker || readMarkRecords(r.wb).length === 0) return withWorkbook(r);
      progress(PANE.progress.marking);
      const m = await replaceMarks(r.wb, r.analysis.findings);
      await host.writeSheet(findingsSheetLayout(r.analysis.findings));
      return { ...withWorkbook(r), marksRefreshed: m.filled };
    },

    async previewRecompute(progress = noop) {
      const { wb, analysis } = await read(progress);
      const writes = analysis.plan.writes;
      const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
      const names = rowNames(analysis.recognised);
      const changes = writes.map((w): CellChange => {
        const s = sheets.get(w.sheet);
        const cell = s ? cellAt(s, w.row, w.col) : undefined;
        return {
          sheet: w.sheet,
          address: w.address,
          label: changeLabel(names, w),
          before: cellTextOrBlank(cell?.value ?? w.old, cell?.numFmt),
          after: cellTextOrBlank(w.value, w.numFmt ?? cell?.numFmt),
          formatOnly: isFormatOnly(cell?.value ?? w.old, w.value),
        };
      });
      return { changes, writes, withheld: analysis.plan.withheld ?? [] };
    },

    applyRecompute: (preview, progress = noop) => applyChecked(preview.writes, progress),

    async undo(entry, progress = noop) {
      progress(PANE.progress.writing);
      if (entry.writes.length > 0) await host.applyWrites(entry.writes);
      if (entry.looks && entry.looks.length > 0) {
        if (!deps.marker) throw new PaneError(PANE.marks.unsupported);
        await deps.marker.writeLooks(entry.looks);
      }
      if (entry.marks) await host.writeSheet(marksSheetLayout(entry.marks));
    },

    async existingTemplateSheets() {
      const wb = await host.readWorkbook();
      const names = new Set(wb.sheets.map((s) => s.name));
      return (await deps.templateLayouts()).map((l) => l.name).filter((n) => names.has(n));
    },

    async templatePlan(progress = noop) {
      const { wb, analysis } = await read(progress);
      const names = new Set(wb.sheets.map((s) => s.name));
      const layouts = await deps.templateLayouts();
      const [evaluation, basicInfo, spendingDetail] = layouts.map((l) => l.name);
      const hasTable = names.has(evaluation) || analysis.recognised.tables.length > 0;
      const lacks = (name: string) => {
        if (names.has(name)) return false;
        if (name === evaluation) return !hasTable;
        if (name === basicInfo) return analysis.recognised.basicInfo === undefined;
        if (name === spendingDetail) return analysis.recognised.spendingDetail === undefined;
        return true;
      };
      return { existing: layouts.map((l) => l.name).filter((n) => names.has(n)), missing: layouts.map((l) => l.name).filter(lacks), hasTable };
    },

    async insertTemplate(progress = noop, only) {
      progress(PANE.progress.template);
      const layouts = (await deps.templateLayouts()).filter((l) => only === undefined || only.includes(l.name));
      if (only !== undefined) {
        // 补充缺少的工作表: re-read at the moment of writing, never replace a sheet that now exists.
        const names = new Set((await host.readWorkbook()).sheets.map((s) => s.name));
        const clash = layouts.filter((l) => names.has(l.name)).map((l) => l.name);
        if (clash.length > 0) throw new PaneError(PANE.template.appeared(clash.join('、')));
      }
      for (let i = 0; i < layouts.length; i++) await host.writeSheet(layouts[i], { activate: i === 0 });
      return layouts.map((l) => l.name);
    },

    async generateReport(progress = noop) {
      const { mod, wb } = await reportInputs(progress);
      const report = mod.reportOfWorkbook(wb, { draft: false, profile: ruleSetOf(wb).profile });
      const layout = mod.reportSheetLayout(report);
      const docx = await mod.reportDocx(report);
      await host.writeSheet(layout, { activate: true });
      return { sheet: layout.name, docx, gaps: report.gaps };
    },

    async reportFile(options, progress = noop) {
      const { mod, wb } = await reportInputs(progress);
      const report = mod.reportOfWorkbook(wb, { draft: options.draft, profile: ruleSetOf(wb).profile });
      return { docx: await mod.reportDocx(report), gaps: report.gaps };
    },

    async draftReasons(progress = noop) {
      const { analysis } = await read(progress);
      progress(PANE.progress.drafting);
      return { drafts: analysis.computations.flatMap((c) => draftDeviationReasons(c, analysis.profile)) };
    },

    async applyReasons(drafts, progress = noop) {
      // The one write into input cells: each drafted reason, only where the cell still holds what
      // was there when the drafts were shown. Written and undone like 重新计算's writes.
      const writes: CellWrite[] = drafts.map((d) => ({ sheet: d.sheet, row: d.row, col: d.col, address: d.address, kind: d.kind, old: d.old, value: d.value }));
      const undo = await applyChecked(writes, progress);
      return { ...undo, kind: 'drafts' };
    },

    async markWorkbook(findings, progress = noop) {
      progress(PANE.progress.marking);
      const wb = await host.readWorkbook();
      const outcome = await replaceMarks(wb, findings);
      await host.writeSheet(findingsSheetLayout(findings));
      return outcome;
    },

    async clearMarks(progress = noop) {
      progress(PANE.progress.clearing);
      const wb = await host.readWorkbook();
      const all = readMarkRecords(wb);
      if (all.length === 0) return { cleared: 0, undo: { kind: 'marks', writes: [], looks: [], marks: [] } };
      const m = await replaceMarks(wb, []);
      return { cleared: m.replaced, undo: m.undo };
    },

    async hasReportSheet() {
      const wb = await host.readWorkbook();
      // Any sheet of that name: a department's own 自评报告 must not be replaced silently either.
      return wb.sheets.some((x) => outputSheetKind(x) === 'report' || x.name === REPORT_SHEET);
    },

    selectCell: (sheet, address) => host.selectCell(sheet, address),

    async saveMapping(mapping, progress = noop) {
      progress(MAPPING_PANE.progress.saving);
      const profile = mapping.profile ?? rememberedId(await host.readWorkbook());
      await host.writeSheet(mappingSheetLayout({ ...mapping, ...(profile ? { profile } : {}) }));
      return withWorkbook(await read(progress));
    },

    async resetMapping(progress = noop) {
      const first = await read(progress);
      if (!first.wb.sheets.some((s) => s.name === MAPPING_SHEET)) return { analysis: withWorkbook(first), removed: false };
      progress(MAPPING_PANE.progress.resetting);
      const profile = rememberedId(first.wb);
      await host.writeSheet(mappingSheetLayout({ tables: [], ...(profile ? { profile } : {}) }));
      return { analysis: withWorkbook(await read(progress)), removed: true };
    },

    async chooseProfile(profile, progress = noop) {
      const builtin = profileById(profile.id) === profile;
      chosen = profile;
      if (builtin) {
        const wb = await host.readWorkbook();
        const sheet = settingsSheet(wb);
        const mapping = sheet ? readMappingSheet(sheet).mapping : { tables: [] };
        await host.writeSheet(mappingSheetLayout({ ...mapping, profile: profile.id }));
      }
      return { analysis: withWorkbook(await read(progress)), remembered: builtin };
    },
  };
}
