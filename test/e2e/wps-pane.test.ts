/**
 * The task pane as built for WPS (dist-wps/taskpane.html: the same bundle as Excel, no office.js)
 * in Chromium over the fake WPS object model: it must detect WPS (not fall back to the preview),
 * and its operations must reach the workbook through the WPS adapter.
 */
import * as fs from 'fs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildWps, fakeWpsInitScript, launchChromium, serve } from './wps-browser';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  dir = await buildWps({ entryOnly: false });
  server = await serve(dir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type FakeView = { Application: { book: { sheets: { name: string; selection: string }[]; activeSheet: { name: string; selection: string } } } };

async function openPane(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: fakeWpsInitScript([{ name: 'Sheet1' }]) });
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('host-label').waitFor({ timeout: 30_000 });
  return { page, errors };
}

describe('the pane in WPS (fake window.Application)', () => {
  it('detects WPS and shows no preview grid', async () => {
    const { page, errors } = await openPane();
    expect(await page.getByTestId('host-label').textContent()).toBe('WPS 表格');
    expect(await page.getByTestId('preview-grid').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('插入模板 writes the template sheets into the WPS workbook; 检查 lists findings; a click selects the cell in WPS', async () => {
    const { page, errors } = await openPane();
    await page.getByRole('button', { name: '插入模板' }).click();
    await page.getByTestId('notice').waitFor({ timeout: 30_000 });
    const names = await page.evaluate(() => (window as unknown as FakeView).Application.book.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['自评表']));

    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.locator('[data-testid="finding"], [data-testid="no-findings"]').first().waitFor({ timeout: 30_000 });
    // An empty template has findings that name cells (missing inputs); clicking one selects it in WPS.
    expect(await page.getByTestId('finding-cell').count()).toBeGreaterThan(0);
    {
      const finding = page.getByTestId('finding').filter({ has: page.getByTestId('finding-cell') }).first();
      const sheet = await finding.getAttribute('data-sheet');
      const cell = await finding.getAttribute('data-cell');
      await finding.getByTestId('finding-cell').click();
      await page.waitForFunction(
        ([s]) => (window as unknown as FakeView).Application.book.activeSheet.name === s,
        [sheet],
        { timeout: 10_000 },
      );
      const selection = await page.evaluate(() => (window as unknown as FakeView).Application.book.activeSheet.selection);
      // A merged cell selects its whole area; otherwise exactly the cell.
      expect(selection === cell || selection.startsWith(`${cell}:`)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
