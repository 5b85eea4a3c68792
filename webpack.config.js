/**
 * Builds the Excel task pane into dist/:
 *   taskpane.html   the pane (inline ES5 unsupported-host check, office.js, the bundle)
 *   commands.html   the manifest's FunctionFile
 *   report-download.html  the page the pane opens (Office dialog / system browser) where a
 *                   task-pane download cannot work (src/taskpane/delivery)
 *   assets/         icons named by manifest.xml
 *   office/         office.js self-hosted from node_modules/@microsoft/office-js/dist (default:
 *                   government intranets have no internet); `--env officejs=cdn` uses Microsoft's
 *                   CDN instead (and allows that host in the CSP).
 *
 *   npx webpack --mode production                       dist/ (self-hosted office.js)
 *   npx webpack --mode production --env officejs=cdn    dist/ loading office.js from the CDN
 *   npx webpack serve --mode development                http://localhost:3000/taskpane.html (preview)
 *   npx webpack serve --mode development --env https    https://localhost:3000 with the Office dev certificate
 *
 * Heavy parts are lazy chunks: the report (.docx writer), the preview's sample + .xlsx reader,
 * the WPS host.
 *
 * Also emitted: batch.html, the bureau's batch page (webpack.batch.js: one self-contained file with
 * its own CSP, built from src/batch-page; it shares nothing with the pane's bundle).
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BatchPagePlugin } = require('./webpack.batch');

const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_DIST = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
const BOOT_CHECK = path.resolve(__dirname, 'src/taskpane/boot-check.js');
/** Pages the manifest may name (test/taskpane/manifest.test.ts checks every manifest URL against these and assets/). */
const PAGES = ['taskpane.html', 'commands.html'];

/** The inline boot check and its CSP hash ('sha256-…'). */
function bootCheck() {
  const code = fs.readFileSync(BOOT_CHECK, 'utf8');
  const hash = crypto.createHash('sha256').update(code, 'utf8').digest('base64');
  return { code, hash: `'sha256-${hash}'` };
}

/** The page's Content-Security-Policy for an office.js source ('self' | 'cdn' | 'none'). */
function contentSecurityPolicy(officeJs, bootHash) {
  const scripts = ["'self'", bootHash];
  if (officeJs === 'cdn') scripts.push(OFFICE_JS_CDN_ORIGIN);
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // Fluent UI v9 (Griffel) injects <style> at run time; React sets style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** HtmlWebpackPlugin options for taskpane.html (reusable by webpack.wps.config.js with officeJs 'none'). */
function taskpaneHtmlOptions(officeJs = 'self') {
  const boot = bootCheck();
  return {
    filename: 'taskpane.html',
    template: path.resolve(__dirname, 'src/taskpane/taskpane.html'),
    chunks: ['taskpane'],
    inject: false,
    scriptLoading: 'defer',
    minify: false, // the inline script must stay byte-identical to its CSP hash
    csp: contentSecurityPolicy(officeJs, boot.hash),
    bootCheck: boot.code,
    officeJs: officeJs === 'cdn' ? OFFICE_JS_CDN : officeJs === 'self' ? 'office/office.js' : '',
  };
}

/** Rules shared with the WPS build: TypeScript, and the sample workbook inlined as a data: URL. */
function moduleRules(mode) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      loader: 'ts-loader',
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, 'tsconfig.json'),
        // ES modules so dynamic import() splits chunks; ES2018 runs in every WebView2/WKWebView host.
        compilerOptions: { noEmit: false, module: 'es2020', target: 'es2018', sourceMap: mode === 'development' },
      },
    },
    { test: /\.xlsx$/, type: 'asset/inline', generator: { dataUrl: { mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } } },
  ];
}

/** What the WPS build (webpack.wps.config.js) shares with this one: module rules and optimisation. */
function paneBuildParts(mode = 'production') {
  return {
    rules: moduleRules(mode),
    // webpack's own HTML minimizer would rewrite the inline boot check and break its CSP hash.
    optimization: { minimizeOptions: { html: false } },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const officeJs = env.officejs === 'cdn' ? 'cdn' : 'self';
  const parts = paneBuildParts(mode);
  let server = 'http';
  if (env.https) {
    // office-addin-dev-certs installs a localhost certificate trusted by Office (`npm start` does it too).
    const certs = require('office-addin-dev-certs');
    server = { type: 'https', options: await certs.getHttpsServerOptions() };
  }
  return {
    mode,
    entry: { taskpane: './src/taskpane/index.tsx', 'report-download': './src/taskpane/report-download/page.ts' },
    target: ['web', 'es2018'],
    // No eval-based source maps: the CSP has no 'unsafe-eval'.
    devtool: mode === 'development' ? 'source-map' : false,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: parts.rules },
    performance: { hints: false },
    optimization: parts.optimization,
    plugins: [
      new HtmlWebpackPlugin(taskpaneHtmlOptions(officeJs)),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: path.resolve(__dirname, 'src/taskpane/commands.html'),
        chunks: [],
        inject: false,
        minify: false,
        csp: contentSecurityPolicy(officeJs, bootCheck().hash),
        officeJs: officeJs === 'cdn' ? OFFICE_JS_CDN : 'office/office.js',
      }),
      new HtmlWebpackPlugin({
        filename: 'report-download.html',
        template: path.resolve(__dirname, 'src/taskpane/report-download/report-download.html'),
        chunks: ['report-download'],
        inject: false,
        scriptLoading: 'defer',
        minify: false,
        csp: contentSecurityPolicy(officeJs, bootCheck().hash),
        officeJs: officeJs === 'cdn' ? OFFICE_JS_CDN : 'office/office.js',
      }),
      new BatchPagePlugin({ mode }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          ...(officeJs === 'self'
            ? [
                {
                  from: OFFICE_JS_DIST,
                  to: 'office',
                  globOptions: {
                    // Excel only: other hosts' scripts, debug builds and typings are not shipped.
                    ignore: ['**/*.debug.js', '**/*vsdoc*', '**/*.d.ts', '**/access-*', '**/onenote*', '**/outlook*', '**/powerpoint*', '**/project*', '**/visio*', '**/word*'],
                  },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: 'localhost',
      server,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      open: ['/taskpane.html'],
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.PAGES = PAGES;
module.exports.taskpaneHtmlOptions = taskpaneHtmlOptions;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.moduleRules = moduleRules;
module.exports.paneBuildParts = paneBuildParts;
module.exports.bootCheck = bootCheck;
