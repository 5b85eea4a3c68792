/**
 * 检查Word报告 in the pane, rendered to HTML (server rendering): the button and its .docx-only file
 * input, and the findings list of the seed report's .docx naming each table finding by its Word
 * cell with the heading above the table, and each text finding by paragraph and its words.
 * Places worked out by hand: the table's title paragraph is 2024年度部门整体支出绩效自评表; the
 * 资金得分 cell is H3 (row 3 of the Word table = 年度资金总额); 1、 部门基本情况 is paragraph 4.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyseWorkbook } from '../../src/core/analyse';
import { FindingsPanel } from '../../src/taskpane/components/findings-panel';
import { WordReportBanner, WordReportCheck } from '../../src/taskpane/components/word-report-check';
import { checkWordReport, loadWordCheckModule, wordFindingPlace } from '../../src/taskpane/word-report';

const noop = () => undefined;
const render = (el: ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#x27;/g, "'");

describe('检查Word报告 (rendered)', () => {
  test('the button opens a file input that takes .docx only', () => {
    const out = render(<WordReportCheck busy={false} onFile={noop} />);
    expect(out).toContain('检查Word报告');
    expect(out).toMatch(/<input[^>]*type="file"[^>]*accept="\.docx,application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document"/u);
    expect(render(<WordReportCheck busy={true} onFile={noop} />)).toMatch(/data-testid="check-word"[^>]*disabled|disabled[^>]*data-testid="check-word"/u);
  });

  test('the seed report’s findings name the Word cell with its heading, and the paragraph with its words', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/docx/seed-report.docx')));
    const r = await checkWordReport('seed-report.docx', bytes, { analyse: (wb) => analyseWorkbook(wb), loadWord: loadWordCheckModule });
    const out = decode(render(<FindingsPanel findings={r.findings} filter="all" onFilter={noop} onSelectCell={noop} placeOf={(f) => wordFindingPlace(f, r.tables)} />));
    const places = [...out.matchAll(/data-testid="finding-place"[^>]*>([^<]*)</gu)].map((m) => m[1]);
    expect(places).toHaveLength(r.findings.length);
    expect(places).toContain('表1!H3（2024年度部门整体支出绩效自评表）');
    expect(places).toContain('表1!G22（2024年度部门整体支出绩效自评表）');
    expect(places).toContain('第4段：“1、 部门基本情况”');
    // No cell-select button: the cells are in the Word document, not in this workbook.
    expect(out).not.toContain('data-testid="finding-cell"');
    const banner = render(<WordReportBanner fileName="seed-report.docx" tables={1} onClose={noop} />);
    expect(banner).toContain('以下为Word报告“seed-report.docx”的检查结果（自评表 1 张）');
    const none = render(<WordReportBanner fileName="函.docx" tables={0} onClose={noop} />);
    expect(none).toContain('Word报告“函.docx”中没有识别出自评表，只检查了正文的标题序号和列举数量（正文数字无表可对，未核对）。');
  });
});
