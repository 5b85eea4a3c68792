/**
 * The end-to-end bar of issue 12, through the pane's own operations over the in-memory host (the
 * browser preview's host) and the real report module:
 *   插入模板 → fill the seed's figures (every input cell of samples/seed-template.xlsx, typed into
 *   the inserted template) → 重新计算 → 应用 → 撤销 → 生成报告 → the .docx's 自评表 equals the sheet as
 *   it stands, cell by cell.
 * The expected texts are derived here from the sheet's cells and their number formats (decimal.js,
 * half-up), not from the report code. Text cells are compared with whitespace removed (the report
 * joins a cell's lines into one paragraph).
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import Decimal from 'decimal.js';
import { analyseWorkbook } from '../../src/core/analyse';
import { templateInputCells, templateLayouts, templateOutputCells } from '../../src/core/template/definition';
import { fromA1, toA1 } from '../../src/core/grid/a1';
import type { Cell, Sheet, Workbook } from '../../src/core/grid/types';
import { cellAt, isCellError, sheetFromValues } from '../../src/core/grid/types';
import type { CellWrite } from '../../src/core/plan/write-plan';
import { createMemoryHost } from '../../src/hosts/memory';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { createPaneOperations } from '../../src/taskpane/operations';
import { loadReportModule } from '../../src/taskpane/report-module';

const D = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP });
const seed = (): Workbook => readXlsx(new Uint8Array(readFileSync(resolve(__dirname, '../../samples/seed-template.xlsx'))));

/** What a cell shows: its number in its format (0.00, 0.00%, General), or its text. */
function shown(c: Cell | undefined): string {
  const v = c?.value ?? null;
  if (v === null || isCellError(v)) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = c?.numFmt ?? 'General';
  const dp = /0\.(0+)/.exec(fmt)?.[1].length ?? (/^0%?$/.test(fmt) ? 0 : undefined);
  if (fmt.includes('%')) return new D(String(v)).times(100).toFixed(dp ?? 0) + '%';
  return dp === undefined ? new D(String(v)).toFixed() : new D(String(v)).toFixed(dp);
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** The tables of a .docx as grids of cell texts (gridSpan expanded; vMerge continuations blank). */
function docxTables(docx: Uint8Array): string[][][] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']);
  const tables: string[][][] = [];
  for (const tbl of xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
    const rows: string[][] = [];
    for (const tr of tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
      const row: string[] = [];
      for (const tc of tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? '1');
        const paras = (tc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));
        const text = paras.join('\n').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
        row.push(text);
        for (let i = 1; i < span; i++) row.push('');
      }
      rows.push(row);
    }
    tables.push(rows);
  }
  return tables;
}

describe('插入模板 → 填入 → 重新计算 → 应用 → 撤销 → 生成报告: the Word table is the sheet as it stands', () => {
  test('every figure cell of 自评表 appears in the .docx exactly as the sheet shows it after 撤销', async () => {
    const host = createMemoryHost({ sheets: [sheetFromValues('Sheet1', [])] });
    const ops = createPaneOperations({ host, marker: host, analyse: (w) => analyseWorkbook(w), templateLayouts, loadReport: loadReportModule });

    // 插入模板 into an empty workbook: no question, the three sheets.
    const plan = await ops.templatePlan();
    expect(plan).toMatchObject({ existing: [], hasTable: false });
    expect(await ops.insertTemplate()).toEqual(['自评表', '基本情况', '收支明细']);

    // Fill in the seed's figures: every input cell of each template sheet, and the figures the
    // department typed into the output cells itself (资金得分 9.94, 总分 98.8 …), as typed (the
    // template's number formats stay, as when a person types into a formatted cell).
    const src = seed();
    const typed: CellWrite[] = [];
    for (const layout of templateLayouts()) {
      const from = src.sheets.find((s) => s.name === layout.name)!;
      const outputs = layout.name === '自评表' ? templateOutputCells() : [];
      for (const address of [...templateInputCells(layout.name), ...outputs]) {
        const { row, col } = fromA1(address);
        const v = cellAt(from, row, col)?.value ?? null;
        if (v === null || isCellError(v) || typeof v === 'boolean') continue;
        typed.push({ sheet: layout.name, row, col, address, kind: 'indicatorScore', old: null, value: v });
      }
    }
    expect(typed.length).toBeGreaterThan(40);
    await host.applyWrites(typed);

    // 重新计算 → 应用: the plan's cells are written.
    const preview = await ops.previewRecompute();
    expect(preview.writes.length).toBeGreaterThan(0);
    const sheetBefore = structuredClone((await host.readWorkbook()).sheets.find((s) => s.name === '自评表')!) as Sheet;
    const undo = await ops.applyRecompute(preview);
    const applied = (await host.readWorkbook()).sheets.find((s) => s.name === '自评表')!;
    const changed = preview.writes.filter((w) => w.sheet === '自评表' && shown(cellAt(applied, w.row, w.col)) !== shown(cellAt(sheetBefore, w.row, w.col)));
    expect(changed.length).toBeGreaterThan(0);
    // The seed's 资金得分: typed 9.94, 应用 wrote 10 × min(1186.19 ÷ 1186.96, 100%) = 9.99 (RULES §3).
    expect([shown(cellAt(sheetBefore, 3, 7)), shown(cellAt(applied, 3, 7))]).toEqual(['9.94', '9.99']);

    // 撤销: the sheet is back to what was typed, cell for cell.
    await ops.undo(undo);
    const sheet = (await host.readWorkbook()).sheets.find((s) => s.name === '自评表')!;
    for (let r = 0; r < 29; r++) for (let c = 0; c < 9; c++) expect(`${toA1(r, c)} ${shown(cellAt(sheet, r, c))}`).toBe(`${toA1(r, c)} ${shown(cellAt(sheetBefore, r, c))}`);

    // 生成报告: the .docx's 自评表 shows the sheet as it stands (not the recomputed values).
    const report = await ops.generateReport();
    const table = docxTables(report.docx).find((t) => t.some((row) => row.some((x) => x.includes('年度资金总额'))));
    expect(table).toBeDefined();
    const rows = table!;
    const at = (r: number, c: number) => shown(cellAt(sheet, r, c));

    // Funds block: the rows after the header row (资金类别 …), in the sheet's order B4:B12.
    const fundsHeader = rows.findIndex((row) => row.includes('资金类别'));
    const fundsRows = rows.slice(fundsHeader + 1, fundsHeader + 1 + 9);
    fundsRows.forEach((row, i) => {
      const r = 3 + i; // sheet rows 4–12
      expect([r + 1, row[2], row[3], row[4], row[6]]).toEqual([r + 1, at(r, 2), at(r, 3), at(r, 4), at(r, 6)]);
    });
    // 年度资金总额: 分值 F4 and 得分 H4 as they stand (撤销 restored the typed 9.94).
    expect([fundsRows[0][5], fundsRows[0][7]]).toEqual([at(3, 5), at(3, 7)]);
    expect(at(3, 7)).toBe(shown(cellAt(src.sheets.find((s) => s.name === '自评表')!, 3, 7)));

    // Indicator block: header row (一级指标 …) then one row per filled indicator row 16–25.
    const indHeader = rows.findIndex((row) => row[0] === '一级指标');
    const filled = [...Array(10).keys()].map((i) => 15 + i).filter((r) => at(r, 2) !== '');
    expect(filled.length).toBeGreaterThan(0);
    filled.forEach((r, i) => {
      const row = rows[indHeader + 1 + i];
      expect([r + 1, squash(row[2]), squash(row[3]), squash(row[4]), row[5], row[6], squash(row[7])]).toEqual([
        r + 1,
        squash(at(r, 2)),
        squash(at(r, 3)),
        squash(at(r, 4)),
        at(r, 5) === '' ? '' : new D(String(cellAt(sheet, r, 5)!.value)).toFixed(), // 分值 as a plain number
        at(r, 6),
        squash(at(r, 7)),
      ]);
    });

    // 总分 and 等级 rows: 分值合计 F26, 总分 G26 (the typed 98.8 shown as 98.80), 等级 G27.
    const totalRow = rows[indHeader + 1 + filled.length];
    expect([totalRow[5], totalRow[6]]).toEqual([at(25, 5), at(25, 6)]);
    const gradeRow = rows[indHeader + 2 + filled.length];
    expect(squash(gradeRow[5])).toBe(squash(at(26, 6)));
    // The seed report's own figures, as the department typed them (seed report: 9.94 and 自评98.8分).
    expect([fundsRows[0][7], totalRow[6]]).toEqual(['9.94', '98.80']);
    expect(filled.length).toBe(10);
  });
});
