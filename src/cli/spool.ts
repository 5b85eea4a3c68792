/**
 * Findings waiting for the summary, kept on disk rather than in memory: a 1,000-file batch holds
 * ≈ 30,000 findings (≈ 20 MiB of objects) until 问题清单 is written. Each file's findings are
 * appended to a temporary file as JSON and read back on demand (`result.findings` is a getter),
 * one file at a time, when the summary, the JSON output or a 退回意见 needs them. The rest of a
 * result (its figures and counts, a few hundred bytes) stays in memory. The file is deleted when
 * the batch ends, however it ends.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../core/findings';
import { isUnreadable, type FileResult } from '../batch/types';

export class FindingsSpool {
  private readonly path = join(tmpdir(), `jixiao-findings-${process.pid}-${Date.now().toString(36)}.jsonl`);
  private fd: number | undefined = openSync(this.path, 'wx+', 0o600);
  private end = 0;

  /** The result with its findings moved to the spool (an unreadable file's result as it is). */
  keep(r: FileResult): FileResult {
    if (isUnreadable(r) || r.findings.length === 0 || this.fd === undefined) return r;
    const offset = this.end;
    const length = this.append(JSON.stringify(r.findings));
    const { findings: _f, ...rest } = r;
    void _f;
    const read = (): readonly Finding[] => {
      if (this.fd === undefined) throw new Error('spool closed');
      const buf = Buffer.alloc(length);
      readSync(this.fd, buf, 0, buf.length, offset);
      return JSON.parse(buf.toString('utf8')) as Finding[];
    };
    return Object.defineProperty(rest, 'findings', { get: read, enumerable: true }) as FileResult;
  }

  /** Append text at the end; its length in bytes (the bytes themselves are not kept). */
  private append(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd!, bytes, 0, bytes.length, this.end);
    this.end += bytes.length;
    return bytes.length;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.path, { force: true });
  }
}
