/** The results table as data: 结论, cells as shown, sort orders, totals line. */
import type { CheckedFile, FileResult } from '../../src/batch/types';
import { percentText, rowOf, sortRows, statusOf, totalsOf } from '../../src/batch-page/rows';

function checked(file: string, unit: string, counts: { error: number; warning: number; info: number }, extra: Partial<CheckedFile> = {}): CheckedFile {
  return {
    file, unit, unitFromFileName: false, kind: '部门整体', year: 2024, weightTotal: 100, statedTotal: null, computedTotal: null, computedTotalReason: null,
    statedGrade: null, computedGrade: null, computedGradeReason: null, executionRate: null, counts, firstError: null, tables: [], findings: [], ...extra,
  };
}
const unreadable = (file: string): FileResult => ({ file, error: { code: 'XLS_FORMAT', message: `“${file}” 是旧版 Excel（.xls）格式` } });

describe('percentText: half-up on the decimal digits, never float rounding', () => {
  test.each([
    [0.999351, '99.94%'], // 99.9351 → 99.94
    [0.99935, '99.94%'], // 99.935: the tie rounds up (a float toFixed(2) of 99.935 gives 99.93)
    [0.999349, '99.93%'],
    [1, '100.00%'],
    [1.2, '120.00%'],
    [0.00005, '0.01%'],
    [0.000049, '0.00%'],
    [0, '0.00%'],
    [0.99995, '100.00%'], // carry through every digit
    [null, ''],
  ])('%p → %p', (ratio, text) => {
    expect(percentText(ratio)).toBe(text);
  });
});

describe('rows', () => {
  const results: FileResult[] = [
    checked('b.xlsx', '乙单位', { error: 0, warning: 2, info: 1 }, { statedTotal: 95.5, computedTotal: 95.5, executionRate: 0.9 }),
    unreadable('x.xls'),
    checked('a.xlsx', '甲单位', { error: 3, warning: 0, info: 0 }, { statedTotal: 98.8, computedTotal: 108.79, firstError: '总分有误', statedGrade: '优', computedGrade: '良' }),
    checked('c.xlsx', '丙单位', { error: 0, warning: 0, info: 2 }, { unitFromFileName: true }),
    checked('d.xlsx', '丁单位', { error: 1, warning: 0, info: 0 }),
  ];
  const rows = results.map((r, i) => rowOf(i, r));

  test('结论 and cells', () => {
    expect(results.map(statusOf)).toEqual(['warning', 'unreadable', 'error', 'clean', 'error']);
    expect(rows[2].text).toMatchObject({ status: '需退回', statedTotal: '98.8', computedTotal: '108.79', statedGrade: '优', computedGrade: '良', error: '3', first: '总分有误' });
    expect(rows[0].text).toMatchObject({ status: '需核实', rate: '90.00%', statedGrade: '', computedGrade: '' });
    expect(rows[3].text.unit).toBe('丙单位（取自文件名）');
    expect(rows[1].text).toMatchObject({ status: '无法读取', first: '“x.xls” 是旧版 Excel（.xls）格式', error: '' });
  });

  test('default order: 无法读取, then 需退回 by most errors, 需核实, 无问题', () => {
    expect(sortRows(rows, { column: 'status', descending: false }).map((r) => r.result.file)).toEqual(['x.xls', 'a.xlsx', 'd.xlsx', 'b.xlsx', 'c.xlsx']);
  });

  test('numeric columns sort as numbers, blanks last in both directions', () => {
    expect(sortRows(rows, { column: 'statedTotal', descending: false }).map((r) => r.result.file)).toEqual(['b.xlsx', 'a.xlsx', 'x.xls', 'd.xlsx', 'c.xlsx']);
    expect(sortRows(rows, { column: 'statedTotal', descending: true }).map((r) => r.result.file).slice(0, 2)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(sortRows(rows, { column: 'error', descending: true }).map((r) => r.result.file)).toEqual(['a.xlsx', 'd.xlsx', 'b.xlsx', 'c.xlsx', 'x.xls']);
  });

  test('text columns by code point', () => {
    // 丁 U+4E01 < 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532; the unreadable file has no 单位 (last).
    expect(sortRows(rows, { column: 'unit', descending: false }).map((r) => r.result.file)).toEqual(['d.xlsx', 'c.xlsx', 'b.xlsx', 'a.xlsx', 'x.xls']);
  });

  test('备注: the roll-up flags given for the file', () => {
    expect(rowOf(0, results[0], ['重复报送：已有较新的 a.xlsx，本文件不计', '年度为 2023，本批多数为 2024']).text.note).toBe('重复报送：已有较新的 a.xlsx，本文件不计；年度为 2023，本批多数为 2024');
    expect(rows[0].text.note).toBe('');
  });

  test('totals', () => {
    expect(totalsOf(rows)).toEqual({ files: 5, errors: 2, warnings: 1, clean: 1, unreadable: 1 });
  });
});
