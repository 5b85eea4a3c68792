/**
 * The inline boot check inside WPS: when the engine is too old, the unsupported message of the
 * page (worded for Office) is replaced by the WPS wording once the body exists — WPS being
 * `window.Application` (表格, with CreateTaskPane/Workbooks) or the older `window.wps.EtApplication`.
 * Outside WPS, or on a current engine, the page is left as it is.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { runInNewContext } from 'vm';
import { parse } from 'acorn';

const SOURCE = readFileSync(resolve(__dirname, '../../src/taskpane/boot-check.js'), 'utf8');
const OFFICE_TITLE = '此版本的 Office 无法运行绩效自评助手';

/** A minimal DOM: elements with tag, text and children; the page's #jx-unsupported box. */
class El {
  readonly children: Array<El | Text> = [];
  constructor(readonly tag: string) {}
  get firstChild() {
    return this.children[0] ?? null;
  }
  appendChild(c: El | Text) {
    this.children.push(c);
    return c;
  }
  removeChild(c: El | Text) {
    this.children.splice(this.children.indexOf(c), 1);
    return c;
  }
  get text(): string {
    return this.children.map((c) => (c instanceof El ? `<${c.tag}>${c.text}` : c.data)).join('');
  }
}
class Text {
  constructor(readonly data: string) {}
}

function page(readyState: string) {
  const box = new El('div');
  const title = new El('h1');
  title.appendChild(new Text(OFFICE_TITLE));
  box.appendChild(title);
  const listeners: Record<string, () => void> = {};
  const document = {
    readyState,
    documentElement: { className: '' },
    getElementById: (id: string) => (id === 'jx-unsupported' ? box : null),
    createElement: (tag: string) => new El(tag),
    createTextNode: (t: string) => new Text(t),
    addEventListener: (type: string, l: () => void) => (listeners[type] = l),
  };
  return { box, document, listeners };
}

const oldEngine = { Promise: undefined, fetch: undefined, Symbol, CSS: undefined, navigator: { userAgent: 'Mozilla/5.0 Chrome/56.0 WpsOffice' } };
const modern = { Promise, fetch: () => undefined, Symbol, CSS: { supports: () => true }, navigator: { userAgent: 'Mozilla/5.0 Chrome/120.0' } };
const et = { Workbooks: { Count: 1 }, CreateTaskPane: () => ({}) };

function run(win: Record<string, unknown>, readyState = 'loading') {
  const p = page(readyState);
  // Copied by descriptor, so a throwing getter stays a getter.
  const window = Object.defineProperties({ setTimeout: () => undefined }, Object.getOwnPropertyDescriptors(win)) as Record<string, unknown>;
  runInNewContext(SOURCE, { window, document: p.document, Object, String, Array });
  return { ...p, window };
}

describe('boot check in WPS', () => {
  test('still parses as ES5', () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  test.each<[string, Record<string, unknown>]>([
    ['window.Application (WPS 表格)', { Application: et }],
    ['window.Application with CreateTaskPane only', { Application: { CreateTaskPane: () => ({}) } }],
    ['older WPS: window.wps.EtApplication', { wps: { EtApplication: () => et } }],
  ])('too old an engine in %s → the WPS wording, once the body exists', (_name, host) => {
    const r = run({ ...oldEngine, ...host });
    expect(r.window).toMatchObject({ __jixiaoUnsupported: true });
    expect(r.document.documentElement.className).toBe('jx-unsupported');
    expect(r.box.text).toContain(OFFICE_TITLE); // not yet: the body is still loading
    r.listeners.DOMContentLoaded();
    expect(r.box.text).not.toContain('Office 无法');
    expect(r.box.children.map((c) => (c as El).tag)).toEqual(['h1', 'p', 'p', 'p']);
    expect(r.box.text).toMatch(/^<h1>此版本的 WPS 无法运行绩效自评助手<p>.*WPS Office 2019/);
    expect(r.box.text).toContain('请升级 WPS');
  });

  test('WPS injecting its Application after the script started is still seen at DOMContentLoaded', () => {
    const r = run(oldEngine);
    (r.window as Record<string, unknown>).Application = et;
    r.listeners.DOMContentLoaded();
    expect(r.box.text).toMatch(/^<h1>此版本的 WPS/);
  });

  test('a document already parsed is reworded at once', () => {
    const r = run({ ...oldEngine, Application: et }, 'interactive');
    expect(r.listeners.DOMContentLoaded).toBeUndefined();
    expect(r.box.text).toMatch(/^<h1>此版本的 WPS/);
  });

  test.each<[string, Record<string, unknown>]>([
    ['Office (IE11, no WPS objects)', {}],
    ['an Application without Workbooks or CreateTaskPane', { Application: { Name: 'Microsoft Excel' } }],
    ['a window.wps without EtApplication', { wps: {} }],
    ['an Application whose access throws', { get Application() { throw new Error('COM'); } }],
  ])('%s keeps the Office wording', (_name, host) => {
    const r = run(Object.defineProperties({ ...oldEngine }, Object.getOwnPropertyDescriptors(host)));
    r.listeners.DOMContentLoaded?.();
    expect(r.box.text).toBe(`<h1>${OFFICE_TITLE}`);
  });

  test('a current engine in WPS: no message, nothing reworded', () => {
    const r = run({ ...modern, Application: et });
    expect(r.document.documentElement.className).toBe('');
    expect(r.listeners.DOMContentLoaded).toBeUndefined();
    expect(r.box.text).toBe(`<h1>${OFFICE_TITLE}`);
  });
});
