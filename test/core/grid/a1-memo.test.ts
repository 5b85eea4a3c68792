/** columnLetters remembers the letters it computed: asked twice (and in any order), the same answer. */
import { columnLetters, toA1 } from '../../../src/core/grid/a1';

describe('columnLetters (memoised)', () => {
  it.each([
    [16383, 'XFD'],
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i → %s (twice)', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnLetters(col)).toBe(letters);
  });

  it('toA1 over a 100 × 30 grid, twice: identical addresses', () => {
    const first = Array.from({ length: 100 }, (_, r) => Array.from({ length: 30 }, (_, c) => toA1(r, c)));
    const second = Array.from({ length: 100 }, (_, r) => Array.from({ length: 30 }, (_, c) => toA1(r, c)));
    expect(second).toEqual(first);
    expect(first[11][27]).toBe('AB12');
  });
});

describe('toA1 (memoised addresses)', () => {
  it.each([
    [0, 0, 'A1'],
    [2047, 255, 'IV2048'],
    [2048, 0, 'A2049'], // past the memoised rows
    [0, 256, 'IW1'], // past the memoised columns
    [99999, 16383, 'XFD100000'],
    [11, 27, 'AB12'],
  ])('(%i, %i) → %s, asked twice', (row, col, address) => {
    expect(toA1(row, col)).toBe(address);
    expect(toA1(row, col)).toBe(address);
  });

  it('returns one string per address: the same object on every ask', () => {
    expect(Object.is(toA1(5, 3), toA1(5, 3))).toBe(true);
  });
});
