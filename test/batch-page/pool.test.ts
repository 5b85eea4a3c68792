/** The page's worker pool with fake workers: order, pool size, timeouts, crashes, unopenable files, stop. */
import type { FileResult } from '../../src/batch/types';
import type { CheckRequest, CheckResponse } from '../../src/batch-page/messages';
import { runPool, type PoolDeps, type PoolJob, type PoolWorker } from '../../src/batch-page/pool';

/** A fake worker: records what it was sent; the test answers (or not) through `answer`. */
class FakeWorker implements PoolWorker {
  onmessage: ((e: { readonly data: CheckResponse }) => void) | null = null;
  onerror: ((e: { readonly message?: string; preventDefault?(): void }) => void) | null = null;
  readonly sent: CheckRequest[] = [];
  terminated = false;
  postMessage(m: CheckRequest): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(result?: Partial<FileResult>): void {
    const m = this.sent[this.sent.length - 1];
    this.onmessage?.({ data: { type: 'result', id: m.id, result: { file: m.path, error: { code: 'X', message: 'x' }, ...result } as FileResult } });
  }
}

function setup(jobs: PoolJob<Blob>[], size: number) {
  const workers: FakeWorker[] = [];
  const timers = new Map<number, () => void>();
  let t = 0;
  const deps: PoolDeps = {
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    setTimeout: (f) => (timers.set(++t, f), t),
    clearTimeout: (h) => timers.delete(h as number),
  };
  const seen: number[] = [];
  const run = runPool(jobs, { size, timeoutMs: 60_000, onResult: (i) => seen.push(i) }, deps);
  const busy = () => workers.filter((w) => !w.terminated && w.sent.length > 0);
  return { run, workers, timers, seen, busy };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const jobs = (n: number): PoolJob<Blob>[] => Array.from({ length: n }, (_, i) => ({ path: `f${i}.xlsx`, file: new Blob([String(i)]) }));

test('never more workers than asked or than files; results land by index whatever order they finish in', async () => {
  const { run, workers } = setup(jobs(5), 2);
  expect(workers).toHaveLength(2);
  expect(workers.map((w) => w.sent.map((m) => m.path))).toEqual([['f0.xlsx'], ['f1.xlsx']]);
  workers[1].answer(); // f1 first
  expect(workers[1].sent.map((m) => m.path)).toEqual(['f1.xlsx', 'f2.xlsx']);
  workers[0].answer(); // f0 → takes f3
  workers[1].answer(); // f2 → takes f4
  workers[0].answer();
  workers[1].answer();
  const results = await run.done;
  expect(results.map((r) => r.file)).toEqual(['f0.xlsx', 'f1.xlsx', 'f2.xlsx', 'f3.xlsx', 'f4.xlsx']);
  expect(workers.every((w) => w.terminated)).toBe(true);
  expect(setup(jobs(1), 8).workers).toHaveLength(1);
});

test('a file past the time limit: its worker is terminated and replaced, the file is one TIMEOUT row, the batch goes on', async () => {
  const { run, workers, timers } = setup(jobs(3), 1);
  expect(workers[0].sent[0].path).toBe('f0.xlsx');
  const [handle, fire] = [...timers][0];
  timers.delete(handle);
  fire(); // f0 hangs: its timer fires
  workers[0].answer(); // a late answer of the terminated worker is not taken
  expect(workers[0].terminated).toBe(true);
  await tick();
  expect(workers).toHaveLength(2);
  expect(workers[1].sent.map((m) => m.path)).toEqual(['f1.xlsx']);
  workers[1].answer();
  workers[1].answer();
  const results = await run.done;
  expect(results[0]).toEqual({ file: 'f0.xlsx', error: { code: 'TIMEOUT', message: '检查“f0.xlsx”超过 60 秒仍未完成，已跳过（文件可能过大或结构异常）。' } });
  expect(results.map((r) => r.file)).toEqual(['f0.xlsx', 'f1.xlsx', 'f2.xlsx']);
  expect(timers.size).toBe(0);
});

test('a worker that dies: one CRASHED row, a fresh worker takes the next file', async () => {
  const { run, workers } = setup(jobs(2), 1);
  let prevented = false;
  workers[0].onerror!({ message: 'Out of memory', preventDefault: () => (prevented = true) });
  expect(prevented).toBe(true);
  await tick();
  workers[1].answer();
  const results = await run.done;
  expect(results[0].error).toEqual({ code: 'CRASHED', message: '检查“f0.xlsx”时检查进程意外退出（Out of memory），已跳过。' });
  expect(results[1].file).toBe('f1.xlsx');
});

test('files that could not be opened are rows of their own and never sent to a worker', async () => {
  const { run, workers } = setup([{ path: 'sub/gone.xlsx', error: '文件已不存在' }, ...jobs(1)], 2);
  expect(workers).toHaveLength(1);
  workers[0].answer();
  const results = await run.done;
  expect(results[0]).toEqual({ file: 'sub/gone.xlsx', error: { code: 'UNREADABLE', message: '无法读取 “gone.xlsx”：文件已不存在' } });
  expect(workers[0].sent.map((m) => m.path)).toEqual(['f0.xlsx']);
});

test('stop ends the run with what was done and terminates every worker', async () => {
  const { run, workers, seen } = setup(jobs(4), 2);
  workers[0].answer();
  run.cancel();
  const results = await run.done;
  expect(seen).toEqual([0]);
  expect(results.filter(Boolean)).toHaveLength(1);
  expect(workers.every((w) => w.terminated)).toBe(true);
});

test('no files: done at once, no worker started', async () => {
  const { run, workers } = setup([], 4);
  expect(await run.done).toEqual([]);
  expect(workers).toHaveLength(0);
});
