/**
 * Findings waiting for the summary, kept on disk rather than in memory: a 1,000-file batch holds
 * ≈ 30,000 findings until 问题清单 is written. Each worker appends the findings of the files it
 * checks to its own temporary file (`<prefix>-w<thread>.jsonl`) and sends back only the rest of
 * the result with where they are; the main thread never holds them (nor deserialises them) until
 * the summary, the JSON output or a 退回意见 reads them back, one file at a time
 * (`result.findings` is a getter). All the files are deleted when the batch ends, however it ends.
 */
import { closeSync, openSync, readSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Finding } from '../core/findings';
import { isUnreadable, type CheckedFile, type FileResult } from '../batch/types';

/** Where a file's findings were written: the spool file, byte offset and length. */
export interface SpoolRef {
  readonly path: string;
  readonly offset: number;
  readonly length: number;
}

/** An append-only spool file (one per worker thread, one for the main thread). */
export class SpoolWriter {
  private fd: number | undefined;
  private end = 0;

  constructor(readonly path: string) {}

  /** Append a result's findings; the result without them and where they went (an unreadable file's as it is). */
  write(r: FileResult): { result: FileResult; ref?: SpoolRef } {
    if (isUnreadable(r) || r.findings.length === 0) return { result: r };
    this.fd ??= openSync(this.path, 'w+', 0o600);
    const bytes = Buffer.from(JSON.stringify(r.findings), 'utf8');
    const ref = { path: this.path, offset: this.end, length: bytes.length };
    writeSync(this.fd, bytes, 0, bytes.length, this.end);
    this.end += bytes.length;
    const { findings: _f, ...rest } = r;
    void _f;
    return { result: { ...rest, findings: [] } as CheckedFile, ref };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export class FindingsSpool {
  /** Prefix of every spool file of this batch (workers add `-w<thread>.jsonl`). */
  readonly prefix = join(tmpdir(), `jixiao-findings-${process.pid}-${Date.now().toString(36)}`);
  private readonly own = new SpoolWriter(`${this.prefix}-main.jsonl`);
  private readonly fds = new Map<string, number>();
  private closed = false;

  /** A result checked in this thread: its findings to the spool. */
  keep(r: FileResult): FileResult {
    const { result, ref } = this.own.write(r);
    return ref ? this.attach(result, ref) : result;
  }

  /** The result (findings left out) with `findings` read back from `ref` on demand. */
  attach(r: FileResult, ref: SpoolRef): FileResult {
    const read = (): readonly Finding[] => {
      if (this.closed) throw new Error('spool closed');
      let fd = this.fds.get(ref.path);
      if (fd === undefined) {
        fd = openSync(ref.path, 'r');
        this.fds.set(ref.path, fd);
      }
      const buf = Buffer.alloc(ref.length);
      readSync(fd, buf, 0, ref.length, ref.offset);
      return JSON.parse(buf.toString('utf8')) as Finding[];
    };
    const { findings: _f, ...rest } = r as CheckedFile;
    void _f;
    return Object.defineProperty(rest, 'findings', { get: read, enumerable: true }) as FileResult;
  }

  close(): void {
    this.closed = true;
    this.own.close();
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
    const stem = basename(this.prefix);
    for (const name of readdirSync(dirname(this.prefix))) if (name.startsWith(stem)) rmSync(join(dirname(this.prefix), name), { force: true });
  }
}
