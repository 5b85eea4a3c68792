/**
 * `jixiao check` reads and analyses sheet by sheet (core analyseSheets over the xlsx host's
 * SheetSource): the findings are exactly those of analyseWorkbook over the whole grid — on the
 * bundled samples, on generated multi-sheet workbooks, and when the 基本情况 narrative (which
 * F06/F07 read) comes after the tables. `check` loads neither exceljs nor docx.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run';
import { analyseSheets, analyseWorkbook } from '../../src/core/analyse';
import type { Sheet, SheetSource, Workbook } from '../../src/core/grid/types';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { nodeInflateRaw } from '../../src/hosts/xlsx/file-io';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bench = require('../../scripts/bench-workbooks.js') as {
  benchWorkbookGrid: (sheets: number, rows: number) => Workbook;
  writeBenchXlsx: (file: string, sheets: number, rows: number) => Promise<void>;
};

const SAMPLES = resolve(__dirname, '..', '..', 'samples');

function sourceOf(wb: Workbook): SheetSource {
  return { names: wb.sheets.map((s) => s.name), read: (name) => wb.sheets.find((s) => s.name === name)! };
}

async function checkJson(file: string): Promise<{ code: number; findings: unknown[] }> {
  const out: string[] = [];
  const code = await runCli(['check', file, '--json'], { out: (l) => out.push(l), err: (l) => out.push(l), cwd: process.cwd() });
  const parsed = JSON.parse(out.join('\n')) as { files: Array<{ findings: unknown[] }> };
  return { code, findings: parsed.files[0].findings };
}

describe.each(['seed-template.xlsx', 'seed-hunan-pasted.xlsx'])('sample %s', (name) => {
  const file = join(SAMPLES, name);
  const bytes = new Uint8Array(readFileSync(file));
  const whole = analyseWorkbook(readXlsx(bytes));

  it('analyseSheets over the package gives the findings and plan of analyseWorkbook', () => {
    const streamed = analyseSheets(XlsxPackage.open(bytes, { inflateRaw: nodeInflateRaw }).sheetSource());
    expect(whole.findings.length).toBeGreaterThan(0);
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.plan).toEqual(whole.plan);
    expect(streamed.tableCount).toBe(whole.recognised.tables.length);
  });

  it('check --json prints those findings', async () => {
    const { findings } = await checkJson(file);
    expect(findings).toEqual(JSON.parse(JSON.stringify(whole.findings)));
  });
});

describe('the 基本情况 narrative after (or before) the tables', () => {
  const sample = readXlsx(new Uint8Array(readFileSync(join(SAMPLES, 'seed-template.xlsx'))));
  const basic = sample.sheets.find((s) => s.name === '基本情况')!;
  /** 基本情况 with its 存在问题 (B14) giving the reasons F06/F07 look for. */
  const explained: Sheet = {
    ...basic,
    cells: basic.cells.map((row, r) => (r === 13 ? row.map((c, col) => (col === 1 ? { value: '年中预算调整，追加资金；部分资金结转下年，执行率偏低。' } : c)) : row)),
  };
  const tables = bench.benchWorkbookGrid(5, 20).sheets;
  const f07 = (fs: readonly { rule: string }[]) => fs.filter((f) => f.rule === 'F07').length;

  it('without a narrative every generated table (budget adjusted, no reason column) has F07', () => {
    const whole = analyseWorkbook({ sheets: tables });
    expect(f07(whole.findings)).toBe(5);
    expect(f07(analyseSheets(sourceOf({ sheets: tables })).findings)).toBe(5);
  });

  it.each([
    ['last', [...tables, explained]],
    ['first', [explained, ...tables]],
    ['between', [...tables.slice(0, 2), explained, ...tables.slice(2)]],
  ])('narrative sheet %s: the reason withholds F07 in both paths, same findings', (_, sheets) => {
    const wb: Workbook = { sheets };
    const whole = analyseWorkbook(wb);
    const streamed = analyseSheets(sourceOf(wb));
    expect(f07(whole.findings)).toBe(0);
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.plan).toEqual(whole.plan);
  });
});

describe('check --json on a generated workbook (12 sheets × 30 indicator rows)', () => {
  it('gives the findings of analyseWorkbook over the whole file, exit 1 (errors present)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jixiao-stream-')), 'bench.xlsx');
    await bench.writeBenchXlsx(file, 12, 30);
    const whole = analyseWorkbook(readXlsx(new Uint8Array(readFileSync(file))));
    expect(whole.recognised.tables).toHaveLength(12);
    const { code, findings } = await checkJson(file);
    expect(code).toBe(1);
    expect(findings).toEqual(JSON.parse(JSON.stringify(whole.findings)));
  });
});

describe('check starts light', () => {
  it('run.ts imports exceljs-layout and the report module only lazily (inside the commands)', () => {
    const src = readFileSync(resolve(__dirname, '..', '..', 'src', 'cli', 'run.ts'), 'utf8');
    const staticImports = src.split('\n').filter((l) => /^import\s+(?!type\b)/.test(l));
    expect(staticImports.some((l) => /exceljs|report|template\/definition/.test(l))).toBe(false);
    expect(src).toMatch(/import\('\.\/exceljs-layout'\)/);
    expect(src).toMatch(/import\('\.\.\/report'\)/);
  });
});
