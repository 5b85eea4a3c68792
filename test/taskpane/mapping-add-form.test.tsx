/**
 * The 添加未识别的表格 form rendered to HTML (server rendering): shown with the workbook's sheets,
 * not without them; its controls carry the test ids the browser test uses (interaction: test/e2e/mapping-add.e2e.test.ts).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Sheet } from '../../src/core/grid/types';
import { MappingPanel } from '../../src/taskpane/components/mapping-panel';
import { unrecognisedWorkbook } from './unrecognised-sample';

const noop = () => undefined;
const wb = unrecognisedWorkbook();
const html = (sheets: readonly Sheet[] | undefined) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <MappingPanel recognised={analyseWorkbook(wb).recognised} sheets={sheets} busy={false} onSave={noop} onReset={noop} onSelectCell={noop} />
    </FluentProvider>,
  );

describe('添加未识别的表格 (rendered)', () => {
  test('with the sheets: the form, its first sheet and 指标表 chosen, an empty range, 添加 enabled, no error yet', () => {
    const out = html(wb.sheets);
    expect(out).toContain('添加未识别的表格');
    for (const id of ['mapping-add-sheet', 'mapping-add-kind', 'mapping-add-range', 'mapping-add']) expect(out).toContain(`data-testid="${id}"`);
    expect(out).not.toContain('data-testid="mapping-add-error"');
    expect(out).toMatch(/data-testid="mapping-add-sheet"[^>]*>考核表</u);
    expect(out).toMatch(/data-testid="mapping-add-kind"[^>]*>指标表</u);
    expect(out).toMatch(/<input[^>]*data-testid="mapping-add-range"[^>]*value=""/u);
  });

  test('without the sheets (not read yet): no form', () => {
    expect(html(undefined)).not.toContain('添加未识别的表格');
  });
});
