/**
 * The page's pool of Web Workers: each file is sent (as a File handle, not its bytes: the worker
 * reads it) to the next idle worker, checked there by the batch API, and its result comes back.
 * A file that takes longer than `timeoutMs` has its worker terminated and replaced and becomes
 * one TIMEOUT row; a worker that dies (uncaught error) gives one CRASHED row and is replaced; the
 * batch goes on either way. Results are delivered by index, whatever order they finish in.
 *
 * Worker and timers are passed in (PoolDeps) so that tests drive the pool with fakes.
 */
import type { FileResult } from '../batch/types';
import { BATCH_TEXT } from '../batch/phrases';
import { XLSX_PHRASES } from '../hosts/xlsx/phrases';
import type { CheckRequest, CheckResponse } from './messages';

export interface PoolWorker {
  postMessage(message: CheckRequest): void;
  terminate(): void;
  onmessage: ((e: { readonly data: CheckResponse }) => void) | null;
  onerror: ((e: { readonly message?: string; preventDefault?(): void }) => void) | null;
}

export interface PoolJob<F> {
  readonly path: string;
  readonly file?: F;
  /** Why the file could not even be opened (collect.ts). */
  readonly error?: string;
}

export interface PoolDeps {
  readonly createWorker: () => PoolWorker;
  readonly setTimeout: (f: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

export interface PoolOptions {
  /** Number of workers (at least 1; never more than the files). */
  readonly size: number;
  /** Per-file limit (ms); the CLI's --timeout default is 60 s. */
  readonly timeoutMs: number;
  readonly onResult: (index: number, result: FileResult) => void;
}

export interface PoolRun {
  readonly done: Promise<FileResult[]>;
  /** Stop: terminate every worker; `done` resolves with the results so far (holes left undefined). */
  cancel(): void;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function runPool<F>(jobs: readonly PoolJob<F>[], options: PoolOptions, deps: PoolDeps): PoolRun {
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  let cancelled = false;
  let resolveDone!: (r: FileResult[]) => void;
  const done = new Promise<FileResult[]>((ok) => (resolveDone = ok));
  const live = new Set<Slot>();

  interface Slot {
    worker: PoolWorker;
    index: number;
    timer: unknown;
  }

  const settle = (index: number, result: FileResult): void => {
    if (results[index] !== undefined) return;
    results[index] = result;
    finished++;
    options.onResult(index, result);
    if (finished === jobs.length) finish();
  };

  const finish = (): void => {
    for (const s of live) {
      deps.clearTimeout(s.timer);
      s.worker.terminate();
    }
    live.clear();
    resolveDone(results);
  };

  /** Give `slot` its next file, skipping files that could not be opened; retire it when none is left. */
  const feed = (slot: Slot): void => {
    while (!cancelled && next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (job.file === undefined) {
        settle(index, { file: job.path, error: { code: 'UNREADABLE', message: XLSX_PHRASES.unreadable(baseName(job.path), job.error ?? '') } });
        continue;
      }
      slot.index = index;
      slot.timer = deps.setTimeout(() => {
        replace(slot);
        settle(index, { file: job.path, error: { code: 'TIMEOUT', message: BATCH_TEXT.timeout(baseName(job.path), Math.round(options.timeoutMs / 1000)) } });
      }, options.timeoutMs);
      slot.worker.postMessage({ type: 'check', id: index, path: job.path, file: job.file as unknown as Blob });
      return;
    }
    slot.index = -1;
    live.delete(slot);
    slot.worker.terminate();
  };

  const attach = (slot: Slot): void => {
    slot.worker.onmessage = (e) => {
      const msg = e.data;
      if (msg.type !== 'result' || msg.id !== slot.index) return;
      deps.clearTimeout(slot.timer);
      const index = slot.index;
      settle(index, msg.result);
      if (live.has(slot)) feed(slot);
    };
    slot.worker.onerror = (e) => {
      e.preventDefault?.();
      const index = slot.index;
      if (index < 0) return;
      deps.clearTimeout(slot.timer);
      replace(slot);
      settle(index, { file: jobs[index].path, error: { code: 'CRASHED', message: BATCH_TEXT.crashed(baseName(jobs[index].path), e.message || '未知原因') } });
    };
  };

  /** Terminate the slot's worker and start a fresh one that takes the next file. */
  const replace = (slot: Slot): void => {
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    slot.worker.terminate();
    slot.index = -1;
    if (cancelled || finished === jobs.length) {
      live.delete(slot);
      return;
    }
    slot.worker = deps.createWorker();
    attach(slot);
    // The caller settles the old file first; feed after that so `finished` is current.
    Promise.resolve().then(() => {
      if (live.has(slot) && slot.index < 0) feed(slot);
    });
  };

  if (jobs.length === 0) resolveDone(results);
  else {
    const size = Math.max(1, Math.min(options.size, jobs.length));
    for (let i = 0; i < size && next < jobs.length; i++) {
      const slot: Slot = { worker: deps.createWorker(), index: -1, timer: undefined };
      live.add(slot);
      attach(slot);
      feed(slot);
    }
  }

  return {
    done,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      finish();
    },
  };
}
