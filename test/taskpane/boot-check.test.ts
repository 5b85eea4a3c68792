/**
 * The inline unsupported-host check must parse and run in IE11: it is parsed here as strict ES5
 * (acorn, ecmaVersion 5 — any let/const, arrow, template string, class … is a syntax error), then
 * run in a sandbox shaped like IE11 and like a current WebView2.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { runInNewContext } from 'vm';
import { createHash } from 'crypto';
import { parse } from 'acorn';

const SOURCE = readFileSync(resolve(__dirname, '../../src/taskpane/boot-check.js'), 'utf8');

interface Sandbox {
  window: Record<string, unknown>;
  document: { documentElement: { className: string } };
  Object: unknown;
  String: unknown;
  Array: unknown;
}

function run(win: Record<string, unknown>, overrides: Partial<Pick<Sandbox, 'Object' | 'String' | 'Array'>> = {}): Sandbox {
  const timers: Array<() => void> = [];
  const sandbox: Sandbox = {
    window: { ...win, setTimeout: (f: () => void) => timers.push(f) },
    document: { documentElement: { className: '' } },
    Object: overrides.Object ?? Object,
    String: overrides.String ?? String,
    Array: overrides.Array ?? Array,
  };
  runInNewContext(SOURCE, sandbox);
  for (const t of timers) t();
  return sandbox;
}

const modern = {
  Promise,
  fetch: () => undefined,
  Symbol,
  CSS: { supports: () => true },
  navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0' },
};

describe('boot check (inline ES5 script of taskpane.html)', () => {
  test('parses as ES5', () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  test('the ES5 parse really rejects later syntax (the check is not vacuous)', () => {
    for (const bad of ['let a = 1;', 'var f = () => 1;', 'var s = `x`;', 'class A {}', 'var {a} = b;']) {
      expect(() => parse(bad, { ecmaVersion: 5, sourceType: 'script' })).toThrow();
    }
  });

  test('a current WebView2 passes: no flag, no message class (until the 20 s load timeout finds the pane started)', () => {
    const s = run({ ...modern, __jixiaoStarted: true });
    expect(s.window.__jixiaoUnsupported).toBeUndefined();
    expect(s.document.documentElement.className).toBe('');
  });

  test('a started check whose bundle never ran shows the load-failure message', () => {
    const s = run({ ...modern });
    expect(s.document.documentElement.className).toBe('jx-failed');
  });

  test.each([
    ['IE11 (no Promise, no CSS.supports)', { navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' }, Symbol: undefined, Promise: undefined, fetch: undefined, CSS: undefined }],
    ['old Edge WebView (EdgeHTML 18)', { ...modern, navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041' } }],
    ['no fetch', { ...modern, fetch: undefined }],
    ['no CSS variables', { ...modern, CSS: { supports: () => false } }],
  ])('%s → flagged unsupported with the message class', (_name, win) => {
    const s = run(win as Record<string, unknown>);
    expect(s.window.__jixiaoUnsupported).toBe(true);
    expect(s.document.documentElement.className).toBe('jx-unsupported');
  });

  test('missing ES2017–2019 built-ins are detected (Object.entries / fromEntries)', () => {
    const OldObject = { ...Object, fromEntries: undefined } as unknown;
    const s = run(modern, { Object: OldObject });
    expect(s.window.__jixiaoUnsupported).toBe(true);
  });

  test('webpack.config.js puts this exact script in the page and its SHA-256 in the CSP', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js') as {
      bootCheck(): { code: string; hash: string };
      taskpaneHtmlOptions(officeJs?: string): { csp: string; bootCheck: string; officeJs: string };
    };
    const hash = `'sha256-${createHash('sha256').update(SOURCE, 'utf8').digest('base64')}'`;
    expect(config.bootCheck()).toEqual({ code: SOURCE, hash });
    const self = config.taskpaneHtmlOptions('self');
    expect(self.bootCheck).toBe(SOURCE);
    expect(self.officeJs).toBe('office/office.js');
    expect(self.csp).toContain(`script-src 'self' ${hash};`);
    expect(self.csp).not.toContain('appsforoffice');
    expect(self.csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(self.csp).toContain("connect-src 'self'");
    const cdn = config.taskpaneHtmlOptions('cdn');
    expect(cdn.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(cdn.csp).toContain(`script-src 'self' ${hash} https://appsforoffice.microsoft.com;`);
    expect(config.taskpaneHtmlOptions('none').officeJs).toBe('');
  });
});
