/**
 * The set-up the browser tests of the built pane (preview mode, no Office) share, as jest hooks:
 * - before all: dist/taskpane.html must be built; a static server over dist/ on 127.0.0.1; one
 *   Chromium whose context aborts and records every request that would leave the machine;
 * - after each test: no such request, and no page error;
 * - after all: browser and server closed.
 * Call it at the top of a test file; the returned object is filled in before the first test.
 */
import { existsSync } from 'fs';
import { resolve } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { guardOffline, launchChromium, openPreviewPane } from './chromium';
import { startStaticServer } from './static-server';

const DIST = resolve(__dirname, '../../dist');

export interface PaneBrowser {
  /** http://127.0.0.1:<port> of the static server. */
  readonly origin: string;
  readonly context: BrowserContext;
  /** Paths the static server was asked for, in order. */
  readonly serverRequests: string[];
  /** Requests that would have left the machine (aborted; checked empty after each test). */
  readonly external: string[];
  /** Page errors of every page opened with openPane (checked empty after each test). */
  readonly pageErrors: string[];
  /** A new page on the pane in preview mode (openPreviewPane). */
  openPane(onPage?: (page: Page) => void): Promise<Page>;
}

export function usePaneBrowser(options: { readonly viewport?: { width: number; height: number } } = {}): PaneBrowser {
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let external: string[] = [];
  const pageErrors: string[] = [];
  const session: PaneBrowser = {
    get origin() {
      if (!server) throw new Error('usePaneBrowser: the server is not started (used outside a test?)');
      return server.origin;
    },
    get context() {
      if (!browser) throw new Error('usePaneBrowser: the browser is not launched (used outside a test?)');
      return browser.context;
    },
    get serverRequests() {
      if (!server) throw new Error('usePaneBrowser: the server is not started (used outside a test?)');
      return server.requests;
    },
    get external() {
      return external;
    },
    pageErrors,
    openPane: (onPage) => openPreviewPane(session.context, session.origin, pageErrors, onPage),
  };

  beforeAll(async () => {
    if (!existsSync(resolve(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html missing: run `npm run build` before the browser tests');
    server = await startStaticServer(DIST);
    browser = await launchChromium(options.viewport ? { viewport: options.viewport } : undefined);
    external = await guardOffline(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(() => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  return session;
}
