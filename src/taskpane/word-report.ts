/**
 * 检查Word报告 (issue 15): a .docx the person picks is read on this machine (File → ArrayBuffer,
 * nothing sent anywhere), its tables checked with every rule and its text cross-checked against
 * them with the R rules — the same pass as `jixiao check 报告.docx`. Nothing is written anywhere.
 * No React here; the reader and the report cross-check are loaded lazily (own chunks).
 */
import type { Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import type { Workbook } from '../core/grid/types';
import type { ScoringProfile } from '../core/rules/profile';
import { PaneError } from './errors';
import { WORD_PANE } from './word-phrases';

/** A table of the document: its grid's sheet name (表1 …) and the nearest heading before it. */
export interface WordTableView {
  readonly sheet: string;
  readonly heading: string;
}

/** What the reader and the report module give (typed structurally so the pane builds alone). */
export interface WordCheckModule {
  readDocx(fileName: string, bytes: Uint8Array): {
    readonly workbook: Workbook;
    readonly tables: readonly WordTableView[];
    readonly paragraphs: readonly unknown[];
  };
  draftParagraphs(doc: { readonly paragraphs: readonly unknown[] }): readonly unknown[];
  checkDraft(draft: { readonly fileName: string; readonly paragraphs: readonly unknown[] }, analysis: Analysis): Finding[];
}

export interface WordCheckDeps {
  /** The engine over a grid, with the rule set in force (national when none is given). */
  readonly analyse: (wb: Workbook, profile?: ScoringProfile) => Analysis;
  readonly loadWord: () => Promise<WordCheckModule>;
}

export interface WordReportResult {
  readonly fileName: string;
  /** Every Word table of the document (表1, 表2 …), recognised or not. */
  readonly tables: readonly WordTableView[];
  /** How many of them were recognised as a 自评表 (0: the text's figures had nothing to be held against). */
  readonly recognisedTables: number;
  /** Table findings first (engine order), then the text's (R rules). */
  readonly findings: readonly Finding[];
}

export async function loadWordCheckModule(): Promise<WordCheckModule> {
  const [docx, report] = (await Promise.all([
    import(/* webpackChunkName: "docx-reader" */ '../hosts/docx'),
    import(/* webpackChunkName: "report" */ '../report'),
  ])) as unknown as [Partial<WordCheckModule>, Partial<WordCheckModule>];
  if (typeof docx.readDocx !== 'function' || typeof report.draftParagraphs !== 'function' || typeof report.checkDraft !== 'function') {
    throw new PaneError(WORD_PANE.moduleMissing);
  }
  return { readDocx: docx.readDocx, draftParagraphs: report.draftParagraphs, checkDraft: report.checkDraft };
}

/** The picked file's bytes, read locally (Blob.arrayBuffer, else FileReader for older hosts). */
export async function readPickedFile(file: Blob & { readonly name: string }): Promise<Uint8Array> {
  try {
    if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
    return await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error ?? new Error(file.name));
      reader.readAsArrayBuffer(file);
    });
  } catch (e) {
    throw new PaneError(WORD_PANE.unreadable(file.name), { cause: e });
  }
}

/**
 * Check one Word report. A name not ending in .docx (a .doc, a workbook) is refused with a message
 * before reading; the reader's own refusals (.doc saved as .docx, broken zip, zip bomb) are shown
 * as its Chinese message.
 */
export async function checkWordReport(fileName: string, bytes: Uint8Array, deps: WordCheckDeps, profile?: ScoringProfile): Promise<WordReportResult> {
  if (!/\.docx$/i.test(fileName)) throw new PaneError(WORD_PANE.notDocx(fileName));
  const mod = await deps.loadWord();
  let doc: ReturnType<WordCheckModule['readDocx']>;
  try {
    doc = mod.readDocx(fileName, bytes);
  } catch (e) {
    // DocxError's message is the Chinese explanation naming the file.
    throw new PaneError(e instanceof Error ? e.message : WORD_PANE.unreadable(fileName), { cause: e });
  }
  const analysis = deps.analyse(doc.workbook, profile);
  const text = mod.checkDraft({ fileName, paragraphs: mod.draftParagraphs(doc) }, analysis);
  return {
    fileName,
    tables: doc.tables.map((t) => ({ sheet: t.sheet, heading: t.heading })),
    recognisedTables: analysis.recognised.tables.length,
    findings: [...analysis.findings, ...text],
  };
}

/** Where a finding of a Word report is: `表1!D3（nearest heading）` or `第12段：“…”`. */
export function wordFindingPlace(f: Finding, tables: readonly WordTableView[]): string | undefined {
  if (f.sheet !== undefined && f.cell !== undefined) {
    const heading = tables.find((t) => t.sheet === f.sheet)?.heading ?? '';
    return WORD_PANE.tablePlace(f.sheet, f.cell, heading);
  }
  if (f.paragraph !== undefined) return WORD_PANE.paragraphPlace(f.paragraph, f.excerpt);
  if (f.sheet !== undefined) return f.sheet;
  return undefined;
}
