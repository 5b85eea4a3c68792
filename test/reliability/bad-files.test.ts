/**
 * Bad files through the CLI (issue #6 §4): each gets a clear Chinese message naming the file, exit
 * code 2, never a stack trace, never a hang (each run time-bound). The zip bomb (declared
 * uncompressed size > 500 MB) is refused before inflating: its compressed data is garbage, so
 * inflating it first would have reported corruption instead.
 */
import { strToU8, zipSync } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, type CliIo } from '../../src/cli/run';
import { cfb } from './cfb';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'reliability');
const TIME_BOUND_MS = 5000;

/** A zip whose central directory declares 600 MB for an entry whose stored data is garbage. */
function zipBomb(): Uint8Array {
  const real = zipSync({ 'xl/workbook.xml': [strToU8('<workbook>' + 'x'.repeat(2000) + '</workbook>'), { level: 9 }] });
  const b = new Uint8Array(real);
  const dv = new DataView(b.buffer);
  // Corrupt the whole deflate stream of the entry (local header: 30 bytes + name + extra).
  const dataStart = 30 + dv.getUint16(26, true) + dv.getUint16(28, true);
  const compressed = dv.getUint32(18, true);
  for (let i = dataStart; i < dataStart + compressed; i++) b[i] ^= 0x5a;
  for (let i = b.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      const cd = dv.getUint32(i + 16, true);
      dv.setUint32(cd + 24, 600 * 1024 * 1024, true);
      return b;
    }
  }
  throw new Error('no end of central directory');
}

const sample = new Uint8Array(fs.readFileSync(path.join(ROOT, 'samples', 'seed-template.xlsx')));
const corrupt = () => {
  const b = new Uint8Array(sample);
  for (let i = Math.floor(b.length * 0.3); i < Math.floor(b.length * 0.6); i++) b[i] = (b[i] * 31 + 7) & 0xff;
  return b;
};

/** name → bytes (undefined = do not create), expected code, a phrase the message must contain. */
const CASES: ReadonlyArray<readonly [string, () => Uint8Array | 'dir' | undefined, string, RegExp]> = [
  ['损坏.xlsx', corrupt, 'TRUNCATED', /损坏|不完整/],
  ['截断.xlsx', () => sample.slice(0, Math.floor(sample.length * 0.6)), 'TRUNCATED', /损坏|不完整/],
  ['旧版.xls', () => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'lo-book.xls'))), 'XLS_FORMAT', /旧版 Excel（\.xls）/],
  ['金山.et', () => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'lo-book.xls'))), 'ET_FORMAT', /WPS 表格（\.et）/],
  ['加密.xlsx', () => cfb(['EncryptionInfo', 'EncryptedPackage']), 'ENCRYPTED', /密码/],
  ['加密旧版.xls', () => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'lo-password-123.xls'))), 'XLS_FORMAT', /另存为 \.xlsx/],
  ['改名的CSV.xlsx', () => strToU8('项目,金额\n年度资金总额,1186.96\n'), 'NOT_ZIP', /CSV/],
  ['空.xlsx', () => new Uint8Array(0), 'EMPTY', /空文件/],
  ['不存在.xlsx', () => undefined, 'MISSING', /找不到文件/],
  ['炸弹.xlsx', zipBomb, 'ZIP_BOMB', /500 MB/],
];

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const sink: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  return { sink, out, err };
}

async function timed(argv: string[], cwd: string) {
  const t = io(cwd);
  const t0 = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), TIME_BOUND_MS)));
  const code = await Promise.race([runCli(argv, t.sink), bound]);
  clearTimeout(timer);
  return { code, ms: Date.now() - t0, out: t.out.join('\n'), err: t.err.join('\n') };
}

describe('jixiao check on bad files: Chinese message, exit 2, no stack trace, no hang', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bad-'));
  beforeAll(() => {
    for (const [name, make] of CASES) {
      const bytes = make();
      if (bytes === 'dir') fs.mkdirSync(path.join(dir, name));
      else if (bytes) fs.writeFileSync(path.join(dir, name), bytes);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(CASES.map(([name, , code, phrase]) => [name, code, phrase] as const))('%s → %s', async (name, code, phrase) => {
    const text = await timed(['check', name], dir);
    expect(text.code).toBe(2);
    expect(text.ms).toBeLessThan(TIME_BOUND_MS);
    expect(text.err).toContain(name);
    expect(text.err).toMatch(phrase);
    expect(text.err).toMatch(/[\u4e00-\u9fff]/);
    expect(`${text.out}\n${text.err}`).not.toMatch(/\n\s+at |\.(ts|js):\d+|Error:|undefined|NaN/);

    const json = await timed(['check', name, '--json'], dir);
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.out) as { files: Array<{ file: string; error?: { code: string; message: string } }> };
    expect(parsed.files).toEqual([{ file: name, error: { code, message: expect.stringMatching(phrase) } }]);
  });

  test('a folder without workbooks → exit 2 with a Chinese message', async () => {
    fs.mkdirSync(path.join(dir, '空文件夹'));
    try {
      const r = await timed(['check', '空文件夹'], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/[\u4e00-\u9fff]/);
      expect(r.err).not.toMatch(/\n\s+at |Error:/);
    } finally {
      fs.rmSync(path.join(dir, '空文件夹'), { recursive: true });
    }
  });

  test('recompute of a bad file writes nothing (no output, no temporary file)', async () => {
    const r = await timed(['recompute', '损坏.xlsx', '-o', 'out.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(fs.readdirSync(dir).filter((n) => !CASES.some(([c]) => c === n))).toEqual([]);
  });

  test('a folder mixing good and bad files: every file reported, exit 2', async () => {
    fs.copyFileSync(path.join(ROOT, 'samples', 'seed-template.xlsx'), path.join(dir, '好的.xlsx'));
    try {
      const r = await timed(['check', '.', '--json'], dir);
      expect(r.code).toBe(2);
      const parsed = JSON.parse(r.out) as { files: Array<{ file: string; error?: unknown; findings?: unknown[] }> };
      expect(parsed.files.find((f) => f.file.endsWith('好的.xlsx'))?.findings?.length).toBeGreaterThan(0);
      expect(parsed.files.filter((f) => f.error).length).toBeGreaterThanOrEqual(7);
    } finally {
      fs.rmSync(path.join(dir, '好的.xlsx'));
    }
  });
});
