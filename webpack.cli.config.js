/**
 * Bundles the command line (tsc's output, dist-cli/cli/main.js) into one file, dist-cli/bin/jixiao.js,
 * the package's `bin`. One file instead of ~100 CommonJS modules: a `check` starts ≈ 15 ms sooner
 * and ≈ 3 MiB smaller (BENCHMARKS.md). exceljs and docx stay ordinary `require`s: only `template` and
 * `report` load them, when they run. dist-cli/bin sits at the depth of dist-cli/cli, so __dirname-
 * relative paths (the bundled samples) resolve the same from either.
 *
 *   npx tsc -p tsconfig.cli.json && npx webpack --config webpack.cli.config.js   (= npm run build:cli)
 */
const path = require('path');
const webpack = require('webpack');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.resolve(__dirname, 'dist-cli/cli/main.js'),
  output: {
    path: path.resolve(__dirname, 'dist-cli/bin'),
    filename: 'jixiao.js',
    clean: true,
  },
  externals: { exceljs: 'commonjs exceljs', docx: 'commonjs docx' },
  // Keep __dirname the file's own directory at run time (dist-cli/bin), not webpack's mock.
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false, concatenateModules: true },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
  plugins: [new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true })],
};
