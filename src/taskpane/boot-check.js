/*
 * jixiao unsupported-host check. Runs inline BEFORE office.js and the bundle, so it must stay
 * ES5 (IE11 and the old Edge WebView parse it): var, function, no arrow functions, no template
 * strings, no let/const. A test parses it as ES5 (test/taskpane/boot-check.test.ts). Its SHA-256
 * goes into the page's Content-Security-Policy (webpack.config.js computes it).
 *
 * Volume-licensed Office 2016/2019 runs add-ins in Internet Explorer 11 or EdgeHTML, where React
 * 19 and Fluent UI v9 do not run: show the Chinese message already in the page instead of a
 * blank pane. If the bundle has not started after 20 s (blocked script, unexpected browser),
 * show the load-failure message.
 *
 * The same page is the WPS task pane (webpack.wps.config.js). WPS injects `window.Application`
 * (older builds: `window.wps` with `EtApplication`) into its add-in pages [ET-TPL]; there the
 * unsupported message of the page, worded for Office, is replaced by WPS_UNSUPPORTED once the
 * page's body exists (WPS is looked for then, in case its objects are injected after this script).
 */
(function () {
  var w = window;
  /** The unsupported-host message for WPS (title, then paragraphs); see docs/WPS.md 支持的 WPS 版本. */
  var WPS_UNSUPPORTED = [
    '此版本的 WPS 无法运行绩效自评助手',
    '本加载项需要较新的 WPS 表格：WPS Office 2019 / 2023 专业版或政务版（11.8.2 及以上，含信创版）、WPS 365，或 WPS Office 2019 for Linux 专业版、政务版。',
    '当前 WPS 内置的浏览器内核版本过旧，无法运行本加载项的界面。',
    '请升级 WPS，或使用命令行工具 jixiao 检查工作簿。'
  ];
  var ua = (w.navigator && w.navigator.userAgent) || '';
  function has(obj, name) {
    return !!obj && typeof obj[name] === 'function';
  }
  function cssVariables() {
    return !!(w.CSS && typeof w.CSS.supports === 'function' && w.CSS.supports('--jx', '0'));
  }
  var ok =
    typeof w.Promise === 'function' &&
    has(w.Promise.prototype, 'finally') &&
    has(Object, 'entries') &&
    has(Object, 'fromEntries') &&
    has(String.prototype, 'padStart') &&
    has(Array.prototype, 'includes') &&
    typeof w.fetch === 'function' &&
    typeof w.Symbol === 'function' &&
    cssVariables() &&
    !/Trident\/|MSIE |Edge\/\d/.test(ua);
  function show(id) {
    var root = document.documentElement;
    root.className = (root.className ? root.className + ' ' : '') + id;
  }
  function inWps() {
    try {
      var app = w.Application;
      if (app && (typeof app.CreateTaskPane === 'function' || app.Workbooks)) return true;
      return !!(w.wps && typeof w.wps.EtApplication === 'function');
    } catch (e) {
      return false;
    }
  }
  function wordForWps() {
    var box = document.getElementById && document.getElementById('jx-unsupported');
    if (!box || !inWps()) return;
    while (box.firstChild) box.removeChild(box.firstChild);
    for (var i = 0; i < WPS_UNSUPPORTED.length; i++) {
      var el = document.createElement(i === 0 ? 'h1' : 'p');
      el.appendChild(document.createTextNode(WPS_UNSUPPORTED[i]));
      box.appendChild(el);
    }
  }
  if (!ok) {
    w.__jixiaoUnsupported = true;
    show('jx-unsupported');
    if (document.readyState && document.readyState !== 'loading') wordForWps();
    else if (document.addEventListener) document.addEventListener('DOMContentLoaded', wordForWps, false);
    return;
  }
  w.setTimeout(function () {
    if (!w.__jixiaoStarted) show('jx-failed');
  }, 20000);
})();
