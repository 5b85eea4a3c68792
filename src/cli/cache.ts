/**
 * The batch cache beside the summary (`.汇总.xlsx.jixiao-cache.json`): each file's result by
 * content key (SHA-256 + base name), valid for one version of the checker and one profile. A
 * re-run over a folder checks only the files whose content changed. Written atomically; an
 * unreadable or foreign cache is ignored (never an error).
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileResult } from '../batch/types';
import type { ScoringProfile } from '../core/rules/profile';

/** Bump when the checker's findings or the result's shape change. */
const CACHE_FORMAT = 'jixiao-batch-cache/1';

declare const __JIXIAO_BUILD__: string | undefined;

export function cachePathFor(summary: string): string {
  return join(dirname(summary), `.${basename(summary)}.jixiao-cache.json`);
}

type Entry = Omit<FileResult, 'file'>;

export class BatchCache {
  private readonly old = new Map<string, Entry>();
  /** This run's results, as kept by the batch (findings possibly spooled: read only when saved). */
  private readonly now = new Map<string, FileResult>();
  private readonly stamp: string;

  constructor(
    private readonly path: string,
    profile: ScoringProfile,
  ) {
    const build = typeof __JIXIAO_BUILD__ === 'string' ? __JIXIAO_BUILD__ : 'dev';
    this.stamp = `${CACHE_FORMAT}|${build}|${JSON.stringify(profile)}`;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { stamp?: string; entries?: Record<string, Entry> };
      if (data.stamp === this.stamp && data.entries) for (const [k, v] of Object.entries(data.entries)) this.old.set(k, v);
    } catch {
      // No cache yet, or not ours: check everything.
    }
  }

  get(key: string, file: string): FileResult | undefined {
    const e = this.old.get(key) ?? this.now.get(key);
    return e ? ({ ...e, file } as FileResult) : undefined;
  }

  private static entryOf(r: FileResult): Entry {
    const { file: _file, ...entry } = r;
    void _file;
    return entry;
  }

  /** Remember a result (unreadable files too: their content will not change their verdict). */
  put(key: string, result: FileResult): void {
    if (result.error && (result.error.code === 'TIMEOUT' || result.error.code === 'CRASHED' || result.error.code === 'INTERNAL')) return;
    this.now.set(key, result);
  }

  /**
   * Keep the entries of this run's files only. Written entry by entry into a temporary file
   * beside the cache (each file's findings read back from the spool, written and dropped), then
   * renamed over it: never the whole cache in memory, never a half-written cache.
   */
  save(keep: Iterable<string>): void {
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    let fd: number | undefined;
    try {
      fd = openSync(tmp, 'w');
      writeSync(fd, `{"stamp":${JSON.stringify(this.stamp)},"entries":{`);
      let first = true;
      for (const k of [...new Set(keep)].sort()) {
        const r = this.now.get(k);
        const e = r ? BatchCache.entryOf(r) : this.old.get(k);
        if (!e) continue;
        writeSync(fd, `${first ? '' : ','}${JSON.stringify(k)}:${JSON.stringify(e)}`);
        first = false;
      }
      writeSync(fd, '}}');
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, this.path);
    } catch {
      // A cache that cannot be written costs the next run its speed, nothing else.
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    }
  }
}
