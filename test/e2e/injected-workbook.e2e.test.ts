/**
 * The built pane honours a workbook injected as window.__JIXIAO_PREVIEW_WORKBOOK__ (how
 * `npm run bench` opens its generated 10k-row workbook) instead of the bundled sample — with no
 * request leaving 127.0.0.1 — and shows a Chinese error, not a blank pane, when it is malformed.
 */
import { existsSync } from 'fs';
import { resolve } from 'path';
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Workbook } from '../../src/core/grid/types';
import { startStaticServer } from './static-server';
import { launchChromium, guardOffline } from './chromium';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchWorkbookGrid } = require('../../scripts/bench-workbooks.js') as { benchWorkbookGrid(sheets: number, rows: number): Workbook };

const DIST = resolve(__dirname, '../../dist');

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let external: string[];

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html missing: run `npm run build` before the browser tests');
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  external = await guardOffline(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => expect(external).toEqual([]));

async function openWith(raw: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript({ content: `window.__JIXIAO_PREVIEW_WORKBOOK__ = ${JSON.stringify(raw)};` });
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, errors };
}

test('the injected workbook replaces the sample: its sheets, its cells, its recompute plan', async () => {
  const wb = benchWorkbookGrid(2, 5);
  const plan = analyseWorkbook(wb).plan.writes;
  expect(plan.length).toBeGreaterThan(0);
  const { page, errors } = await openWith(JSON.stringify(wb));
  await page.getByTestId('preview-grid').waitFor();
  // innerText: Fluent's selected Tab also holds a hidden copy of its label (reserved bold width).
  await expect(page.getByTestId('sheet-tab').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()))).resolves.toEqual(['项目1', '项目2']);
  await expect(page.locator('[data-cell="项目1!B2"]').textContent()).resolves.toBe('测试项目1');
  await page.getByRole('button', { name: '重新计算', exact: true }).click();
  await page.getByTestId('recompute-changes').waitFor();
  const listed = await page.getByTestId('change').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
  expect(listed).toEqual(plan.map((w) => `${w.sheet}!${w.address}`));
  expect(errors).toEqual([]);
  await page.close();
});

test('a recompute of hundreds of cells lists them 200 at a time, and 应用 writes every one', async () => {
  const wb = benchWorkbookGrid(4, 100);
  const plan = analyseWorkbook(wb).plan.writes;
  expect(plan.length).toBeGreaterThan(400); // three pages: 200 + 200 + the rest
  const refs = plan.map((w) => `${w.sheet}!${w.address}`);
  const { page, errors } = await openWith(JSON.stringify(wb));
  await page.getByTestId('preview-grid').waitFor();
  await page.getByRole('button', { name: '重新计算', exact: true }).click();
  await page.getByTestId('recompute-changes').waitFor();
  const listed = () => page.getByTestId('change').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
  await expect(listed()).resolves.toEqual(refs.slice(0, 200));
  await expect(page.getByTestId('recompute-more').textContent()).resolves.toBe(`再显示 200 项（还有 ${plan.length - 200} 项未列出；“应用”会写入全部）`);
  await page.getByTestId('recompute-more').click();
  await expect(listed()).resolves.toEqual(refs.slice(0, 400));
  await page.getByTestId('recompute-more').click();
  await expect(listed()).resolves.toEqual(refs);
  await expect(page.getByTestId('recompute-more').count()).resolves.toBe(0);
  // 应用 writes the whole plan: the last change, on the last sheet, shows its new value there.
  const last = plan[plan.length - 1];
  await page.getByTestId('apply').click();
  await page.getByTestId('notice').waitFor();
  await expect(page.getByTestId('notice').textContent()).resolves.toContain(`已写入 ${plan.length} 个单元格`);
  expect(last.sheet).toBe('项目4');
  expect(errors).toEqual([]);
  await page.close();
});

test('a malformed injection is refused with a Chinese message naming the cell', async () => {
  const { page } = await openWith(JSON.stringify({ sheets: [{ name: '表1', cells: [[{ value: 1 }, 'x']] }] }));
  await page.getByTestId('error').waitFor();
  await expect(page.getByTestId('error').textContent()).resolves.toContain('注入的预览工作簿无效：表1!B1：单元格应为 { value } 或空');
  await page.close();
});
