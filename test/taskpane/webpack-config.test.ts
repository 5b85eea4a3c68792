/** webpack.config.js: office.js self-hosted unless --env officejs=cdn; no HTML minimizer over the boot check. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as ((env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{
  plugins: Array<{ constructor: { name: string }; userOptions?: Record<string, unknown>; patterns?: Array<{ from: string; to: string }> }>;
  devtool: unknown;
  devServer: { port: number };
  optimization: { minimizeOptions?: { html?: unknown } };
}>) & { paneBuildParts(mode: string): { optimization: unknown } };

describe('webpack.config.js', () => {
  test('neither pane build minifies HTML (the inline boot check must keep its CSP hash)', async () => {
    const c = await config({}, { mode: 'production' });
    expect(c.optimization.minimizeOptions?.html).toBe(false);
    expect(config.paneBuildParts('production').optimization).toEqual(c.optimization);
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
