/**
 * The WPS entry page (dist-wps/index.html + main.js) in Chromium, with the fake WPS injected:
 * WPS would call the ribbon callbacks by name; the test does the same and checks the task pane
 * opens through Application.CreateTaskPane with its id kept in PluginStorage.
 */
import * as fs from 'fs';
import type { BrowserContext } from 'playwright-core';
import { buildWps, fakeWpsInitScript, launchChromium, serve } from './wps-browser';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  dir = await buildWps({ entryOnly: true });
  server = await serve(dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function openEntry() {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: fakeWpsInitScript([{ name: '自评表' }]) });
  await page.goto(`${server.url}index.html`);
  return { page, errors };
}

describe('WPS entry page in Chromium', () => {
  it('defines the ribbon callbacks as globals, without errors', async () => {
    const { page, errors } = await openEntry();
    const types = await page.evaluate(() => ['OnAddinLoad', 'OnAction', 'GetImage', 'OnGetEnabled'].map((n) => typeof (window as unknown as Record<string, unknown>)[n]));
    expect(types).toEqual(['function', 'function', 'function', 'function']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('自评助手 opens taskpane.html through Application.CreateTaskPane and toggles it', async () => {
    const { page, errors } = await openEntry();
    const state = await page.evaluate(() => {
      const w = window as unknown as Record<string, (...a: unknown[]) => unknown> & { Application: { panes: { url: string; shown: boolean }[]; storage: Map<string, unknown> } };
      w.OnAddinLoad({});
      w.OnAction({ Id: 'btnJixiaoPane' });
      const opened = w.Application.panes.map((p) => [p.url, p.shown]);
      const id = w.Application.storage.get('jixiao.et.taskpaneId');
      w.OnAction({ Id: 'btnJixiaoPane' });
      return { opened, id, after: w.Application.panes.map((p) => p.shown) };
    });
    expect(state).toEqual({ opened: [[`${server.url}taskpane.html`, true]], id: 1, after: [false] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('检查 leaves its action for the pane and shows the pane', async () => {
    const { page } = await openEntry();
    const state = await page.evaluate(() => {
      const w = window as unknown as Record<string, (...a: unknown[]) => unknown> & { Application: { panes: { shown: boolean }[]; storage: Map<string, unknown> } };
      w.OnAction({ Id: 'btnJixiaoCheck' });
      return { shown: w.Application.panes.map((p) => p.shown), action: w.Application.storage.get('jixiao.et.pendingAction') };
    });
    expect(state).toEqual({ shown: [true], action: 'check' });
    await page.close();
  });
});
