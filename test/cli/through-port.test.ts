/**
 * The CLI goes through the host port (src/hosts/ports.ts) with the xlsx host: `check` reads sheet
 * by sheet (readSheets, never the whole workbook), and recompute / report --sheet open the file's
 * package once and write into the package they read (before issue 14 they opened it twice).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/host';
import { NODE_ZIP_CODEC } from '../../src/hosts/xlsx/file-io';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { analyseWorkbook } from '../../src/core/analyse';

const SAMPLE = resolve(__dirname, '..', '..', 'samples', 'seed-template.xlsx');
const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd: process.cwd() } };
};

afterEach(() => jest.restoreAllMocks());

test('check opens the package once and reads it sheet by sheet: readWorkbook is never called', async () => {
  const open = jest.spyOn(XlsxPackage, 'open');
  const whole = jest.spyOn(XlsxPackage.prototype, 'readWorkbook');
  const source = jest.spyOn(XlsxPackage.prototype, 'sheetSource');
  const run = io();
  expect(await runCli(['check', SAMPLE, '--json'], run.io)).toBe(1);
  expect(open).toHaveBeenCalledTimes(1);
  expect(source).toHaveBeenCalledTimes(1);
  expect(whole).not.toHaveBeenCalled();
});

test('recompute opens the package once and writes the plan into it through the port', async () => {
  const open = jest.spyOn(XlsxPackage, 'open');
  const apply = jest.spyOn(XlsxWorkbookHost.prototype, 'applyWrites');
  const out = join(mkdtempSync(join(tmpdir(), 'jixiao-port-')), 'out.xlsx');
  const run = io();
  expect(await runCli(['recompute', SAMPLE, '-o', out], run.io)).toBe(0);
  expect(open).toHaveBeenCalledTimes(1);
  expect(apply).toHaveBeenCalledTimes(1);
  // The plan the CLI wrote is the plan of the file: the same writes as a fresh package given it.
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const plan = analyseWorkbook(readXlsx(bytes)).plan.writes;
  expect(plan.length).toBeGreaterThan(0);
  expect(apply.mock.calls[0][0]).toEqual(plan);
  const fresh = XlsxPackage.open(bytes, NODE_ZIP_CODEC);
  fresh.applyWrites(plan);
  expect(new Uint8Array(readFileSync(out))).toEqual(fresh.toBytes());
});

test('report --sheet opens the package once and adds the 自评报告 sheet through the port', async () => {
  const open = jest.spyOn(XlsxPackage, 'open');
  const writeSheet = jest.spyOn(XlsxWorkbookHost.prototype, 'writeSheet');
  const out = join(mkdtempSync(join(tmpdir(), 'jixiao-port-')), 'out.xlsx');
  const run = io();
  expect(await runCli(['report', SAMPLE, '--sheet', '-o', out], run.io)).toBe(0);
  expect(open).toHaveBeenCalledTimes(1);
  expect(writeSheet).toHaveBeenCalledTimes(1);
  expect(readXlsx(new Uint8Array(readFileSync(out))).sheets.map((s) => s.name)).toContain('自评报告');
});

test('a corrupt sheet part read through the host names the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-port-'));
  const { zipSync, unzipSync, strToU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  files['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>');
  const file = join(dir, '损坏的自评表.xlsx');
  writeFileSync(file, zipSync(files));
  const run = io();
  expect(await runCli(['check', file], run.io)).toBe(2);
  expect(run.err.join('\n')).toContain('损坏的自评表.xlsx');
});
