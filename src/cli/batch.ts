/**
 * `jixiao check DIR|FILES --summary 汇总.xlsx [--units 名单] [--jobs N] [--timeout S]
 * [--return-letters DIR] [--json]`: the bureau's batch check. Files are checked in a pool of
 * worker threads (pool.ts), unchanged ones taken from the cache beside the summary; the roll-up
 * (src/batch) is written atomically at the end — Ctrl-C writes no summary and no letters.
 * stdout: one line of totals (or the JSON of every file with --json); a progress line on stderr
 * only when it is a terminal. Exit 2: usage, or the summary cannot be written; else 1 when a file
 * is unreadable or has an error finding; else 0.
 */
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { rollUp } from '../batch/roll-up';
import { summaryWorkbookOf, type SummaryMeta } from '../batch/summary';
import { isUnreadable, type FileResult } from '../batch/types';
import type { ScoringProfile } from '../core/rules/profile';
import { XlsxError } from '../hosts/xlsx/errors';
import { NODE_ZIP_CODEC, writeFileAtomic } from '../hosts/xlsx/file-io';
import type { ParsedArgs } from './args';
import { BatchCache, cachePathFor } from './cache';
import { runPool, type PoolTask } from './pool';
import { readUnits, UnitsError } from './units';
import { FindingsSpool } from './spool';

export interface BatchIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  /** The progress line (stderr when it is a terminal), else undefined. */
  readonly progress?: (text: string | undefined) => void;
  /** Ctrl-C. */
  readonly signal?: AbortSignal;
}

export class BatchUsageError extends Error {}

const EXT = /\.(xlsx|xlsm|xls|et|docx|doc)$/i;

/**
 * The workbooks and reports under a folder, recursively, sorted by their path relative to it
 * (with '/'; lock files ~$… and hidden files and folders skipped): what a folder stands for on
 * the command line, with or without --summary.
 */
export function workbookFilesIn(root: string): Array<{ readonly rel: string; readonly abs: string }> {
  const found: Array<{ rel: string; abs: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const abs = join(dir, name);
      let st;
      try {
        st = statSync(abs);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(abs);
      else if (EXT.test(name)) found.push({ rel: relative(root, abs).split(sep).join('/'), abs });
    }
  };
  walk(root);
  return found.sort((a, b) => byText(a.rel, b.rel));
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files of the batch, sorted by path: a folder recursively (workbookFilesIn), files named as given. */
export function batchFiles(inputs: readonly string[], cwd: string, skip: ReadonlySet<string>): PoolTask[] {
  const out: PoolTask[] = [];
  const single = inputs.length === 1;
  for (const input of inputs) {
    const root = resolve(cwd, input);
    if (existsSync(root) && statSync(root).isDirectory()) {
      const found = workbookFilesIn(root)
        .filter((f) => !skip.has(f.abs))
        .map(({ rel, abs }) => ({ file: single ? rel : `${input.replace(/[\\/]+$/, '')}/${rel}`, abs }));
      if (found.length === 0) throw new BatchUsageError(`目录“${input}”中没有 .xlsx 或 .docx 文件。`);
      out.push(...found);
    } else out.push({ file: input.split(sep).join('/'), abs: root });
  }
  const seen = new Set<string>();
  return out.filter((t) => (seen.has(t.abs) ? false : (seen.add(t.abs), true))).sort((a, b) => byText(a.file, b.file));
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function defaultJobs(): number {
  return typeof availableParallelism === 'function' ? availableParallelism() : Math.max(1, cpus().length);
}

export async function runBatch(args: ParsedArgs, profile: ScoringProfile, io: BatchIo): Promise<number> {
  const summaryPath = args.summary ? resolve(io.cwd, args.summary) : undefined;
  const lettersDir = args.returnLetters ? resolve(io.cwd, args.returnLetters) : undefined;
  if (summaryPath) {
    if (!existsSync(dirname(summaryPath)) || !statSync(dirname(summaryPath)).isDirectory()) throw new BatchUsageError(`无法写入汇总表“${args.summary}”：所在文件夹不存在。`);
    try {
      accessSync(dirname(summaryPath), constants.W_OK);
    } catch {
      throw new BatchUsageError(`无法写入汇总表“${args.summary}”：没有写入权限。`);
    }
    if (!/\.xlsx$/i.test(summaryPath)) throw new BatchUsageError(`汇总表应为 .xlsx 文件：“${args.summary}”。`);
  }
  let expectedUnits: string[] | undefined;
  if (args.units) {
    try {
      expectedUnits = await readUnits(resolve(io.cwd, args.units));
    } catch (e) {
      if (e instanceof UnitsError) throw new BatchUsageError(e.message);
      throw e;
    }
  }
  const skip = new Set<string>([summaryPath, args.units ? resolve(io.cwd, args.units) : undefined].filter((x): x is string => !!x));
  const tasks = batchFiles(args.inputs, io.cwd, skip).filter((t) => !lettersDir || !t.abs.startsWith(lettersDir + sep));
  const cache = summaryPath ? new BatchCache(cachePathFor(summaryPath), profile) : undefined;
  const results: (FileResult | undefined)[] = new Array(tasks.length);
  const keys: string[] = [];
  let done = 0;
  let fromCache = 0;
  let lastShown = 0;
  const signal = io.signal ?? new AbortController().signal;
  const show = (force = false) => {
    if (!io.progress) return;
    const now = Date.now();
    if (!force && now - lastShown < 100) return;
    lastShown = now;
    io.progress(`已检查 ${done}/${tasks.length} …`);
  };
  const spool = new FindingsSpool();
  try {
    return await checkAndWrite();
  } finally {
    spool.close();
  }

  async function checkAndWrite(): Promise<number> {
  show(true);
  await runPool(tasks, {
    jobs: args.jobs ?? defaultJobs(),
    timeoutMs: (args.timeout ?? 60) * 1000,
    profile,
    spool,
    signal,
    cached: (key, file) => cache?.get(key, file),
    onResult: (index, received, key, hit) => {
      if (signal.aborted) return;
      const result = received;
      results[index] = result;
      done++;
      if (hit) fromCache++;
      if (key !== undefined) {
        keys.push(key);
        if (!hit) cache?.put(key, result);
      }
      show();
    },
  });
  io.progress?.(undefined);
  if (signal.aborted) {
    // Nothing partial: no summary, no letters. The cache keeps what was checked (a re-run resumes).
    cache?.save(keys);
    io.err('已中断：未写入汇总表。');
    return 130;
  }
  const all = results as FileResult[];
  const modified: Record<string, number> = {};
  for (const t of tasks) {
    try {
      modified[t.file] = Math.floor(statSync(t.abs).mtimeMs);
    } catch {
      // unreadable: no time
    }
  }
  const meta: SummaryMeta = { generatedAt: stamp(new Date()), profile: { id: profile.id, name: profile.name }, expectedUnits, modified };
  const roll = rollUp(all, meta);
  if (summaryPath) {
    try {
      await writeFileAtomic(summaryPath, summaryWorkbookOf(roll, all, meta, NODE_ZIP_CODEC));
    } catch (e) {
      if (e instanceof XlsxError) {
        io.err(e.message);
        return 2;
      }
      throw e;
    }
    cache!.save(keys);
  }
  let letters = 0;
  if (lettersDir) {
    const { writeReturnLetters } = await import('./return-letters');
    letters = await writeReturnLetters(all, roll, lettersDir, meta.generatedAt);
  }
  const t = roll.totals;
  if (args.json) io.out(JSON.stringify({ files: all, totals: t, checked: tasks.length - fromCache, fromCache }, null, 2));
  else {
    const parts = [
      `已检查 ${t.files} 个文件（${tasks.length - fromCache} 个重新检查，${fromCache} 个内容未变）`,
      `无法读取 ${t.unreadable} 个`,
      `有错误的文件 ${t.filesWithErrors} 个`,
      `错误 ${t.errors}、警告 ${t.warnings}、提示 ${t.infos}`,
    ];
    if (expectedUnits) parts.push(`未报送 ${t.notSubmitted} 个单位`, `名单外 ${t.notOnList} 个文件`);
    if (t.duplicates) parts.push(`重复报送 ${t.duplicates} 个`);
    if (summaryPath) parts.push(`汇总表：${args.summary}`);
    if (lettersDir) parts.push(`退回意见 ${letters} 份：${args.returnLetters}`);
    io.out(parts.join('；'));
  }
  return t.unreadable > 0 || all.some((r) => !isUnreadable(r) && r.counts.error > 0) ? 1 : 0;
  }
}

