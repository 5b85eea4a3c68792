/**
 * The zip reader with a host-supplied native inflater (the CLI passes Node's zlib through
 * file-io's nodeInflateRaw): the same grid as with fflate, and the same refusals — a truncated or
 * corrupt entry is TRUNCATED, an entry inflating beyond the budget is ZIP_BOMB.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { XlsxError, type XlsxErrorCode } from '../../../src/hosts/xlsx/errors';
import { nodeInflateRaw } from '../../../src/hosts/xlsx/file-io';
import { buildRichWorkbook } from './helpers';

const native = { inflateRaw: nodeInflateRaw };
const SAMPLES = resolve(__dirname, '..', '..', '..', 'samples');

function codeOf(f: () => unknown): XlsxErrorCode {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxError) return e.code;
    throw e;
  }
  throw new Error('did not throw');
}

describe('native inflater', () => {
  it.each(['seed-template.xlsx', 'seed-hunan-pasted.xlsx'])('%s: the same workbook as with fflate', (name) => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, name)));
    expect(readXlsx(bytes, native)).toEqual(readXlsx(bytes));
  });

  it('an exceljs-authored workbook: the same grid, sheet by sheet through sheetSource', async () => {
    const bytes = await buildRichWorkbook();
    const whole = readXlsx(bytes);
    const source = XlsxPackage.open(bytes, native).sheetSource();
    expect(source.names).toEqual(whole.sheets.map((s) => s.name));
    expect(source.names.map((n) => source.read(n))).toEqual(whole.sheets);
  });

  it('corrupt compressed data of a sheet → TRUNCATED', async () => {
    const b = new Uint8Array(await buildRichWorkbook());
    const at = Buffer.from(b).toString('latin1').indexOf('xl/worksheets/sheet1.xml');
    for (let i = at + 40; i < at + 400; i++) b[i] ^= 0x5a;
    expect(codeOf(() => readXlsx(b, native))).toBe('TRUNCATED');
  });

  it('an entry inflating beyond the limit while declaring 10 bytes → ZIP_BOMB', () => {
    const big = new Uint8Array(3 * 1024 * 1024);
    const z = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/_rels/workbook.xml.rels': big });
    const dv = new DataView(z.buffer);
    let p = -1;
    for (let i = z.length - 22; i >= 0; i--) if (dv.getUint32(i, true) === 0x06054b50) (p = dv.getUint32(i + 16, true)), (i = -1);
    const name1 = dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    dv.setUint32(p + 46 + name1 + 24, 10, true);
    expect(codeOf(() => readXlsx(z, { ...native, maxUncompressedBytes: 1024 * 1024 }))).toBe('ZIP_BOMB');
  });

  it('nodeInflateRaw: undefined beyond maxBytes, the bytes within it', () => {
    const z = zipSync({ a: [new Uint8Array(1000).fill(7), { level: 9 }] });
    const dv = new DataView(z.buffer);
    const raw = z.subarray(30 + dv.getUint16(26, true) + dv.getUint16(28, true), 30 + dv.getUint16(26, true) + dv.getUint16(28, true) + dv.getUint32(18, true));
    expect(nodeInflateRaw(raw, 999)).toBeUndefined();
    expect(nodeInflateRaw(raw, 1000)).toEqual(new Uint8Array(1000).fill(7));
    expect(() => nodeInflateRaw(raw.subarray(0, raw.length - 3), 1000)).toThrow();
  });

  it('nodeInflateRaw with a size hint: the same bytes and refusals whether the hint is right, too small, too large or 0', () => {
    const data = new Uint8Array(40000).map((_, i) => (i * 7919) % 251);
    const z = zipSync({ a: [data, { level: 6 }] });
    const dv = new DataView(z.buffer);
    const start = 30 + dv.getUint16(26, true) + dv.getUint16(28, true);
    const raw = z.subarray(start, start + dv.getUint32(18, true));
    for (const hint of [40000, 39999, 0, 1, 16384, 40001, 1 << 20]) {
      const out = nodeInflateRaw(raw, 1 << 22, hint);
      expect(out).toEqual(data);
      expect(nodeInflateRaw(raw, 39999, hint)).toBeUndefined();
      expect(nodeInflateRaw(raw, 40000, hint)).toEqual(data);
      expect(() => nodeInflateRaw(raw.subarray(0, raw.length - 3), 1 << 22, hint)).toThrow();
    }
  });
});
