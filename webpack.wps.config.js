/**
 * Builds the WPS 加载项 into dist-wps/ (wpsjs conventions):
 *   ribbon.xml          the customUI (starts with <customUI, no XML declaration)
 *   index.html, main.js entry page + script defining every ribbon callback (src/wps-entry)
 *   taskpane.html       the same task pane as Excel (src/taskpane/index.tsx, built with the Excel
 *                       build's rules, aliases, optional-module stubs and page options), without
 *                       office.js; its bundle is taskpane.[contenthash].js, as in dist/
 *   assets/             the pane's icons (taskpane.html names assets/icon-16.png)
 *   manifest.xml        WPS's own <JsPlugin> manifest (not Office's manifest.xml at the repo root)
 *   jsplugins.xml       online registration for oem.ini JSPluginsServer
 *   jsplugins-offline.xml, publish.html, oem.ini, images/
 *
 *   webpack --config webpack.wps.config.js --mode production
 *   --env wpsUrl=https://server/path/   the URL dist-wps/ will be served from (or JIXIAO_WPS_URL)
 *   --env entryOnly                      ribbon entry and packaging files only, no task pane
 *   --env outDir=some/dir                output directory (default dist-wps)
 *
 * The pane's parts come from webpack.config.js and nowhere else: if it cannot be loaded or lacks a
 * helper, this build stops with an error rather than building a pane that differs from Excel's.
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const pkg = require('./package.json');

const DEFAULT_URL = 'http://127.0.0.1:8080/jixiao-wps/';
const EXCEL_CONFIG = path.resolve(__dirname, 'webpack.config.js');
/** What this build takes from webpack.config.js. */
const EXCEL_HELPERS = ['taskpaneHtmlOptions', 'paneBuildParts', 'bootCheck'];

function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The Excel build's helpers; throws (naming what is missing) when they cannot be had. */
function excelHelpers() {
  let excel;
  try {
    excel = require(EXCEL_CONFIG);
  } catch (cause) {
    throw new Error(`webpack.wps.config.js: cannot load ${EXCEL_CONFIG}, whose helpers build the task pane: ${cause && cause.message}`, { cause });
  }
  const missing = EXCEL_HELPERS.filter((name) => typeof excel[name] !== 'function');
  if (missing.length > 0) throw new Error(`webpack.wps.config.js: ${EXCEL_CONFIG} does not export ${missing.join(', ')}`);
  return excel;
}

/**
 * Fails the build when the emitted taskpane.html does not carry the boot check byte for byte with
 * its hash in the Content-Security-Policy: a page whose inline script was rewritten (e.g. by
 * webpack's HTML minimizer) would have the browser refuse the check, and an old WPS would show a
 * blank pane instead of the message.
 */
class BootCheckIntactPlugin {
  constructor(boot, filename) {
    this.boot = boot;
    this.filename = filename;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BootCheckIntactPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BootCheckIntactPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const asset = assets[this.filename];
        const problem = !asset
          ? `${this.filename} was not emitted`
          : !asset.source().toString().includes(`<script>${this.boot.code}</script>`)
            ? `${this.filename} does not contain src/taskpane/boot-check.js verbatim`
            : !asset.source().toString().includes(`script-src 'self' ${this.boot.hash}`)
              ? `${this.filename}'s Content-Security-Policy does not allow the boot check (${this.boot.hash})`
              : undefined;
        if (problem) compilation.errors.push(new webpack.WebpackError(`webpack.wps.config.js: ${problem}`));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  let baseUrl = env.wpsUrl || process.env.JIXIAO_WPS_URL || DEFAULT_URL;
  if (!baseUrl.endsWith('/')) baseUrl += '/';
  const outDir = path.resolve(__dirname, env.outDir || 'dist-wps');
  const entryOnly = Boolean(env.entryOnly);
  const fill = (text, escape) =>
    text
      .replace(/__BASE_URL__/g, escape(baseUrl))
      .replace(/__NAME__/g, escape(pkg.name))
      .replace(/__VERSION__/g, escape(pkg.version));
  const asXml = (content) => fill(content.toString(), xmlEscape);
  const asHtml = (content) => fill(content.toString(), (s) => xmlEscape(s).replace(/'/g, '&#39;'));
  const asIni = (content) => fill(content.toString(), (s) => s);

  const excel = excelHelpers();
  // WPS does not run Office.js (and a government intranet could not fetch it): officeJs 'none'.
  const paneHtml = excel.taskpaneHtmlOptions('none');
  const parts = excel.paneBuildParts(mode);
  const entry = { main: './src/wps-entry/main.ts' };
  if (!entryOnly) entry.taskpane = './src/taskpane/index.tsx';

  return {
    mode,
    entry,
    // WPS embeds Chromium (CEF); the pane's own check (boot-check.js) reports a too-old engine.
    target: ['web', 'es2018'],
    // No eval-based source maps: the pane's CSP has no 'unsafe-eval'.
    devtool: mode === 'development' ? 'source-map' : false,
    output: {
      path: outDir,
      // main.js keeps its name (index.html and the wpsjs tooling name it); the pane's bundle and
      // chunks carry their content hash, so WPS's browser cache never serves a stale pane.
      filename: (data) => (data.chunk && data.chunk.name === 'main' ? 'main.js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
    module: { rules: parts.rules },
    performance: { hints: false },
    // Shared with webpack.config.js: no HTML minimizer over the inline boot check (its CSP hash;
    // BootCheckIntactPlugin fails the build if it ever changes).
    optimization: parts.optimization,
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: path.resolve(__dirname, 'wps/index.html'),
        chunks: ['main'],
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      ...(entryOnly ? [] : [new HtmlWebpackPlugin(paneHtml), new BootCheckIntactPlugin(excel.bootCheck(), paneHtml.filename)]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'wps/ribbon.xml', to: 'ribbon.xml', transform: asXml },
          { from: 'wps/manifest.xml', to: 'manifest.xml', transform: asXml },
          { from: 'wps/jsplugins.xml', to: 'jsplugins.xml', transform: asXml },
          { from: 'wps/jsplugins-offline.xml', to: 'jsplugins-offline.xml', transform: asXml },
          { from: 'wps/publish.html', to: 'publish.html', transform: asHtml },
          { from: 'wps/oem.ini', to: 'oem.ini', transform: asIni },
          { from: 'wps/images', to: 'images' },
          ...(entryOnly ? [] : [{ from: 'assets/*.png', to: 'assets/[name][ext]' }]),
        ],
      }),
    ],
  };
};

module.exports.excelHelpers = excelHelpers;
module.exports.BootCheckIntactPlugin = BootCheckIntactPlugin;
