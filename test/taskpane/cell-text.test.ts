import { cellText, cellTextOrBlank } from '../../src/taskpane/cell-text';

describe('cellText shows values as Excel would (half-up, never float toFixed)', () => {
  test.each([
    [0.9994, '0.00%', '99.94%'],
    [0.99945, '0.00%', '99.95%'],
    [9.945, '0.00', '9.95'],
    [1.005, '0.00', '1.01'],
    [0, '0.00', '0.00'],
    [-2.5, '0.00', '-2.50'],
    [1186.96, undefined, '1186.96'],
    [1186.96, 'General', '1186.96'],
    [0.1, '0%', '10%'],
    ['优', undefined, '优'],
    [true, undefined, 'TRUE'],
    [null, '0.00', ''],
    [{ error: '#DIV/0!' }, undefined, '#DIV/0!'],
  ])('%p with %p → %p', (value, fmt, text) => {
    expect(cellText(value as never, fmt)).toBe(text);
  });

  test('blank shows as （空） in the preview list', () => {
    expect(cellTextOrBlank(null)).toBe('（空）');
    expect(cellTextOrBlank('', undefined)).toBe('（空）');
    expect(cellTextOrBlank(5, '0.00')).toBe('5.00');
  });
});
