/**
 * measurePane(): serve dist/ on 127.0.0.1, open taskpane.html in headless Chromium and report
 *   initialJsGzipBytes — gzip size (level 9) of every script requested before first contentful paint
 *   firstPaintMs       — first contentful paint (the pane shell / its spinner), ms from navigation
 * Used by the browser tests (budget: ≤ 350 KB, ≤ 1.5 s) and by `npm run bench`:
 *   const { measurePane } = require('./test/e2e/measure');
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { startStaticServer } = require('./static-server');
const { launchChromium, guardOffline } = require('./chromium');

const DIST = path.resolve(__dirname, '../../dist');

async function measurePane(options = {}) {
  const dist = options.dist || DIST;
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) throw new Error(`${dist}/taskpane.html missing: run \`npm run build\` first`);
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    const external = await guardOffline(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 15000 });
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' && e.startTime < fcp)
        .map((e) => new URL(e.name).pathname);
      return { fcp, scripts };
    });
    let initialJsGzipBytes = 0;
    for (const p of new Set(timing.scripts)) {
      const file = path.join(dist, decodeURIComponent(p));
      initialJsGzipBytes += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    }
    if (external.length > 0) throw new Error(`requests left 127.0.0.1: ${external.join(', ')}`);
    return { initialJsGzipBytes, firstPaintMs: Math.round(timing.fcp), scripts: [...new Set(timing.scripts)] };
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = { measurePane };

if (require.main === module) {
  measurePane().then(
    (m) => console.log(`task pane: initial JS ${(m.initialJsGzipBytes / 1024).toFixed(1)} KB gzip (${m.scripts.join(', ')}), first paint ${m.firstPaintMs} ms`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
