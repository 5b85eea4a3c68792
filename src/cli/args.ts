/** argv → a parsed command. Pure; usage errors are returned, not thrown. */
import { CLI_TEXT } from './phrases';

export interface ParsedArgs {
  readonly command: string;
  readonly inputs: readonly string[];
  readonly output?: string;
  readonly json: boolean;
  readonly sheet: boolean;
  /** report --draft: bracketed placeholders for what is missing (issue 12 point 3). */
  readonly draft?: boolean;
  readonly report?: string;
  readonly profile?: string;
  /** Batch check (`check --summary 汇总.xlsx`): the roll-up workbook to write. */
  readonly summary?: string;
  /** 报送名单 (.xlsx / .txt): units expected to submit. */
  readonly units?: string;
  /** Worker threads (default: CPU cores). */
  readonly jobs?: number;
  /** Seconds one file may take (default 60). */
  readonly timeout?: number;
  /** Folder for the 退回意见 documents (one .docx per unit with errors). */
  readonly returnLetters?: string;
}

export type ArgsResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

const COMMANDS = new Set(['template', 'check', 'recompute', 'report', 'demo', 'help']);

export function parseArgs(argv: readonly string[]): ArgsResult {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return { ok: true, args: { command: 'help', inputs: [], json: false, sheet: false } };
  if (!COMMANDS.has(command)) return { ok: false, message: CLI_TEXT.unknownCommand(command) };
  const inputs: string[] = [];
  let output: string | undefined;
  let report: string | undefined;
  let profile: string | undefined;
  let json = false;
  let sheet = false;
  let summary: string | undefined;
  let units: string | undefined;
  let jobsText: string | undefined;
  let timeoutText: string | undefined;
  let returnLetters: string | undefined;
  let draft = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[i + 1];
      i++;
      return v;
    };
    if (a === '-o' || a === '--output') output = value();
    else if (a === '--json') json = true;
    else if (a === '--sheet') sheet = true;
    else if (a === '--draft' && command === 'report') draft = true;
    else if (a === '--report') report = value();
    else if (a === '--profile') profile = value();
    else if (a === '--summary') summary = value();
    else if (a === '--units') units = value();
    else if (a === '--jobs' || a === '-j') jobsText = value();
    else if (a === '--timeout') timeoutText = value();
    else if (a === '--return-letters') returnLetters = value();
    else if (a.startsWith('-')) return { ok: false, message: CLI_TEXT.unknownOption(a) };
    else inputs.push(a);
  }
  if ((output === undefined && rest.some((a) => a === '-o' || a === '--output')) || (report === undefined && rest.includes('--report')) || (profile === undefined && rest.includes('--profile')))
    return { ok: false, message: CLI_TEXT.usage };
  for (const [flag, v] of [['--summary', summary], ['--units', units], ['--jobs', jobsText], ['--timeout', timeoutText], ['--return-letters', returnLetters]] as const)
    if (v === undefined && rest.includes(flag)) return { ok: false, message: CLI_TEXT.missingValue(flag) };
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256)) return { ok: false, message: CLI_TEXT.badJobs(jobsText!) };
  const timeout = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) return { ok: false, message: CLI_TEXT.badTimeout(timeoutText!) };
  const batch = summary !== undefined || returnLetters !== undefined;
  if (!batch && (units !== undefined || jobs !== undefined || timeout !== undefined)) return { ok: false, message: CLI_TEXT.batchOnly };
  if (batch && command !== 'check') return { ok: false, message: CLI_TEXT.batchOnly };
  if (batch && report !== undefined) return { ok: false, message: CLI_TEXT.batchNoReport };
  const args: ParsedArgs = { command, inputs, output, json, sheet, report, profile, summary, units, jobs, timeout, returnLetters, ...(draft ? { draft } : {}) };
  if (command === 'template' && !output) return { ok: false, message: CLI_TEXT.missingOutput(command) };
  if (command === 'check' && inputs.length === 0) return { ok: false, message: CLI_TEXT.missingInput(command) };
  if ((command === 'recompute' || command === 'report') && inputs.length !== 1) return { ok: false, message: CLI_TEXT.missingInput(command) };
  if ((command === 'recompute' || command === 'report') && !output) return { ok: false, message: CLI_TEXT.missingOutput(command) };
  return { ok: true, args };
}
