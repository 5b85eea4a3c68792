/**
 * Issue 12 in the built pane (preview host over the bundled sample, headless Chromium):
 *   5  badges' hover and the 检查结果 sheet's 规则名称 are Chinese rule names;
 *   6  标记到工作簿 / 清除标记 / 撤销: marks replace, are removed and restore each cell's look;
 *   7  every dialog traps focus, Esc closes it, focus returns to the opening button, the open
 *      dialog is never aria-hidden; axe-core (injected from node_modules, no network) finds no
 *      serious or critical violation in any pane state;
 *   8  the rule set in force at the top of the results, switched and remembered;
 *   10 the recompute preview names rows ("… · 得分"), says 仅格式 and 无需修改, keeps its
 *      buttons in view at 320 px; 生成报告 asks before replacing its sheet.
 * Expected values come from the engine run in Node over the same sample and from the rule
 * catalogue, never from the pane's own code.
 */
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analyse';
import { RULES } from '../../src/core/findings';
import { NATIONAL_PROFILE, PLATFORM_CAPS_PROFILE } from '../../src/core/rules/profile';
import { sampleWorkbook } from '../taskpane/sample';
import { reportOfWorkbook } from '../../src/report';
import { draftDeviationReasons } from '../../src/core/rules/deviation-draft';
import { usePaneBrowser } from './pane-browser';

const pane = usePaneBrowser({ viewport: { width: 1024, height: 700 } });
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let expected: Analysis;

beforeAll(async () => {
  expected = analyseWorkbook(sampleWorkbook());
});

const button = (page: Page, name: string) => page.getByRole('toolbar').getByRole('button', { name, exact: true });
const checked = async (page: Page) => {
  await button(page, '检查').click();
  await page.getByTestId('filter-all').waitFor();
};
const idle = (page: Page) => page.getByTestId('progress').waitFor({ state: 'detached' });

/** Serious/critical axe violations of the page (the preview grid stands in for Excel: not the pane). */
async function axeViolations(page: Page): Promise<string[]> {
  // Let Fluent's colour transitions (a button leaving its busy look) finish: axe measures contrast
  // of the colours on screen, and a half-faded button is not the state a person reads.
  await page.waitForTimeout(400);
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run({ exclude: [['[data-testid="preview-grid"]']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

/** The open dialog: focus inside, not aria-hidden (itself or an ancestor). */
async function dialogState(page: Page) {
  return page.evaluate(() => {
    const d = document.querySelector('[role="dialog"]');
    let hidden = false;
    for (let e: Element | null = d; e; e = e.parentElement) if (e.getAttribute('aria-hidden') === 'true') hidden = true;
    return { open: d !== null, hidden, focusInside: d !== null && d.contains(document.activeElement), modal: d?.getAttribute('aria-modal') };
  });
}

async function expectTrapped(page: Page) {
  // Tabster used to hide the dialog after ≈ 0.3 s: look after that.
  await page.waitForTimeout(400);
  expect(await dialogState(page)).toEqual({ open: true, hidden: false, focusInside: true, modal: 'true' });
  const buttons = page.locator('[role="dialog"] button:not([disabled])');
  const n = await buttons.count();
  expect(n).toBeGreaterThan(0);
  await buttons.nth(n - 1).focus();
  await page.keyboard.press('Tab');
  await expect(buttons.nth(0).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(buttons.nth(n - 1).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  // Many Tabs never leave the dialog.
  for (let i = 0; i < n + 3; i++) await page.keyboard.press('Tab');
  expect((await dialogState(page)).focusInside).toBe(true);
}

async function escapeReturnsTo(page: Page, name: string) {
  await page.keyboard.press('Escape');
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  await page.waitForFunction((label) => document.activeElement?.textContent === label, name, { timeout: 5000 });
}

describe('issue 12 in the pane', () => {
  test('point 5: badges’ hover and the 检查结果 sheet’s 规则名称 are the catalogue’s Chinese names', async () => {
    const page = await pane.openPane();
    await checked(page);
    const badges = await page.getByTestId('finding-badge').evaluateAll((els) => els.map((e) => ({ code: e.textContent, title: e.getAttribute('title') })));
    expect(badges.length).toBe(expected.findings.length);
    for (const b of badges) {
      expect(b.title).toBe(RULES[b.code as keyof typeof RULES].title);
      expect(b.title).toMatch(/^[\u4e00-\u9fff（）“”]+$/);
    }
    await button(page, '标记到工作簿').click();
    await page.getByTestId('notice').waitFor();
    await page.locator('[data-testid="sheet-tab"]', { hasText: '检查结果' }).click();
    const names = await page.locator('[data-cell^="检查结果!D"]').allTextContents();
    const want = expected.findings.map((f) => RULES[f.rule].title);
    expect(names.slice(1, 1 + want.length)).toEqual(want);
    expect(names.join('')).not.toMatch(/[A-Z]{3,}_[A-Z]+/);
    await page.close();
  });

  test('point 6: 标记 then 清除标记 restores each cell’s fill and note; 撤销 brings the marks back; 标记 again replaces them', async () => {
    const page = await pane.openPane();
    const marked = [...new Set(expected.findings.filter((f) => f.sheet && f.cell && expected.recognised.tables.some((t) => t.sheet === f.sheet)).map((f) => `${f.sheet}!${f.cell}`))];
    const target = expected.findings.find((f) => f.rule === 'F03' && f.cell)!;
    const ref = `${target.sheet}!${target.cell}`;
    const look = (r: string) =>
      page.locator(`[data-cell="${r}"]`).first().evaluate((e) => ({ fill: (e as HTMLElement).style.backgroundColor, note: e.getAttribute('title') }));
    const sheetOf = async (r: string) => {
      await page.locator('[data-testid="sheet-tab"]', { hasText: r.split('!')[0] }).first().click();
      return look(r);
    };
    const original = await sheetOf(ref);
    await checked(page);
    await button(page, '标记到工作簿').click();
    await page.getByText('已在', { exact: false }).waitFor();
    const markedLook = await sheetOf(ref);
    expect(markedLook.fill).toBe('rgb(255, 199, 206)'); // #FFC7CE, error
    expect(markedLook.note).toContain(`${RULES.F03.title}：`);

    await button(page, '清除标记').click();
    await page.getByText(`已清除 ${marked.length} 个单元格的标记`, { exact: false }).waitFor();
    expect(await sheetOf(ref)).toEqual(original);

    await button(page, '撤销').click();
    await page.getByText('已撤销上一次标记操作。').waitFor();
    expect(await sheetOf(ref)).toEqual(markedLook);

    // 标记 again: the previous marks are replaced (not stacked): the note holds the findings once.
    await button(page, '标记到工作簿').click();
    await page.getByText(`已先清除上次的 ${marked.length} 处标记`, { exact: false }).waitFor();
    const again = await sheetOf(ref);
    expect(again.note!.split('【绩效自评助手】').length).toBe(2);
    await page.close();
  });

  test('point 7: every dialog traps Tab, closes on Esc, gives focus back to its button, is never aria-hidden; axe finds nothing serious in any state', async () => {
    const page = await pane.openPane();
    const states: Record<string, string[]> = {};
    states['start'] = await axeViolations(page);
    await checked(page);
    states['checked'] = await axeViolations(page);

    await button(page, '重新计算').click();
    await page.getByTestId('recompute-dialog').waitFor();
    await expectTrapped(page);
    states['recompute preview'] = await axeViolations(page);
    await escapeReturnsTo(page, '重新计算');

    await button(page, '插入模板').click();
    await page.getByTestId('template-dialog').waitFor();
    await expectTrapped(page);
    states['template dialog'] = await axeViolations(page);
    await escapeReturnsTo(page, '插入模板');

    await button(page, '起草偏差原因').click();
    await page.getByTestId('reasons-dialog').waitFor();
    await expectTrapped(page);
    states['reasons dialog'] = await axeViolations(page);
    await escapeReturnsTo(page, '起草偏差原因');

    await button(page, '生成报告').click();
    await page.getByTestId('notice').waitFor();
    await idle(page);
    states['report ready'] = await axeViolations(page);
    await button(page, '生成报告').click();
    await page.getByTestId('report-confirm').waitFor();
    await expectTrapped(page);
    states['report confirm'] = await axeViolations(page);
    await escapeReturnsTo(page, '生成报告');

    // 应用 closes the dialog; focus comes back to 重新计算 once the write is done.
    await button(page, '重新计算').click();
    await page.getByTestId('apply').click();
    await page.getByTestId('notice').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === '重新计算', undefined, { timeout: 5000 });

    await page.getByTestId('view-mapping').click();
    await page.getByTestId('view-mapping').waitFor();
    await idle(page);
    states['mapping view'] = await axeViolations(page);
    for (const [state, v] of Object.entries(states)) expect({ state, v }).toEqual({ state, v: [] });
    await page.close();
  });

  test('point 10: preview rows named "… · 得分", 仅格式 for format-only changes, withheld 总分 explained, 无需修改 when nothing changes', async () => {
    const page = await pane.openPane();
    await button(page, '重新计算').click();
    await page.getByTestId('recompute-changes').waitFor();
    const labels = await page.getByTestId('change-label').allTextContents();
    expect(labels.length).toBe(expected.plan.writes.length);
    expect(labels.some((l) => l.endsWith(' · 得分'))).toBe(true);
    expect(labels.every((l) => !/^[A-Z]+\d+$/.test(l))).toBe(true);
    // A row named by its indicator: the first planned 得分 of an indicator row carries that row's name.
    const ind = expected.plan.writes.find((w) => w.kind === 'indicatorScore');
    if (ind) {
      const row = expected.recognised.tables.flatMap((t) => t.indicators?.rows ?? []).find((r) => r.row === ind.row)!;
      const i = expected.plan.writes.indexOf(ind);
      expect(labels[i]).toBe(`${(row.name ?? row.level2 ?? row.level1)!.text.replace(/\s+/g, '')} · 得分`);
    }
    // Format-only: the value written equals the value there (by hand: old number === new number).
    const sameValue = expected.plan.writes.filter((w) => typeof w.old === 'number' && typeof w.value === 'number' && w.old === w.value).map((w) => `${w.sheet}!${w.address}`);
    const shownFormatOnly = await page.locator('[data-testid="change"][data-format-only="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(shownFormatOnly).toEqual(expect.arrayContaining(sameValue));
    if (sameValue.length > 0) await expect(page.getByTestId('format-only').first().textContent()).resolves.toBe('仅格式');
    // The withheld 总分/等级 (分值 ≠ 100 on the sample) say why.
    const withheld = expected.plan.withheld;
    const shownWithheld = await page.getByTestId('withheld').allTextContents();
    expect(shownWithheld.length).toBe(withheld.length);
    withheld.forEach((w, i) => expect(shownWithheld[i]).toContain(w.reason));
    await page.getByTestId('apply').click();
    await page.getByTestId('notice').waitFor();
    await idle(page);
    await button(page, '重新计算').click();
    await page.getByTestId('recompute-dialog').waitFor();
    const title = await page.locator('[role="dialog"] h2').textContent();
    expect(title).toBe('重新计算：无需修改');
    await expect(page.getByTestId('recompute-dialog').textContent()).resolves.not.toContain('将修改以下单元格');
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('point 8: the rule set in force is shown with its source; switching re-checks and remembers it in the workbook', async () => {
    const page = await pane.openPane();
    await checked(page);
    await expect(page.getByTestId('rule-set-switch').inputValue()).resolves.toBe(NATIONAL_PROFILE.id);
    await expect(page.getByTestId('rule-set-source').textContent()).resolves.toContain(NATIONAL_PROFILE.source!);
    await page.getByTestId('rule-set-switch').selectOption(PLATFORM_CAPS_PROFILE.id);
    await page.getByText(`已改用评分规则“${PLATFORM_CAPS_PROFILE.name}”`, { exact: false }).waitFor();
    await expect(page.getByTestId('rule-set-source').textContent()).resolves.toContain('本次选择');
    // Remembered in the workbook: the settings sheet (hidden) now exists.
    await expect(page.getByTestId('hidden-sheets').getAttribute('data-names')).resolves.toContain('_jixiao_mapping');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('point 10: at 320 px the dialog’s buttons and the action bar stay on screen with a long list', async () => {
    const page = await pane.context.newPage();
    page.on('pageerror', (e) => pane.pageErrors.push(String(e)));
    await page.setViewportSize({ width: 320, height: 480 });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByTestId('host-label').waitFor();
    await checked(page);
    // The findings list is longer than the pane: scroll to its end; the action bar stays at the top.
    await page.getByTestId('finding').last().scrollIntoViewIfNeeded();
    const bar = await page.getByTestId('action-bar').boundingBox();
    expect(bar).not.toBeNull();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y).toBeLessThan(40);
    await button(page, '重新计算').click();
    await page.getByTestId('recompute-changes').waitFor();
    const apply = await page.getByTestId('apply').boundingBox();
    const surface = await page.getByTestId('recompute-dialog').boundingBox();
    expect(apply!.y + apply!.height).toBeLessThanOrEqual(480);
    expect(surface!.width).toBeLessThanOrEqual(320);
    await page.close();
  });

  test('point 10: 生成报告 asks before replacing the 自评报告 sheet; 取消 keeps it', async () => {
    const page = await pane.openPane();
    await button(page, '生成报告').click();
    await page.getByTestId('notice').waitFor();
    await idle(page);
    await button(page, '生成报告').click();
    await page.getByTestId('report-confirm').waitFor();
    await expect(page.getByTestId('report-confirm').textContent()).resolves.toContain('已有“自评报告”工作表');
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('report-confirm').waitFor({ state: 'detached' });
    await button(page, '生成报告').click();
    await page.getByTestId('confirm').click();
    await page.getByText('已生成报告工作表', { exact: false }).waitFor();
    await page.close();
  });

  test('起草偏差原因: drafts shown for confirmation, nothing written before 写入草稿, 撤销 restores', async () => {
    const page = await pane.openPane();
    const drafts = expected.computations.flatMap((c) => draftDeviationReasons(c, expected.profile));
    expect(drafts.length).toBeGreaterThan(0);
    const d = drafts[0];
    const ref = `${d.sheet}!${d.address}`;
    const before = await page.locator(`[data-cell="${ref}"]`).first().textContent();
    await button(page, '起草偏差原因').click();
    await page.getByTestId('reasons-dialog').waitFor();
    await expect(page.getByTestId('reason-draft').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')))).resolves.toEqual(drafts.map((x) => `${x.sheet}!${x.address}`));
    await expect(page.locator(`[data-cell="${ref}"]`).first().textContent()).resolves.toBe(before);
    await page.getByTestId('reasons-confirm').click();
    await page.getByText(`已写入 ${drafts.length} 条偏差原因草稿`, { exact: false }).waitFor();
    await expect(page.locator(`[data-cell="${ref}"]`).first().textContent()).resolves.toBe(d.value);
    expect(d.value.startsWith('（草稿）')).toBe(true);
    await idle(page);
    await button(page, '撤销').click();
    await page.getByText(`已撤销 ${drafts.length} 条偏差原因草稿。`).waitFor();
    await expect(page.locator(`[data-cell="${ref}"]`).first().textContent()).resolves.toBe(before);
    await page.close();
  });

  test('points 2/3: before download the pane lists the report’s gaps, each selecting its cell; 下载草稿 gives a separate file', async () => {
    const page = await pane.openPane();
    const gaps = reportOfWorkbook(sampleWorkbook()).gaps;
    await button(page, '生成报告').click();
    await page.getByTestId('notice').waitFor();
    if (gaps.length === 0) {
      await page.getByTestId('report-complete').waitFor();
    } else {
      await expect(page.getByTestId('report-gaps-count').textContent()).resolves.toBe(`报告中还有 ${gaps.length} 处需要补充`);
      const shown = await page.getByTestId('report-gap').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
      expect(shown).toEqual(gaps.map((g) => `${g.sheet}!${g.cell ?? ''}`));
      const withCell = gaps.find((g) => g.cell);
      if (withCell) {
        await page.locator(`[data-testid="report-gap"][data-cell="${withCell.sheet}!${withCell.cell}"] button`).first().click();
        await page.locator(`[data-cell="${withCell.sheet}!${withCell.cell}"][data-selected="true"]`).waitFor();
      }
      const draft = page.waitForEvent('download');
      await page.getByTestId('download-draft').click();
      expect((await draft).suggestedFilename()).toBe('部门整体支出绩效自评报告（草稿）.docx');
    }
    await idle(page);
    const final = page.waitForEvent('download');
    await page.getByTestId('download-docx').click();
    expect((await final).suggestedFilename()).toBe('部门整体支出绩效自评报告.docx');
    await page.close();
  });
});
