/**
 * The full recompute path through the CLI (issue #6 §2b/§2c) on the bundled samples: the input is
 * never overwritten (bytes unchanged, same-file and hard-link outputs refused), the output is
 * written through a temporary file and a rename (no leftovers), the package changes surgically,
 * and a second recompute of the output plans nothing and writes a file whose every zip entry is
 * byte-identical to its input's. `report --sheet` adds parts only for the sheet asked for.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, type CliIo } from '../../src/cli/run';
import { analyseWorkbook } from '../../src/core/analyse';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { surgicalProblems, wellFormedProblems } from './surgical';
import { changed, sheetParts, unzip } from './zip-diff';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLES = ['seed-template.xlsx', 'seed-hunan-pasted.xlsx'];

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const sink: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  return { sink, out, err };
}

function workdir(sample: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-rel-cli-'));
  fs.copyFileSync(path.join(ROOT, 'samples', sample), path.join(dir, 'in.xlsx'));
  return dir;
}

const read = (dir: string, f: string) => new Uint8Array(fs.readFileSync(path.join(dir, f)));

describe.each(SAMPLES)('jixiao recompute %s', (sample) => {
  const dir = workdir(sample);
  const input = read(dir, 'in.xlsx');
  const plan = analyseWorkbook(readXlsx(input)).plan.writes;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes a new file; the input bytes are unchanged; no temporary file is left in the output folder', async () => {
    const t = io(dir);
    expect(await runCli(['recompute', 'in.xlsx', '-o', 'out.xlsx'], t.sink)).toBe(0);
    expect(plan.length).toBeGreaterThan(0);
    expect(t.out.filter((l) => l.includes('→')).length).toBe(plan.length);
    expect(Buffer.from(read(dir, 'in.xlsx')).equals(Buffer.from(input))).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  test('the output differs from the input only surgically (written cells, styles appended, calcPr)', () => {
    expect(surgicalProblems(input, read(dir, 'out.xlsx'), plan)).toEqual([]);
  });

  test('a second recompute plans nothing and writes a file whose every zip entry is byte-identical to its input', async () => {
    const t = io(dir);
    expect(await runCli(['recompute', 'out.xlsx', '-o', 'out2.xlsx'], t.sink)).toBe(0);
    expect(t.out.filter((l) => l.includes('→'))).toEqual([]);
    const a = unzip(read(dir, 'out.xlsx'));
    const b = unzip(read(dir, 'out2.xlsx'));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(changed(a, b)).toEqual([]);
    expect(fs.readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx', 'out2.xlsx']);
  });

  test('refuses to overwrite the input: same path, another spelling of it, or a hard link to it (exit 2, bytes unchanged)', async () => {
    fs.linkSync(path.join(dir, 'in.xlsx'), path.join(dir, 'link.xlsx'));
    for (const target of ['in.xlsx', './in.xlsx', path.join(dir, 'in.xlsx'), 'link.xlsx']) {
      const t = io(dir);
      expect(await runCli(['recompute', 'in.xlsx', '-o', target], t.sink)).toBe(2);
      expect(t.err.join('\n')).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Buffer.from(read(dir, 'in.xlsx')).equals(Buffer.from(input))).toBe(true);
    fs.rmSync(path.join(dir, 'link.xlsx'));
  });
});

describe('report --sheet adds parts only for the sheet asked for', () => {
  test('every other entry byte-identical; the new sheet part, its bookkeeping and styles appended only', async () => {
    const dir = workdir('seed-template.xlsx');
    try {
      const t = io(dir);
      expect(await runCli(['report', 'in.xlsx', '--sheet', '-o', 'rep.xlsx'], t.sink)).toBe(0);
      const before = read(dir, 'in.xlsx');
      const after = read(dir, 'rep.xlsx');
      const added = [...sheetParts(unzip(after)).keys()].filter((s) => !sheetParts(unzip(before)).has(s));
      expect(added).toHaveLength(1);
      expect(surgicalProblems(before, after, [], { newSheets: added })).toEqual([]);
      expect(wellFormedProblems(unzip(after))).toEqual([]);
      expect(fs.readdirSync(dir).sort()).toEqual(['in.xlsx', 'rep.xlsx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a failed write leaves nothing behind', () => {
  test('output into a folder that does not exist: no file, no temporary file, input unchanged', async () => {
    const dir = workdir('seed-template.xlsx');
    try {
      const input = read(dir, 'in.xlsx');
      const t = io(dir);
      let code: number | undefined;
      try {
        code = await runCli(['recompute', 'in.xlsx', '-o', path.join('missing-dir', 'out.xlsx')], t.sink);
      } catch {
        code = undefined;
      }
      expect(code).toBe(2);
      expect(t.err.join('\n')).toMatch(/[\u4e00-\u9fff]/);
      expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
      expect(Buffer.from(read(dir, 'in.xlsx')).equals(Buffer.from(input))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
