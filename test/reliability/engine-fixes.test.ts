/**
 * Regression tests for the bugs the fuzz suite and the reliability tests found (each was a
 * shrunk counterexample; see RELIABILITY.md "Bugs found"):
 *  1. a negative stated 得分 (S03) was summed into 总分 and written: 总分 = -1e+300 (the parts are
 *     summed as the table shows them, RULES §3; a negative sum is now no 总分 at all);
 *  2. a budget of 5e-324 gave an execution rate beyond the double range: the plan held Infinity;
 *  3. an output file that cannot be written threw a raw Node error (temp-file name, no code).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import { NATIONAL_PROFILE } from '../../src/core/rules/profile';
import { XlsxError } from '../../src/hosts/xlsx/errors';
import { writeFileAtomic } from '../../src/hosts/xlsx/file-io';
import { buildWorkbook, type Layout } from '../fuzz/arbitraries';

const base: Layout = { layout: 'hunan', variant: 0, dr: 0, dc: 0, mutations: [], dropMerges: [], extraMerges: [], insertRows: [], tailRows: [], junkSheet: false, mergesUnknown: false };
const hunanWith = (a1col: number, row: number, value: number) => {
  const wb = buildWorkbook(base);
  const sheet = wb.sheets[0];
  const cells = sheet.cells.map((r) => [...r]);
  cells[row][a1col] = { value };
  return { sheets: [{ ...sheet, cells }] };
};

describe('a negative stated indicator score never becomes a negative 总分', () => {
  test.each([-1e300, -98.8])('H13 = %p (sum below zero): S03 names the cell; no 总分 is computed or written', (v) => {
    const a = analyseWorkbook(hunanWith(7, 12, v));
    expect(a.findings.some((f) => f.rule === 'S03' && f.cell === 'H13')).toBe(true);
    expect(a.computations[0].totalScore).toBeUndefined();
    expect(a.plan.writes.filter((w) => w.kind === 'totalScore')).toEqual([]);
    expect(a.plan.writes.every((w) => typeof w.value !== 'number' || (Number.isFinite(w.value) && w.value >= 0))).toBe(true);
  });

  test('H13 = -5 (sum stays positive): S03 names the cell; 总分 sums the parts as shown = 93.79', () => {
    const a = analyseWorkbook(hunanWith(7, 12, -5));
    expect(a.findings.some((f) => f.rule === 'S03' && f.cell === 'H13')).toBe(true);
    // 9.99 (funds) + (-5) + 9.8 + 10 + 10 + 9.8 + 9.8 × 4 + 10 = 93.79
    expect(a.computations[0].totalScore?.toFixed(2)).toBe('93.79');
  });

  test('a zero stated score still counts (0 is not negative): 总分 is computed', () => {
    const a = analyseWorkbook(hunanWith(7, 12, 0));
    // Hand sum: funds 9.99 + 得分 of H14..H22 (9.8, 10, 10, 9.8, 9.8×4, 10) = 9.99 + 88.8 = 98.79
    expect(a.computations[0].totalScore?.toFixed(2)).toBe('98.79');
  });
});

describe('an execution rate beyond the double range is not written', () => {
  test('年初预算数 5e-324 with the 年初预算数 basis: no Infinity in the plan, no write to that rate cell', () => {
    const wb = buildWorkbook({ ...base, layout: 'template', variant: 1, mutations: [] });
    const sheet = wb.sheets[0];
    const cells = sheet.cells.map((r) => [...r]);
    cells[9][2] = { value: 5e-324 }; // C10, 人员经费 年初预算数
    const a = analyseWorkbook({ sheets: [{ ...sheet, cells }] }, { profile: { ...NATIONAL_PROFILE, budgetBasis: 'initialBudget' } });
    expect(a.plan.writes.every((w) => typeof w.value !== 'number' || Number.isFinite(w.value))).toBe(true);
    expect(a.plan.writes.find((w) => w.address === 'G10')).toBeUndefined();
  });
});

describe('writeFileAtomic reports a failed write in Chinese and leaves nothing', () => {
  test('missing folder → XlsxError UNWRITABLE naming the file; the folder it could not reach stays absent', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unwritable-'));
    try {
      const target = path.join(dir, 'no-such-folder', '输出.xlsx');
      const e = await writeFileAtomic(target, new Uint8Array([1, 2, 3])).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(XlsxError);
      expect((e as XlsxError).code).toBe('UNWRITABLE');
      expect((e as XlsxError).message).toBe('无法写入输出文件 “输出.xlsx”：输出文件夹不存在（原文件未改动）');
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a folder in the way of the output (EISDIR on rename): no temporary file left', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unwritable-'));
    try {
      fs.mkdirSync(path.join(dir, 'out.xlsx'));
      fs.writeFileSync(path.join(dir, 'out.xlsx', 'keep'), 'x');
      await expect(writeFileAtomic(path.join(dir, 'out.xlsx'), new Uint8Array([1]))).rejects.toMatchObject({ code: 'UNWRITABLE' });
      expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
