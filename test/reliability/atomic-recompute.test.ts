/**
 * Atomic recompute through the pane operations (issue #6 §2a): everything is read and computed
 * first, then written in ONE applyWrites batch; a host failing at the write — a fake host that
 * throws on applyWrites, the memory host refusing a bad batch, the Excel fake failing at any sync
 * — leaves the workbook untouched.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Workbook } from '../../src/core/grid/types';
import { isCellError } from '../../src/core/grid/types';
import type { CellWrite } from '../../src/core/plan/write-plan';
import { createExcelHost } from '../../src/hosts/excel';
import { createMemoryHost } from '../../src/hosts/memory/memory-host';
import type { WorkbookHost } from '../../src/hosts/ports';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { createPaneOperations } from '../../src/taskpane/operations';
import { FakeExcel } from '../hosts/excel/fake-excel';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLES = ['seed-template.xlsx', 'seed-hunan-pasted.xlsx'];
const sample = (name: string): Workbook => readXlsx(new Uint8Array(fs.readFileSync(path.join(ROOT, 'samples', name))));

function paneOver(host: WorkbookHost) {
  return createPaneOperations({
    host,
    analyse: (wb) => analyseWorkbook(wb),
    templateLayouts: () => [],
    loadReport: async () => {
      throw new Error('not used');
    },
  });
}

/** A host that records the order of calls and can be told to throw on applyWrites. */
function recordingHost(inner: WorkbookHost, failOnWrite: boolean) {
  const calls: string[] = [];
  const batches: Array<readonly CellWrite[]> = [];
  const host: WorkbookHost = {
    kind: inner.kind,
    async readWorkbook() {
      calls.push('read');
      return inner.readWorkbook();
    },
    async applyWrites(writes) {
      calls.push('write');
      batches.push(writes);
      if (failOnWrite) throw new Error('injected: the host failed during the write');
      return inner.applyWrites(writes);
    },
    async writeSheet(layout, options) {
      calls.push('writeSheet');
      return inner.writeSheet(layout, options);
    },
    selectCell: (s, a) => inner.selectCell(s, a),
  };
  return { host, calls, batches };
}

describe.each(SAMPLES)('pane recompute on %s', (name) => {
  test('reads and computes everything first, then writes all cells in one applyWrites batch', async () => {
    const memory = createMemoryHost(sample(name));
    const { host, calls, batches } = recordingHost(memory, false);
    const ops = paneOver(host);
    const preview = await ops.previewRecompute();
    expect(preview.writes.length).toBeGreaterThan(1);
    await ops.applyRecompute(preview);
    expect(calls.filter((c) => c !== 'read')).toEqual(['write']);
    expect(calls[calls.length - 1]).toBe('write');
    expect(batches).toEqual([preview.writes]);
    // and the result is final: a second preview plans nothing
    expect((await ops.previewRecompute()).writes).toEqual([]);
  });

  test('a host that throws on applyWrites: the operation rejects and the workbook is untouched', async () => {
    const memory = createMemoryHost(sample(name));
    const before = memory.view();
    const { host } = recordingHost(memory, true);
    const ops = paneOver(host);
    const preview = await ops.previewRecompute();
    await expect(ops.applyRecompute(preview)).rejects.toThrow('injected');
    expect(memory.view().version).toBe(before.version);
    expect(memory.view().workbook).toEqual(before.workbook);
  });

  test('the memory host refuses a batch with one bad write in the middle and changes nothing', async () => {
    const memory = createMemoryHost(sample(name));
    const before = memory.view();
    const plan = analyseWorkbook(before.workbook).plan.writes;
    const mid = Math.floor(plan.length / 2);
    const bad: CellWrite = { ...plan[mid], sheet: '不存在的表' };
    await expect(memory.applyWrites([...plan.slice(0, mid), bad, ...plan.slice(mid)])).rejects.toThrow();
    const nan: CellWrite = { ...plan[mid], value: Number.NaN };
    await expect(memory.applyWrites([...plan.slice(0, mid), nan, ...plan.slice(mid + 1)])).rejects.toThrow();
    expect(memory.view().workbook).toEqual(before.workbook);
  });
});

/** The sample loaded into the Office.js fake (values, formulas, number formats). */
function fakeExcelOf(wb: Workbook): FakeExcel {
  const x = new FakeExcel();
  for (const s of wb.sheets) {
    const rows = s.cells.map((r) =>
      [...r].map((c) => {
        if (!c || (c.value === null && c.formula === undefined && !c.numFmt)) return null;
        const v = c.value === null ? undefined : isCellError(c.value) ? c.value.error : c.value;
        return { ...(v !== undefined ? { v } : {}), ...(c.formula !== undefined ? { f: c.formula } : {}), ...(c.numFmt ? { fmt: c.numFmt } : {}) };
      }),
    );
    x.addSheet(s.name, rows);
  }
  return x;
}

function snapshot(x: FakeExcel): string {
  return JSON.stringify(x.sheets.map((s) => [s.name, [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, c.value, c.formula, c.numberFormat])]));
}

describe.each(SAMPLES)('Excel (Office.js fake) recompute on %s', (name) => {
  test('a failure at any sync of 应用 leaves every cell untouched; without failure the writes land', async () => {
    let failures = 0;
    for (let k = 1; k < 20; k++) {
      const x = fakeExcelOf(sample(name));
      const ops = paneOver(createExcelHost(x.environment()));
      const preview = await ops.previewRecompute();
      expect(preview.writes.length).toBeGreaterThan(1);
      const before = snapshot(x);
      x.failAtSync = x.syncCount + k;
      let failed = false;
      try {
        await ops.applyRecompute(preview);
      } catch {
        failed = true;
      }
      if (failed) {
        failures += 1;
        expect(snapshot(x)).toBe(before);
        continue;
      }
      // k is past the last sync: the batch was written, all of it.
      expect(snapshot(x)).not.toBe(before);
      for (const w of preview.writes) {
        const c = x.sheetNamed(w.sheet)!.cell(w.row, w.col)!;
        expect([w.address, c.value]).toEqual([w.address, w.value]);
      }
      break;
    }
    // applyRecompute has at least a verifying read sync and the write syncs: each was failed once.
    expect(failures).toBeGreaterThanOrEqual(2);
  });
});
