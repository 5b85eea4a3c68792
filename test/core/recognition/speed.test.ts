/**
 * Issue #5's speed budget: recognition ≤ 30 ms per 10,000 indicator rows (100 sheets × 100 rows,
 * scripts/bench-workbooks.js). Guarded coarsely (300 ms) so a loaded CI machine does not flake.
 */
import type { Workbook } from '../../../src/core/grid/types';
import { recogniseWorkbook } from '../../../src/core/recognition';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchWorkbookGrid } = require('../../../scripts/bench-workbooks.js') as { benchWorkbookGrid: (sheets: number, rows: number) => Workbook };

it('recognises 10,000 indicator rows (100 sheets × 100) in under 300 ms', () => {
  const wb = benchWorkbookGrid(100, 100);
  recogniseWorkbook(wb); // warm up
  let best = Number.POSITIVE_INFINITY;
  let tables = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = recogniseWorkbook(wb);
    best = Math.min(best, performance.now() - t0);
    tables = r.tables.length;
    expect(r.tables.reduce((n, t) => n + (t.indicators?.rows.length ?? 0), 0)).toBe(10000);
  }
  expect(tables).toBe(100);
  expect(best).toBeLessThan(300);
});
