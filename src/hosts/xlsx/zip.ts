/**
 * Zip container in and out. Pure (no Node APIs): raw DEFLATE and CRC-32 come from the host (the
 * CLI passes Node's zlib, see file-io.ts), else from fflate, loaded on first use only.
 *
 * Reading parses the central directory first and refuses a file whose declared uncompressed
 * sizes sum above the limit BEFORE inflating anything; entries are inflated lazily, one at a
 * time, streaming, and a running budget stops an entry that lies about its size (zip bomb).
 * Writing copies untouched entries' compressed bytes verbatim (same CRC, same bytes after
 * inflation) and deflates only replaced or new entries.
 */
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, XlsxError } from './errors';

/**
 * Raw DEFLATE decompression supplied by the host (e.g. Node's zlib.inflateRawSync): the bytes, or
 * undefined when they would exceed `maxBytes`; throws on corrupt or truncated data. `sizeHint`,
 * the entry's declared size, lets the host inflate into one buffer of the right size (a hint
 * only: the entry may lie).
 */
export type RawInflater = (raw: Uint8Array, maxBytes: number, sizeHint?: number) => Uint8Array | undefined;

/** Raw DEFLATE compression supplied by the host (e.g. Node's zlib.deflateRawSync, level 6). */
export type RawDeflater = (data: Uint8Array) => Uint8Array;

/** CRC-32 (IEEE 802.3, as zip stores it) supplied by the host (e.g. Node's zlib.crc32): unsigned. */
export type Crc32 = (data: Uint8Array) => number;

/**
 * fflate (./fflate-codec), required on first use only: a host that supplies its own codec (the
 * CLI) never loads it. A plain require so that webpack still bundles it for the task pane.
 */
let fflateModule: typeof import('./fflate-codec') | undefined;
function fflate(): typeof import('./fflate-codec') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (fflateModule ??= require('./fflate-codec') as typeof import('./fflate-codec'));
}

export interface ZipEntry {
  /** Entry name as stored ('xl/worksheets/sheet1.xml'). */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** Declared uncompressed size, bytes. */
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly dosTime: number;
  readonly dosDate: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

export interface ZipReadOptions {
  /** Maximum total uncompressed bytes (declared, and actually inflated). Default 500 MB. */
  readonly maxUncompressedBytes?: number;
  /** A native raw-DEFLATE inflater to use instead of fflate's streaming one (faster; the CLI passes Node's zlib). */
  readonly inflateRaw?: RawInflater;
  /** A native CRC-32 to use instead of the JavaScript one (the CLI passes Node's zlib.crc32). */
  readonly crc32?: Crc32;
}

/** A parsed zip: the entry list from the central directory; data inflated on demand. */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();
  private readonly limit: number;
  /** Sum of declared uncompressed sizes, bytes. */
  private readonly declared: number;
  private excess = 0;
  private readonly inflateRaw?: RawInflater;
  private readonly crc32: Crc32;

  constructor(
    readonly bytes: Uint8Array,
    options: ZipReadOptions = {},
  ) {
    this.limit = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
    this.inflateRaw = options.inflateRaw;
    this.crc32 = options.crc32 ?? crc32;
    this.entries = readCentralDirectory(bytes, this.limit);
    this.declared = this.entries.reduce((n, e) => n + e.size, 0);
    for (const e of this.entries) {
      const norm = e.name.replace(/\\/g, '/');
      if (!this.byName.has(norm)) this.byName.set(norm, e);
      if (!this.byLowerName.has(norm.toLowerCase())) this.byLowerName.set(norm.toLowerCase(), e);
    }
  }

  /** The entry of that name (exact, else case-insensitive: some writers vary the case). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  /** The entry's compressed bytes as stored. */
  raw(e: ZipEntry): Uint8Array {
    const b = this.bytes;
    const o = e.localHeaderOffset;
    if (o + 30 > b.length || u32(b, o) !== SIG_LOCAL) throw new XlsxError('TRUNCATED');
    const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new XlsxError('TRUNCATED');
    return b.subarray(start, end);
  }

  /**
   * The entry's uncompressed bytes. Declared sizes were checked against the limit up front; the
   * bytes an entry inflates beyond its declared size count against the same budget.
   */
  data(e: ZipEntry): Uint8Array {
    if (e.flags & 1) throw new XlsxError('ENCRYPTED');
    const raw = this.raw(e);
    let result: Uint8Array;
    if (e.method === 0) result = raw;
    else if (e.method === 8) result = this.inflate(e, raw);
    else throw new XlsxError('TRUNCATED', { part: e.name });
    if (this.crc32(result) !== e.crc) throw new XlsxError('TRUNCATED', { part: e.name });
    return result;
  }

  /** The entry decoded as UTF-8 text (BOM dropped). */
  text(e: ZipEntry): string {
    return decodeUtf8Text(this.data(e));
  }

  private spendExcess(n: number): void {
    this.excess += n;
    if (this.excess + this.declared > this.limit) throw new XlsxError('ZIP_BOMB', { limitBytes: this.limit });
  }

  private inflate(e: ZipEntry, raw: Uint8Array): Uint8Array {
    if (this.inflateRaw) return this.inflateNative(e, raw, this.inflateRaw);
    let out = new Uint8Array(e.size);
    let len = 0;
    let done = false;
    const inf = new (fflate().Inflate)((chunk, final) => {
      const need = len + chunk.length;
      if (need > out.length) {
        // The entry lies about its size: count the excess, grow while the budget allows.
        this.spendExcess(need - Math.max(len, e.size));
        const grown = new Uint8Array(Math.max(need, out.length * 2));
        grown.set(out.subarray(0, len));
        out = grown;
      } else if (need > e.size) {
        this.spendExcess(need - Math.max(len, e.size));
      }
      out.set(chunk, len);
      len = need;
      if (final) done = true;
    });
    // Small compressed chunks bound what one callback can produce (≈ 1032 × 64 KB at most).
    const CHUNK = 65536;
    try {
      if (raw.length === 0) inf.push(raw, true);
      for (let i = 0; i < raw.length; i += CHUNK) {
        const end = Math.min(i + CHUNK, raw.length);
        inf.push(raw.subarray(i, end), end === raw.length);
      }
    } catch (err) {
      if (err instanceof XlsxError) throw err;
      throw new XlsxError('TRUNCATED', { part: e.name, cause: err });
    }
    if (!done && e.size > 0) throw new XlsxError('TRUNCATED', { part: e.name });
    return len === out.length ? out : out.subarray(0, len);
  }

  /** One call to the host's inflater, bounded by what the budget leaves for this entry. */
  private inflateNative(e: ZipEntry, raw: Uint8Array, inflateRaw: RawInflater): Uint8Array {
    const allowed = Math.max(e.size, this.limit - this.declared - this.excess + e.size);
    let out: Uint8Array | undefined;
    try {
      out = inflateRaw(raw, allowed, e.size);
    } catch (err) {
      if (err instanceof XlsxError) throw err;
      throw new XlsxError('TRUNCATED', { part: e.name, cause: err });
    }
    if (out === undefined) throw new XlsxError('ZIP_BOMB', { limitBytes: this.limit });
    if (out.length > e.size) this.spendExcess(out.length - e.size);
    return out;
  }
}

function readCentralDirectory(b: Uint8Array, limit: number): ZipEntry[] {
  const eocd = findEocd(b);
  if (eocd < 0) throw new XlsxError('TRUNCATED');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && u32(b, loc) === SIG_EOCD64_LOCATOR) {
      const e64 = u64(b, loc + 8);
      if (e64 + 56 > b.length || u32(b, e64) !== SIG_EOCD64) throw new XlsxError('TRUNCATED');
      count = u64(b, e64 + 32);
      cdSize = u64(b, e64 + 40);
      cdOffset = u64(b, e64 + 48);
    }
  }
  if (cdOffset + cdSize > b.length) throw new XlsxError('TRUNCATED');
  const entries: ZipEntry[] = [];
  let declared = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== SIG_CENTRAL) throw new XlsxError('TRUNCATED');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const dosTime = u16(b, p + 12);
    const dosDate = u16(b, p + 14);
    const crc = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > b.length) throw new XlsxError('TRUNCATED');
    const name = utf8.decode(b.subarray(p + 46, nameEnd));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // Zip64 extended information extra field (id 1): present values in this order.
      let x = nameEnd;
      const xEnd = nameEnd + extraLen;
      while (x + 4 <= xEnd) {
        const id = u16(b, x);
        const len = u16(b, x + 2);
        if (id === 1) {
          let q = x + 4;
          if (size === 0xffffffff) (size = u64(b, q)), (q += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(b, q)), (q += 8);
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, q);
          break;
        }
        x += 4 + len;
      }
    }
    declared += size;
    if (declared > limit) throw new XlsxError('ZIP_BOMB', { limitBytes: limit });
    entries.push({ name, method, flags, crc, compressedSize, size, localHeaderOffset, dosTime, dosDate });
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE), slicing-by-8: eight table lookups per 8 bytes instead of one per byte.

const CRC_TABLES = (() => {
  const t: Int32Array[] = [];
  for (let k = 0; k < 8; k++) t.push(new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0][n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) t[k][n] = (t[k - 1][n] >>> 8) ^ t[0][t[k - 1][n] & 0xff];
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES;
  let c = -1;
  let i = 0;
  const n8 = data.length - 7;
  for (; i < n8; i += 8) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    const hi = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
    c =
      t7[c & 0xff] ^ t6[(c >>> 8) & 0xff] ^ t5[(c >>> 16) & 0xff] ^ t4[c >>> 24] ^
      t3[hi & 0xff] ^ t2[(hi >>> 8) & 0xff] ^ t1[(hi >>> 16) & 0xff] ^ t0[hi >>> 24];
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Writing.

/** One entry of the output: either copied verbatim from the source, or new uncompressed data. */
export type ZipOutEntry =
  | { readonly kind: 'copy'; readonly entry: ZipEntry; readonly raw: Uint8Array }
  | { readonly kind: 'data'; readonly name: string; readonly data: Uint8Array; readonly dosTime: number; readonly dosDate: number };

interface Prepared {
  readonly name: Uint8Array;
  readonly utf8Name: boolean;
  /** General-purpose flags other than bit 3 (data descriptor: we always write sizes up front) and 11. */
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressed: Uint8Array;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** The host's codec for writing: deflate and CRC-32 (fflate and the JavaScript CRC by default). */
export interface ZipWriteOptions {
  readonly deflateRaw?: RawDeflater;
  readonly crc32?: Crc32;
}

function prepare(e: ZipOutEntry, options: ZipWriteOptions): Prepared {
  if (e.kind === 'copy') {
    const x = e.entry;
    return {
      name: utf8Encoder.encode(x.name),
      utf8Name: (x.flags & 0x800) !== 0 || !isAscii(x.name),
      flags: x.flags & ~0x0808,
      method: x.method,
      crc: x.crc,
      compressed: e.raw,
      size: x.size,
      dosTime: x.dosTime,
      dosDate: x.dosDate,
    };
  }
  const compressed = options.deflateRaw ? options.deflateRaw(e.data) : fflate().deflateSync(e.data, { level: 6 });
  return {
    name: utf8Encoder.encode(e.name),
    utf8Name: !isAscii(e.name),
    flags: 0,
    method: 8,
    crc: (options.crc32 ?? crc32)(e.data),
    compressed,
    size: e.data.length,
    dosTime: e.dosTime,
    dosDate: e.dosDate,
  };
}

/** Serialise entries in the given order (no zip64: the read limit keeps sizes far below 4 GB). */
export function writeZip(entries: readonly ZipOutEntry[], options: ZipWriteOptions = {}): Uint8Array {
  const prepared = entries.map((e) => prepare(e, options));
  let total = 22;
  for (const p of prepared) total += 30 + p.name.length + p.compressed.length + 46 + p.name.length;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  let o = 0;
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(o);
    dv.setUint32(o, SIG_LOCAL, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, p.flags | (p.utf8Name ? 0x800 : 0), true);
    dv.setUint16(o + 8, p.method, true);
    dv.setUint16(o + 10, p.dosTime, true);
    dv.setUint16(o + 12, p.dosDate, true);
    dv.setUint32(o + 14, p.crc, true);
    dv.setUint32(o + 18, p.compressed.length, true);
    dv.setUint32(o + 22, p.size, true);
    dv.setUint16(o + 26, p.name.length, true);
    dv.setUint16(o + 28, 0, true);
    out.set(p.name, o + 30);
    o += 30 + p.name.length;
    out.set(p.compressed, o);
    o += p.compressed.length;
  }
  const cdStart = o;
  prepared.forEach((p, i) => {
    dv.setUint32(o, SIG_CENTRAL, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, 20, true);
    dv.setUint16(o + 8, p.flags | (p.utf8Name ? 0x800 : 0), true);
    dv.setUint16(o + 10, p.method, true);
    dv.setUint16(o + 12, p.dosTime, true);
    dv.setUint16(o + 14, p.dosDate, true);
    dv.setUint32(o + 16, p.crc, true);
    dv.setUint32(o + 20, p.compressed.length, true);
    dv.setUint32(o + 24, p.size, true);
    dv.setUint16(o + 28, p.name.length, true);
    dv.setUint32(o + 42, offsets[i], true);
    out.set(p.name, o + 46);
    o += 46 + p.name.length;
  });
  dv.setUint32(o, SIG_EOCD, true);
  dv.setUint16(o + 8, prepared.length, true);
  dv.setUint16(o + 10, prepared.length, true);
  dv.setUint32(o + 12, o - cdStart, true);
  dv.setUint32(o + 16, cdStart, true);
  return out;
}

/** A part's bytes as UTF-8 text (BOM dropped), as ZipArchive.text gives it. */
export function decodeUtf8Text(bytes: Uint8Array): string {
  const s = utf8.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export function encodeUtf8(s: string): Uint8Array {
  return utf8Encoder.encode(s);
}
