/**
 * TableRule.readsNarrative marks the rules that read ctx.narrativeText (F06/F07, RULES §4: a
 * reason in the 基本情况 narrative). analyseSheets runs them last, so every other rule must give
 * the same findings whatever the narrative says.
 */
import { analyseWorkbook } from '../../../src/core/analyse';
import { TABLE_RULES } from '../../../src/core/checks/registry';
import { LOW_EXECUTION_KEYWORDS, ADJUSTMENT_KEYWORDS } from '../../../src/core/checks/funds/reason';
import type { Workbook } from '../../../src/core/grid/types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchWorkbookGrid } = require('../../../scripts/bench-workbooks.js') as { benchWorkbookGrid: (sheets: number, rows: number) => Workbook };

const NARRATIVE = [...LOW_EXECUTION_KEYWORDS, ...ADJUSTMENT_KEYWORDS].map((k) => `本年${k}。`).join('\n');

describe('readsNarrative', () => {
  const analysis = analyseWorkbook(benchWorkbookGrid(3, 20));

  it('is set on F06 and F07 only', () => {
    expect(TABLE_RULES.filter((r) => r.readsNarrative).flatMap((r) => r.codes).sort()).toEqual(['F06', 'F07']);
  });

  it.each(TABLE_RULES.filter((r) => !r.readsNarrative).map((r) => [r.id, r] as const))('%s: same findings with or without a narrative', (_, rule) => {
    for (const computation of analysis.computations) {
      const ctx = { table: computation.table, profile: analysis.profile, computation };
      expect(rule.evaluate!({ ...ctx, narrativeText: NARRATIVE })).toEqual(rule.evaluate!({ ...ctx, narrativeText: '' }));
    }
  });

  it('the narrative does change F07 on these tables (budget adjusted, no reason column)', () => {
    const f07 = TABLE_RULES.find((r) => r.codes.includes('F07'))!;
    const c = analysis.computations[0];
    const ctx = { table: c.table, profile: analysis.profile, computation: c };
    expect(f07.evaluate!({ ...ctx, narrativeText: '' })).toHaveLength(1);
    expect(f07.evaluate!({ ...ctx, narrativeText: NARRATIVE })).toHaveLength(0);
  });
});
