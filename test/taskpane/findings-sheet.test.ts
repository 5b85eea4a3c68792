import { finding } from '../../src/core/findings';
import { findingMarks, findingsSheetLayout, SEVERITY_FILL } from '../../src/taskpane/findings-sheet';

describe('findings → marks and the 检查结果 sheet', () => {
  const f1 = finding({ rule: 'S08', sheet: '自评表', cell: 'G16', message: '未量化' });
  const f2 = finding({ rule: 'S05', sheet: '自评表', cell: 'G16', message: '总分不符' });
  const f3 = finding({ rule: 'M01', sheet: '基本情况', cell: 'A1', message: '未识别' });
  const f4 = finding({ rule: 'R02', file: '报告.docx', paragraph: 3, message: '标题编号' });

  test('one mark per cell, coloured by the worst severity, the note listing every finding', () => {
    expect(findingMarks([f1, f2, f3, f4])).toEqual([
      { sheet: '自评表', address: 'G16', color: SEVERITY_FILL.error, note: '指标未量化：未量化\n总分不符：总分不符' },
      { sheet: '基本情况', address: 'A1', color: SEVERITY_FILL.info, note: '未识别：未识别' },
    ]);
  });

  test('no findings → a single 未发现问题 row; findings → numbered rows with Chinese severity and Chinese rule names, never the programmer names', () => {
    const empty = findingsSheetLayout([]);
    expect(empty.name).toBe('检查结果');
    expect(empty.cells.find((c) => c.row === 2)?.value).toBe('未发现问题。');
    const l = findingsSheetLayout([f2, f4]);
    const row = (r: number) => l.cells.filter((c) => c.row === r).map((c) => c.value);
    expect(row(2)).toEqual([1, '错误', 'S05', '总分不符', '自评表', 'G16', '总分不符']);
    expect(l.cells.some((c) => typeof c.value === 'string' && /^[A-Z_]{6,}$/.test(c.value))).toBe(false);
    expect(row(3)).toEqual([2, '警告', 'R02', '标题序号不规范', '报告.docx', '第3段', '标题编号']);
  });
});
