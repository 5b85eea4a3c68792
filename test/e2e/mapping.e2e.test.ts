/**
 * The 识别映射 view in headless Chromium (preview host over the bundled sample): the recognised
 * table with its columns and roles, a role changed in the dropdown, 确认并保存 → the findings follow
 * the confirmed mapping and `_jixiao_mapping` exists hidden (no tab); 恢复自动识别 restores them.
 * The offline guard stays on: any request leaving 127.0.0.1 fails the test.
 */
import { mkdirSync } from 'fs';
import { resolve } from 'path';
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analyse';
import { mappingSheetLayout } from '../../src/core/mapping/sheet-codec';
import { MAPPING_SHEET } from '../../src/core/mapping/types';
import { createMemoryHost } from '../../src/hosts/memory';
import { confirmedMapping, draftOf, withRole } from '../../src/taskpane/components/mapping-panel/draft';
import { sampleWorkbook } from '../taskpane/sample';
import { usePaneBrowser } from './pane-browser';

const pane = usePaneBrowser();

let original: Analysis;
/** What the engine finds once H3 (funds 得分) is confirmed as 忽略此列 — computed here, in Node. */
let afterIgnore: Analysis;

beforeAll(async () => {
  original = analyseWorkbook(sampleWorkbook());
  const host = createMemoryHost(sampleWorkbook());
  await host.writeSheet(mappingSheetLayout(confirmedMapping(withRole(draftOf(original.recognised), 0, 0, 7, 'ignore'))));
  afterIgnore = analyseWorkbook(await host.readWorkbook());
});

const keys = (a: Analysis) => {
  const sev = (s: string) => a.findings.filter((f) => f.severity === s).map((f) => `${f.rule}@${f.cell ?? ''}`);
  return [...sev('error'), ...sev('warning'), ...sev('info')];
};
const shownFindings = (page: Page) => page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')}@${e.getAttribute('data-cell')}`));
const column = (page: Page, address: string) => page.locator(`[data-testid="mapping-column"][data-address="${address}"]`);

async function openMapping(page: Page): Promise<void> {
  await page.getByRole('tab', { name: '识别映射' }).click();
  await page.getByTestId('mapping-table').first().waitFor();
}

describe('识别映射 in the browser (preview host, bundled sample)', () => {
  test('opening the view reads the workbook and lists the table, its columns and their roles', async () => {
    const page = await pane.openPane();
    await openMapping(page);
    const tables = page.getByTestId('mapping-table');
    await expect(tables.count()).resolves.toBe(1);
    await expect(tables.first().getAttribute('data-sheet')).resolves.toBe('自评表');
    await expect(page.getByTestId('table-kind').textContent()).resolves.toBe('部门整体');
    await expect(page.getByTestId('table-confidence').textContent()).resolves.toBe('置信度 高（1）');
    const m = original.recognised.mappings![0];
    const want = m.blocks.flatMap((b) => b.columns.map((c) => `${c.address}=${c.role}`));
    const shown = await page.getByTestId('mapping-column').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-address')}=${e.getAttribute('data-role')}`));
    expect(shown).toEqual(want);
    // By hand from the sample (docs/TEMPLATE.md): 得分 is H3 in the funds block and G15 in the indicators.
    expect(shown).toEqual(expect.arrayContaining(['H3=score', 'G15=score', 'H15=reason', 'C3=initialBudget']));
    await expect(column(page, 'H3').locator('select').evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent)).resolves.toBe('得分');
    // A column's letter selects its header cell in the workbook.
    await column(page, 'G15').getByTestId('column-cell').click();
    await page.locator('[data-cell="自评表!G15"][data-selected="true"]').waitFor();
    mkdirSync(resolve(__dirname, 'artifacts'), { recursive: true });
    await page.screenshot({ path: resolve(__dirname, 'artifacts/mapping.png') });
    await page.close();
  });

  test('a bad hand range is refused in Chinese and blocks saving until corrected', async () => {
    const page = await pane.openPane();
    await openMapping(page);
    const range = page.getByTestId('block-range').first();
    await range.fill('A3:I');
    await page.getByText('“A3:I”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）').first().waitFor();
    await expect(page.getByTestId('mapping-save').isDisabled()).resolves.toBe(true);
    await range.fill('A4:I12');
    await page.getByText('区域 A4:I12 未完整包含表头（表头：第 3 行）且其下至少一行数据').first().waitFor();
    await range.fill('A3:I12');
    await expect(page.getByTestId('mapping-problems').count()).resolves.toBe(0);
    await expect(page.getByTestId('mapping-save').isEnabled()).resolves.toBe(true);
    await page.close();
  });

  test('得分 (H3) set to 忽略此列 → 确认并保存 → findings follow; _jixiao_mapping is hidden; 恢复自动识别 restores', async () => {
    const page = await pane.openPane();
    await openMapping(page);
    await column(page, 'H3').locator('select').selectOption('ignore');
    await expect(column(page, 'H3').getAttribute('data-role')).resolves.toBe('ignore');
    await page.getByTestId('mapping-dirty').waitFor();

    await page.getByTestId('mapping-save').click();
    await page.getByTestId('table-confirmed').waitFor();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('已保存 1 个表格的识别映射');
    await expect(column(page, 'H3').getAttribute('data-role')).resolves.toBe('ignore');

    // The saved mapping is a hidden sheet of the preview workbook: no tab, named in the note.
    // (innerText: a Fluent tab also holds a hidden copy of its label, to reserve the bold width.)
    await expect(page.getByTestId('sheet-tab').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()))).resolves.toEqual(['自评表', '基本情况', '收支明细']);
    await expect(page.getByTestId('hidden-sheets').getAttribute('data-names')).resolves.toBe(MAPPING_SHEET);

    // Findings now are the engine's over the confirmed mapping: the funds score finding at H4 is gone.
    await page.getByRole('tab', { name: '检查结果' }).click();
    await page.getByTestId('filter-all').waitFor();
    const after = await shownFindings(page);
    expect(after).toEqual(keys(afterIgnore));
    expect(keys(original)).toContain('F03@H4');
    expect(after).not.toContain('F03@H4');

    // 恢复自动识别: back to the recognised mapping and the original findings.
    await page.getByRole('tab', { name: '识别映射' }).click();
    await page.getByTestId('mapping-reset').click();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('已清除保存的识别映射，检查结果已按自动识别更新。');
    await expect(page.getByTestId('table-confirmed').count()).resolves.toBe(0);
    await expect(column(page, 'H3').getAttribute('data-role')).resolves.toBe('score');
    await page.getByRole('tab', { name: '检查结果' }).click();
    await page.getByTestId('filter-all').waitFor();
    await expect(shownFindings(page)).resolves.toEqual(keys(original));
    await page.close();
  });

  test('swapping two roles (分值 ↔ 得分 of the indicators) is checked for duplicates, then saved', async () => {
    const page = await pane.openPane();
    await openMapping(page);
    await column(page, 'F15').locator('select').selectOption('score');
    await page.getByText('角色“得分”同时指定给了 F、G 列，请只保留一列').first().waitFor();
    await expect(page.getByTestId('mapping-save').isDisabled()).resolves.toBe(true);
    await column(page, 'G15').locator('select').selectOption('weight');
    await expect(page.getByTestId('mapping-problems').count()).resolves.toBe(0);
    await page.getByTestId('mapping-save').click();
    await page.getByTestId('table-confirmed').waitFor();
    await expect(column(page, 'F15').getAttribute('data-role')).resolves.toBe('score');
    await expect(column(page, 'G15').getAttribute('data-role')).resolves.toBe('weight');

    const host = createMemoryHost(sampleWorkbook());
    const swapped = withRole(withRole(draftOf(original.recognised), 0, 1, 5, 'score'), 0, 1, 6, 'weight');
    await host.writeSheet(mappingSheetLayout(confirmedMapping(swapped)));
    const expected = analyseWorkbook(await host.readWorkbook());
    await page.getByRole('tab', { name: '检查结果' }).click();
    await page.getByTestId('filter-all').waitFor();
    const shown = await shownFindings(page);
    expect(shown).toEqual(keys(expected));
    expect(shown).not.toEqual(keys(original));
    await page.close();
  });
});
