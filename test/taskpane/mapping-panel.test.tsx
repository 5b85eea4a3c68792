/**
 * The 识别映射 view rendered to HTML (server rendering, no DOM needed): what the user sees for the
 * sample — sheet, range, kind, confidence, every column with its role choices — and the
 * highlighting of guessed columns. Interaction is covered in the browser (test/e2e/mapping.e2e.test.ts).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyseWorkbook } from '../../src/core/analyse';
import { rangeFromA1 } from '../../src/core/grid/a1';
import type { TableMapping } from '../../src/core/mapping/types';
import { MappingPanel } from '../../src/taskpane/components/mapping-panel';
import type { RecognisedTables } from '../../src/taskpane/components/mapping-panel';
import { sampleWorkbook } from './sample';

const noop = () => undefined;
const html = (recognised: RecognisedTables | undefined) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <MappingPanel recognised={recognised} busy={false} onSave={noop} onReset={noop} onSelectCell={noop} />
    </FluentProvider>,
  );
const all = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => m[1]);

describe('MappingPanel (rendered)', () => {
  test('the sample: one 部门整体 table on 自评表 with its range, confidence 高（1）, 8 + 8 columns with their roles', () => {
    const out = html(analyseWorkbook(sampleWorkbook()).recognised);
    expect(all(out, /data-testid="mapping-table" data-sheet="([^"]+)"/gu)).toEqual(['自评表']);
    expect(out).toContain('区域 A1:I27');
    expect(out).toContain('部门整体');
    expect(out).toContain('置信度 高（1）');
    expect(all(out, /data-testid="mapping-column" data-address="([^"]+)"/gu)).toEqual([
      'B3', 'C3', 'D3', 'E3', 'F3', 'G3', 'H3', 'I3',
      'A15', 'B15', 'C15', 'D15', 'E15', 'F15', 'G15', 'H15',
    ]);
    expect(all(out, /data-testid="mapping-column" data-address="H15" data-role="([^"]+)"/gu)).toEqual(['reason']);
    // Role choices are the core's, in Chinese: 14 for an indicator column, 12 for a funds column.
    expect(out).toContain('<option value="reason" selected="">偏差原因</option>');
    expect(out).toContain('<option value="ignore">忽略此列</option>');
    const inputs = all(out, /(<input[^>]*data-testid="block-range"[^>]*>)/gu);
    expect(inputs.map((i) => /value="([^"]+)"/u.exec(i)?.[1])).toEqual(['A3:I12', 'A15:I26']);
    expect(out).not.toContain('data-low="true"');
  });

  test('guessed and unplaced columns are highlighted and say 需核对; an unpaired table says 未知类型', () => {
    const m: TableMapping = {
      sheet: '项目',
      range: rangeFromA1('B2:F9'),
      confidence: 0.53,
      confirmed: false,
      blocks: [
        {
          kind: 'indicators',
          range: rangeFromA1('B2:F9'),
          headerTop: 1,
          headerBottom: 1,
          rangeSource: 'auto',
          columns: [
            { col: 1, address: 'B2', header: '三级指标', role: 'name', confidence: 1, source: 'auto' },
            { col: 2, address: 'C2', header: '自评分值', role: 'score', confidence: 0.6, source: 'auto' },
            { col: 3, address: 'D2', header: '评分标准', role: 'ignore', confidence: 0, source: 'auto' },
          ],
        },
      ],
    };
    const out = html({ tables: [], mappings: [m] });
    expect(out).toContain('置信度 低（0.53）');
    expect(out).toContain('未知类型');
    expect(all(out, /data-address="([A-Z]+\d+)" data-role="[^"]+" data-low="true"/gu)).toEqual(['C2', 'D2']);
    expect(out.match(/需核对/gu)).toHaveLength(2);
  });

  test('before the first 检查 and for a workbook without tables: a Chinese hint', () => {
    expect(html(undefined)).toContain('尚未读取工作簿');
    expect(html({ tables: [], mappings: [] })).toContain('未在工作簿中识别到自评表');
  });
});
