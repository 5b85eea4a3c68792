/** core/plan's write-plan checks and formula-text guard: the one copy every host calls. */
import { firstWritePlanProblem, isFormulaLikeText, validateWritePlan, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../../../src/core/plan/validate';
import type { CellWrite } from '../../../src/core/plan/write-plan';

const w = (address: string, row: number, col: number, value: unknown, sheet = '自评表'): CellWrite =>
  ({ sheet, address, row, col, kind: 'indicatorScore', old: null, value }) as CellWrite;

describe('validateWritePlan', () => {
  test('a sound plan has no problem: addresses agreeing with row/column (G16 = row 15, column 6), finite numbers, text', () => {
    expect(validateWritePlan([w('G16', 15, 6, 9.5), w('$H$17', 16, 7, '优'), w('A1', 0, 0, 0), w('C2', 1, 2, -1.25), w('C3', 2, 2, '')])).toEqual([]);
  });

  test('the last cell of a worksheet is XFD1048576 (row 1,048,575, column 16,383); one beyond is refused', () => {
    expect(MAX_SHEET_ROWS).toBe(1048576);
    expect(MAX_SHEET_COLUMNS).toBe(16384);
    expect(validateWritePlan([w('XFD1048576', 1048575, 16383, 1)])).toEqual([]);
    expect(validateWritePlan([w('A1048577', 1048576, 0, 1)]).map((p) => p.kind)).toEqual(['badAddress']);
    expect(validateWritePlan([w('XFE1', 0, 16384, 1)]).map((p) => p.kind)).toEqual(['badAddress']);
  });

  test.each([
    ['address disagreeing with the row', w('G9', 1, 6, 1)],
    ['address disagreeing with the column', w('F2', 1, 6, 1)],
    ['not an A1 address', w('R2C7', 1, 6, 1)],
    ['an empty address', w('', 0, 0, 1)],
  ])('%s → badAddress', (_what, write) => {
    expect(validateWritePlan([write])).toEqual([expect.objectContaining({ kind: 'badAddress', index: 0, write })]);
  });

  test('an address that does not parse carries the parse error as cause', () => {
    expect(firstWritePlanProblem([w('第一格', 0, 0, 1)])?.cause).toBeInstanceOf(Error);
    expect(firstWritePlanProblem([w('G9', 1, 6, 1)])?.cause).toBeUndefined();
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, undefined, true, { error: '#N/A' }])('value %p → badValue', (value) => {
    expect(validateWritePlan([w('A1', 0, 0, value)]).map((p) => p.kind)).toEqual(['badValue']);
  });

  test('unknown sheets only when the host says which exist; each sheet is asked once', () => {
    const plan = [w('A1', 0, 0, 1), w('A1', 0, 0, 1, '不存在'), w('A2', 1, 0, 1, '不存在'), w('A3', 2, 0, 1)];
    expect(validateWritePlan(plan)).toEqual([]);
    const asked: string[] = [];
    const problems = validateWritePlan(plan, { sheetExists: (n) => (asked.push(n), n === '自评表') });
    expect(problems.map((p) => [p.kind, p.index])).toEqual([
      ['unknownSheet', 1],
      ['unknownSheet', 2],
    ]);
    expect(asked).toEqual(['自评表', '不存在']);
  });

  test('every problem in plan order, one per write (unknown sheet before address before value)', () => {
    const plan = [w('A1', 0, 0, Number.NaN, '无'), w('B1', 0, 0, Number.NaN), w('C1', 0, 2, Number.NaN), w('D1', 0, 3, 1)];
    expect(validateWritePlan(plan, { sheetExists: (n) => n !== '无' }).map((p) => [p.index, p.kind])).toEqual([
      [0, 'unknownSheet'],
      [1, 'badAddress'],
      [2, 'badValue'],
    ]);
    expect(firstWritePlanProblem(plan)).toMatchObject({ index: 0, kind: 'badValue' }); // sheets unchecked
    expect(firstWritePlanProblem([])).toBeUndefined();
  });
});

describe('isFormulaLikeText', () => {
  test.each(['=1+1', '+5', '-3', '-', '@SUM(A1)', '=HYPERLINK("http://x")'])('%p would be read as a formula', (text) => {
    expect(isFormulaLikeText(text)).toBe(true);
  });
  test.each(['优', '', ' =1', '１=1', '（=）', "'=1", '100', 5, -3, null])('%p is not', (value) => {
    expect(isFormulaLikeText(value)).toBe(false);
  });
});
