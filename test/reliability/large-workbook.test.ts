/**
 * A real ~50 MB workbook is not a bad file (issue #6 §4): the seed template plus a 150,000-row
 * 明细 sheet and a 42 MB embedded image (the usual reasons a finance workbook is that big) is
 * checked by the CLI within the budget, and a recompute of it leaves the image and the big sheet
 * byte-identical. Generated in the test (deterministic PRNG), never checked in.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, type CliIo } from '../../src/cli/run';
import { changed, unzip } from './zip-diff';

const ROOT = path.resolve(__dirname, '..', '..');
/** Budget for `jixiao check` of the 50 MB file on a CI runner (2 cores), in ms. */
const CHECK_BUDGET_MS = 30_000;
const ROWS = 150_000;
const IMAGE_BYTES = 42 * 1024 * 1024;

function xorshift(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function bigWorkbook(): Uint8Array {
  const e: Record<string, Uint8Array> = unzipSync(new Uint8Array(fs.readFileSync(path.join(ROOT, 'samples', 'seed-template.xlsx'))));
  const next = xorshift(20261128);
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    const a = next() % 100000000;
    const b = next() % 100000000;
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>支出明细${r}</t></is></c><c r="B${r}"><v>${a / 100}</v></c><c r="C${r}"><v>${b / 100}</v></c>` +
        `<c r="D${r}"><v>${next() % 1000000}</v></c><c r="E${r}" t="inlineStr"><is><t>凭证${next().toString(36)}</t></is></c><c r="F${r}"><v>${(next() % 10000) / 10000}</v></c></row>`,
    );
  }
  e['xl/worksheets/sheet9.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
  const image = new Uint8Array(IMAGE_BYTES);
  const words = new Uint32Array(image.buffer);
  for (let i = 0; i < words.length; i++) words[i] = next();
  e['xl/media/image1.png'] = image;
  const wb = strFromU8(e['xl/workbook.xml']);
  e['xl/workbook.xml'] = strToU8(wb.replace('</sheets>', '<sheet name="明细" sheetId="9" r:id="rIdBig"/></sheets>'));
  const rels = strFromU8(e['xl/_rels/workbook.xml.rels']);
  e['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace('</Relationships>', '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>'),
  );
  const ct = strFromU8(e['[Content_Types].xml']);
  e['[Content_Types].xml'] = strToU8(
    ct.replace(
      '</Types>',
      '<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  const zippable: Zippable = {};
  for (const [k, v] of Object.entries(e)) zippable[k] = k.endsWith('.png') ? [v, { level: 0 }] : [v, { level: 6 }];
  return zipSync(zippable);
}

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const sink: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  return { sink, out, err };
}

describe('a ~50 MB workbook', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-big-'));
  const file = path.join(dir, '大表.xlsx');
  beforeAll(() => fs.writeFileSync(file, bigWorkbook()), 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is about 50 MB', () => {
    const mb = fs.statSync(file).size / (1024 * 1024);
    expect(mb).toBeGreaterThan(45);
    expect(mb).toBeLessThan(60);
  });

  test(`jixiao check reads it (findings, no error) within ${CHECK_BUDGET_MS / 1000} s`, async () => {
    const t = io(dir);
    const t0 = Date.now();
    const code = await runCli(['check', '大表.xlsx', '--json'], t.sink);
    const ms = Date.now() - t0;
    // eslint-disable-next-line no-console
    console.log(`jixiao check of a ${(fs.statSync(file).size / 1048576).toFixed(1)} MB workbook: ${ms} ms`);
    expect([0, 1]).toContain(code);
    const json = JSON.parse(t.out.join('\n')) as { files: Array<{ error?: unknown; findings?: unknown[] }> };
    expect(json.files[0].error).toBeUndefined();
    expect(json.files[0].findings!.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(CHECK_BUDGET_MS);
  }, 120_000);

  test('recompute leaves the image and the big sheet byte-identical', async () => {
    const t = io(dir);
    expect(await runCli(['recompute', '大表.xlsx', '-o', '大表.out.xlsx'], t.sink)).toBe(0);
    const diff = changed(unzip(new Uint8Array(fs.readFileSync(file))), unzip(new Uint8Array(fs.readFileSync(path.join(dir, '大表.out.xlsx')))));
    expect(diff).not.toContain('xl/media/image1.png');
    expect(diff).not.toContain('xl/worksheets/sheet9.xml');
    expect(diff).toContain('xl/worksheets/sheet1.xml');
  }, 120_000);
});
