/**
 * The bureau's batch page, dist/batch.html (run after `npm run build` and `npm run build:cli`):
 *  - static: one self-contained file; its CSP (hashes of its inline blocks only, workers from
 *    blob:, connections to self); every script parses as ECMAScript 2020 (acorn) — the page's and
 *    the inlined worker's — and names no API newer than Chromium 86; the ES5 browser check first;
 *  - served from 127.0.0.1: a folder of 50 workbooks (copies of the two samples in subfolders,
 *    six broken files, three files to skip) picked with the folder input; the progress bar
 *    finishes; the table's rows and counts equal the figures worked out by hand in
 *    samples/expected-findings.json; a row's findings; 下载汇总表 gives the same cells as the
 *    CLI's `check DIR --summary` but for 生成时间; every request recorded: none but the page itself;
 *  - opened from file:// (where Chromium refuses workers from files): the same folder, the same
 *    table and the same roll-up; a drop of loose files; no request but the page file.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { createHash } from 'crypto';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { parse } from 'acorn';
import { zipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { startStaticServer } from './static-server';
import { launchChromium, guardOffline } from './chromium';

const ROOT = resolve(__dirname, '../..');
const PAGE = resolve(ROOT, 'dist/batch.html');
const CLI = resolve(ROOT, 'dist-cli/bin/jixiao.js');
const SAMPLES = resolve(ROOT, 'samples');

function requireBuilt(): void {
  if (!existsSync(PAGE)) throw new Error('dist/batch.html missing: run `npm run build` before the browser tests');
  if (!existsSync(CLI)) throw new Error('dist-cli/bin/jixiao.js missing: run `npm run build:cli` before the browser tests');
}

// ---------------------------------------------------------------------------------------------
// Static checks of the built page

/** Inline <script> bodies in page order. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

type Node = { type: string; [k: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) for (const c of node) walk(c, visit);
  else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
    visit(node as Node);
    for (const [k, v] of Object.entries(node)) if (k !== 'type' && v && typeof v === 'object') walk(v, visit);
  }
}

/** ES2021+ built-ins and DOM APIs Chromium 86 lacks (version that added each), by property name. */
const MEMBERS_NEWER_THAN_86: Record<string, string> = {
  at: 'Array/String.prototype.at (92)',
  hasOwn: 'Object.hasOwn (93)',
  findLast: 'Array.prototype.findLast (97)',
  findLastIndex: 'Array.prototype.findLastIndex (97)',
  toSorted: 'Array.prototype.toSorted (110)',
  toReversed: 'Array.prototype.toReversed (110)',
  toSpliced: 'Array.prototype.toSpliced (110)',
  groupBy: 'Object.groupBy (117)',
  withResolvers: 'Promise.withResolvers (119)',
  fromAsync: 'Array.fromAsync (121)',
  randomUUID: 'crypto.randomUUID (92)',
  Segmenter: 'Intl.Segmenter (87)',
  userAgentData: 'navigator.userAgentData (90)',
  replaceChildren: 'Element.replaceChildren (86, not in every 86 build)',
  showDirectoryPicker: 'File System Access (86, not in 360/奇安信 builds)',
};
/** The same for globals, named as free identifiers (minified local names are not globals: only these names are looked for). */
const GLOBALS_NEWER_THAN_86: Record<string, string> = { structuredClone: 'structuredClone (98)' };

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function newerApisUsed(ast: unknown): string[] {
  const used = new Set<string>();
  walk(ast, (n) => {
    // `this.at(…)` calls a method of one of our own classes (the xlsx reader's PositionRecorder):
    // no class of ours extends Array or String, so only members of other objects are suspect.
    if (n.type === 'MemberExpression' && !n.computed && (n.property as Node).type === 'Identifier' && (n.object as Node).type !== 'ThisExpression') {
      const name = (n.property as unknown as { name: string }).name;
      if (own(MEMBERS_NEWER_THAN_86, name)) used.add(MEMBERS_NEWER_THAN_86[name]);
    }
    if (n.type === 'Identifier') {
      const name = (n as unknown as { name: string }).name;
      if (own(GLOBALS_NEWER_THAN_86, name)) used.add(GLOBALS_NEWER_THAN_86[name]);
    }
  });
  return [...used];
}

describe('dist/batch.html, static', () => {
  let html: string;
  beforeAll(() => {
    requireBuilt();
    html = readFileSync(PAGE, 'utf8');
  });

  test('one self-contained file: no external script, style sheet, or other file; not the pane bundle', () => {
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/i);
    expect(html).not.toMatch(/\bsrc="(?!data:)/i);
    // Fluent UI / React are the pane's; the page's script is plain DOM.
    expect(html).not.toMatch(/fluentui|griffel|__reactFiber|react\.dev/i);
    const [boot, page] = inlineScripts(html);
    expect(boot).toContain('old-browser check');
    expect(page.length).toBeLessThan(400_000);
  });

  test('CSP: every inline block by its hash only, workers from blob:, connections to self only', () => {
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)].map((m) => m[1]);
    expect(metas).toHaveLength(1);
    const d = new Map(metas[0].split(';').map((x) => x.trim().split(/\s+/)).filter((x) => x[0]).map((x) => [x[0], x.slice(1)] as const));
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(inlineScripts(html).map(hash));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(d.get('style-src')).toEqual(styles.map(hash));
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(metas[0]).not.toMatch(/unsafe-|https?:|wss?:|\*/);
  });

  test('the ES5 browser check, the page script and the inlined worker parse for Chromium 86 (acorn: ES5 / ES2020) and use no newer API', () => {
    const [boot, page, ...rest] = inlineScripts(html);
    expect(rest).toEqual([]);
    expect(() => parse(boot, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    const pageAst = parse(page, { ecmaVersion: 2020, sourceType: 'script' });
    // The worker is the page script's longest string: its source, started from a blob: URL.
    let worker = '';
    walk(pageAst, (n) => {
      if (n.type === 'Literal' && typeof n.value === 'string' && n.value.length > worker.length) worker = n.value;
      if (n.type === 'TemplateLiteral') {
        const q = n.quasis as Array<{ value: { cooked: string } }>;
        if (q.length === 1 && q[0].value.cooked.length > worker.length) worker = q[0].value.cooked;
      }
    });
    expect(worker.length).toBeGreaterThan(100_000);
    expect(worker).toContain('onmessage');
    const workerAst = parse(worker, { ecmaVersion: 2020, sourceType: 'script' });
    expect([...newerApisUsed(pageAst), ...newerApisUsed(workerAst)]).toEqual([]);
    // …and the search is not vacuous.
    expect(newerApisUsed(parse('x.at(-1); structuredClone(y); Object.hasOwn(a, b);', { ecmaVersion: 2020 }))).toEqual(['Array/String.prototype.at (92)', 'structuredClone (98)', 'Object.hasOwn (93)']);
    expect(newerApisUsed(parse('class P { at(i) { return i; } f() { return this.at(1) + [].at(0); } }', { ecmaVersion: 2020 }))).toEqual(['Array/String.prototype.at (92)']);
    // The page script outside the worker stays small.
    expect(page.length - worker.length).toBeLessThan(40_000);
  });

  test('the ES2020 parse is not vacuous: later syntax is refused', () => {
    for (const bad of ['a ??= b;', 'a ||= b;', 'class A { x = 1 }', 'class A { #x; }', 'var r = /a/d;', 'a = 1_000;']) {
      expect(() => parse(bad, { ecmaVersion: 2020, sourceType: 'script' })).toThrow();
    }
    expect(() => parse('a?.b ?? c;', { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow(); // Chromium 80+
  });
});

// ---------------------------------------------------------------------------------------------
// The folder of 50 workbooks

/** Hand-derived counts (samples/expected-findings.json: worked out from RULES §3/§4, not by the code). */
const EXPECTED = JSON.parse(readFileSync(join(SAMPLES, 'expected-findings.json'), 'utf8')) as Record<string, Array<{ rule: string; cell: string; severity: string }>>;
function handCounts(sample: string) {
  const list = EXPECTED[sample];
  return { error: list.filter((f) => f.severity === 'error').length, warning: list.filter((f) => f.severity === 'warning').length, info: list.filter((f) => f.severity === 'info').length };
}

interface Fixture {
  readonly dir: string;
  /** Path relative to dir → what it holds. */
  readonly files: ReadonlyMap<string, { sample?: string; broken?: RegExp }>;
}

/** A 0.5 KB Compound File header: what an .xls starts with (D0 CF 11 E0 A1 B1 1A E1). */
function cfbHeader(): Uint8Array {
  const b = new Uint8Array(1536);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return b;
}

function makeFolder(base: string): Fixture {
  const dir = join(base, '各单位报送');
  const files = new Map<string, { sample?: string; broken?: RegExp }>();
  const put = (rel: string, bytes: Uint8Array | Buffer, what: { sample?: string; broken?: RegExp }) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), bytes);
    files.set(rel, what);
  };
  const template = readFileSync(join(SAMPLES, 'seed-template.xlsx'));
  const pasted = readFileSync(join(SAMPLES, 'seed-hunan-pasted.xlsx'));
  for (let i = 1; i <= 22; i++) {
    const n = String(i).padStart(2, '0');
    put(i <= 11 ? `模板单位${n}.xlsx` : `乡镇/模板单位${n}.xlsx`, template, { sample: 'seed-template.xlsx' });
    put(i <= 11 ? `粘贴单位${n}.xlsx` : `乡镇/街道/粘贴单位${n}.xlsx`, pasted, { sample: 'seed-hunan-pasted.xlsx' });
  }
  put('坏文件/文本改名.xlsx', Buffer.from('单位,总分\n甲,98\n'), { broken: /文本（CSV）/ });
  put('坏文件/空文件.xlsx', new Uint8Array(0), { broken: /空文件/ });
  put('坏文件/旧格式.xls', cfbHeader(), { broken: /旧版 Excel（\.xls）/ });
  put('坏文件/截断.xlsx', template.subarray(0, Math.floor(template.length / 2)), { broken: /损坏或不完整/ });
  put('坏文件/金山.et', Buffer.from('not a workbook at all'), { broken: /WPS 表格（\.et）/ });
  put('坏文件/压缩包.xlsx', zipSync({ 'readme.txt': new Uint8Array([104, 105]) }), { broken: /不是 Excel 工作簿/ });
  // Not workbooks of the batch: skipped as the CLI skips them.
  writeFileSync(join(dir, '说明.txt'), 'x');
  writeFileSync(join(dir, '~$模板单位01.xlsx'), 'lock');
  writeFileSync(join(dir, '.隐藏.xlsx'), template);
  // Distinct, whole-second modification times (the newer of 重复报送 is kept: CLI and page must agree).
  let t = 1_700_000_000;
  for (const rel of [...files.keys()].sort()) utimesSync(join(dir, rel), t, t++);
  return { dir, files };
}

/** Every cell of every sheet as text (value and number format), the 生成时间 value blanked. */
function cellsOf(bytes: Uint8Array): Record<string, string[][]> {
  const wb = XlsxPackage.open(bytes).readWorkbook();
  const out: Record<string, string[][]> = {};
  for (const s of wb.sheets) {
    out[s.name] = s.cells.map((row) => (row ?? []).map((c) => (c ? `${JSON.stringify(c.value)}${c.numFmt ? ` [${c.numFmt}]` : ''}` : '')));
    for (const row of out[s.name]) {
      // The label's text carries its number format (`"生成时间" [General]`): match the value part.
      const i = row.findIndex((v) => v === '"生成时间"' || v.startsWith('"生成时间" ['));
      if (i >= 0) row[i + 1] = '(生成时间)';
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The page in Chromium

describe('dist/batch.html in Chromium: 50 files, served from 127.0.0.1 and opened from file://', () => {
  let work: string;
  let fixture: Fixture;
  let cliCells: Record<string, string[][]>;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let external: string[];
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    requireBuilt();
    work = mkdtempSync(join(tmpdir(), 'jixiao-batch-e2e-'));
    fixture = makeFolder(work);
    // The CLI's roll-up of the same folder (exit 1: files with errors and unreadable files).
    const out = join(work, 'cli', '汇总.xlsx');
    mkdirSync(join(work, 'cli'));
    const cli = spawnSync(process.execPath, [CLI, 'check', fixture.dir, '--summary', out, '--jobs', '1'], { encoding: 'utf8' });
    expect([cli.status, cli.stderr]).toEqual([1, expect.any(String)]);
    cliCells = cellsOf(new Uint8Array(readFileSync(out)));
    server = await startStaticServer(join(ROOT, 'dist'));
    browser = await launchChromium();
    context = browser.context;
    external = await guardOffline(context);
    context.on('request', (r) => requests.push(r.url()));
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(url: string, ctx: BrowserContext = context): Promise<Page> {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(url);
    await page.getByTestId('drop-zone').waitFor();
    return page;
  }

  async function waitDone(page: Page): Promise<void> {
    await page.waitForFunction(() => document.documentElement.getAttribute('data-jx-state') === 'done', undefined, { timeout: 110_000 });
  }

  /** The table as [file, 结论, 错误, 警告, 提示, 首要问题] rows. */
  async function tableRows(page: Page): Promise<string[][]> {
    return page.locator('[data-testid="results"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ['file', 'status', 'error', 'warning', 'info', 'first'].map((c) => tr.querySelector(`.jx-col-${c}`)!.textContent ?? '')),
    );
  }

  async function checkFolderRun(page: Page): Promise<Uint8Array> {
    await page.getByTestId('pick-folder-input').setInputFiles(fixture.dir);
    await waitDone(page);
    // The progress bar ran to the end.
    expect(await page.getByTestId('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([50, 50]);
    expect(await page.getByTestId('progress-text').textContent()).toBe('已检查 50 / 50 个文件');
    // Totals: 44 readable copies, each with errors (hand counts: 9 errors each); 6 unreadable.
    const t = handCounts('seed-template.xlsx');
    const p = handCounts('seed-hunan-pasted.xlsx');
    expect(t.error).toBeGreaterThan(0);
    expect(p.error).toBeGreaterThan(0);
    expect(await page.getByTestId('totals').textContent()).toBe('共 50 个文件：需退回修改（有错误）44 个，需核实（仅有警告）0 个，未发现问题 0 个，无法读取 6 个。');
    const rows = await tableRows(page);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(fixture.files.keys()));
    for (const [file, status, e, w, i, first] of rows) {
      const what = fixture.files.get(file)!;
      if (what.broken) {
        expect([file, status, e, w, i]).toEqual([file, '无法读取', '', '', '']);
        expect(first).toMatch(what.broken);
      } else {
        const c = handCounts(what.sample!);
        expect([file, status, e, w, i]).toEqual([file, '需退回', String(c.error), String(c.warning), String(c.info)]);
      }
    }
    // 备注: all 44 readable copies name one unit (岳阳市信访局, 部门整体): 重复报送, the newest kept (the
    // fixture's modification times rise with the path, so the last readable path in code-point order).
    const kept = [...fixture.files.keys()].filter((f) => !fixture.files.get(f)!.broken).sort().pop()!;
    const notes = await page.locator('[data-testid="results"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('.jx-col-file')!.textContent, tr.querySelector('.jx-col-note')!.textContent]));
    for (const [file, note] of notes) {
      if (fixture.files.get(file!)!.broken) expect(note).toBe('');
      else if (file === kept) expect(note).toMatch(/^重复报送：保留本文件（较新），另有 /);
      else expect(note).toBe(`重复报送：已有较新的 ${kept}，本文件不计`);
    }
    // Default order: unreadable files first, then by errors (all equal here), 单位 (equal), file.
    expect(rows.slice(0, 6).every((r) => r[1] === '无法读取')).toBe(true);
    // Sorting by 提示 (descending): the template copies (6) before the pasted ones (5).
    await page.locator('button.jx-sort[data-column="info"]').click();
    await page.locator('button.jx-sort[data-column="info"]').click();
    const byInfo = await tableRows(page);
    expect(byInfo.slice(0, 22).every((r) => r[0].includes('模板单位'))).toBe(true);
    expect(byInfo.slice(22, 44).every((r) => r[0].includes('粘贴单位'))).toBe(true);
    // A row → its findings: exactly the hand-derived ones.
    await page.locator('[data-testid="results"] tbody tr', { has: page.locator('td.jx-col-file', { hasText: /^乡镇\/模板单位15\.xlsx$/ }) }).click();
    const findings = await page.locator('[data-testid="findings"] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent ?? '')));
    const sev: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
    expect(findings.map(([sheet, cell, level, rule]) => `${sheet}!${cell} ${level} ${rule}`).sort()).toEqual(
      EXPECTED['seed-template.xlsx'].map((f) => `自评表!${f.cell} ${sev[f.severity]} ${f.rule}`).sort(),
    );
    expect(await page.getByTestId('details').locator('h2').textContent()).toBe('乡镇/模板单位15.xlsx 的检查结果');
    // 下载汇总表.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('汇总.xlsx');
    const saved = join(work, `page-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    return new Uint8Array(readFileSync(saved));
  }

  test('served from 127.0.0.1: folder picked, table against hand figures, 汇总.xlsx equal to the CLI\'s, no request but the page', async () => {
    requests.length = 0;
    const page = await open(`${server.origin}/batch.html`);
    const bytes = await checkFolderRun(page);
    const cells = cellsOf(bytes);
    expect(Object.keys(cells)).toEqual(['汇总', '问题清单', '说明']);
    expect(cells).toEqual(cliCells);
    // 问题清单: the header, 44 copies × their hand-derived findings, and one row per unreadable file (its reason).
    const nFindings = 22 * EXPECTED['seed-template.xlsx'].length + 22 * EXPECTED['seed-hunan-pasted.xlsx'].length;
    expect(cells['问题清单'].filter((r) => r.some((v) => v !== '')).length).toBe(1 + nFindings + 6);
    expect(server.requests).toEqual(['/batch.html']);
    expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([`${server.origin}/batch.html`]);
    expect(external).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('opened from file://: workers start from blob: URLs, the same table and roll-up; a drop of loose files; no request but the page file', async () => {
    // guardOffline aborts every non-127.0.0.1 URL, file:// included: this run has its own guard,
    // which lets through the page file alone and records every request.
    const url = pathToFileURL(PAGE).href;
    const fileBrowser = await launchChromium();
    const fileRequests: string[] = [];
    const blocked: string[] = [];
    await fileBrowser.context.route('**/*', (route) => {
      const u = route.request().url();
      if (u === url) return route.continue();
      blocked.push(u);
      return route.abort();
    });
    fileBrowser.context.on('request', (r) => fileRequests.push(r.url()));
    await fileBrowser.context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      await fileRun(url, fileBrowser.context, fileRequests);
    } finally {
      await fileBrowser.close();
    }
    expect(blocked).toEqual([]);
  });

  /** A fresh browser whose pages run `init` first. */
  async function withBrowser(init: () => void, body: (page: Page) => Promise<void>): Promise<void> {
    const b = await launchChromium();
    try {
      await b.context.addInitScript(init);
      const page = await b.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.origin}/batch.html`);
      await body(page);
      expect(errors).toEqual([]);
    } finally {
      await b.close();
    }
  }

  test('停止检查: the workers stop, the table and 汇总 hold the files checked so far', async () => {
    // Each file reaches its worker 300 ms late, so that the batch is still running when 停止检查 is clicked.
    await withBrowser(
      () => {
        const W = window.Worker;
        (window as unknown as { Worker: unknown }).Worker = function (url: string) {
          const w = new W(url);
          const post = w.postMessage.bind(w);
          w.postMessage = (m: unknown) => void setTimeout(() => post(m), 300);
          return w;
        };
      },
      async (page) => {
        await page.getByTestId('pick-folder-input').setInputFiles(fixture.dir);
        await page.waitForFunction(() => Number((document.querySelector('[data-testid="progress"]') as HTMLProgressElement).value) >= 1);
        await page.getByTestId('stop').click();
        await page.waitForFunction(() => document.documentElement.getAttribute('data-jx-state') === 'stopped');
        const done = await page.getByTestId('progress').evaluate((p: HTMLProgressElement) => p.value);
        expect(done).toBeGreaterThanOrEqual(1);
        expect(done).toBeLessThan(50);
        expect(await page.getByTestId('progress-text').textContent()).toBe(`已停止：检查了 ${done} / 50 个文件。汇总表只含已检查的文件。`);
        expect(await page.locator('[data-testid="results"] tbody tr').count()).toBe(done);
        expect(await page.getByTestId('stop').isHidden()).toBe(true);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
        const saved = join(work, `stopped-${Date.now()}.xlsx`);
        await download.saveAs(saved);
        const rows = cellsOf(new Uint8Array(readFileSync(saved)))['汇总'].filter((r) => r.some((v) => v !== ''));
        expect(rows.length).toBe(1 + done); // the header, one row per checked file (each has one table or none)
      },
    );
  });

  test('a browser older than Chromium 86 (no Blob.arrayBuffer) gets the Chinese message, and the page does not start', async () => {
    await withBrowser(
      () => {
        delete (Blob.prototype as unknown as { arrayBuffer?: unknown }).arrayBuffer;
      },
      async (page) => {
        await page.locator('#jx-unsupported').waitFor({ state: 'visible' });
        expect(await page.locator('#jx-unsupported h1').textContent()).toBe('此浏览器无法运行批量检查');
        expect(await page.locator('#app').isHidden()).toBe(true);
        expect(await page.locator('#app').evaluate((el) => el.childElementCount)).toBe(0);
      },
    );
  });

  test('a Word report picked alone: tables and text counted as `check X.docx` counts them, text findings at 正文 / 第N段, 汇总 equal to the CLI\'s', async () => {
    const docx = join(work, '报告', '岳阳市信访局自评报告.docx');
    mkdirSync(join(work, '报告'));
    copyFileSync(join(ROOT, 'test/fixtures/docx/seed-report.docx'), docx);
    // The hand-derived key (test/fixtures/docx/expected-findings.json) fixes errors and warnings;
    // R01's infos are counted per figure occurrence, so infos are the single-file CLI's.
    const key = (JSON.parse(readFileSync(join(ROOT, 'test/fixtures/docx/expected-findings.json'), 'utf8')) as Record<string, { table: Array<{ severity: string }>; text: Array<{ severity: string }> }>)['seed-report.docx'];
    const keyed = [...key.table, ...key.text];
    const single = spawnSync(process.execPath, [CLI, 'check', docx, '--json'], { encoding: 'utf8' });
    const cliFindings = (JSON.parse(single.stdout) as { files: Array<{ findings: Array<{ severity: string }> }> }).files[0].findings;
    const want = ['error', 'warning'].map((sv) => String(keyed.filter((f) => f.severity === sv).length));
    want.push(String(cliFindings.filter((f) => f.severity === 'info').length));
    expect(want.map(Number).reduce((a, b) => a + b)).toBe(cliFindings.length);
    const out = join(work, 'cli', '报告汇总.xlsx');
    expect(spawnSync(process.execPath, [CLI, 'check', join(work, '报告'), '--summary', out, '--jobs', '1'], { encoding: 'utf8' }).status).toBe(1);

    const page = await open(`${server.origin}/batch.html`);
    await page.getByTestId('pick-files-input').setInputFiles(docx);
    await waitDone(page);
    expect((await tableRows(page)).map((r) => r.slice(0, 5))).toEqual([['岳阳市信访局自评报告.docx', '需退回', ...want]]);
    await page.locator('[data-testid="results"] tbody tr').first().click();
    const places = await page.locator('[data-testid="findings"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0].textContent ?? '', tr.children[1].textContent ?? '', tr.children[3].textContent ?? '']));
    const text = places.filter(([, , rule]) => rule.startsWith('R'));
    expect(text.length).toBe(cliFindings.length - key.table.length);
    for (const [sheet, cell] of text) expect([sheet, cell]).toEqual(['正文', expect.stringMatching(/^第\d+段$/)]);
    for (const [sheet, cell] of places.filter(([, , rule]) => !rule.startsWith('R'))) expect(`${sheet}!${cell}`).toMatch(/^表1![A-I]\d+$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const saved = join(work, `page-docx-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    expect(cellsOf(new Uint8Array(readFileSync(saved)))).toEqual(cellsOf(new Uint8Array(readFileSync(out))));
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  async function fileRun(url: string, ctx: BrowserContext, requests: string[]): Promise<void> {
    const page = await open(url, ctx);
    const bytes = await checkFolderRun(page);
    expect(cellsOf(bytes)).toEqual(cliCells);

    // A drop of three loose files (a synthetic DataTransfer, as a drag from the file manager gives).
    const names = ['模板单位01.xlsx', '粘贴单位01.xlsx', '坏文件/空文件.xlsx'];
    const payload = names.map((n) => ({ name: n.split('/').pop()!, b64: readFileSync(join(fixture.dir, n)).toString('base64') }));
    await page.evaluate((files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bin = atob(f.b64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        dt.items.add(new File([bytes], f.name));
      }
      document.documentElement.removeAttribute('data-jx-state');
      document.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, payload);
    await waitDone(page);
    const dropped = await tableRows(page);
    const t = handCounts('seed-template.xlsx');
    const p = handCounts('seed-hunan-pasted.xlsx');
    expect(dropped.map((r) => r.slice(0, 5))).toEqual([
      ['空文件.xlsx', '无法读取', '', '', ''],
      ['模板单位01.xlsx', '需退回', String(t.error), String(t.warning), String(t.info)],
      ['粘贴单位01.xlsx', '需退回', String(p.error), String(p.warning), String(p.info)],
    ]);

    expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([url]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }
});
