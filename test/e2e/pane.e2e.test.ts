/**
 * The built pane in headless Chromium, preview mode (no Office): every button, the grid beside it,
 * and the offline guarantee — any request leaving 127.0.0.1 fails the test.
 */
import { existsSync, mkdirSync, copyFileSync, statSync } from 'fs';
import { resolve } from 'path';
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analyse';
import { cellText } from '../../src/taskpane/cell-text';
import { sampleWorkbook } from '../taskpane/sample';
import { usePaneBrowser } from './pane-browser';
import { measurePane } from './measure';

const ROOT = resolve(__dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const pane = usePaneBrowser();

let expected: Analysis;

beforeAll(async () => {
  expected = analyseWorkbook(sampleWorkbook());
  // CSP violations (e.g. a boot-check hash that no longer matches) are page errors too.
  await pane.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp = [...((window as unknown as { __csp?: string[] }).__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
});

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

const gridCell = (page: Page, ref: string) => page.locator(`[data-cell="${ref}"]`).first();

describe('task pane in the browser (preview host over the bundled sample)', () => {
  test('starts in preview mode with Chinese UI, no CSP violation', async () => {
    const page = await pane.openPane();
    await expect(page.getByTestId('host-label').textContent()).resolves.toBe('浏览器预览（示例工作簿）');
    for (const name of ['检查', '重新计算', '插入模板', '生成报告']) await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  test('检查 lists exactly the engine’s findings, grouped by severity with counts; click selects the cell', async () => {
    const page = await pane.openPane();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('filter-all').waitFor();
    const items = page.getByTestId('finding');
    const shown = await items.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')}@${e.getAttribute('data-cell')}`));
    const want = (sev: string) => expected.findings.filter((f) => f.severity === sev).map((f) => `${f.rule}@${f.cell ?? ''}`);
    expect(shown).toEqual([...want('error'), ...want('warning'), ...want('info')]);
    // Specific findings of the seed sample (samples/expected-findings.json, worked by hand).
    expect(shown).toEqual(expect.arrayContaining(['F03@H4', 'S05@G26', 'S01@F26', 'S06@G27']));
    for (const sev of ['error', 'warning', 'info']) {
      await expect(page.getByTestId(`count-${sev}`).textContent()).resolves.toBe(String(want(sev).length));
    }
    await expect(page.getByTestId('filter-all').textContent()).resolves.toBe(`全部 ${expected.findings.length}`);

    // Filter to warnings only.
    await page.getByTestId('filter-warning').click();
    await expect(items.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).resolves.toEqual(want('warning').map(() => 'warning'));
    await page.getByTestId('filter-all').click();

    // Click a finding's cell → that cell is selected in the grid.
    const target = expected.findings.find((f) => f.rule === 'S05' && f.sheet && f.cell) ?? expected.findings.find((f) => f.sheet && f.cell)!;
    await page.locator(`[data-testid="finding"][data-rule="${target.rule}"][data-cell="${target.cell}"] [data-testid="finding-cell"]`).first().click();
    await page.locator(`[data-cell="${target.sheet}!${target.cell}"][data-selected="true"]`).waitFor();
    await expect(page.locator('[data-selected="true"]').count()).resolves.toBe(1);
    await page.close();
  });

  test('重新计算 → preview of old → new → apply updates the grid → 撤销 restores it', async () => {
    const page = await pane.openPane();
    const writes = expected.plan.writes;
    expect(writes.length).toBeGreaterThan(0);
    const before = await Promise.all(writes.map((w) => gridCell(page, `${w.sheet}!${w.address}`).textContent()));

    await page.getByRole('button', { name: '重新计算', exact: true }).click();
    await page.getByTestId('recompute-changes').waitFor();
    const rows = await page.getByTestId('change').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(rows).toEqual(writes.map((w) => `${w.sheet}!${w.address}`));
    const firstRow = await page.getByTestId('change').first().locator('td').allTextContents();
    expect(firstRow[2]).toBe(cellText(writes[0].value, writes[0].numFmt));
    // Nothing written before 应用.
    await expect(gridCell(page, `${writes[0].sheet}!${writes[0].address}`).textContent()).resolves.toBe(before[0]);

    await page.getByTestId('apply').click();
    await page.getByTestId('notice').waitFor();
    for (const w of writes) {
      await expect(gridCell(page, `${w.sheet}!${w.address}`).textContent()).resolves.toBe(cellText(w.value, w.numFmt));
    }

    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await page.getByText(`已恢复 ${writes.length} 个单元格的原值。`).waitFor();
    const after = await Promise.all(writes.map((w) => gridCell(page, `${w.sheet}!${w.address}`).textContent()));
    expect(after).toEqual(before);
    await page.close();
  });

  test('标记到工作簿, 插入模板 and 生成报告 run offline (lazy report chunk from our origin)', async () => {
    const page = await pane.openPane();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('filter-all').waitFor();
    await page.getByRole('button', { name: '标记到工作簿', exact: true }).click();
    await page.getByTestId('notice').waitFor();
    await page.locator('[data-testid="sheet-tab"]', { hasText: '检查结果' }).waitFor();

    await page.getByRole('button', { name: '插入模板', exact: true }).click();
    // The sample already has the template's sheets: the pane asks before replacing them.
    await page.getByTestId('confirm').click();
    await page.getByText('已插入模板工作表', { exact: false }).waitFor();

    const requestsBefore = pane.serverRequests.length;
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    await Promise.race([page.getByTestId('notice').waitFor(), page.getByTestId('error').waitFor()]);
    const error = await page.getByTestId('error').count();
    expect(error === 0 ? 'ok' : await page.getByTestId('error').textContent()).toBe('ok');
    expect(pane.serverRequests.slice(requestsBefore).some((p) => /report\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    const download = page.waitForEvent('download');
    await page.getByTestId('download-docx').click();
    expect((await download).suggestedFilename()).toBe('部门整体支出绩效自评报告.docx');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  test('screenshot with Chinese text saved to test/e2e/artifacts/pane.png (set UPDATE_DOCS=1 to refresh docs/pane-screenshot.png)', async () => {
    const page = await pane.openPane();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('filter-all').waitFor();
    // Select the first listed finding's cell (the top of the errors group) so the grid shows it.
    const firstRef = await page.getByTestId('finding-cell').first().textContent();
    await page.getByTestId('finding-cell').first().click();
    await page.locator(`[data-cell="${firstRef}"][data-selected="true"]`).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/绩效自评助手/);
    expect(text).toMatch(/[\u4e00-\u9fff]{2}/);
    // A CJK font is really used (not tofu): the text's width is that of full-width glyphs.
    const width = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = '16px sans-serif';
      return c.measureText('绩效自评').width;
    });
    expect(width).toBeGreaterThan(56);
    mkdirSync(resolve(__dirname, 'artifacts'), { recursive: true });
    const shot = resolve(__dirname, 'artifacts/pane.png');
    await page.screenshot({ path: shot });
    // Tests never dirty the checkout: the documented screenshot is refreshed only on request.
    if (process.env.UPDATE_DOCS === '1') copyFileSync(shot, resolve(ROOT, 'docs/pane-screenshot.png'));
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  test('office.js missing (blocked or not deployed): the pane still starts in preview mode', async () => {
    const page = await pane.context.newPage();
    page.on('pageerror', (e) => pane.pageErrors.push(String(e)));
    await page.route('**/office/office.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${pane.origin}/taskpane.html`);
    await expect(page.getByTestId('host-label').textContent()).resolves.toBe('浏览器预览（示例工作簿）');
    await page.getByTestId('preview-grid').waitFor();
    await page.close();
  });

  test('the offline guard is not vacuous: a request to another host is caught and aborted', async () => {
    const page = await pane.openPane();
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('http://192.0.2.1/leak');
        return 'sent';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
    // The page's CSP (connect-src 'self') refuses it before the network.
    expect(await cspViolations(page)).toEqual(['connect-src http://192.0.2.1/leak']);
    // And the route guard records and aborts anything that does reach the network.
    await page.goto('http://192.0.2.2/elsewhere').catch(() => undefined);
    expect(pane.external.splice(0)).toContain('http://192.0.2.2/elsewhere');
    await page.close();
  });

  test('an unsupported host (no Promise.prototype.finally, like IE11) gets the Chinese message, not a blank pane', async () => {
    const page = await pane.context.newPage();
    await page.addInitScript(() => {
      delete (Promise.prototype as { finally?: unknown }).finally;
    });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator('#jx-unsupported').waitFor({ state: 'visible' });
    await expect(page.locator('#jx-unsupported h1').textContent()).resolves.toBe('此版本的 Office 无法运行绩效自评助手');
    await expect(page.locator('#root').isVisible()).resolves.toBe(false);
    await expect(page.locator('#root').innerHTML()).resolves.toBe('');
    await page.close();
  });
});

describe('budgets', () => {
  test('initial JS ≤ 350 KB gzip and first paint ≤ 1.5 s', async () => {
    const m = await measurePane({ dist: DIST });
    console.log(`task pane: initial JS ${(m.initialJsGzipBytes / 1024).toFixed(1)} KB gzip (${m.scripts.join(', ')}); first paint ${m.firstPaintMs} ms`);
    expect(m.initialJsGzipBytes).toBeLessThanOrEqual(350 * 1024);
    expect(m.firstPaintMs).toBeLessThanOrEqual(1500);
  });

  test('every file the manifest names is in dist/', async () => {
    const { readFileSync } = await import('fs');
    const xml = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/([^"<\s]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of new Set(urls)) expect(existsSync(resolve(DIST, u))).toBe(true);
  });
});
