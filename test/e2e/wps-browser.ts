/**
 * Browser plumbing for the WPS add-in tests: Chromium (the pane tests' launcher and offline guard,
 * ./chromium.js), a static server for a built add-in folder, the webpack build, and the fake WPS
 * object model (test/hosts/wps/fake-wps.ts, transpiled) injected as window.Application before any
 * page script runs.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import * as ts from 'typescript';
import webpack from 'webpack';
import type { Workbook } from '../../src/core/grid/types';
import { rangeToA1 } from '../../src/core/grid/a1';
import type { FakeCellInit, FakeSheetInit } from '../hosts/wps/fake-wps';

export { launchChromium, guardOffline } from './chromium';

const ROOT = path.resolve(__dirname, '../..');

/** Serve `dir` on 127.0.0.1 (random port); returns the base URL ending in '/'. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };
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

/**
 * Build the add-in with webpack.wps.config.js (what `npm run build:wps` runs) into a fresh
 * temporary directory: the tests never depend on a dist-wps/ left by an earlier build.
 */
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

/** A workbook (e.g. the bundled sample read by the xlsx reader) as the fake WPS's sheets. */
export function fakeSheetsFromWorkbook(wb: Workbook): FakeSheetInit[] {
  return wb.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.cells.map((row) =>
      row.map((cell): FakeCellInit | undefined =>
        cell ? { value: cell.value, ...(cell.formula !== undefined ? { formula: `=${cell.formula}` } : {}), ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}) } : undefined,
      ),
    ),
    merges: sheet.merges.map(rangeToA1),
  }));
}

/**
 * What a ribbon action button does before the pane page loads (src/hosts/wps showTaskPane): the
 * pane is created with its id in PluginStorage and, for an action, the action left there.
 */
export function ribbonOpenedPaneInitScript(keys: { readonly paneId: string; readonly action: string }, action?: string): string {
  return `(function () {
  var app = window.Application;
  ${action ? `app.PluginStorage.setItem(${JSON.stringify(keys.action)}, ${JSON.stringify(action)});` : ''}
  var pane = app.CreateTaskPane(location.href);
  app.PluginStorage.setItem(${JSON.stringify(keys.paneId)}, pane.ID);
  pane.Visible = true;
})();`;
}

/**
 * A script that gives the page WPS's file services — the strict fake of test/hosts/wps/fake-wps-files.ts
 * as `window.wps` (FileSystem, Env, OAAssist; exposed as window.__files) — and saves the fake
 * workbook in `savedIn`. Run after fakeWpsInitScript.
 */
export function fakeWpsFilesInitScript(savedIn: string): string {
  const source = fs.readFileSync(path.join(ROOT, 'test/hosts/wps/fake-wps-files.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2018 } }).outputText;
  return `(function () {
  var module = { exports: {} };
  var exports = module.exports;
  ${js}
  window.__files = new module.exports.FakeWpsFiles();
  window.wps = window.__files.wps;
  window.Application.book.savedIn = ${JSON.stringify(savedIn)};
})();`;
}
