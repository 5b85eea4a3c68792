/**
 * Browser plumbing for the WPS add-in tests: Chromium via playwright-core, a static server for a
 * built add-in folder, the webpack build, and the fake WPS object model (test/hosts/wps/fake-wps.ts,
 * transpiled) injected as window.Application before any page script runs.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import * as ts from 'typescript';
import webpack from 'webpack';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import type { FakeSheetInit } from '../hosts/wps/fake-wps';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');

export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian/Ubuntu package "chromium" (apt-get install chromium)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serve `dir` on 127.0.0.1 (random port); returns the base URL ending in '/'. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Build the add-in with webpack.wps.config.js into a fresh directory. */
export async function buildWps(options: { readonly entryOnly: boolean }): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-dist-wps-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.wps.config.js'))({ entryOnly: options.entryOnly, outDir: out }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(`npm run build:wps failed:\n${stats.toString('errors-only')}`);
  return out;
}

/**
 * A script that defines window.Application as the fake WPS 表格 over `sheets` (and exposes the
 * fake's module as window.__FakeWps), to pass to page.addInitScript.
 */
export function fakeWpsInitScript(sheets: readonly FakeSheetInit[]): string {
  const source = fs.readFileSync(path.join(ROOT, 'test/hosts/wps/fake-wps.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2018 } }).outputText;
  return `(function () {
  var module = { exports: {} };
  var exports = module.exports;
  ${js}
  window.__FakeWps = module.exports;
  window.Application = new module.exports.FakeWpsApplication(${JSON.stringify(sheets)});
})();`;
}
