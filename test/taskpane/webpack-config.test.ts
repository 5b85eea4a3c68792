/** webpack.config.js: optional modules stubbed when absent; office.js self-hosted unless --env officejs=cdn. */
import { resolve } from 'path';

interface Replacement {
  resourceRegExp: RegExp;
  newResource: (r: { request: string }) => void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as ((env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{
  plugins: Array<{ constructor: { name: string }; userOptions?: Record<string, unknown>; patterns?: Array<{ from: string; to: string }> }>;
  devtool: unknown;
  devServer: { port: number };
}>) & { optionalModule(pattern: RegExp, file: string): Replacement };

describe('webpack.config.js', () => {
  test('an optional module that does not exist is replaced by the stub; one that exists is kept', () => {
    const missing = config.optionalModule(/^\.\.\/nothing$/, 'src/does-not-exist.ts');
    const r1 = { request: '../nothing' };
    missing.newResource(r1);
    expect(r1.request).toBe(resolve(__dirname, '../../src/taskpane/absent-module.ts'));
    const present = config.optionalModule(/^\.\.\/report$/, 'src/taskpane/index.tsx');
    const r2 = { request: '../report' };
    present.newResource(r2);
    expect(r2.request).toBe('../report');
    expect(missing.resourceRegExp.test('../nothing')).toBe(true);
  });

  test.each([
    [{}, 'office/office.js', true],
    [{ officejs: 'cdn' }, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', false],
  ])('env %p → office.js from %s (copied into dist/office: %p)', async (env, src, copied) => {
    const c = await config(env, { mode: 'production' });
    const html = c.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin' && p.userOptions?.filename === 'taskpane.html')!;
    expect(html.userOptions!.officeJs).toBe(src);
    const copy = c.plugins.find((p) => p.constructor.name === 'CopyPlugin')!;
    expect(copy.patterns!.some((p) => p.to === 'office')).toBe(copied);
    expect(c.devtool).toBe(false);
    expect(c.devServer.port).toBe(3000);
  });

  test('development builds use no eval source maps (the CSP has no unsafe-eval)', async () => {
    const c = await config({}, { mode: 'development' });
    expect(c.devtool).toBe('source-map');
  });
});
