/**
 * Node-only file access for the xlsx host (the only file here that may import fs/path): read a
 * workbook file with format detection, write output atomically, never over the input.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Workbook } from '../../core/grid/types';
import { isCfb } from './cfb';
import { XlsxError } from './errors';
import { XLSX_PHRASES } from './phrases';
import { XlsxWorkbookHost } from './host';
import { XlsxPackage, type XlsxOpenOptions } from './package';
import { isZipStart, textKindOf } from './sniff';

export interface XlsxFile {
  readonly bytes: Uint8Array;
  readonly workbook: Workbook;
  readonly pkg: XlsxPackage;
}

function nodeCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/**
 * Read and parse an .xlsx file. Errors are XlsxError naming the file: MISSING, EMPTY, XLS_FORMAT
 * (.xls, or any CFB file), ET_FORMAT (.et), ENCRYPTED, NOT_ZIP (incl. .csv and text renamed
 * .xlsx), TRUNCATED, ZIP_BOMB, NOT_WORKBOOK, UNREADABLE (permissions, a directory …).
 */
export async function readXlsxFile(filePath: string, options?: XlsxOpenOptions): Promise<XlsxFile> {
  const { file, bytes, pkg } = await openXlsxFile(filePath, options);
  try {
    return { bytes, workbook: pkg.readWorkbook(), pkg };
  } catch (err) {
    if (err instanceof XlsxError) throw err.withFile(file);
    throw err;
  }
}

export interface XlsxHostFile {
  readonly bytes: Uint8Array;
  /** The file as a WorkbookHost: its XlsxErrors name the file; `readSheets` parses one sheet at a time. */
  readonly host: XlsxWorkbookHost;
}

/**
 * Open an .xlsx file as a WorkbookHost (the CLI's way in): the same checks and errors as
 * readXlsxFile, but nothing is parsed until the host is read, and the package opened here is
 * the one written back (recompute, report --sheet): the file is read and inflated once.
 */
export async function openXlsxHost(filePath: string, options?: XlsxOpenOptions): Promise<XlsxHostFile> {
  const { file, bytes, pkg } = await openXlsxFile(filePath, options);
  return { bytes, host: new XlsxWorkbookHost(pkg, { fileName: file }) };
}

/** Read the bytes, refuse what is not an .xlsx (by content and extension), open the package. */
async function openXlsxFile(filePath: string, options?: XlsxOpenOptions): Promise<{ file: string; bytes: Uint8Array; pkg: XlsxPackage }> {
  const file = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    const buf = await fs.readFile(filePath);
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    const code = nodeCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxError('MISSING', { file, cause: err });
    throw new XlsxError('UNREADABLE', { file, reason: code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : String(code ?? err), cause: err });
  }
  const ext = path.extname(filePath).toLowerCase();
  if (bytes.length > 0 && !isZipStart(bytes)) {
    if (ext === '.et' && !isCfbEncrypted(bytes)) throw new XlsxError('ET_FORMAT', { file });
    if (ext === '.xls' && isCfb(bytes) && !isCfbEncrypted(bytes)) throw new XlsxError('XLS_FORMAT', { file });
    if (ext === '.csv' || ext === '.txt') throw new XlsxError('NOT_ZIP', { file, textKind: textKindOf(bytes) ?? 'csv' });
  }
  try {
    return { file, bytes, pkg: XlsxPackage.open(bytes, { ...NODE_ZIP_CODEC, ...options }) };
  } catch (err) {
    if (err instanceof XlsxError) throw err.withFile(file);
    throw err;
  }
}

/** The largest output buffer nodeInflateRaw reserves up front from a declared size (bytes). */
const MAX_INFLATE_CHUNK = 64 * 1024 * 1024;

/**
 * Node's native raw inflate for the zip reader: faster than fflate's JavaScript one (above all in
 * a short CLI run, before the JIT warms up). Output bounded by `maxBytes` (undefined beyond it: a
 * zip bomb). With the declared size as `sizeHint`, zlib inflates into one buffer one byte larger
 * (so that it ends with room to spare rather than starting another) and returns a view of it: not
 * 16 KB chunks joined by a copy, its default.
 */
export function nodeInflateRaw(raw: Uint8Array, maxBytes: number, sizeHint?: number): Uint8Array | undefined {
  try {
    const maxOutputLength = Math.max(1, Math.min(maxBytes, 2 ** 32 - 1));
    const chunkSize = sizeHint === undefined ? undefined : Math.max(64, Math.min(sizeHint + 1, maxOutputLength + 1, MAX_INFLATE_CHUNK));
    const out = zlib.inflateRawSync(raw, { maxOutputLength, chunkSize });
    return out.length > maxBytes ? undefined : new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    if (nodeCode(err) === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw err;
  }
}

/** Node's raw deflate (level 6, as fflate's default) for the zip writer. */
export function nodeDeflateRaw(data: Uint8Array): Uint8Array {
  const out = zlib.deflateRawSync(data, { level: 6 });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * Node's zip codec for XlsxPackage.open: native inflate, deflate and (Node ≥ 20.15) CRC-32, so
 * that the CLI never loads fflate. Pass it to every XlsxPackage.open in Node.
 */
export const NODE_ZIP_CODEC: Pick<XlsxOpenOptions, 'inflateRaw' | 'deflateRaw' | 'crc32'> = {
  inflateRaw: nodeInflateRaw,
  deflateRaw: nodeDeflateRaw,
  // zlib.crc32 is native (Node ≥ 20.15, 22.2); older Node keeps the JavaScript one.
  crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : undefined,
};

function isCfbEncrypted(bytes: Uint8Array): boolean {
  try {
    XlsxPackage.open(bytes);
  } catch (err) {
    return err instanceof XlsxError && err.code === 'ENCRYPTED';
  }
  return false;
}

/** Same file? Resolved paths, then (when both exist) device + inode (hard links, case-insensitive disks). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Throws XlsxError SAME_FILE when `output` is the input file. */
export async function assertNotSame(input: string, output: string): Promise<void> {
  if (await isSameFile(input, output)) throw new XlsxError('SAME_FILE', { file: path.basename(input) });
}

/**
 * Write `bytes` to `filePath` atomically: a temporary file in the same directory, then rename.
 * With `options.input`, refuses (SAME_FILE) to overwrite the input workbook. A failed write
 * removes the temporary file and throws XlsxError UNWRITABLE (a Chinese reason, never a raw
 * Node error naming the temporary file).
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array, options: { readonly input?: string } = {}): Promise<void> {
  if (options.input !== undefined) await assertNotSame(options.input, filePath);
  const dir = path.dirname(path.resolve(filePath));
  const tmp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.rename(tmp, filePath);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new XlsxError('UNWRITABLE', { file: path.basename(filePath), reason: writeReason(err), cause: err });
  }
}

function writeReason(err: unknown): string {
  const code = nodeCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return XLSX_PHRASES.noFolder;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return XLSX_PHRASES.noWritePermission;
  if (code === 'ENOSPC' || code === 'EDQUOT') return XLSX_PHRASES.diskFull;
  return String(code ?? (err instanceof Error ? err.message : err));
}
