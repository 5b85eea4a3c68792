/**
 * The batch page's inline browser check parses as ES5 (an IE-engine "兼容模式" tab must be able to
 * run it and show the message) and flags browsers older than what the page needs.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { runInNewContext } from 'vm';
import { parse } from 'acorn';

const SOURCE = readFileSync(resolve(__dirname, '../../src/batch-page/boot-check.js'), 'utf8');

function run(win: Record<string, unknown>, objectCtor: unknown = Object, stringCtor: unknown = String): { window: Record<string, unknown>; document: { documentElement: { className: string } } } {
  const sandbox = { window: win, document: { documentElement: { className: '' } }, Object: objectCtor, String: stringCtor };
  runInNewContext(SOURCE, sandbox);
  return sandbox;
}

/** Chromium 86's relevant globals (Blob.arrayBuffer 76, Promise.allSettled 76). */
const chromium86 = () => ({
  Promise,
  Worker: function Worker() {},
  Blob,
  URL,
  TextDecoder,
  Uint8Array,
});

test('parses as ES5', () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
});

test('Chromium 86: not flagged', () => {
  const s = run(chromium86());
  expect(s.window.__jixiaoUnsupported).toBeUndefined();
  expect(s.document.documentElement.className).toBe('');
});

test.each([
  ['IE11 (兼容模式)', { ...chromium86(), Promise: undefined, Worker: function Worker() {}, Blob: function Blob() {}, TextDecoder: undefined }],
  ['Chromium 69 (no Blob.arrayBuffer, no Promise.allSettled)', { ...chromium86(), Promise: { ...Promise, allSettled: undefined }, Blob: function Blob() {} }],
  ['no Web Workers', { ...chromium86(), Worker: undefined }],
])('%s → flagged, the message shown', (_name, win) => {
  const s = run(win as Record<string, unknown>);
  expect(s.window.__jixiaoUnsupported).toBe(true);
  expect(s.document.documentElement.className).toBe(' jx-unsupported');
});

test('no Object.fromEntries (Chromium < 73) → flagged', () => {
  const s = run(chromium86(), { ...Object, fromEntries: undefined });
  expect(s.window.__jixiaoUnsupported).toBe(true);
});
