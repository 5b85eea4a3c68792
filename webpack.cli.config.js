/**
 * Bundles the command line (src/cli/main.ts) into dist-cli/bin/jixiao.js, the package's `bin`:
 * one file for what every command needs instead of ~100 CommonJS modules (a `check` starts
 * ≈ 15 ms sooner and ≈ 3 MiB smaller, BENCHMARKS.md), and a chunk beside it for each part only
 * some commands load — the report (`report`, `check --report`), the template (`template`). Those
 * `import()`s stay ES dynamic imports (module es2020) so that webpack splits them off. exceljs and
 * docx stay ordinary `require`s of node_modules. dist-cli/bin sits at the depth of dist-cli/cli,
 * so __dirname-relative paths (the bundled samples) resolve the same from either.
 *
 *   npx tsc -p tsconfig.cli.json && npx webpack --config webpack.cli.config.js   (= npm run build:cli)
 */
const path = require('path');
const webpack = require('webpack');

module.exports = {
  mode: 'production',
  target: 'node20',
  // The batch check's worker thread (src/cli/pool.ts starts dist-cli/bin/batch-worker.js) is an
  // entry of its own: a worker loads only the reader and the engine.
  entry: { jixiao: path.resolve(__dirname, 'src/cli/main.ts'), 'batch-worker': path.resolve(__dirname, 'src/cli/batch-worker.ts') },
  output: {
    path: path.resolve(__dirname, 'dist-cli/bin'),
    filename: '[name].js',
    chunkFilename: '[name].js',
    clean: true,
    // Rewrite every file on each build (webpack skips unchanged ones by default): scripts/ensure-cli.js
    // compares the bundle's times with the sources'.
    compareBeforeEmit: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: 'ts-loader',
        // Type checking is tsc's (npm run lint, and the tsc step of build:cli).
        options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.cli.json'), compilerOptions: { module: 'es2020' } },
      },
    ],
  },
  externals: { exceljs: 'commonjs exceljs', docx: 'commonjs docx' },
  // Keep __dirname the file's own directory at run time (dist-cli/bin), not webpack's mock.
  node: { __dirname: false, __filename: false },
  optimization: { minimize: true, concatenateModules: true },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-only', // silent when it succeeds: `npm run demo` and `npm run jixiao` print only the command's output
  plugins: [
    new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, include: /^jixiao\.js$/ }),
    // The batch cache (src/cli/cache.ts) is valid for one build of the checker.
    new webpack.DefinePlugin({ __JIXIAO_BUILD__: JSON.stringify(`${require('./package.json').version}+${Date.now().toString(36)}`) }),
  ],
};
