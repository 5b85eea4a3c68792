/**
 * The command line: argv → hosts/xlsx → core → report → stdout / files. `runCli` is the whole
 * program minus process wiring, so tests call it directly. A workbook is opened once, as the
 * xlsx WorkbookHost, and everything goes through the port (src/hosts/ports.ts): `check` reads it
 * sheet by sheet (`readSheets`), recompute and report read it whole and write into the package
 * they opened.
 */
import { statSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, basename, dirname } from 'node:path';
import { parseArgs, type ParsedArgs } from './args';
import { CLI_TEXT } from './phrases';
import { findingLine, writeLine, withheldLine, summary } from './format';
import { loadProfile, ProfileError } from './profile-loader';
import { analyseSheets, analyseWorkbook, type Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import { NATIONAL_PROFILE, profileById, type ScoringProfile } from '../core/rules/profile';
import { MAPPING_SHEET } from '../core/mapping/types';
import { profileInForce } from '../core/mapping/sheet-codec';
import type { Sheet, SheetSource } from '../core/grid/types';
import type { WorkbookHost } from '../hosts/ports';
import type { XlsxWorkbookHost } from '../hosts/xlsx/host';
import { XlsxError } from '../hosts/xlsx/errors';
import { openXlsxHost, writeFileAtomic, assertNotSame } from '../hosts/xlsx/file-io';
import type { DraftDocument } from '../report';
import { DocxError, readDocx } from '../hosts/docx';
import { BatchUsageError, runBatch, workbookFilesIn, type BatchIo } from './batch';

// The template (exceljs) and the report (docx) are loaded by the commands that use them only:
// `check` starts without parsing either library.
const exceljsLayout = () => import('./exceljs-layout');
const reportModule = () => import('../report');
const templateDefinition = () => import('../core/template/definition');

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  /** Batch check (`check --summary`): a progress line when stderr is a terminal, and Ctrl-C. */
  readonly progress?: BatchIo['progress'];
  readonly signal?: AbortSignal;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A failure that ends the command with exit code 2 and a Chinese message (never a stack trace). */
class CliFailure extends Error {
  constructor(message: string, readonly code = 'USAGE') {
    super(message);
    this.name = 'CliFailure';
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    io.err(CLI_TEXT.usage);
    return EXIT_USAGE;
  }
  const args = parsed.args;
  try {
    switch (args.command) {
      case 'help':
        io.out(CLI_TEXT.usage);
        return EXIT_OK;
      case 'template':
        return await cmdTemplate(args, io);
      case 'check':
        return await cmdCheck(args, io);
      case 'recompute':
        return await cmdRecompute(args, io);
      case 'report':
        return await cmdReport(args, io);
      case 'demo':
        return await cmdDemo(io);
      default:
        io.err(CLI_TEXT.unknownCommand(args.command));
        return EXIT_USAGE;
    }
  } catch (e) {
    if (e instanceof CliFailure || e instanceof XlsxError || e instanceof DocxError || e instanceof ProfileError || e instanceof BatchUsageError) {
      io.err(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
}

function abs(io: CliIo, p: string): string {
  return resolve(io.cwd, p);
}

async function cmdTemplate(args: ParsedArgs, io: CliIo): Promise<number> {
  const out = abs(io, args.output!);
  const [{ renderLayoutsXlsx }, { templateLayouts }] = await Promise.all([exceljsLayout(), templateDefinition()]);
  await writeFileAtomic(out, await renderLayoutsXlsx(templateLayouts()));
  io.out(CLI_TEXT.templateWrote(args.output!));
  return EXIT_OK;
}

/**
 * Files named, folders expanded to the .xlsx and .docx (and .xls/.et/.doc, to be refused with a
 * message) they hold, subfolders included — the files --summary checks.
 */
function expandInputs(inputs: readonly string[], io: CliIo): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const p = abs(io, input);
    if (existsSync(p) && statSync(p).isDirectory()) {
      const found = workbookFilesIn(p).map((f) => join(input, ...f.rel.split('/')));
      if (found.length === 0) throw new CliFailure(CLI_TEXT.noXlsxInDir(input));
      files.push(...found);
    } else files.push(input);
  }
  return files;
}

interface FileResult {
  readonly file: string;
  readonly findings?: readonly Finding[];
  /** The rule set the file was checked with (text output names it). */
  readonly profile?: ScoringProfile;
  readonly error?: { readonly code: string; readonly message: string };
  /** A .docx: each table's sheet name (表1 …) and the nearest heading before it. */
  readonly tables?: readonly { readonly sheet: string; readonly heading: string; readonly recognised: boolean }[];
}

function explicitProfile(args: ParsedArgs, io: CliIo): ScoringProfile | undefined {
  if (!args.profile) return undefined;
  return loadProfile(existsSync(abs(io, args.profile)) ? abs(io, args.profile) : args.profile);
}

/** The whole analysis (findings, plan, figures of every table) of a workbook read through the port. */
async function analyseHost(host: WorkbookHost, explicit: ScoringProfile | undefined): Promise<Analysis> {
  const workbook = await host.readWorkbook();
  const profile = profileInForce(explicit, workbook.sheets.map((sh) => sh.name), (n) => workbook.sheets.find((sh) => sh.name === n)!);
  return analyseWorkbook(workbook, { profile });
}

/** Open a workbook file as the xlsx host and analyse it whole; the host is kept for writing. */
async function analyseFile(file: string, io: CliIo, explicit: ScoringProfile | undefined): Promise<{ analysis: Analysis; host: XlsxWorkbookHost }> {
  const { host } = await openXlsxHost(abs(io, file));
  return { analysis: await analyseHost(host, explicit), host };
}

async function cmdCheck(args: ParsedArgs, io: CliIo): Promise<number> {
  const profile = explicitProfile(args, io);
  if (args.summary !== undefined || args.returnLetters !== undefined) return runBatch(args, profile ?? loadProfile(undefined), io);
  const files = expandInputs(args.inputs, io);
  const draft = args.report ? await loadDraft(abs(io, args.report)) : undefined;
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      if (/\.docx?$/i.test(file)) results.push(await checkDocx(file, io, profile));
      else results.push(draft ? await checkWithDraft(file, io, profile, draft) : await checkFile(file, io, profile));
    } catch (e) {
      if (e instanceof XlsxError || e instanceof DocxError) results.push({ file, error: { code: e.code, message: e.message } });
      else throw e;
    }
  }
  if (args.json) io.out(JSON.stringify({ files: results.map(({ profile: _p, ...r }) => r) }, null, 2));
  else
    for (const r of results) {
      if (r.error) io.err(`${r.file} ${r.error.message}`);
      else {
        if (r.tables && !r.tables.some((t) => t.recognised)) io.out(CLI_TEXT.docxNoTable(r.file));
        for (const t of r.tables ?? []) if (t.heading) io.out(CLI_TEXT.docxTable(r.file, t.sheet, t.heading));
        for (const f of r.findings!) io.out(findingLine(r.file, f));
        io.out(`${r.file} ${summary(r.findings!)}${r.profile ? CLI_TEXT.profileInForce(r.profile.name) : ''}`);
      }
    }
  if (results.some((r) => r.error)) return EXIT_USAGE;
  return results.some((r) => r.findings!.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** Findings of one workbook, read and analysed sheet by sheet (one sheet in memory at a time). */
async function checkFile(file: string, io: CliIo, explicit: ScoringProfile | undefined): Promise<FileResult> {
  const { host } = await openXlsxHost(abs(io, file));
  return { file, ...(await checkHost(host, explicit)) };
}

/** The findings of a workbook read through the port: sheet by sheet where the host can, else whole. */
async function checkHost(host: WorkbookHost, explicit: ScoringProfile | undefined): Promise<{ findings: readonly Finding[]; profile: ScoringProfile }> {
  const sheets: SheetSource = host.readSheets ? await host.readSheets() : wholeWorkbookSource(await host.readWorkbook());
  const profile = profileInForce(explicit, sheets.names, (n) => sheets.read(n));
  return { findings: analyseSheets(sheets, { profile, plan: false }).findings, profile };
}

function wholeWorkbookSource(workbook: { readonly sheets: readonly Sheet[] }): SheetSource {
  return { names: workbook.sheets.map((s) => s.name), read: (name) => workbook.sheets.find((s) => s.name === name)! };
}

/** Checking a report draft needs the whole analysis (figures of every table). */
async function checkWithDraft(file: string, io: CliIo, profile: ScoringProfile | undefined, draft: DraftDocument): Promise<FileResult> {
  const { analysis } = await analyseFile(file, io, profile);
  const { checkDraft } = await reportModule();
  return { file, findings: [...analysis.findings, ...checkDraft(draft, analysis)], profile: analysis.profile };
}

/**
 * A Word report (.docx): its tables checked with every rule, and its text cross-checked against
 * them with the R rules, in one pass (the same as `check X.xlsx --report X.docx`). Read only.
 */
async function checkDocx(file: string, io: CliIo, explicit: ScoringProfile | undefined): Promise<FileResult> {
  const path = abs(io, file);
  if (!existsSync(path)) throw new CliFailure(CLI_TEXT.docxMissing(file));
  const doc = readDocx(basename(path), new Uint8Array(readFileSync(path)));
  const analysis = analyseWorkbook(doc.workbook, { profile: explicit ?? NATIONAL_PROFILE });
  const { checkDraft, draftParagraphs } = await reportModule();
  const draft: DraftDocument = { fileName: basename(path), paragraphs: draftParagraphs(doc) };
  const found = new Set(analysis.recognised.tables.map((t) => t.sheet));
  const tables = doc.tables.map((t) => ({ sheet: t.sheet, heading: t.heading, recognised: found.has(t.sheet) }));
  return { file, findings: [...analysis.findings, ...checkDraft(draft, analysis)], profile: analysis.profile, tables };
}

async function loadDraft(path: string): Promise<DraftDocument> {
  if (!existsSync(path)) throw new CliFailure(`找不到报告草稿“${path}”。`);
  const { readDraft } = await reportModule();
  return readDraft({ fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) });
}

async function cmdRecompute(args: ParsedArgs, io: CliIo): Promise<number> {
  const input = abs(io, args.inputs[0]);
  const output = abs(io, args.output!);
  await assertNotSame(input, output);
  const { analysis, host } = await analyseFile(args.inputs[0], io, explicitProfile(args, io));
  // The package that was read is the one written: the plan goes in through the port.
  await host.applyWrites(analysis.plan.writes);
  for (const w of analysis.plan.writes) io.out(writeLine(w));
  for (const h of analysis.plan.withheld) io.out(withheldLine(h));
  await writeFileAtomic(output, host.toBytes());
  io.out(analysis.plan.writes.length === 0 ? CLI_TEXT.recomputeNone : CLI_TEXT.recomputeWrote(analysis.plan.writes.length, args.output!));
  return EXIT_OK;
}

async function cmdReport(args: ParsedArgs, io: CliIo): Promise<number> {
  const input = abs(io, args.inputs[0]);
  const output = abs(io, args.output!);
  await assertNotSame(input, output);
  const { analysis, host } = await analyseFile(args.inputs[0], io, explicitProfile(args, io));
  if (analysis.recognised.tables.length === 0) throw new CliFailure(CLI_TEXT.noTable(args.inputs[0]));
  const { buildReport, reportDocx, reportSheetLayout } = await reportModule();
  // Built once from the file as it is now; the final text leaves out what is missing, a draft
  // brackets it; both list the gaps on stderr (issue 12 point 3).
  const doc = buildReport(analysis, { draft: args.draft === true });
  if (args.sheet) {
    await host.writeSheet(reportSheetLayout(doc));
    await writeFileAtomic(output, host.toBytes());
  } else await writeFileAtomic(output, await reportDocx(doc));
  io.out(args.draft ? CLI_TEXT.reportDraftWrote(args.output!) : CLI_TEXT.reportWrote(args.output!));
  if (doc.gaps.length > 0) {
    io.err(args.draft ? CLI_TEXT.reportGapsDraft(doc.gaps.length) : CLI_TEXT.reportGaps(doc.gaps.length));
    for (const g of doc.gaps) io.err(CLI_TEXT.reportGap(g.sheet, g.cell, g.what));
  }
  return EXIT_OK;
}

/** The bundled samples: compiled CLI lives in dist-cli/cli, samples at the repository root. */
export function samplesDir(): string {
  return resolve(__dirname, '..', '..', 'samples');
}

async function cmdDemo(io: CliIo): Promise<number> {
  const outDir = abs(io, 'out');
  mkdirSync(outDir, { recursive: true });
  const run = async (argv: string[]) => {
    io.out(CLI_TEXT.demoHeading(`jixiao ${argv.join(' ')}`));
    return runCli(argv, io);
  };
  const rel = (p: string) => (p.startsWith(io.cwd) ? p.slice(io.cwd.length + 1) : p);
  const samples = ['seed-template.xlsx', 'seed-hunan-pasted.xlsx'].map((n) => rel(join(samplesDir(), n)));
  const codes: number[] = [];
  codes.push(await run(['template', '-o', join('out', 'template.xlsx')]));
  for (const s of samples) codes.push(await run(['check', s]));
  const stem = (s: string) => basename(s).replace(/\.xlsx$/i, '');
  for (const s of samples) codes.push(await run(['recompute', s, '-o', join('out', `${stem(s)}.recomputed.xlsx`)]));
  codes.push(await run(['check', join('out', `${stem(samples[0])}.recomputed.xlsx`)]));
  codes.push(await run(['report', samples[0], '-o', join('out', `${stem(samples[0])}.自评报告.docx`)]));
  codes.push(await run(['report', samples[0], '--sheet', '-o', join('out', `${stem(samples[0])}.自评报告.xlsx`)]));
  io.out(CLI_TEXT.demoDone(rel(outDir) || dirname(outDir)));
  // The samples carry findings on purpose (exit 1 from check): the demo ran if nothing was unreadable.
  return codes.some((c) => c === EXIT_USAGE) ? EXIT_USAGE : EXIT_OK;
}
