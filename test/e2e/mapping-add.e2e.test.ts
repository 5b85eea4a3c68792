/**
 * 添加未识别的表格 in headless Chromium (preview host, an injected workbook): a sheet whose indicator
 * header uses words of no label family, so 检查 lists no table; the user adds it through the form
 * (考核表, 指标表, A3:G6), sets the two roles the guess missed (考核小项 → 三级指标, 目标数 → 年度指标值)
 * and saves; the findings then are the engine's over that mapping, S03 at F5 (实得分 25 > 满分值 20)
 * among them. The offline guard stays on.
 */
import { mkdirSync } from 'fs';
import { resolve } from 'path';
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analyse';
import { mappingSheetLayout } from '../../src/core/mapping/sheet-codec';
import { createMemoryHost } from '../../src/hosts/memory';
import { confirmedMapping, draftOf, withAddedTable, withRole } from '../../src/taskpane/components/mapping-panel';
import { UNRECOGNISED_RANGE, UNRECOGNISED_SHEET, unrecognisedWorkbook } from '../taskpane/unrecognised-sample';
import { usePaneBrowser } from './pane-browser';

const pane = usePaneBrowser();

let original: Analysis;
/** The engine's findings once the added table is saved with the two roles set — computed in Node. */
let afterAdd: Analysis;

beforeAll(async () => {
  const wb = unrecognisedWorkbook();
  original = analyseWorkbook(wb);
  const r = withAddedTable(draftOf(original.recognised), wb.sheets, UNRECOGNISED_SHEET, 'indicators', UNRECOGNISED_RANGE);
  if ('error' in r) throw new Error(r.error);
  const host = createMemoryHost(unrecognisedWorkbook());
  await host.writeSheet(mappingSheetLayout(confirmedMapping(withRole(withRole(r.draft, 0, 0, 1, 'name'), 0, 0, 2, 'target'))));
  afterAdd = analyseWorkbook(await host.readWorkbook());
});

const keys = (a: Analysis) => {
  const sev = (s: string) => a.findings.filter((f) => f.severity === s).map((f) => `${f.rule}@${f.cell ?? ''}`);
  return [...sev('error'), ...sev('warning'), ...sev('info')];
};
const shownFindings = (page: Page) => page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')}@${e.getAttribute('data-cell')}`));
const column = (page: Page, address: string) => page.locator(`[data-testid="mapping-column"][data-address="${address}"]`);

test('a table recognition missed is added by hand, its roles set, saved: the findings cover it (S03 at F5)', async () => {
  // By the engine: no table on 考核表 before; S03 at F5 once the table is confirmed.
  expect(original.recognised.tables).toEqual([]);
  expect(keys(afterAdd)).toContain('S03@F5');
  const raw = JSON.stringify(unrecognisedWorkbook());
  const page = await pane.openPane((p) => {
    void p.addInitScript({ content: `window.__JIXIAO_PREVIEW_WORKBOOK__ = ${JSON.stringify(raw)};` });
  });
  await page.getByRole('tab', { name: '识别映射' }).click();
  await page.getByTestId('mapping-none').waitFor();
  await expect(page.getByTestId('mapping-table').count()).resolves.toBe(0);

  await page.getByTestId('mapping-add-sheet').click();
  await expect(page.getByRole('option').allTextContents()).resolves.toEqual([UNRECOGNISED_SHEET, '说明']);
  await page.getByRole('option', { name: UNRECOGNISED_SHEET }).click();
  await page.getByTestId('mapping-add-kind').click();
  await page.getByRole('option', { name: '指标表' }).click();

  // A refused range: the range field's message, nothing added.
  await page.getByTestId('mapping-add-range').fill('A3:G');
  await page.getByTestId('mapping-add').click();
  await expect(page.getByTestId('mapping-add-error').textContent()).resolves.toBe('“A3:G”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）');
  await expect(page.getByTestId('mapping-table').count()).resolves.toBe(0);

  // Typing again clears the refusal (it was about the range as it was).
  await page.getByTestId('mapping-add-range').fill(UNRECOGNISED_RANGE);
  await expect(page.getByTestId('mapping-add-error').count()).resolves.toBe(0);
  await page.getByTestId('mapping-add').click();
  const table = page.locator(`[data-testid="mapping-table"][data-sheet="${UNRECOGNISED_SHEET}"]`);
  await table.waitFor();
  await expect(table.getAttribute('data-range')).resolves.toBe('A3:G6');
  await expect(page.getByTestId('mapping-add-error').count()).resolves.toBe(0);
  await page.getByTestId('mapping-dirty').waitFor();
  const roles = () => page.getByTestId('mapping-column').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-address')}=${e.getAttribute('data-role')}`));
  await expect(roles()).resolves.toEqual(['A3=ignore', 'B3=ignore', 'C3=ignore', 'D3=actual', 'E3=weight', 'F3=score', 'G3=ignore']);
  await expect(page.getByTestId('mapping-save').isEnabled()).resolves.toBe(true);
  mkdirSync(resolve(__dirname, 'artifacts'), { recursive: true });
  await page.screenshot({ path: resolve(__dirname, 'artifacts/mapping-add.png'), fullPage: true });

  await column(page, 'B3').locator('select').selectOption('name');
  await column(page, 'C3').locator('select').selectOption('target');
  await expect(page.getByTestId('mapping-problems').count()).resolves.toBe(0);
  await page.getByTestId('mapping-save').click();
  await page.getByTestId('table-confirmed').waitFor();
  await expect(page.getByTestId('notice').textContent()).resolves.toContain('已保存 1 个表格的识别映射');
  await expect(roles()).resolves.toEqual(['A3=ignore', 'B3=name', 'C3=target', 'D3=actual', 'E3=weight', 'F3=score', 'G3=ignore']);

  await page.getByRole('tab', { name: '检查结果' }).click();
  await page.getByTestId('filter-all').waitFor();
  const shown = await shownFindings(page);
  expect(shown).toEqual(keys(afterAdd));
  expect(shown).toContain('S03@F5');
  await page.close();
});
