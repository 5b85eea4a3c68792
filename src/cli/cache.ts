/**
 * The batch cache beside the summary (`.汇总.xlsx.jixiao-cache.json`): each file's result by
 * content key (SHA-256 + base name), valid for one version of the checker and one profile. A
 * re-run over a folder checks only the files whose content changed. Written atomically; an
 * unreadable or foreign cache is ignored (never an error).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileResult } from '../batch/types';
import type { ScoringProfile } from '../core/rules/profile';
import { writeFileAtomic } from '../hosts/xlsx/file-io';

/** Bump when the checker's findings or the result's shape change. */
const CACHE_FORMAT = 'jixiao-batch-cache/1';

declare const __JIXIAO_BUILD__: string | undefined;

export function cachePathFor(summary: string): string {
  return join(dirname(summary), `.${basename(summary)}.jixiao-cache.json`);
}

type Entry = Omit<FileResult, 'file'>;

export class BatchCache {
  private readonly old = new Map<string, Entry>();
  private readonly now = new Map<string, Entry>();
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

  /** Remember a result (unreadable files too: their content will not change their verdict). */
  put(key: string, result: FileResult): void {
    if (result.error && (result.error.code === 'TIMEOUT' || result.error.code === 'CRASHED' || result.error.code === 'INTERNAL')) return;
    const { file: _file, ...entry } = result;
    void _file;
    this.now.set(key, entry);
  }

  /** Keep the entries of this run's files only. */
  async save(keep: Iterable<string>): Promise<void> {
    const entries: Record<string, Entry> = {};
    for (const k of [...keep].sort()) {
      const e = this.now.get(k) ?? this.old.get(k);
      if (e) entries[k] = e;
    }
    await writeFileAtomic(this.path, new TextEncoder().encode(JSON.stringify({ stamp: this.stamp, entries })));
  }
}
