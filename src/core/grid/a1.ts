import type { CellRange } from './types';

/** Letters of the columns asked for so far (every cell address goes through here). */
const LETTERS: string[] = [];
const MAX_COLUMNS = 16384;

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetters(col: number): string {
  const cached = LETTERS[col];
  if (cached !== undefined) return cached;
  const s = lettersOf(col);
  if (Number.isInteger(col) && col >= 0 && col < MAX_COLUMNS) LETTERS[col] = s;
  return s;
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - 1 - m) / 26;
  }
  return s;
}

/** 'AA' → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Addresses asked for so far, by column then row: every field recognition builds carries its
 * address, and sheets of one workbook share their layout, so one string serves them all (no
 * allocation per field). Rows beyond ADDRESS_MEMO_ROWS are built each time (bounded memory).
 */
const ADDRESSES: string[][] = [];
const ADDRESS_MEMO_ROWS = 2048;
const ADDRESS_MEMO_COLUMNS = 256;

/** (row 0, col 0) → 'A1'. */
export function toA1(row: number, col: number): string {
  const byRow = ADDRESSES[col];
  if (byRow !== undefined) {
    const cached = byRow[row];
    if (cached !== undefined) return cached;
  }
  const s = columnLetters(col) + String(row + 1);
  if (Number.isInteger(row) && Number.isInteger(col) && row >= 0 && row < ADDRESS_MEMO_ROWS && col >= 0 && col < ADDRESS_MEMO_COLUMNS) {
    (ADDRESSES[col] ??= [])[row] = s;
  }
  return s;
}

export class A1ParseError extends Error {
  constructor(readonly input: string) {
    super(`not an A1 address: ${input}`);
    this.name = 'A1ParseError';
  }
}

/** 'B12' or '$B$12' → { row: 11, col: 1 }. Throws A1ParseError on misuse. */
export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new A1ParseError(address);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** 'A1:C3' (or a single 'B2') → range. */
export function rangeFromA1(ref: string): CellRange {
  const [a, b] = ref.split(':');
  const p = fromA1(a);
  const q = b ? fromA1(b) : p;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}
