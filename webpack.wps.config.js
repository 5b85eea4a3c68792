/**
 * Builds the WPS 加载项 into dist-wps/ (wpsjs conventions):
 *   ribbon.xml          the customUI (starts with <customUI, no XML declaration)
 *   index.html, main.js entry page + script defining every ribbon callback (src/wps-entry)
 *   taskpane.html/.js   the same task pane as Excel (src/taskpane/index.tsx), without office.js
 *   manifest.xml        WPS's own <JsPlugin> manifest (not Office's manifest.xml at the repo root)
 *   jsplugins.xml       online registration for oem.ini JSPluginsServer
 *   jsplugins-offline.xml, publish.html, oem.ini, images/
 *
 *   webpack --config webpack.wps.config.js --mode production
 *   --env wpsUrl=https://server/path/   the URL dist-wps/ will be served from (or JIXIAO_WPS_URL)
 *   --env entryOnly                      ribbon entry and packaging files only, no task pane
 *   --env outDir=some/dir                output directory (default dist-wps)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const pkg = require('./package.json');

const DEFAULT_URL = 'http://127.0.0.1:8080/jixiao-wps/';

function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The Excel build's helpers (webpack.config.js), so the pane is built the same way: its TypeScript
 * and asset rules, and its taskpane.html options with officeJs 'none' (WPS does not run Office.js,
 * and a government intranet could not fetch it anyway). Fallbacks keep this build usable alone.
 */
function paneBuildHelpers() {
  try {
    const excel = require('./webpack.config.js');
    return {
      moduleRules: typeof excel.moduleRules === 'function' ? excel.moduleRules : undefined,
      taskpaneHtmlOptions: typeof excel.taskpaneHtmlOptions === 'function' ? excel.taskpaneHtmlOptions : undefined,
    };
  } catch {
    return {};
  }
}

function fallbackRules(mode) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      loader: 'ts-loader',
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, 'tsconfig.json'),
        compilerOptions: { noEmit: false, module: 'es2020', target: 'es2018', sourceMap: mode === 'development' },
      },
    },
    { test: /\.xlsx$/, type: 'asset/inline' },
  ];
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

  const helpers = paneBuildHelpers();
  const paneHtml = helpers.taskpaneHtmlOptions
    ? helpers.taskpaneHtmlOptions('none')
    : { filename: 'taskpane.html', template: path.resolve(__dirname, 'wps/taskpane.html'), chunks: ['taskpane'], inject: 'body' };
  const entry = { main: './src/wps-entry/main.ts' };
  if (!entryOnly) entry.taskpane = './src/taskpane/index.tsx';

  return {
    mode,
    entry,
    // WPS embeds Chromium (CEF); the pane's own check (boot-check.js) reports a too-old engine.
    target: ['web', 'es2018'],
    devtool: mode === 'development' ? 'source-map' : false,
    output: { path: outDir, filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
    module: { rules: helpers.moduleRules ? helpers.moduleRules(mode) : fallbackRules(mode) },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: path.resolve(__dirname, 'wps/index.html'),
        chunks: ['main'],
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      ...(entryOnly ? [] : [new HtmlWebpackPlugin(paneHtml)]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'wps/ribbon.xml', to: 'ribbon.xml', transform: asXml },
          { from: 'wps/manifest.xml', to: 'manifest.xml', transform: asXml },
          { from: 'wps/jsplugins.xml', to: 'jsplugins.xml', transform: asXml },
          { from: 'wps/jsplugins-offline.xml', to: 'jsplugins-offline.xml', transform: asXml },
          { from: 'wps/publish.html', to: 'publish.html', transform: asHtml },
          { from: 'wps/oem.ini', to: 'oem.ini', transform: asIni },
          { from: 'wps/images', to: 'images' },
        ],
      }),
    ],
  };
};
