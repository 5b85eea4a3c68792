/**
 * report-download.html (issue 12 point 11), built, in headless Chromium: the page the pane opens
 * where a task-pane download cannot work.
 * - Dialog mode: office.js is replaced by a strict stand-in of the two Office.context.ui calls a
 *   dialog page makes (messageParent, addHandlerAsync for DialogParentMessageReceived); the test
 *   plays the pane, sending the real protocol's chunks; the page answers `received` and its button
 *   saves the very bytes.
 * - Browser mode (Mac: openBrowserWindow): the file in the URL fragment is saved at once, and the
 *   fragment is cleared from the address bar.
 * Nothing leaves 127.0.0.1.
 */
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import type { BrowserContext } from 'playwright-core';
import { chunkMessages, fragmentFor } from '../../src/taskpane/delivery/protocol';
import { startStaticServer } from './static-server';
import { launchChromium, guardOffline } from './chromium';

const DIST = resolve(__dirname, '../../dist');
const NAME = '部门整体支出绩效自评报告.docx';

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let external: string[];

/** Stand-in for office.js inside an Office dialog: only the members a dialog page may use. */
const FAKE_OFFICE_JS = `
(function () {
  var ui = {
    messageParent: function (m) { if (typeof m !== 'string') throw new TypeError('messageParent takes a string'); window.__toParent.push(m); },
    addHandlerAsync: function (type, handler, callback) {
      if (type !== 'dialogParentMessageReceived') throw new TypeError('not DialogParentMessageReceived: ' + type);
      window.__fromPane = handler;
      if (callback) callback({ status: 'succeeded' });
    }
  };
  window.__toParent = [];
  window.Office = {
    EventType: { DialogParentMessageReceived: 'dialogParentMessageReceived' },
    onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'PC' }); },
    context: { ui: new Proxy(ui, { get: function (t, k) { if (!(k in t)) throw new TypeError('Office.context.ui.' + String(k) + ' is not modelled'); return t[k]; } }) }
  };
})();`;

function docxLike(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + 7) & 0xff;
  b.set([0x50, 0x4b, 0x03, 0x04]); // a zip's first bytes
  return b;
}

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'report-download.html'))) throw new Error('dist/report-download.html missing: run `npm run build` before the browser tests');
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  context = browser.context;
  external = await guardOffline(context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => expect(external).toEqual([]));

test('dialog mode: ready → chunks from the pane → received → 保存 Word 报告 saves the same bytes', async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/office/office.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE_JS }));
  await page.goto(`${server.origin}/report-download.html`);
  await page.waitForFunction(() => (window as unknown as { __toParent: string[] }).__toParent.length > 0);
  expect(await page.evaluate(() => (window as unknown as { __toParent: string[] }).__toParent)).toEqual([JSON.stringify({ type: 'ready' })]);

  const bytes = docxLike(100_000); // several chunks
  const messages = chunkMessages(NAME, bytes).map((m) => JSON.stringify(m));
  expect(messages.length).toBeGreaterThan(3);
  await page.evaluate((ms) => ms.forEach((m) => (window as unknown as { __fromPane: (a: { message: string }) => void }).__fromPane({ message: m })), messages);
  await page.getByTestId('ready').waitFor();
  expect(await page.evaluate(() => (window as unknown as { __toParent: string[] }).__toParent[1])).toBe(JSON.stringify({ type: 'received', bytes: bytes.length }));
  expect(await page.getByTestId('ready').textContent()).toContain(NAME);

  const download = page.waitForEvent('download');
  await page.getByTestId('save-docx').click();
  const d = await download;
  expect(d.suggestedFilename()).toBe(NAME);
  const saved = readFileSync((await d.path())!);
  expect(Buffer.compare(saved, Buffer.from(bytes))).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('browser mode: the file in the URL fragment downloads at once and leaves the address bar', async () => {
  const page = await context.newPage();
  const bytes = docxLike(30_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => errors.push(m.text()));
  const download = page.waitForEvent('download', { timeout: 15_000 });
  await page.goto(`${server.origin}/report-download.html${fragmentFor(NAME, bytes)}`);
  const d = await download.catch(async (e) => {
    throw new Error(`${String(e)} ${JSON.stringify(errors)} ${await page.locator('body').innerText()}`);
  });
  expect(d.suggestedFilename()).toBe(NAME);
  expect(Buffer.compare(readFileSync((await d.path())!), Buffer.from(bytes))).toBe(0);
  expect(new URL(page.url()).hash).toBe('');
  // Nothing but the page itself and its own scripts were requested (the fragment never is).
  expect(server.requests.every((p) => !p.includes('docx='))).toBe(true);
  await page.close();
});

test('opened outside Office with no file: a plain Chinese message, no error', async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/report-download.html`);
  await page.getByTestId('no-data').waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('no-data').textContent()).toContain('生成报告');
  expect(errors).toEqual([]);
  await page.close();
});
