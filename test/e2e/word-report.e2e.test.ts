/**
 * 检查Word报告 in headless Chromium (preview host): the seed report's .docx is picked through the
 * pane's file input; it is read in the page (no request leaves it: the offline guard stays on) and
 * the findings list shows the hand-derived findings of test/fixtures/docx/expected-findings.json —
 * the table's named 表1!cell with the heading above the table, the text's by paragraph.
 */
import { mkdirSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { usePaneBrowser } from './pane-browser';

const pane = usePaneBrowser();
const DOCX = resolve(__dirname, '../fixtures/docx/seed-report.docx');
const EXPECTED = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/docx/expected-findings.json'), 'utf8'))['seed-report.docx'] as {
  table: Array<{ rule: string; cell: string; severity: string }>;
};


test('a picked .docx is checked in the page: the table findings by Word cell, the text’s by paragraph', async () => {
  const page = await pane.openPane();
  await page.getByTestId('check-word').waitFor();
  await page.getByTestId('check-word-file').setInputFiles(DOCX);
  await page.getByTestId('word-report-banner').waitFor();
  await expect(page.getByTestId('word-report-banner').textContent()).resolves.toContain('以下为Word报告“seed-report.docx”的检查结果（自评表 1 张）');
  const table = await page
    .getByTestId('finding')
    .evaluateAll((els) => els.filter((e) => e.getAttribute('data-cell')).map((e) => `${e.getAttribute('data-rule')} ${e.getAttribute('data-sheet')}!${e.getAttribute('data-cell')} ${e.getAttribute('data-severity')}`));
  expect(table.sort()).toEqual(EXPECTED.table.map((e) => `${e.rule} ${e.cell} ${e.severity}`).sort());
  const places = await page.getByTestId('finding-place').allTextContents();
  expect(places).toContain('表1!H3（2024年度部门整体支出绩效自评表）');
  expect(places).toContain('第4段：“1、 部门基本情况”');
  mkdirSync(resolve(__dirname, 'artifacts'), { recursive: true });
  await page.screenshot({ path: resolve(__dirname, 'artifacts/word-report.png'), fullPage: true });
  // 返回 shows the workbook's own (not yet checked) findings again.
  await page.getByTestId('word-report-close').click();
  await expect(page.getByTestId('word-report-banner').count()).resolves.toBe(0);
});
