/**
 * webpack.wps.config.js builds the pane with the Excel build's own parts (webpack.config.js): the
 * same module rules, optimisation and taskpane.html options (office.js 'none'),
 * with the CSP and inline boot check filled in. Without webpack.config.js or one of its helpers it
 * stops with an error (no silent fallback), and a taskpane.html whose boot check was rewritten
 * fails the build.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';

type Plugin = webpack.WebpackPluginInstance & { userOptions?: Record<string, unknown> };
type Config = Omit<webpack.Configuration, 'plugins'> & { plugins: Plugin[] };
type WpsConfig = ((env: Record<string, unknown>, argv: Record<string, unknown>) => Config) & {
  excelHelpers(): unknown;
  BootCheckIntactPlugin: new (boot: { code: string; hash: string }, filename: string) => webpack.WebpackPluginInstance;
};
interface ExcelHelpers {
  taskpaneHtmlOptions(officeJs: string): Record<string, unknown> & { csp: string; bootCheck: string; officeJs: string; filename: string; template: string };
  paneBuildParts(mode: string): { rules: unknown[]; optimization: unknown };
  bootCheck(): { code: string; hash: string };
}

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsConfig = require('../../webpack.wps.config.js') as WpsConfig;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = require('../../webpack.config.js') as ExcelHelpers;

const htmlPlugin = (c: Config, filename: string) => c.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin' && p.userOptions?.filename === filename);

describe('webpack.wps.config.js reuses the Excel build', () => {
  test.each(['production', 'development'])('%s: module rules and optimisation (no HTML minimizer) are the Excel build’s', (mode) => {
    const c = wpsConfig({}, { mode });
    const parts = excel.paneBuildParts(mode);
    expect(c.module?.rules).toEqual(parts.rules);
    expect(c.optimization).toEqual(parts.optimization);
    expect(c.optimization).toEqual({ minimizeOptions: { html: false } });
    expect(c.devtool).toBe(mode === 'development' ? 'source-map' : false);
  });

  test('taskpane.html: the Excel page options with no office.js; CSP and boot check are filled in', () => {
    const c = wpsConfig({}, { mode: 'production' });
    const pane = htmlPlugin(c, 'taskpane.html')!.userOptions!;
    expect(pane).toEqual(excel.taskpaneHtmlOptions('none'));
    const boot = excel.bootCheck();
    expect(pane.officeJs).toBe('');
    expect(pane.bootCheck).toBe(boot.code);
    expect(pane.bootCheck).toContain('jixiao unsupported-host check');
    expect(pane.csp).toContain(`script-src 'self' ${boot.hash};`);
    expect(pane.csp).not.toContain('appsforoffice');
    expect(pane.template).toBe(path.join(ROOT, 'src/taskpane/taskpane.html'));
  });

  test('webpack’s HTML minimizer is off (it would rewrite the hashed inline script), as in the Excel build', async () => {
    const c = wpsConfig({}, { mode: 'production' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ex = await (require('../../webpack.config.js') as (e: object, a: object) => Promise<webpack.Configuration>)({}, { mode: 'production' });
    expect(c.optimization).toEqual(ex.optimization);
  });

  test('entryOnly: no pane page, no pane bundle', () => {
    const c = wpsConfig({ entryOnly: true }, { mode: 'production' });
    expect(c.entry).toEqual({ main: './src/wps-entry/main.ts' });
    expect(htmlPlugin(c, 'taskpane.html')).toBeUndefined();
    expect(htmlPlugin(c, 'index.html')).toBeDefined();
  });

  test('main.js keeps its name; the pane bundle carries its content hash', () => {
    const c = wpsConfig({}, { mode: 'production' });
    const name = c.output!.filename as (d: { chunk?: { name?: string } }) => string;
    expect(name({ chunk: { name: 'main' } })).toBe('main.js');
    expect(name({ chunk: { name: 'taskpane' } })).toBe('[name].[contenthash:8].js');
  });
});

describe('no silent fallback', () => {
  afterEach(() => jest.resetModules());

  test.each<[string, () => unknown, RegExp]>([
    ['webpack.config.js cannot be loaded', () => {
      throw new Error('SyntaxError: Unexpected token');
    }, /cannot load .*webpack\.config\.js.*Unexpected token/],
    ['webpack.config.js lacks the helpers', () => ({ moduleRules: () => [] }), /does not export taskpaneHtmlOptions, paneBuildParts, bootCheck/],
    ['webpack.config.js lacks paneBuildParts', () => ({ taskpaneHtmlOptions: () => ({}), bootCheck: () => ({}) }), /does not export paneBuildParts$/],
  ])('%s → the build stops with an error naming it', (_name, factory, message) => {
    jest.isolateModules(() => {
      jest.doMock(path.join(ROOT, 'webpack.config.js'), factory);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require('../../webpack.wps.config.js') as WpsConfig;
      expect(() => isolated({}, { mode: 'production' })).toThrow(message);
    });
  });
});

describe('BootCheckIntactPlugin', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-bootcheck-'));
    fs.writeFileSync(path.join(dir, 'entry.js'), 'window.x = 1;\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A tiny build of the real taskpane.html page, with or without webpack's HTML minimizer. */
  async function build(htmlMinimizer: boolean): Promise<webpack.Stats> {
    const pane = excel.taskpaneHtmlOptions('none');
    const config: webpack.Configuration = {
      mode: 'production',
      context: dir,
      entry: { taskpane: './entry.js' },
      output: { path: path.join(dir, htmlMinimizer ? 'min' : 'plain'), clean: true },
      optimization: htmlMinimizer ? {} : { minimizeOptions: { html: false } },
      plugins: [new HtmlWebpackPlugin(pane), new wpsConfig.BootCheckIntactPlugin(excel.bootCheck(), pane.filename)],
    };
    return new Promise((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  }

  test('an intact page passes; a page whose inline script was minified fails the build', async () => {
    const ok = await build(false);
    expect(ok.toJson({ errors: true }).errors).toEqual([]);
    const bad = await build(true);
    expect(bad.hasErrors()).toBe(true);
    expect(bad.toString('errors-only')).toContain('taskpane.html does not contain src/taskpane/boot-check.js verbatim');
  }, 60_000);

  test('a page that was never emitted fails the build', async () => {
    const config: webpack.Configuration = {
      mode: 'production',
      context: dir,
      entry: { taskpane: './entry.js' },
      output: { path: path.join(dir, 'none'), clean: true },
      plugins: [new wpsConfig.BootCheckIntactPlugin(excel.bootCheck(), 'taskpane.html')],
    };
    const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
    expect(stats.toString('errors-only')).toContain('taskpane.html was not emitted');
  }, 60_000);
});
