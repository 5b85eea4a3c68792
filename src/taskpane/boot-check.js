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
 */
(function () {
  var w = window;
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
  if (!ok) {
    w.__jixiaoUnsupported = true;
    show('jx-unsupported');
    return;
  }
  w.setTimeout(function () {
    if (!w.__jixiaoStarted) show('jx-failed');
  }, 20000);
})();
