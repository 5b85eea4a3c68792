/**
 * Debian's Chromium driven by playwright-core (no browser downloads exist here). A missing
 * /usr/bin/chromium FAILS the tests, naming the apt package — it never skips them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh persistent context (own --user-data-dir). Resolves to { context, close() }. */
async function launchChromium(options = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install the Debian package \`chromium\` (apt-get install chromium fonts-noto-cjk).`);
  }
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: options.viewport || { width: 1280, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Abort and record every request leaving 127.0.0.1 (data:/blob: URLs never reach the network).
 * Returns the list it fills.
 */
async function guardOffline(context) {
  const external = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && url.hostname === '127.0.0.1') return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1' && !external.includes(req.url())) external.push(req.url());
  });
  return external;
}

/**
 * Open the built pane in preview mode (no Office, no WPS) and wait until the pane and the grid of
 * the in-browser workbook are shown. Page errors go to `pageErrors`; `onPage` may attach more
 * listeners before navigation.
 */
async function openPreviewPane(context, origin, pageErrors, onPage) {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  if (onPage) onPage(page);
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId('host-label').waitFor();
  await page.getByTestId('preview-grid').waitFor();
  return page;
}

module.exports = { launchChromium, guardOffline, openPreviewPane, CHROMIUM, ARGS };
