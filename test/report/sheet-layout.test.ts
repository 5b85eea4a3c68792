import { CELL_STYLES } from '../../src/core/grid/layout';
import { buildReport, reportSheetLayout } from '../../src/report';
import { estimateHeight, REPORT_COLUMN_WIDTHS, textUnits } from '../../src/report/sheet-layout';
import { seedAnalysis } from './analysis-builder';

describe('reportSheetLayout (自评报告 sheet)', () => {
  const analysis = seedAnalysis();
  const layout = reportSheetLayout(analysis);
  const doc = buildReport(analysis);
  const at = (row: number, col: number) => layout.cells.find((c) => c.row === row && c.col === col);

  it('is the 自评报告 sheet, A4 portrait fitted to width', () => {
    expect(layout.name).toBe('自评报告');
    expect(layout.print).toEqual({ paper: 'A4', orientation: 'portrait', fitToWidth: true, centerHorizontally: true });
    expect(layout.columnWidths).toEqual(REPORT_COLUMN_WIDTHS);
  });

  it('ends, after a spacer row, with the lines to sign and stamp: 单位（盖章） and 日期 (printed as the official form)', () => {
    const last = Math.max(...layout.cells.map((c) => c.row));
    const texts = layout.cells.filter((c) => c.row >= last - 1).map((c) => String(c.value).trim());
    expect(texts).toEqual(['单位（盖章）：', '日期：　　年　　月　　日']);
    expect(layout.cells.filter((c) => c.row === last - 2)).toEqual([]);
  });

  it('puts one paragraph per row, merged across A–H, with heading styles', () => {
    expect(at(0, 0)).toMatchObject({ value: doc.title, style: 'title' });
    expect(layout.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    const h1 = layout.cells.filter((c) => c.style === 'heading1').map((c) => String(c.value).trim());
    expect(h1.map((t) => t.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、']);
    expect(layout.cells.filter((c) => c.style === 'heading2')).toHaveLength(5);
    const paragraphs = layout.cells.filter((c) => c.style === 'paragraph');
    expect(paragraphs.every((c) => String(c.value).startsWith('\u3000\u3000'))).toBe(true);
    for (const c of paragraphs) expect(layout.merges).toContainEqual({ top: c.row, left: 0, bottom: c.row, right: 7 });
  });

  it('includes the evaluation table with its merges shifted to its rows', () => {
    const caption = layout.cells.find((c) => c.value === '2024年度部门整体支出绩效自评表' && c.style === 'subtitle')!;
    const top = caption.row + 1;
    expect(at(top, 0)).toMatchObject({ value: '预算部门名称', style: 'header' });
    expect(layout.merges).toContainEqual({ top, left: 2, bottom: top, right: 7 });
    const total = layout.cells.find((c) => c.value === '年度资金总额')!;
    expect([2, 3, 4, 6, 7].map((col) => at(total.row, col)!.value)).toEqual(['649.24', '1186.96', '1186.19', '99.94%', '9.94']); // 得分 as the sheet stands
    // merged-over cells stay empty
    for (const m of layout.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) expect(at(r, c)?.value ?? null).toBeNull();
    }
  });

  it('estimates row heights from text length (wrapped lines × size)', () => {
    const totalWidth = REPORT_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
    const rows = layout.rowHeights!;
    const long = layout.cells.find((c) => String(c.value).includes('（1）负责处理'))!;
    const short = layout.cells.find((c) => String(c.value).includes('公务车辆编制1辆'))!;
    expect(rows[long.row]).toBeGreaterThan(rows[short.row]);
    expect(rows[short.row]).toBe(estimateHeight(String(short.value), totalWidth, CELL_STYLES.paragraph.size));
    for (const h of Object.values(rows)) expect(h).toBeGreaterThan(0);
  });

  // 92 columns at 16 pt hold 92 × 11 ÷ 16 = 63.25 units a line; height = ceil(lines × 16 × 1.45 + 4).
  it.each([
    ['', 28],
    ['甲'.repeat(31), 28], // 62 units: 1 line
    ['甲'.repeat(32), 51], // 64 units: 2 lines
    ['a\nb', 51], // explicit line break: 2 lines
  ])('estimateHeight(%j, 92, 16) = %i pt', (text, expected) => {
    expect(estimateHeight(text, 92, 16)).toBe(expected);
  });

  it('counts CJK as 2 units and ASCII as 1', () => {
    expect(textUnits('ab甲％')).toBe(6);
  });
});
