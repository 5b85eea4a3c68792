/**
 * The shipped command: dist-cli/bin/jixiao.js, the one-file bundle `npm run build:cli` makes
 * (webpack.cli.config.js) and package.json names as `bin`. `npm test` builds it before jest runs.
 * It must behave exactly as runCli in-process: same stdout, stderr and exit code — including the
 * commands whose libraries (exceljs for `template`) stay outside the bundle and the samples folder
 * found relative to the bundle's own directory (`demo`, the preview).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'dist-cli', 'bin', 'jixiao.js');

function runBin(args: readonly string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function runInProcess(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT });
  const text = (ls: string[]) => (ls.length ? ls.join('\n') + '\n' : '');
  return { code, out: text(out), err: text(err) };
}

describe('the bundled bin (dist-cli/bin/jixiao.js)', () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build:cli\` first (npm test does)`);
  });

  it.each([
    [['check', 'samples/seed-template.xlsx', '--json']],
    [['check', 'samples/seed-hunan-pasted.xlsx']],
    [['check', 'samples/seed-template.xlsx', 'samples/seed-hunan-pasted.xlsx']],
    [['check', 'no-such-file.xlsx']],
    // The report module is a chunk of its own, loaded by `check --report` only.
    [['check', 'samples/seed-hunan-pasted.xlsx', '--report', 'test/fixtures/seed/seed-report.txt', '--json']],
    [['--help']],
    [['frobnicate']],
  ])('%j prints and exits exactly as runCli does', async (args) => {
    const viaBin = runBin(args);
    const inProcess = await runInProcess(args);
    expect(viaBin).toEqual(inProcess);
  });

  it('writes the report .docx and the report sheet (the report chunk, docx outside the bundle)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-bin-'));
    try {
      const docx = join(dir, 'report.docx');
      const sheet = join(dir, 'report.xlsx');
      // stderr lists the report's gaps (issue 12: 分值 110 and six missing reasons), nothing else.
      const gaps = /^报告中还有 7 处需要补充（相关语句未写入正文）：\n(  自评表!\w+：[^\n]+\n){7}$/;
      expect(runBin(['report', 'samples/seed-template.xlsx', '-o', docx])).toMatchObject({ code: 0, err: expect.stringMatching(gaps) });
      expect(runBin(['report', 'samples/seed-template.xlsx', '--sheet', '-o', sheet])).toMatchObject({ code: 0, err: expect.stringMatching(gaps) });
      expect(statSync(docx).size).toBeGreaterThan(5000);
      // The report sheet was added to a copy of the workbook, which still checks like the original:
      // the report (it embeds the 自评表) is jixiao's output, noted once and not checked again.
      const before = runBin(['check', 'samples/seed-template.xlsx', '--json']);
      const after = runBin(['check', sheet, '--json']);
      type F = { rule: string; sheet?: string; cell?: string; message: string };
      const findings = (out: string) => JSON.parse(out).files[0].findings as F[];
      const line = (f: F) => `${f.rule} ${f.sheet}!${f.cell ?? ''} ${f.message}`;
      const onReport = findings(after.out).filter((f) => f.sheet === '自评报告');
      expect(onReport.map((f) => f.rule)).toEqual(['M01']);
      expect(findings(after.out).filter((f) => f.sheet !== '自评报告').map(line)).toEqual(findings(before.out).map(line));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a template through exceljs, loaded outside the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-bin-'));
    try {
      const file = join(dir, 'template.xlsx');
      const r = runBin(['template', '-o', file]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(statSync(file).size).toBeGreaterThan(5000);
      // The blank template it wrote is recognised as a table, and as not filled in yet (issue 12
      // point 9): one info 表格尚未填写 and nothing else (no S01/S02/S09 on empty rows, no M01).
      const again = runBin(['check', file, '--json']);
      expect(again.code).toBe(0);
      const findings = JSON.parse(again.out).files[0].findings as Array<{ rule: string; severity: string; message: string }>;
      expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([['I01', 'info', '表格尚未填写，未作检查']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
