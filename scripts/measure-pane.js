#!/usr/bin/env node
/**
 * Section 3 of `npm run bench` (also runnable alone after `npm run build`):
 *   node scripts/measure-pane.js
 * The built task pane (dist/) served on 127.0.0.1 and opened in headless Chromium (Debian's
 * /usr/bin/chromium, test/e2e/chromium.js), preview host, every request off 127.0.0.1 refused:
 *  a. initial JS (gzip, level 9) loaded before first contentful paint, and first paint — median of 3
 *     page loads (test/e2e/measure.js). Budgets: ≤ 350 KB, ≤ 1.5 s (issue 3).
 *  b. 重新计算 over a generated workbook of 10,000 indicator rows (scripts/bench-workbooks.js,
 *     100 sheets × 100 rows), handed to the preview through `window.__JIXIAO_PREVIEW_WORKBOOK__`
 *     (page.addInitScript; src/taskpane/preview/injected-workbook.ts) instead of the bundled sample:
 *       click 重新计算 → the preview of changes (old → new) listed and painted,
 *       click 应用     → the grid beside the pane shows the new values and the notice is painted.
 *     Timed in the page (performance.now() from the click to the DOM condition, then two animation
 *     frames so the frame showing it is produced), median of 3 fresh page loads.
 * Exit code 1 only when a measurement fails; budgets are printed met / NOT MET like sections 1–2.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const { measurePane } = require(path.join(ROOT, 'test/e2e/measure.js'));
const { startStaticServer } = require(path.join(ROOT, 'test/e2e/static-server.js'));
const { launchChromium, guardOffline } = require(path.join(ROOT, 'test/e2e/chromium.js'));
const { benchWorkbookGrid } = require('./bench-workbooks.js');

const SHEETS = 100;
const ROWS_PER_SHEET = 100;
const RUNS = 3;
const BUDGET_JS_KB = 350;
const BUDGET_PAINT_MS = 1500;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Writes the engine plans for the same grid, when the CLI build (dist-cli) exists; else undefined. */
function enginePlanCount(wb) {
  const analyse = path.join(ROOT, 'dist-cli/core/analyse.js');
  if (!fs.existsSync(analyse)) return undefined;
  return require(analyse).analyseWorkbook(wb).plan.writes.length;
}

/**
 * In the page: click the button matched by `selector` (or by exact text), then resolve with the ms
 * from the click until `done()` holds in the DOM (`dom`) and two frames later (`painted`).
 * Rejects with the pane's error text if its MessageBar appears, or after `timeoutMs`.
 */
function clickAndTime(page, { selector, text }, done, arg, timeoutMs = 60000) {
  return page.evaluate(
    ({ selector, text, done, arg, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const isDone = new Function('arg', `return (${done})(arg);`);
        const button = selector
          ? document.querySelector(selector)
          : [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
        if (!button) return reject(new Error(`button not found: ${selector || text}`));
        let finished = false;
        let t0 = 0;
        const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        const observer = new MutationObserver(check);
        function finish(error, value) {
          if (finished) return;
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          if (error) reject(error);
          else resolve(value);
        }
        function check() {
          if (finished) return;
          const err = document.querySelector('[data-testid="error"]');
          if (err) return finish(new Error(`the pane reported an error: ${err.textContent}`));
          if (!isDone(arg)) return;
          const dom = performance.now() - t0;
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ dom, painted: performance.now() - t0 })));
        }
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        t0 = performance.now();
        button.click();
      }),
    { selector, text, done: done.toString(), arg, timeoutMs },
  );
}

/** One fresh page over the injected workbook: load, 重新计算 → listing, 应用 → grid updated. */
async function recomputeOnce(context, origin, injection) {
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.addInitScript({ content: injection });
    await page.goto(`${origin}/taskpane.html`, { waitUntil: 'load' });
    await page.locator('[data-testid="preview-grid"] table').waitFor({ timeout: 60000 });
    // Navigation → the pane and the grid of the first sheet in the DOM (the workbook parsed and analysed lazily later).
    const readyMs = await page.evaluate(() => performance.now());
    const sheetsShown = await page.locator('[data-testid="sheet-tab"]').count();

    const listing = await clickAndTime(page, { text: '重新计算' }, () => document.querySelector('[data-testid="recompute-changes"]') !== null);
    const changes = await page.locator('[data-testid="change"]').evaluateAll((rows) =>
      rows.map((r) => ({ ref: r.getAttribute('data-cell'), after: r.querySelectorAll('td')[2].textContent })),
    );
    if (changes.length === 0) throw new Error('重新计算 listed no change');
    // The dialog lists the first 200 changes (再显示 adds more); its count line gives the whole plan.
    const countText = await page.locator('[data-testid="recompute-changes"]').evaluate((t) => t.parentElement.parentElement.textContent);
    const total = Number((/共\s*(\d+)\s*个单元格/.exec(countText) || [])[1]);
    const activeSheet = await page.locator('[data-testid="preview-grid"] table').getAttribute('data-sheet');
    const visible = changes.filter((c) => c.ref.startsWith(`${activeSheet}!`));
    if (visible.length === 0) throw new Error(`no change on the sheet shown (${activeSheet})`);

    const applied = await clickAndTime(
      page,
      { selector: '[data-testid="apply"]' },
      (cells) =>
        document.querySelector('[data-testid="notice"]') !== null &&
        cells.every((c) => {
          const td = document.querySelector(`[data-cell="${c.ref}"]`);
          return td !== null && td.textContent === c.after;
        }),
      visible,
    );
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('; ')}`);
    return { readyMs, sheetsShown, changes: total, listed: changes.length, visible: visible.length, listing, applied };
  } finally {
    await page.close();
  }
}

async function measureRecompute() {
  const wb = benchWorkbookGrid(SHEETS, ROWS_PER_SHEET);
  const json = JSON.stringify(wb);
  // The workbook as JSON text in a string literal: parsed by the pane (injected-workbook.ts).
  const injection = `window.__JIXIAO_PREVIEW_WORKBOOK__ = ${JSON.stringify(json)};`;
  const server = await startStaticServer(DIST);
  const browser = await launchChromium();
  try {
    const external = await guardOffline(browser.context);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await recomputeOnce(browser.context, server.origin, injection));
    if (external.length > 0) throw new Error(`requests left 127.0.0.1: ${external.join(', ')}`);
    return { runs, jsonBytes: Buffer.byteLength(json), planned: enginePlanCount(wb) };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const t0 = Date.now();
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await measurePane({ dist: DIST }));
  const kb = loads[0].initialJsGzipBytes / 1024;
  const paint = median(loads.map((m) => m.firstPaintMs));
  console.log(`   initial JS before first paint: ${kb.toFixed(1)} KB gzip (${loads[0].scripts.join(', ')}) — budget ≤ ${BUDGET_JS_KB} KB: ${kb <= BUDGET_JS_KB ? 'met' : 'NOT MET'}`);
  console.log(`   first paint (median of ${RUNS}): ${paint} ms (${loads.map((m) => m.firstPaintMs).join(' / ')}) — budget ≤ ${BUDGET_PAINT_MS} ms: ${paint <= BUDGET_PAINT_MS ? 'met' : 'NOT MET'}`);

  const r = await measureRecompute();
  const first = r.runs[0];
  const m = (f) => median(r.runs.map(f));
  const all = (f) => r.runs.map((x) => f(x).toFixed(0)).join(' / ');
  const plan = r.planned === undefined ? '' : `; engine plan ${r.planned}${r.planned === first.changes ? '' : ' — MISMATCH'}`;
  console.log(`   重新计算 over ${SHEETS * ROWS_PER_SHEET} indicator rows (${SHEETS} sheets × ${ROWS_PER_SHEET}, injected as ${(r.jsonBytes / 2 ** 20).toFixed(1)} MiB JSON), median of ${RUNS} fresh pages:`);
  console.log(`     pane + grid ready after navigation: ${m((x) => x.readyMs).toFixed(0)} ms (${all((x) => x.readyMs)}; ${first.sheetsShown} sheet tabs, grid shows one sheet)`);
  console.log(`     click 重新计算 → preview listed: ${m((x) => x.listing.painted).toFixed(0)} ms painted, ${m((x) => x.listing.dom).toFixed(0)} ms in the DOM (${all((x) => x.listing.painted)}; ${first.listed} of ${first.changes} changes listed${plan})`);
  console.log(`     click 应用 → grid updated: ${m((x) => x.applied.painted).toFixed(0)} ms painted, ${m((x) => x.applied.dom).toFixed(0)} ms in the DOM (${all((x) => x.applied.painted)}; ${first.changes} cells written, ${first.visible} checked on the sheet shown)`);
  console.log(`   section time ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((err) => {
  console.error(`   task pane measurement failed: ${err && err.stack ? err.stack : err}`);
  process.exitCode = 1;
});
