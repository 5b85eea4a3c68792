/**
 * The WPS add-in folder as built (entry and packaging files; the pane bundle is covered by the
 * browser tests): every file WPS reads parses, the deployment URL lands everywhere escaped, and
 * the shipped main.js defines every callback ribbon.xml names, as globals of the entry page.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import webpack from 'webpack';
import { parseXml, ribbonCallbacks } from './xml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsConfig = require('../../webpack.wps.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../package.json') as { name: string; version: string };

const BASE = 'http://10.1.2.3:8080/jx&wps/';
let out: string;
const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-'));
  const config = wpsConfig({ entryOnly: true, outDir: out, wpsUrl: BASE.slice(0, -1) }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
}, 60_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('dist-wps packaging files', () => {
  it('contains the wpsjs add-in files', () => {
    for (const f of ['ribbon.xml', 'index.html', 'main.js', 'manifest.xml', 'jsplugins.xml', 'jsplugins-offline.xml', 'publish.html', 'oem.ini', 'images/pane.svg']) {
      expect([f, fs.existsSync(path.join(out, f))]).toEqual([f, true]);
    }
  });

  it('ribbon.xml starts with <customUI and parses', () => {
    const xml = read('ribbon.xml');
    expect(xml.startsWith('<customUI')).toBe(true);
    expect(parseXml(xml)[0].name).toBe('customUI');
  });

  it("manifest.xml is WPS's <JsPlugin> with Name, Description and ApiVersion", () => {
    const els = parseXml(read('manifest.xml'));
    expect(els[0].name).toBe('JsPlugin');
    const text = (n: string) => els.find((e) => e.name === n)?.text;
    expect([text('Name'), text('ApiVersion')]).toEqual([pkg.name, '1.0.0']);
    expect(text('Description')).toContain('绩效自评');
  });

  it('jsplugins.xml registers the online add-in for WPS 表格 at the (escaped) URL', () => {
    const xml = read('jsplugins.xml');
    expect(xml).toContain('url="http://10.1.2.3:8080/jx&amp;wps/"');
    const entry = parseXml(xml).find((e) => e.name === 'jspluginonline');
    expect(entry?.attributes).toEqual({ name: pkg.name, type: 'et', url: BASE });
  });

  it('jsplugins-offline.xml registers the .7z with its version', () => {
    const entry = parseXml(read('jsplugins-offline.xml')).find((e) => e.name === 'jsplugin');
    expect(entry?.attributes).toEqual({ name: pkg.name, type: 'et', url: `${BASE}${pkg.name}.7z`, version: pkg.version });
  });

  it('oem.ini points JSPluginsServer at jsplugins.xml', () => {
    expect(read('oem.ini')).toMatch(/^\[Server\]\r?\nJSPluginsServer=http:\/\/10\.1\.2\.3:8080\/jx&wps\/jsplugins\.xml$/m);
    expect(read('oem.ini')).toMatch(/^JsApiPlugin=true$/m);
  });

  it('publish.html carries both ways of installing', () => {
    const html = read('publish.html');
    expect(html).toContain('http://10.1.2.3:8080/jx&amp;wps/');
    expect(html).toContain('deployaddons/runParams');
    expect(html).not.toContain('__BASE_URL__');
  });

  it('index.html loads main.js with a plain (blocking) script tag', () => {
    expect(read('index.html')).toMatch(/<script src="?main\.js"?><\/script>/);
  });

  it('the shipped main.js defines every ribbon callback as a global of the page', () => {
    const names = ribbonCallbacks(parseXml(read('ribbon.xml')));
    expect(names.length).toBeGreaterThan(0);
    const page: Record<string, unknown> = { location: { href: `${BASE}index.html` }, alert: () => undefined };
    page.window = page;
    vm.runInNewContext(read('main.js'), page);
    for (const name of names) expect([name, typeof page[name]]).toEqual([name, 'function']);
  });
});
