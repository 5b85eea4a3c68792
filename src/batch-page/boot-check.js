/*
 * jixiao batch page: old-browser check. Runs inline before the page script and must stay ES5 (an
 * IE-engine "兼容模式" tab of a dual-engine browser parses it): var, function, no arrows, no
 * template strings. A test parses it as ES5 (test/batch-page/boot-check.test.ts); its SHA-256 is
 * in the page's Content-Security-Policy (webpack.batch.js).
 *
 * The page needs Chromium 86 or later. Where a feature the page uses is missing (Promise, Web
 * Workers, Blob URLs, Blob.arrayBuffer — Chromium 76 —, Promise.allSettled — 76 —,
 * Object.fromEntries — 73 —), flag the page: the page script does not start and the Chinese
 * message already in the page is shown.
 */
(function () {
  var w = window;
  function fn(obj, name) {
    return !!obj && typeof obj[name] === 'function';
  }
  var ok =
    fn(w, 'Promise') &&
    fn(w.Promise, 'allSettled') &&
    fn(w, 'Worker') &&
    fn(w, 'Blob') &&
    fn(w.Blob && w.Blob.prototype, 'arrayBuffer') &&
    fn(w, 'URL') &&
    fn(w.URL, 'createObjectURL') &&
    fn(w, 'TextDecoder') &&
    fn(w, 'Uint8Array') &&
    fn(Object, 'fromEntries') &&
    fn(String.prototype, 'matchAll');
  if (!ok) {
    w.__jixiaoUnsupported = true;
    document.documentElement.className += ' jx-unsupported';
  }
})();
