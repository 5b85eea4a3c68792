import { strToU8, zipSync } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxError, type XlsxErrorCode } from '../../../src/hosts/xlsx/errors';
import { readXlsxFile } from '../../../src/hosts/xlsx/file-io';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import { cfb } from '../../reliability/cfb';
import { buildRichWorkbook } from './helpers';

/** A zip whose central directory declares `declared` uncompressed bytes for a tiny stored entry. */
function zipDeclaring(declared: number): Uint8Array {
  const real = zipSync({ 'xl/workbook.xml': [strToU8('<workbook/>'), { level: 0 }] });
  const b = new Uint8Array(real);
  const dv = new DataView(b.buffer);
  for (let i = b.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      const cd = dv.getUint32(i + 16, true);
      dv.setUint32(cd + 24, declared, true); // uncompressed size in the central directory
      return b;
    }
  }
  throw new Error('no EOCD');
}

function codeOf(f: () => unknown): { code: XlsxErrorCode; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('did not throw');
}

describe('readXlsx refuses bad bytes with a code and a Chinese message', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await buildRichWorkbook();
  });

  test.each<[string, () => Uint8Array, XlsxErrorCode, RegExp]>([
    ['empty', () => new Uint8Array(0), 'EMPTY', /空文件/],
    ['CSV renamed .xlsx', () => strToU8('项目,年初预算数\n合计,100\n'), 'NOT_ZIP', /文本（CSV）/],
    ['HTML table saved as .xls ("fake xls")', () => strToU8('<html><body><table><tr><td>项目</td></tr></table></body></html>'), 'NOT_ZIP', /网页（HTML）/],
    ['XML Spreadsheet 2003', () => strToU8('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), 'NOT_ZIP', /XML 电子表格 2003/],
    ['GBK-encoded CSV', () => new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0x2c, 0x31, 0x30, 0x30, 0x0a]), 'NOT_ZIP', /文本（CSV）/],
    ['random binary', () => new Uint8Array([1, 2, 3, 0, 255, 7, 8, 9]), 'NOT_ZIP', /不是有效的 \.xlsx/],
    ['.xls (CFB with a Workbook stream)', () => cfb(['Workbook', '\u0005SummaryInformation']), 'XLS_FORMAT', /旧版 Excel（\.xls）/],
    ['encrypted xlsx (CFB with EncryptionInfo)', () => cfb(['EncryptionInfo', 'EncryptedPackage']), 'ENCRYPTED', /密码/],
    ['WPS .et (CFB with WPS storages)', () => cfb(['Workbook', 'ETExtData']), 'ET_FORMAT', /WPS 表格（\.et）/],
    ['zip without xl/workbook.xml', () => zipSync({ 'content.xml': strToU8('<x/>') }), 'NOT_WORKBOOK', /xl\/workbook\.xml/],
    ['a Word document (word/document.xml)', () => zipSync({ 'word/document.xml': strToU8('<w/>') }), 'NOT_WORKBOOK', /^该文件 是 Word 文档，不是 Excel 工作簿/],
    ['a PowerPoint deck (ppt/presentation.xml)', () => zipSync({ 'ppt/presentation.xml': strToU8('<p/>') }), 'NOT_WORKBOOK', /^该文件 是 PowerPoint 演示文稿，不是 Excel 工作簿/],
  ])('%s', (_n, make, code, msg) => {
    const r = codeOf(() => readXlsx(make()));
    expect(r.code).toBe(code);
    expect(r.message).toMatch(msg);
  });

  test.each([
    ['cut in half', (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2))],
    ['missing its last 10 bytes', (b: Uint8Array) => b.slice(0, b.length - 10)],
  ])('truncated zip (%s) → TRUNCATED', (_n, cut) => {
    const r = codeOf(() => readXlsx(cut(good)));
    expect(r.code).toBe('TRUNCATED');
    expect(r.message).toMatch(/损坏或不完整/);
  });

  test('corrupt compressed data of a needed part → TRUNCATED naming the part', () => {
    const b = new Uint8Array(good);
    const text = Buffer.from(b).toString('latin1');
    const at = text.indexOf('xl/worksheets/sheet1.xml'); // local header name
    for (let i = at + 40; i < at + 400; i++) b[i] ^= 0x5a;
    const r = codeOf(() => readXlsx(b));
    expect(r.code).toBe('TRUNCATED');
  });

  test('zip bomb: declared size > 500 MB is refused before inflating, fast', () => {
    const bomb = zipDeclaring(600 * 1024 * 1024);
    const t0 = performance.now();
    const r = codeOf(() => readXlsx(bomb));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(r.code).toBe('ZIP_BOMB');
    expect(r.message).toMatch(/500 MB/);
  });

  test('zip bomb: an entry inflating beyond the limit while declaring little', () => {
    const big = new Uint8Array(3 * 1024 * 1024); // zeros: compresses to a few KB
    const z = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/_rels/workbook.xml.rels': big });
    // Lie in the central directory: declare 10 bytes for the big entry.
    const dv = new DataView(z.buffer);
    let p = -1;
    for (let i = z.length - 22; i >= 0; i--) if (dv.getUint32(i, true) === 0x06054b50) (p = dv.getUint32(i + 16, true)), (i = -1);
    const name1 = dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    dv.setUint32(p + 46 + name1 + 24, 10, true);
    const r = codeOf(() => readXlsx(z, { maxUncompressedBytes: 1024 * 1024 }));
    expect(r.code).toBe('ZIP_BOMB');
    expect(r.message).toMatch(/1 MB/);
  });
});

describe('readXlsxFile', () => {
  let dir: string;
  let good: Uint8Array;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-xlsx-'));
    good = await buildRichWorkbook();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function codeOfFile(name: string, bytes?: Uint8Array): Promise<XlsxError> {
    const p = path.join(dir, name);
    if (bytes) fs.writeFileSync(p, bytes);
    try {
      await readXlsxFile(p);
    } catch (e) {
      if (e instanceof XlsxError) return e;
      throw e;
    }
    throw new Error('did not throw');
  }

  test('reads a good file', async () => {
    const p = path.join(dir, 'good.xlsx');
    fs.writeFileSync(p, good);
    const r = await readXlsxFile(p);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(['自评表', '说明']);
    expect(r.bytes.length).toBe(good.length);
  });

  test.each<[string, () => Uint8Array | undefined, XlsxErrorCode, string]>([
    ['missing.xlsx', () => undefined, 'MISSING', '找不到文件 “missing.xlsx”'],
    ['旧表.xls', () => cfb(['Workbook']), 'XLS_FORMAT', '“旧表.xls” 是旧版 Excel（.xls）格式，请在 Excel 或 WPS 中另存为 .xlsx 后再检查'],
    ['表.et', () => cfb(['Workbook']), 'ET_FORMAT', '“表.et” 是 WPS 表格（.et）格式，请在 WPS 中另存为 .xlsx 后再检查'],
    ['数据.csv', () => strToU8('a,b\n1,2\n'), 'NOT_ZIP', '“数据.csv” 是文本（CSV）文件'],
    ['改名.xlsx', () => strToU8('a,b\n1,2\n'), 'NOT_ZIP', '“改名.xlsx” 是文本（CSV）文件'],
    ['网页.xls', () => strToU8('<table><tr><td>1</td></tr></table>'), 'NOT_ZIP', '“网页.xls” 是网页（HTML）格式导出的表格'],
    ['加密.xlsx', () => cfb(['EncryptionInfo', 'EncryptedPackage']), 'ENCRYPTED', '“加密.xlsx” 设置了打开密码'],
    ['空.xlsx', () => new Uint8Array(0), 'EMPTY', '“空.xlsx” 是空文件'],
  ])('%s', async (name, make, code, message) => {
    const e = await codeOfFile(name, make());
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });

  test('a directory → UNREADABLE', async () => {
    const e = await codeOfFile('.');
    expect(e.code).toBe('UNREADABLE');
  });
});
