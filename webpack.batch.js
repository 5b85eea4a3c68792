/**
 * Builds the bureau's batch page, dist/batch.html: ONE self-contained file (it is opened straight
 * from a file share, file://, as well as from any intranet web server):
 *
 *   1. the worker (src/batch-page/worker.ts: the batch API, the engine, the xlsx reader, fflate,
 *      the roll-up writer) as one script, target Chromium 86 (ES2018 syntax);
 *   2. the page script (src/batch-page/main.ts), which holds the worker's code as a string and
 *      starts it from a blob: URL — Chromium refuses `new Worker('file:///…')`;
 *   3. batch.html from src/batch-page/batch.html with the ES5 browser check, the page script and
 *      the style sheet inlined, each allowed by its SHA-256 in the page's CSP meta tag.
 *
 * The Excel build (webpack.config.js) runs this through BatchPagePlugin, so `npm run build` emits
 * dist/batch.html beside the pane; `buildBatchPage()` alone returns the page's text.
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');

const SRC = path.resolve(__dirname, 'src/batch-page');
const TEMPLATE = path.join(SRC, 'batch.html');
const BOOT_CHECK = path.join(SRC, 'boot-check.js');
const STYLE = path.join(SRC, 'batch.css');
const WORKER_SOURCE_MODULE = 'jixiao-batch-worker-source';

function sha256(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's Content-Security-Policy for its inline script and style hashes. */
function batchContentSecurityPolicy(scriptHashes, styleHashes) {
  return [
    "default-src 'self'",
    `script-src ${scriptHashes.join(' ')}`,
    `style-src ${styleHashes.join(' ')}`,
    // The checker's workers: blob: URLs made by the page script from its own inlined code.
    "worker-src 'self' blob:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** webpack options shared by the worker and the page script: TypeScript down to ES2018, one chunk. */
function scriptConfig(mode, name, entry, target, outDir, extra = {}) {
  return {
    name,
    mode,
    entry,
    // Chromium 86 (the 360 / 奇安信 browsers' kernels) parses ES2018 and more; node_modules are
    // checked by test/batch-page/build.test.ts (acorn, ecmaVersion 2020).
    target: [target, 'es2018'],
    devtool: false,
    output: { path: outDir, filename: `${name}.js`, iife: true, clean: false },
    resolve: { extensions: ['.ts', '.js'], ...(extra.resolve || {}) },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            compilerOptions: { noEmit: false, module: 'es2020', target: 'es2018', sourceMap: false },
          },
        },
        ...((extra.rules) || []),
      ],
    },
    performance: { hints: false },
    // One file each: a worker started from a blob: URL has no base to load chunks from.
    optimization: { minimize: mode === 'production', splitChunks: false, runtimeChunk: false },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    stats: 'errors-only',
  };
}

function runWebpack(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(`batch page build (${config.name}) failed:\n${stats.toString('errors-only')}`));
      resolve(stats);
    });
  });
}

/** Refuse script text that would end or comment out its inline <script> element. */
function assertInlineSafe(name, text) {
  const bad = /<\/script|<!--/i.exec(text);
  if (bad) throw new Error(`${name}: "${bad[0]}" at ${bad.index} cannot be inlined in <script>`);
}

/**
 * Build the page. Resolves to { html, files } (files: every source the build read, for watch
 * mode). mode: 'production' (minified) or 'development'.
 */
async function buildBatchPage(mode = 'production') {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-batch-'));
  try {
    const workerStats = await runWebpack(scriptConfig(mode, 'batch-worker', path.join(SRC, 'worker.ts'), 'webworker', tmp));
    const workerFile = path.join(tmp, 'batch-worker.js');
    // The worker's code as a module exporting it as a string literal, every `<` escaped (\u003c) so
    // that nothing in it (`</script`, `<!--` of the XML scanner) can end or comment out the page's
    // inline <script>, minified or not.
    const sourceModule = path.join(tmp, 'batch-worker-source.js');
    const literal = JSON.stringify(fs.readFileSync(workerFile, 'utf8')).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    fs.writeFileSync(sourceModule, `export default ${literal};\n`);
    const pageStats = await runWebpack(
      scriptConfig(mode, 'batch-page', path.join(SRC, 'main.ts'), 'web', tmp, {
        resolve: { alias: { [`${WORKER_SOURCE_MODULE}$`]: sourceModule } },
      }),
    );
    const script = fs.readFileSync(path.join(tmp, 'batch-page.js'), 'utf8').trim();
    const boot = fs.readFileSync(BOOT_CHECK, 'utf8');
    const style = fs.readFileSync(STYLE, 'utf8');
    assertInlineSafe('batch page script', script);
    assertInlineSafe('batch boot check', boot);
    if (/<\/style/i.test(style)) throw new Error('batch.css cannot contain </style');
    const csp = batchContentSecurityPolicy([sha256(boot), sha256(script)], [sha256(style)]);
    const template = fs.readFileSync(TEMPLATE, 'utf8');
    // Function replacements: the inlined texts may contain `$&` and the like.
    const html = template
      .replace('__CSP__', () => csp)
      .replace('__STYLE__', () => style)
      .replace('__BOOT__', () => boot)
      .replace('__SCRIPT__', () => script);
    const files = new Set([TEMPLATE, BOOT_CHECK, STYLE]);
    for (const s of [workerStats, pageStats]) for (const f of s.compilation.fileDependencies) if (!f.includes('node_modules') && !f.startsWith(tmp)) files.add(f);
    return { html, files: [...files] };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Emits batch.html into the compilation it is added to (the Excel pane's build: dist/). */
class BatchPagePlugin {
  constructor(options = {}) {
    this.mode = options.mode || 'production';
    /** The last build and the modification times of the sources it read (watch mode rebuilds only when one changed). */
    this.last = undefined;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const stamp = (files) => files.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : -1)).join(',');
    compiler.hooks.thisCompilation.tap('BatchPagePlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'BatchPagePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        if (!this.last || stamp(this.last.files) !== this.last.stamp) {
          const built = await buildBatchPage(this.mode);
          this.last = { ...built, stamp: stamp(built.files) };
        }
        for (const f of this.last.files) compilation.fileDependencies.add(f);
        // `minimized`: no minimizer may rewrite the page (its inline blocks must keep their CSP hashes).
        compilation.emitAsset('batch.html', new RawSource(this.last.html), { minimized: true });
      });
    });
  }
}

module.exports = { buildBatchPage, BatchPagePlugin, batchContentSecurityPolicy, sha256 };
