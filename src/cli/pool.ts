/**
 * The pool of worker threads behind `check --summary`: N workers (default: the CPU cores), each
 * given one file at a time; the main thread reads a file, hashes it (the cache key), and hands
 * the bytes over (transferred). A file whose check throws, runs past the timeout or kills its
 * worker (out of memory …) becomes one result with its reason; the worker is replaced and the
 * batch goes on. Results come back by index, whatever the scheduling.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BATCH_TEXT } from '../batch/phrases';
import { checkWorkbookBytes } from '../batch/check';
import type { FileResult } from '../batch/types';
import type { ScoringProfile } from '../core/rules/profile';
import { XlsxError } from '../hosts/xlsx/errors';
import { NODE_ZIP_CODEC } from '../hosts/xlsx/file-io';
import type { FindingsSpool, SpoolRef } from './spool';

export interface WorkerRequest {
  readonly id: number;
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface WorkerReply {
  readonly id: number;
  /** Without its findings when they were spooled (`spooled`). */
  readonly result: FileResult;
  readonly spooled?: SpoolRef;
}

export interface PoolTask {
  /** As shown (relative to the batch's folder). */
  readonly file: string;
  readonly abs: string;
}

export interface PoolOptions {
  readonly jobs: number;
  readonly timeoutMs: number;
  readonly profile: ScoringProfile;
  /** A cached result for this content, if any (then the file is not checked again). */
  readonly cached: (key: string, file: string) => FileResult | undefined;
  /** Each result, as it arrives (`key` undefined when the file could not be read). */
  readonly onResult: (index: number, result: FileResult, key: string | undefined, fromCache: boolean) => void;
  /** Where findings wait for the summary (workers write their own spool files). */
  readonly spool: FindingsSpool;
  /** Ctrl-C: stop handing out files and terminate the workers. */
  readonly signal: AbortSignal;
}

/** The worker script beside this bundle (dist-cli/bin/batch-worker.js or dist-cli/cli/batch-worker.js). */
export function workerScript(): string | undefined {
  const p = resolve(__dirname, 'batch-worker.js');
  return existsSync(p) ? p : undefined;
}

/** The cache key of a file's content: SHA-256 and the base name (messages name the file). */
export function contentKey(bytes: Uint8Array, file: string): string {
  return `${createHash('sha256').update(bytes).digest('hex')}:${basename(file)}`;
}

/**
 * The young generation of a worker (its semi-spaces): V8 lets it grow to 3 × 16 MiB; at 6 MiB a
 * worker checks about as fast (≈ +5 % CPU in GC) in ≈ 20 MiB less. Workers live for the whole
 * batch: replacing them every N files to cut the heap's creep (JIT code, the engine's bounded
 * memos) cost a cold JIT each time — +75 % CPU at every 100 files — for ≈ 20 MiB
 * (BENCHMARKS.md §4).
 */
const WORKER_YOUNG_MB = 6;

type Outcome = { readonly reply: WorkerReply } | { readonly timeout: true } | { readonly crash: string };

class Slot {
  private worker?: Worker;
  private settle?: (o: Outcome) => void;

  constructor(
    private readonly script: string,
    private readonly profile: ScoringProfile,
    private readonly spoolPrefix: string,
  ) {}

  private spawn(): Worker {
    const w = new Worker(this.script, { workerData: { profile: this.profile, spoolPrefix: this.spoolPrefix }, resourceLimits: { maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }, stdout: false, stderr: false });
    // Events of a worker already replaced (killed after a timeout, or retired) concern no request.
    w.on('message', (reply: WorkerReply) => this.worker === w && this.finish({ reply }));
    w.on('error', (err: Error) => this.worker === w && this.finish({ crash: err.message }));
    w.on('exit', (code) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.finish({ crash: `退出码 ${code}` });
    });
    return w;
  }

  private finish(o: Outcome): void {
    const s = this.settle;
    this.settle = undefined;
    s?.(o);
  }

  run(req: WorkerRequest, timeoutMs: number): Promise<Outcome> {
    const w = (this.worker ??= this.spawn());
    return new Promise<Outcome>((res) => {
      const timer = setTimeout(() => this.finish({ timeout: true }), timeoutMs);
      this.settle = (o) => {
        clearTimeout(timer);
        if (!('reply' in o)) this.kill();
        res(o);
      };
      w.postMessage(req, [req.bytes.buffer as ArrayBuffer]);
    });
  }

  /** Terminate the worker; a request in flight ends as crashed (its caller has stopped waiting, or the batch was interrupted). */
  kill(): void {
    const w = this.worker;
    this.worker = undefined;
    this.finish({ crash: '已停止' });
    if (w) void w.terminate();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

function readBytes(abs: string, file: string): Uint8Array | FileResult {
  try {
    const buf = readFileSync(abs);
    // An own ArrayBuffer of exactly the file (transferable; never a slice of Node's pool).
    return buf.byteOffset === 0 && buf.buffer.byteLength === buf.byteLength ? new Uint8Array(buf.buffer, 0, buf.byteLength) : new Uint8Array(buf);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const name = basename(file);
    const e =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? new XlsxError('MISSING', { file: name })
        : new XlsxError('UNREADABLE', { file: name, reason: code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : String(code ?? err) });
    return { file, error: { code: e.code, message: e.message } };
  }
}

/** Check every task; resolves when all are done (or the run was aborted). */
export async function runPool(tasks: readonly PoolTask[], o: PoolOptions): Promise<void> {
  const script = workerScript();
  let next = 0;
  const take = (): { index: number; bytes: Uint8Array; key: string } | undefined => {
    while (next < tasks.length && !o.signal.aborted) {
      const index = next++;
      const t = tasks[index];
      const bytes = readBytes(t.abs, t.file);
      if (!(bytes instanceof Uint8Array)) {
        o.onResult(index, bytes, undefined, false);
        continue;
      }
      const key = contentKey(bytes, t.file);
      const hit = o.cached(key, t.file);
      if (hit) {
        o.onResult(index, hit, key, true);
        continue;
      }
      return { index, bytes, key };
    }
    return undefined;
  };
  if (!script) {
    // Running from TypeScript sources (tests in-process): no worker script to start; check inline.
    for (let job = take(); job; job = take()) o.onResult(job.index, o.spool.keep(await checkWorkbookBytes(tasks[job.index].file, job.bytes, { profile: o.profile, codec: NODE_ZIP_CODEC })), job.key, false);
    return;
  }
  const seconds = o.timeoutMs / 1000;
  const slots = new Set<Slot>();
  o.signal.addEventListener('abort', () => slots.forEach((s) => s.kill()), { once: true });
  const lane = async () => {
    const slot = new Slot(script, o.profile, o.spool.prefix);
    slots.add(slot);
    try {
      for (let job = take(); job; job = take()) {
        const file = tasks[job.index].file;
        const out = await slot.run({ id: job.index, file, bytes: job.bytes }, o.timeoutMs);
        if (o.signal.aborted) break;
        if ('reply' in out) o.onResult(job.index, out.reply.spooled ? o.spool.attach(out.reply.result, out.reply.spooled) : out.reply.result, job.key, false);
        else if ('timeout' in out) o.onResult(job.index, { file, error: { code: 'TIMEOUT', message: BATCH_TEXT.timeout(basename(file), seconds) } }, undefined, false);
        else o.onResult(job.index, { file, error: { code: 'CRASHED', message: BATCH_TEXT.crashed(basename(file), out.crash) } }, undefined, false);
      }
    } finally {
      await slot.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.jobs, tasks.length)) }, lane));
}
