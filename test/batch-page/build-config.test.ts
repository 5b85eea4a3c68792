/** The batch page's build (webpack.batch.js) is part of the pane's (`npm run build` → dist/batch.html) and its CSP is hash-only. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const paneConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: Array<{ constructor: { name: string }; mode?: string }> }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const batch = require('../../webpack.batch.js') as { batchContentSecurityPolicy(scripts: string[], styles: string[]): string; sha256(text: string): string };

test('npm run build emits batch.html: the pane config carries BatchPagePlugin in the same mode', async () => {
  for (const mode of ['production', 'development']) {
    const c = await paneConfig({}, { mode });
    const plugin = c.plugins.find((p) => p.constructor.name === 'BatchPagePlugin');
    expect(plugin?.mode).toBe(mode);
  }
});

test('CSP: scripts and styles by hash only, workers from blob:, connections to self', () => {
  // sha256("") in base64, worked out with `printf '' | openssl dgst -sha256 -binary | base64`.
  expect(batch.sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  expect(batch.batchContentSecurityPolicy(["'sha256-a'", "'sha256-b'"], ["'sha256-c'"])).toBe(
    "default-src 'self'; script-src 'sha256-a' 'sha256-b'; style-src 'sha256-c'; worker-src 'self' blob:; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
  );
});
