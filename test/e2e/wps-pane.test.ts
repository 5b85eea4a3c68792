/**
 * The task pane as built for WPS (webpack.wps.config.js into a temporary directory: the same
 * bundle and page as Excel, no office.js) in Chromium over the fake WPS object model: it must
 * detect WPS (not fall back to the preview), reach the workbook through the WPS adapter, run the
 * ribbon's action buttons (重新计算 only through its preview), offer 收起, keep the page's CSP
 * (the inline boot check runs, with the WPS wording on a too-old engine), and stay offline.
 */
import * as fs from 'fs';
import type { BrowserContext, Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import type { CellWrite } from '../../src/core/plan/write-plan';
import { PENDING_ACTION_KEY, TASK_PANE_ID_KEY } from '../../src/hosts/wps/task-pane';
import { FakeWpsApplication } from '../hosts/wps/fake-wps';
import { sampleWorkbook } from '../taskpane/sample';
import { resolve } from 'path';
import { buildWps, fakeSheetsFromWorkbook, fakeWpsFilesInitScript, fakeWpsInitScript, guardOffline, launchChromium, ribbonOpenedPaneInitScript, serve } from './wps-browser';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let external: string[];
const KEYS = { paneId: TASK_PANE_ID_KEY, action: PENDING_ACTION_KEY };
const sample = sampleWorkbook();
const sampleSheets = fakeSheetsFromWorkbook(sample);
let writes: readonly CellWrite[];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scanBundle } = require('../../scripts/scan-bundle.js') as {
  scanBundle(dist: string, allowlist: string): { files: string[]; unreviewed: Array<{ file: string; kind: string; text: string }>; stale: unknown[] };
};

beforeAll(async () => {
  writes = analyseWorkbook(sample).plan.writes;
  dir = await buildWps({ entryOnly: false });
  server = await serve(dir);
  browser = await launchChromium();
  external = await guardOffline(browser.context);
  // CSP violations (e.g. a boot-check hash the page does not allow) are recorded by the page.
  await browser.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      w.__csp = [...(w.__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => expect(external).toEqual([]));

interface FakeView {
  Application: {
    book: { sheets: { name: string; selection: string }[]; activeSheet: { name: string; selection: string }; sheet(name: string): { Range(a: string): { Value2: unknown } } };
    panes: { shown: boolean }[];
    storage: Map<string, unknown>;
  };
  __csp?: string[];
}

interface OpenOptions {
  readonly sheets?: Parameters<typeof fakeWpsInitScript>[0];
  /** The pane was opened by the ribbon (its id in PluginStorage), with this action left for it. */
  readonly ribbon?: { readonly action?: string };
  /** Scripts to run before the page's own (after the fake WPS is in place). */
  readonly before?: string;
  readonly wps?: boolean;
}

async function open(options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.wps !== false) await page.addInitScript({ content: fakeWpsInitScript(options.sheets ?? [{ name: 'Sheet1' }]) });
  if (options.ribbon) await page.addInitScript({ content: ribbonOpenedPaneInitScript(KEYS, options.ribbon.action) });
  if (options.before) await page.addInitScript({ content: options.before });
  await page.goto(`${server.url}taskpane.html`);
  return { page, errors };
}

async function openPane(options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await open(options);
  await opened.page.getByTestId('host-label').waitFor({ timeout: 30_000 });
  return opened;
}

const csp = (page: Page) => page.evaluate(() => (window as unknown as FakeView).__csp ?? []);
const storage = (page: Page, key: string) => page.evaluate((k) => (window as unknown as FakeView).Application.storage.get(k) ?? null, key);
const fakeValues = (page: Page, ws: readonly CellWrite[]) =>
  page.evaluate((cells) => cells.map(([s, a]) => (window as unknown as FakeView).Application.book.sheet(s).Range(a).Value2), ws.map((w) => [w.sheet, w.address]));

/** What the ribbon does while the pane is open: leave the action; the pane then gains focus. */
async function ribbonClick(page: Page, action: string): Promise<void> {
  await page.evaluate(
    ([key, a]) => {
      (window as unknown as FakeView).Application.storage.set(key, a);
      window.dispatchEvent(new Event('focus'));
    },
    [PENDING_ACTION_KEY, action],
  );
}

describe('the pane in WPS (fake window.Application)', () => {
  it('detects WPS, shows no preview grid, offers 收起, and runs under its CSP', async () => {
    const { page, errors } = await openPane();
    expect(await page.getByTestId('host-label').textContent()).toBe('WPS 表格');
    expect(await page.getByTestId('preview-grid').count()).toBe(0);
    expect(await page.getByTestId('hide-pane').textContent()).toBe('收起');
    expect(await csp(page)).toEqual([]);
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
      await page.waitForFunction(([s]) => (window as unknown as FakeView).Application.book.activeSheet.name === s, [sheet], { timeout: 10_000 });
      const selection = await page.evaluate(() => (window as unknown as FakeView).Application.book.activeSheet.selection);
      // A merged cell selects its whole area; otherwise exactly the cell.
      expect(selection === cell || selection.startsWith(`${cell}:`)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the WPS build is offline by construction (static half of the guarantee)', () => {
  it('every network-looking API and URL in dist-wps is reviewed in network-allowlist.wps.json, and no entry is stale', () => {
    const r = scanBundle(dir, resolve(__dirname, '../../network-allowlist.wps.json'));
    expect(r.files).toEqual(expect.arrayContaining(['publish.html', 'ribbon.xml', 'jsplugins.xml', 'main.js', 'taskpane.html']));
    expect(r.unreviewed).toEqual([]);
    expect(r.stale).toEqual([]);
  });

  it('an unreviewed request in the install page would fail the scan', () => {
    const publish = resolve(dir, 'publish.html');
    const original = fs.readFileSync(publish, 'utf8');
    try {
      fs.writeFileSync(publish, original.replace('</body>', '<script>fetch("https://stats.example.com/t")</script></body>'));
      const r = scanBundle(dir, resolve(__dirname, '../../network-allowlist.wps.json'));
      expect(r.unreviewed.map((o) => `${o.file} ${o.kind} ${o.text}`)).toEqual(['publish.html fetch fetch(', 'publish.html url https://stats.example.com/t']);
    } finally {
      fs.writeFileSync(publish, original);
    }
  });
});

describe('ribbon buttons reaching the pane', () => {
  it('检查 clicked on the ribbon before the pane existed runs when the pane starts, once', async () => {
    const { page, errors } = await openPane({ sheets: sampleSheets, ribbon: { action: 'check' } });
    await page.getByTestId('filter-all').waitFor({ timeout: 30_000 });
    const shown = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')}@${e.getAttribute('data-cell')}`));
    // The seed sample's hand-worked findings (samples/expected-findings.json), read through WPS.
    expect(shown).toEqual(expect.arrayContaining(['F03@H4', 'S05@G26', 'S01@F26', 'S06@G27']));
    expect(await storage(page, PENDING_ACTION_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('重新计算 from the ribbon shows the preview and writes nothing until 应用; 应用 writes the cells', async () => {
    expect(writes.length).toBeGreaterThan(0);
    const { page, errors } = await openPane({ sheets: sampleSheets, ribbon: {} });
    const before = await fakeValues(page, writes);
    await ribbonClick(page, 'recompute');
    await page.getByTestId('recompute-changes').waitFor({ timeout: 30_000 });
    const rows = await page.getByTestId('change').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(rows).toEqual(writes.map((w) => `${w.sheet}!${w.address}`));
    expect(await storage(page, PENDING_ACTION_KEY)).toBeNull();
    // The preview stays up: the poll and further focus events write nothing.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(1500);
    expect(await fakeValues(page, writes)).toEqual(before);

    await page.getByTestId('apply').click();
    await page.getByTestId('notice').waitFor({ timeout: 30_000 });
    expect(await fakeValues(page, writes)).toEqual(writes.map((w) => w.value));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('插入模板 from the ribbon on a workbook that has the template asks before replacing anything', async () => {
    const { page, errors } = await openPane({ sheets: sampleSheets, ribbon: { action: 'template' } });
    await page.getByText('工作簿中已有自评表').waitFor({ timeout: 30_000 });
    expect(await fakeValues(page, writes)).toEqual(sampleValues(writes));
    expect(await page.evaluate(() => (window as unknown as FakeView).Application.book.sheets.length)).toBe(sampleSheets.length);
    await page.getByRole('button', { name: '取消' }).click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('生成报告 from the ribbon writes the report sheet into the WPS workbook', async () => {
    const { page, errors } = await openPane({ sheets: sampleSheets, ribbon: {} });
    await ribbonClick(page, 'report');
    await page.getByTestId('download-docx').waitFor({ timeout: 60_000 });
    const names = await page.evaluate(() => (window as unknown as FakeView).Application.book.sheets.map((s) => s.name));
    expect(names.length).toBe(sampleSheets.length + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('下载 Word 报告 in WPS writes the .docx beside the workbook through wps.FileSystem and opens it (issue 12 point 11)', async () => {
    const { page, errors } = await openPane({ sheets: sampleSheets, before: fakeWpsFilesInitScript('D:\\报送') });
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    await page.getByTestId('download-docx').waitFor({ timeout: 60_000 });
    await page.getByTestId('download-docx').click();
    const path = 'D:\\报送\\部门整体支出绩效自评报告.docx';
    await page.getByText(path, { exact: false }).waitFor({ timeout: 60_000 });
    const saved = await page.evaluate((p) => {
      const files = (window as unknown as { __files: { disk: Map<string, Uint8Array>; executed: string[] } }).__files;
      const bytes = files.disk.get(p);
      return { size: bytes ? bytes.length : 0, head: bytes ? Array.from(bytes.slice(0, 4)) : [], executed: files.executed };
    }, path);
    expect(saved.head).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip: the .docx
    expect(saved.size).toBeGreaterThan(5000);
    expect(saved.executed).toEqual([path]);
    // The other way stays offered (a browser download), never needed to get the file.
    await expect(page.getByTestId('download-alternative').textContent()).resolves.toBe('改用浏览器下载');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('收起 hides the pane the ribbon opened', async () => {
    const { page, errors } = await openPane({ ribbon: {} });
    expect(await page.evaluate(() => (window as unknown as FakeView).Application.panes.map((p) => p.shown))).toEqual([true]);
    await page.getByTestId('hide-pane').click();
    await page.waitForFunction(() => (window as unknown as FakeView).Application.panes.every((p) => !p.shown), undefined, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the same build outside WPS, and on a too-old WPS', () => {
  it('in a plain browser it is the preview, without 收起', async () => {
    const { page, errors } = await openPane({ wps: false });
    await page.getByTestId('preview-grid').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('hide-pane').count()).toBe(0);
    expect(await csp(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a WPS engine lacking ES2019 shows the WPS wording of the unsupported message (the inline check ran under the CSP)', async () => {
    const { page, errors } = await open({ before: 'delete Object.fromEntries;' });
    const box = page.locator('#jx-unsupported');
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await box.locator('h1').textContent()).toBe('此版本的 WPS 无法运行绩效自评助手');
    expect(await box.textContent()).not.toContain('Office 2016');
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await csp(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The sample's values at those cells, as a fresh fake WPS over the sample reads them. */
function sampleValues(ws: readonly CellWrite[]): unknown[] {
  const book = new FakeWpsApplication(sampleSheets).book;
  return ws.map((w) => book.sheet(w.sheet).Range(w.address).Value2);
}
