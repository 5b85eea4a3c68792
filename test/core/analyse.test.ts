/**
 * analyseWorkbook and analyseSheets (RULES §6 output) over generated multi-sheet workbooks in the
 * national 项目支出 layout (scripts/bench-workbooks.js, the benchmark's own generator):
 *  - the streaming path gives exactly the findings and plan of the whole-workbook path;
 *  - each indicator row is evaluated once per analysis (computation, 总分 and checks share it);
 *  - a coarse time bound that a loaded 2-core CI meets.
 */
import * as indicatorEval from '../../src/core/rules/indicator-eval';
import { analyseSheets, analyseWorkbook } from '../../src/core/analyse';
import type { Sheet, SheetSource, Workbook } from '../../src/core/grid/types';
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from '../../src/core/rules/profile';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchWorkbookGrid } = require('../../scripts/bench-workbooks.js') as { benchWorkbookGrid: (sheets: number, rows: number) => Workbook };

/** A SheetSource over an in-memory workbook that records which sheets were read, in order. */
function sourceOf(wb: Workbook, reads: string[] = []): SheetSource {
  return {
    names: wb.sheets.map((s) => s.name),
    read: (name) => {
      reads.push(name);
      return wb.sheets.find((s) => s.name === name)!;
    },
  };
}

/** A sheet nothing recognises (M01 note). */
const stray: Sheet = { name: '说明', merges: [], cells: [[{ value: '本表由财务科填写' }]] };

describe('analyseSheets ≡ analyseWorkbook', () => {
  it.each([
    ['1 sheet × 5 rows', 1, 5],
    ['7 sheets × 37 rows', 7, 37],
    ['20 sheets × 100 rows', 20, 100],
  ])('%s: same findings, plan and table count (national and Sichuan profiles)', (_, sheets, rows) => {
    const wb = benchWorkbookGrid(sheets, rows);
    for (const profile of [NATIONAL_PROFILE, SICHUAN_PROFILE]) {
      const whole = analyseWorkbook(wb, { profile });
      const reads: string[] = [];
      const streamed = analyseSheets(sourceOf(wb, reads), { profile });
      expect(whole.recognised.tables).toHaveLength(sheets);
      expect(streamed.tableCount).toBe(sheets);
      expect(streamed.findings).toEqual(whole.findings);
      expect(streamed.plan).toEqual(whole.plan);
      expect(reads).toEqual(wb.sheets.map((s) => s.name)); // each sheet read once, in order
      // The generated tables do carry findings and writes (the comparison is not vacuous).
      // Since the generator types the scores (286d338), every tenth row's score is off: ≥ 1 finding per 10 rows.
      expect(whole.findings.length).toBeGreaterThanOrEqual(sheets * Math.floor(rows / 10));
      expect(whole.plan.writes.length).toBeGreaterThan(0);
    }
  });

  it('an unrecognised sheet between tables: the same M01 note in both paths', () => {
    const base = benchWorkbookGrid(3, 10);
    const wb: Workbook = { sheets: [base.sheets[0], stray, ...base.sheets.slice(1)] };
    const whole = analyseWorkbook(wb);
    const streamed = analyseSheets(sourceOf(wb));
    expect(whole.findings.filter((f) => f.rule === 'M01' && f.sheet === '说明')).toHaveLength(1);
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.plan).toEqual(whole.plan);
  });

  it('plan: false (a check): the same findings, no writes planned', () => {
    const wb = benchWorkbookGrid(5, 20);
    const whole = analyseWorkbook(wb);
    const streamed = analyseSheets(sourceOf(wb), { plan: false });
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.plan.writes).toEqual([]);
    expect(whole.plan.writes.length).toBeGreaterThan(0);
  });

  it('a workbook with a sheet the add-in keeps for itself (`_jixiao_…`) is analysed whole: same result', () => {
    const base = benchWorkbookGrid(3, 10);
    const settings: Sheet = { name: '_jixiao_mapping', merges: [], cells: [[{ value: '不是设置' }]] };
    const wb: Workbook = { sheets: [...base.sheets, settings] };
    const whole = analyseWorkbook(wb);
    const streamed = analyseSheets(sourceOf(wb));
    expect(streamed.tableCount).toBe(whole.recognised.tables.length);
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.plan).toEqual(whole.plan);
  });

  it('no sheet: no finding, empty plan', () => {
    const streamed = analyseSheets({ names: [], read: () => stray });
    expect(streamed).toMatchObject({ tableCount: 0, findings: [], plan: { writes: [], withheld: [] } });
  });
});

describe('each indicator row is evaluated once per analysis', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['analyseWorkbook', (wb: Workbook) => analyseWorkbook(wb)],
    ['analyseSheets', (wb: Workbook) => analyseSheets(sourceOf(wb))],
  ])('%s: 4 sheets × 25 rows → 100 evaluations (was 3 per row: computation, 总分, checks)', (_, analyse) => {
    const wb = benchWorkbookGrid(4, 25);
    const spy = jest.spyOn(indicatorEval, 'evaluateIndicatorRow');
    analyse(wb);
    expect(spy).toHaveBeenCalledTimes(4 * 25);
    // A second analysis recognises afresh and evaluates afresh (nothing stale is reused).
    analyse(wb);
    expect(spy).toHaveBeenCalledTimes(2 * 4 * 25);
  });
});

describe('time (coarse bound, safe on a loaded 2-core CI)', () => {
  it('10,000 indicator rows (100 sheets × 100) analyse in under 1.5 s', () => {
    const wb = benchWorkbookGrid(100, 100);
    analyseWorkbook(benchWorkbookGrid(2, 100)); // warm-up (JIT)
    const t0 = performance.now();
    const a = analyseWorkbook(wb);
    const ms = performance.now() - t0;
    expect(a.recognised.tables).toHaveLength(100);
    expect(ms).toBeLessThan(1500);
  });
});
