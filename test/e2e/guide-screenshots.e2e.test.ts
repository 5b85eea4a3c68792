/**
 * The screenshots of docs/使用说明.md, taken from the built pane in preview mode with the pane
 * 320 px wide (the narrowest task pane Office gives), each step of the accountant's daily flow:
 * open → 插入模板 on a table pasted from Word (补充缺少的工作表) → 检查 → 重新计算 preview →
 * 生成报告. Each step asserts what the guide says it shows, and that at 320 px the action buttons stay
 * inside the pane. Images go to test/e2e/artifacts/; `UPDATE_DOCS=1` copies them to docs/images/.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'fs';
import { resolve } from 'path';
import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { startStaticServer } from './static-server';
import { launchChromium, guardOffline } from './chromium';

const ROOT = resolve(__dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const ART = resolve(__dirname, 'artifacts');
const PANE_WIDTH = 320;

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let external: string[];

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html missing: run `npm run build` before the browser tests');
  mkdirSync(ART, { recursive: true });
  server = await startStaticServer(DIST);
  browser = await launchChromium({ viewport: { width: 1000, height: 720 } });
  external = await guardOffline(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => expect(external).toEqual([]));

async function open(workbookJson?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (workbookJson) await page.addInitScript({ content: `window.__JIXIAO_PREVIEW_WORKBOOK__ = ${JSON.stringify(workbookJson)};` });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByTestId('host-label').waitFor();
  await page.getByTestId('preview-grid').waitFor();
  // The pane column at 320 px, as in a narrow Office task pane.
  await page.evaluate((w) => {
    const pane = document.querySelector('main')?.parentElement as HTMLElement | null;
    if (pane) pane.style.width = `${w}px`;
  }, PANE_WIDTH);
  return { page, errors };
}

/** Every visible button of the pane's action bar lies inside the 320 px pane. */
async function buttonsInsidePane(page: Page): Promise<void> {
  const boxes = await page.locator('main button:visible').evaluateAll((els) => els.map((e) => [e.textContent, Math.round(e.getBoundingClientRect().right)] as const));
  expect(boxes.length).toBeGreaterThan(3);
  for (const [, right] of boxes) expect(right).toBeLessThanOrEqual(PANE_WIDTH + 1);
}

async function shot(page: Page, name: string): Promise<void> {
  const path = resolve(ART, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.UPDATE_DOCS === '1') {
    mkdirSync(resolve(ROOT, 'docs/images'), { recursive: true });
    copyFileSync(path, resolve(ROOT, `docs/images/${name}.png`));
  }
}

test('the daily flow on the sample, pane 320 px wide', async () => {
  const { page, errors } = await open();
  await expect(page.locator('main').innerText()).resolves.toMatch(/检查[\s\S]*重新计算[\s\S]*插入模板[\s\S]*生成报告/);
  await buttonsInsidePane(page);
  await shot(page, 'guide-1-open');

  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByTestId('filter-all').waitFor();
  await page.getByTestId('finding-cell').first().click();
  await expect(page.locator('main').innerText()).resolves.toMatch(/错误/);
  await buttonsInsidePane(page);
  await shot(page, 'guide-3-check');

  await page.getByRole('button', { name: '重新计算', exact: true }).click();
  await page.getByTestId('apply').waitFor();
  // The preview is read and the pane idle: 应用 enabled (it is disabled while busy).
  await page.waitForFunction(() => !(document.querySelector('[data-testid="apply"]') as HTMLButtonElement | null)?.disabled);
  await shot(page, 'guide-4-recompute');
  await page.getByTestId('apply').click();
  await page.getByRole('button', { name: '撤销', exact: true }).waitFor();

  await page.getByRole('button', { name: '生成报告', exact: true }).click();
  await page.getByTestId('download-docx').waitFor();
  await page.locator('[data-testid="sheet-tab"]', { hasText: '自评报告' }).waitFor();
  await buttonsInsidePane(page);
  await shot(page, 'guide-5-report');
  expect(errors).toEqual([]);
  await page.close();
});

test('插入模板 on the table pasted from Word offers 补充缺少的工作表 and keeps the table', async () => {
  const wb = readXlsx(new Uint8Array(readFileSync(resolve(ROOT, 'samples/seed-hunan-pasted.xlsx'))));
  const sheetsBefore = wb.sheets.map((s) => s.name);
  const { page, errors } = await open(JSON.stringify(wb));
  await page.getByRole('button', { name: '插入模板', exact: true }).click();
  await page.getByTestId('template-add-missing').waitFor();
  await expect(page.getByTestId('template-dialog-body').innerText()).resolves.toMatch(/不改动已有的任何工作表/);
  await shot(page, 'guide-2-template');
  const firstCell = await page.locator('[data-testid="preview-grid"] [data-cell]').first().textContent();
  await page.getByTestId('template-add-missing').click();
  await page.getByText('已插入模板工作表', { exact: false }).waitFor();
  const tabs = await page.getByTestId('sheet-tab').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
  expect(tabs.slice(0, sheetsBefore.length)).toEqual(sheetsBefore);
  expect(tabs).toEqual(expect.arrayContaining(['基本情况', '收支明细']));
  expect(tabs.filter((t) => t === '自评表')).toHaveLength(1);
  // The pasted table is untouched: its first sheet still shows what it showed.
  await page.getByTestId('sheet-tab').first().click();
  await expect(page.locator('[data-testid="preview-grid"] [data-cell]').first().textContent()).resolves.toBe(firstCell);
  expect(errors).toEqual([]);
  await page.close();
});
