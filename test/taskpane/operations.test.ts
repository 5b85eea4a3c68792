import { analyseWorkbook } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analyse';
import { templateLayouts } from '../../src/core/template/definition';
import type { SheetLayout } from '../../src/core/grid/layout';
import type { Workbook } from '../../src/core/grid/types';
import { cellAt } from '../../src/core/grid/types';
import { createMemoryHost } from '../../src/hosts/memory';
import { createPaneOperations } from '../../src/taskpane/operations';
import type { PaneDeps } from '../../src/taskpane/operations';
import { PaneError } from '../../src/taskpane/errors';
import { cellText } from '../../src/taskpane/cell-text';
import { sampleWorkbook } from './sample';

const deps = (wb: Workbook, over: Partial<PaneDeps> = {}) => {
  const host = createMemoryHost(wb);
  const ops = createPaneOperations({
    host,
    marker: host,
    analyse: (w) => analyseWorkbook(w),
    templateLayouts,
    loadReport: async () => {
      throw new Error('no report in this test');
    },
    ...over,
  });
  return { host, ops };
};

describe('pane operations over the in-memory host and the bundled sample', () => {
  const sample = sampleWorkbook();
  const expected: Analysis = analyseWorkbook(sample);

  test('检查 gives exactly the engine’s findings for the workbook the host reports', async () => {
    const { ops } = deps(sample);
    const progress: string[] = [];
    const a = await ops.check((l) => progress.push(l));
    expect(a.findings).toEqual(expected.findings);
    expect(progress).toEqual(['正在读取工作簿…', '正在分析…']);
  });

  test('重新计算 previews every planned write as sheet!cell: old → new, and writes nothing yet', async () => {
    const { ops, host } = deps(sample);
    const p = await ops.previewRecompute();
    expect(p.writes).toEqual(expected.plan.writes);
    expect(p.changes.map((c) => `${c.sheet}!${c.address}`)).toEqual(expected.plan.writes.map((w) => `${w.sheet}!${w.address}`));
    for (const [i, w] of expected.plan.writes.entries()) {
      const after = cellText(w.value, w.numFmt);
      expect(p.changes[i].after).toBe(after === '' ? '（空）' : after);
    }
    expect(await host.readWorkbook()).toEqual(sample);
  });

  test('apply writes the plan; 撤销 restores the workbook exactly; a second recompute plans nothing new', async () => {
    const { ops, host } = deps(sample);
    const p = await ops.previewRecompute();
    const undo = await ops.applyRecompute(p);
    const after = await host.readWorkbook();
    for (const w of p.writes) {
      const s = after.sheets.find((x) => x.name === w.sheet)!;
      expect(cellAt(s, w.row, w.col)?.value).toEqual(w.value);
    }
    const again = await ops.previewRecompute();
    expect(again.writes).toEqual([]);
    await ops.undo(undo);
    const restored = await host.readWorkbook();
    for (const w of p.writes) {
      const s0 = sample.sheets.find((x) => x.name === w.sheet)!;
      const s1 = restored.sheets.find((x) => x.name === w.sheet)!;
      expect(cellAt(s1, w.row, w.col)?.value ?? null).toEqual(cellAt(s0, w.row, w.col)?.value ?? null);
    }
  });

  test('a cell edited after the preview refuses the whole apply (nothing written) with a Chinese message', async () => {
    const wb: Workbook = sample;
    const { ops, host } = deps(wb);
    const fake = { sheet: wb.sheets[0].name, row: 0, col: 0, address: 'A1', kind: 'grade' as const, old: 'something else', value: '优' };
    const p = { changes: [], writes: [fake], withheld: [] };
    const before = await host.readWorkbook();
    const err = await ops.applyRecompute(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaneError);
    expect((err as Error).message).toContain(`${wb.sheets[0].name}!A1`);
    expect((err as Error).message).toContain('未写入任何内容');
    expect(await host.readWorkbook()).toEqual(before);
  });

  test('插入模板 renders every template layout; existing sheets are reported for confirmation', async () => {
    const { ops, host } = deps({ sheets: [] });
    expect(await ops.existingTemplateSheets()).toEqual([]);
    const names = await ops.insertTemplate();
    expect(names).toEqual(templateLayouts().map((l) => l.name));
    const wb = await host.readWorkbook();
    expect(wb.sheets.map((s) => s.name)).toEqual(names);
    expect(await ops.existingTemplateSheets()).toEqual(names);
    if (names.length > 0) expect(host.view().activeSheet).toBe(names[0]);
  });

  test('标记到工作簿 fills finding cells and writes a 检查结果 sheet with one row per finding', async () => {
    const { ops, host } = deps(sample);
    const a = await ops.check();
    const r = await ops.markWorkbook(a.findings);
    const cells = new Set(a.findings.filter((f) => f.sheet && f.cell && sample.sheets.some((s) => s.name === f.sheet)).map((f) => `${f.sheet}!${f.cell}`));
    expect(r.filled).toBe(cells.size);
    const sheet = (await host.readWorkbook()).sheets.find((s) => s.name === '检查结果')!;
    expect(sheet.cells[1].map((c) => c?.value)).toEqual(['序号', '级别', '规则', '规则名称', '工作表', '单元格', '说明']);
    expect(sheet.cells.length).toBe(2 + Math.max(1, a.findings.length));
  });

  test('检查 is read-only: it never marks or writes the workbook', async () => {
    const { ops, host } = deps(sample);
    await ops.check();
    expect(host.view().version).toBe(0);
  });

  test('生成报告 writes the report sheet and returns the .docx bytes', async () => {
    const layout: SheetLayout = { name: '自评报告', cells: [{ row: 0, col: 0, value: '报告' }], merges: [], columnWidths: [] };
    const { ops, host } = deps(sample, {
      loadReport: async () => ({
        reportOfWorkbook: (w, o) => ({ draft: o?.draft ?? false, gaps: [{ sheet: '基本情况', cell: 'B5', what: `在职人数（${w.sheets.length} 表）` }] }),
        reportSheetLayout: () => layout,
        reportDocx: async (r) => new Uint8Array(r.draft ? [68] : [80, 75]),
      }),
    });
    expect(await ops.hasReportSheet()).toBe(false);
    const r = await ops.generateReport();
    expect(await ops.hasReportSheet()).toBe(true);
    expect(r).toEqual({ sheet: '自评报告', docx: new Uint8Array([80, 75]), gaps: [{ sheet: '基本情况', cell: 'B5', what: `在职人数（${sample.sheets.length} 表）` }] });
    // 下载 / 下载草稿 re-read the workbook now (one more sheet since: the report's).
    const final = await ops.reportFile({ draft: false });
    expect(final.gaps[0].what).toBe(`在职人数（${sample.sheets.length + 1} 表）`);
    expect((await ops.reportFile({ draft: true })).docx).toEqual(new Uint8Array([68]));
    expect(host.view().activeSheet).toBe('自评报告');
  });

  test('生成报告 without the report module: PaneError naming it, with the cause', async () => {
    const { ops } = deps(sample);
    const err = (await ops.generateReport().catch((e: unknown) => e)) as PaneError;
    expect(err).toBeInstanceOf(PaneError);
    expect(err.message).toBe('报告模块尚未安装，无法生成报告');
    expect((err.cause as Error).message).toBe('no report in this test');
  });
});
