/**
 * 起草偏差原因 over the in-memory host: drafts are shown first (nothing written), written only on
 * confirmation into the 偏差原因 cells, refused when a cell changed since, and 撤销 restores them.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { cellAt } from '../../src/core/grid/types';
import { templateLayouts } from '../../src/core/template/definition';
import { createMemoryHost } from '../../src/hosts/memory';
import { createPaneOperations } from '../../src/taskpane/operations';
import { PaneError } from '../../src/taskpane/errors';
import { sampleWorkbook } from './sample';

const setup = () => {
  const host = createMemoryHost(sampleWorkbook());
  const ops = createPaneOperations({ host, marker: host, analyse: (w) => analyseWorkbook(w), templateLayouts, loadReport: async () => { throw new Error('none'); } });
  return { host, ops };
};
const valueAt = async (host: ReturnType<typeof createMemoryHost>, sheet: string, row: number, col: number) =>
  cellAt((await host.readWorkbook()).sheets.find((s) => s.name === sheet)!, row, col)?.value ?? null;

describe('起草偏差原因', () => {
  test('drafts are shown without writing; 写入 fills the 偏差原因 cells; 撤销 restores them', async () => {
    const { host, ops } = setup();
    const { drafts } = await ops.draftReasons();
    // The seed has rows below full marks with no reason (S04 findings on the sample).
    const s04 = analyseWorkbook(sampleWorkbook()).findings.filter((f) => f.rule === 'S04');
    expect(s04.length).toBeGreaterThan(0);
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.value.startsWith('（草稿）')).toBe(true);
    expect(host.view().version).toBe(0);
    const undo = await ops.applyReasons(drafts);
    expect(undo.kind).toBe('drafts');
    for (const d of drafts) expect(await valueAt(host, d.sheet, d.row, d.col)).toBe(d.value);
    await ops.undo(undo);
    for (const d of drafts) expect(await valueAt(host, d.sheet, d.row, d.col)).toEqual(d.old);
  });

  test('a reason typed after the drafts were shown is never overwritten: nothing is written', async () => {
    const { host, ops } = setup();
    const { drafts } = await ops.draftReasons();
    const d = drafts[0];
    await host.applyWrites([{ sheet: d.sheet, row: d.row, col: d.col, address: d.address, kind: 'grade', old: d.old, value: '人员调整，已整改' }]);
    const before = await host.readWorkbook();
    await expect(ops.applyReasons(drafts)).rejects.toBeInstanceOf(PaneError);
    expect(await host.readWorkbook()).toEqual(before);
  });
});
