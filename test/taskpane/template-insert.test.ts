/**
 * Issue 12 point 9: 插入模板 on a workbook that already has a table adds only the sheets it
 * lacks (基本情况, 收支明细; the 自评表 only when there is none) and never touches an existing one.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import { templateLayouts } from '../../src/core/template/definition';
import type { Workbook } from '../../src/core/grid/types';
import { sheetFromValues } from '../../src/core/grid/types';
import { createMemoryHost } from '../../src/hosts/memory';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { createPaneOperations } from '../../src/taskpane/operations';
import { PaneError } from '../../src/taskpane/errors';

const ops = (wb: Workbook) => {
  const host = createMemoryHost(wb);
  const operations = createPaneOperations({
    host,
    marker: host,
    analyse: (w) => analyseWorkbook(w),
    templateLayouts,
    loadReport: async () => {
      throw new Error('not used');
    },
  });
  return { host, operations };
};

const pasted = () => readXlsx(new Uint8Array(readFileSync(resolve(__dirname, '../../samples/seed-hunan-pasted.xlsx'))));
const sheetJson = (wb: Workbook, name: string) => JSON.stringify(wb.sheets.find((s) => s.name === name));

describe('插入模板 · 补充缺少的工作表', () => {
  test('an empty workbook lacks all three sheets and has no table', async () => {
    const { operations } = ops({ sheets: [sheetFromValues('Sheet1', [])] });
    expect(await operations.templatePlan()).toEqual({ existing: [], missing: ['自评表', '基本情况', '收支明细'], hasTable: false });
  });

  test('the table pasted from Word (on its own sheet name) counts as the 自评表: only the other sheets are missing', async () => {
    const wb = pasted();
    const names = wb.sheets.map((s) => s.name);
    const { operations, host } = ops(wb);
    const plan = await operations.templatePlan();
    expect(plan.hasTable).toBe(true);
    expect(plan.missing).not.toContain('自评表');
    // Whatever the sample lacks among 基本情况/收支明细 is offered, nothing it has.
    for (const m of plan.missing) expect(names).not.toContain(m);
    expect(plan.missing.length).toBeGreaterThan(0);

    const before = await host.readWorkbook();
    const written = await operations.insertTemplate(undefined, plan.missing);
    expect(written).toEqual(plan.missing);
    const after = await host.readWorkbook();
    // Every sheet that was there is byte-for-byte the same model; only the missing ones were added.
    for (const name of names) expect(sheetJson(after, name)).toBe(sheetJson(before, name));
    expect(after.sheets.map((s) => s.name)).toEqual([...names, ...plan.missing]);
    // …and the workbook's findings on the table are those it had (the added sheets are blank inputs).
    const tableFindings = (wb2: Workbook) => analyseWorkbook(wb2).findings.filter((f) => f.sheet !== undefined && names.includes(f.sheet) && f.sheet !== "基本情况").map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(tableFindings(after)).toEqual(tableFindings(before));
  });

  test('a workbook with the full template lacks nothing', async () => {
    const { operations } = ops({ sheets: [sheetFromValues('Sheet1', [])] });
    await operations.insertTemplate();
    const plan = await operations.templatePlan();
    expect(plan).toEqual({ existing: ['自评表', '基本情况', '收支明细'], missing: [], hasTable: true });
  });

  test('a 基本情况 sheet added by the user meanwhile is never overwritten: nothing is written, the message names it', async () => {
    const { operations, host } = ops({ sheets: [sheetFromValues('自评表', [['部门整体支出绩效自评表']])] });
    const plan = await operations.templatePlan();
    expect(plan.missing).toEqual(['基本情况', '收支明细']);
    await host.writeSheet({ name: '基本情况', cells: [{ row: 0, col: 0, value: '用户自己写的' }], merges: [], columnWidths: [] });
    const before = JSON.stringify(await host.readWorkbook());
    await expect(operations.insertTemplate(undefined, plan.missing)).rejects.toThrow(PaneError);
    await expect(operations.insertTemplate(undefined, plan.missing)).rejects.toThrow(/“基本情况”刚刚已存在/);
    expect(JSON.stringify(await host.readWorkbook())).toBe(before);
  });
});
