/**
 * The WPS object model is synchronous and every member access is a round trip into the host, so
 * the adapter must batch: the number of host calls must not grow with the number of rows.
 */
import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import type { CellWrite } from '../../../src/core/plan/write-plan';
import { FakeWpsApplication } from './fake-wps';
import { bodyTable } from './fixtures';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;

async function readCalls(n: number): Promise<{ calls: number; rows: number }> {
  const fake = new FakeWpsApplication([bodyTable(n)]);
  fake.calls = 0;
  const wb = await createWpsHost(asApp(fake)).readWorkbook();
  return { calls: fake.calls, rows: wb.sheets[0].cells.length };
}

/** 执行率 (G) and 占比 (I) of every body row, as a recompute would plan them. */
function planFor(n: number): CellWrite[] {
  const writes: CellWrite[] = [];
  for (let i = 0; i < n; i++) {
    const row = i + 2;
    writes.push({ sheet: '自评表', row, col: 6, address: `G${row + 1}`, kind: 'executionRate', old: null, value: 0.9167, numFmt: '0.00%' });
    writes.push({ sheet: '自评表', row, col: 8, address: `I${row + 1}`, kind: 'share', old: null, value: 0.25, numFmt: '0.00%' });
  }
  return writes;
}

describe('WPS host: host calls independent of table size', () => {
  it('readWorkbook: same number of calls for 10 and 10,000 body rows', async () => {
    const small = await readCalls(10);
    const large = await readCalls(10_000);
    expect(small.rows).toBe(12);
    expect(large.rows).toBe(10_002);
    expect(large.calls).toBe(small.calls);
    expect(small.calls).toBeLessThan(60);
  });

  it('readWorkbook of the large table still finds the merges and formats', async () => {
    const fake = new FakeWpsApplication([bodyTable(10_000)]);
    const sheet = (await createWpsHost(asApp(fake)).readWorkbook()).sheets[0];
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 2, left: 0, bottom: 10_001, right: 0 },
    ]);
    expect(sheet.cells[10_001][6]).toEqual({ value: 0.9167, numFmt: '0.00%' });
    expect(sheet.cells[10_001][7]).toEqual({ value: null });
  });

  it('applyWrites: same number of calls for 10 and 10,000 rows of writes', async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const fake = new FakeWpsApplication([bodyTable(n)]);
      fake.calls = 0;
      fake.traceOn = true;
      await createWpsHost(asApp(fake)).applyWrites(planFor(n));
      counts.push(fake.calls);
      // Two rectangles (G3:G…, I3:I…): one Value2 write each.
      expect(fake.trace.filter((t) => t.startsWith('Range.Value2='))).toEqual([`Range.Value2= 自评表!G3:G${n + 2}`, `Range.Value2= 自评表!I3:I${n + 2}`]);
      expect(fake.book.sheet('自评表').valueAt(`I${n + 2}`)).toBe(0.25);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
