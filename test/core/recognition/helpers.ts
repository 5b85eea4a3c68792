/** Test helpers: build grids from A1 maps (optionally offset) and the expected fields by hand. */
import { Dec } from '../../../src/core/money/decimal';
import { fromA1, rangeFromA1, toA1 } from '../../../src/core/grid/a1';
import type { Cell, CellRange, CellValue, Sheet } from '../../../src/core/grid/types';
import { sheetFromValues } from '../../../src/core/grid/types';
import type { ParsedNumber } from '../../../src/core/money/parse';
import type { NumberField, SourceCell, TextField } from '../../../src/core/model';

/** A shift of the whole table: `dr` rows down, `dc` columns right. */
export interface Offset {
  readonly dr: number;
  readonly dc: number;
}
export const NO_OFFSET: Offset = { dr: 0, dc: 0 };

export function shift(a1: string, o: Offset): string {
  const p = fromA1(a1);
  return toA1(p.row + o.dr, p.col + o.dc);
}

export function shiftRange(ref: string, o: Offset): CellRange {
  const r = rangeFromA1(ref);
  return { top: r.top + o.dr, left: r.left + o.dc, bottom: r.bottom + o.dr, right: r.right + o.dc };
}

/** A sheet from `{ A1: value }` (addresses before the offset) and merge refs like 'A1:I1'. */
export function buildSheet(
  name: string,
  entries: Readonly<Record<string, CellValue | Cell>>,
  merges: readonly string[],
  o: Offset = NO_OFFSET,
  options: { mergesUnknown?: boolean; rows?: number; cols?: number } = {},
): Sheet {
  let rows = options.rows ?? 0;
  let cols = options.cols ?? 0;
  const placed: Array<[number, number, CellValue | Cell]> = [];
  for (const [a1, v] of Object.entries(entries)) {
    const p = fromA1(a1);
    placed.push([p.row + o.dr, p.col + o.dc, v]);
    rows = Math.max(rows, p.row + o.dr + 1);
    cols = Math.max(cols, p.col + o.dc + 1);
  }
  const grid: Array<Array<CellValue | Cell>> = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  for (const [r, c, v] of placed) grid[r][c] = v;
  const sheet = sheetFromValues(name, grid, options.mergesUnknown ? [] : merges.map((m) => shiftRange(m, o)));
  return options.mergesUnknown ? { ...sheet, mergesUnknown: true } : sheet;
}

export function src(sheet: string, a1: string, raw: CellValue, extra: { numFmt?: string; formula?: string } = {}): SourceCell {
  const p = fromA1(a1);
  return { sheet, row: p.row, col: p.col, address: a1, raw, ...extra };
}

export function txt(sheet: string, a1: string, raw: CellValue, text?: string): TextField {
  return { cell: src(sheet, a1, raw), text: text ?? (raw === null ? '' : String(raw)) };
}

export function numField(sheet: string, a1: string, raw: CellValue, parsed: ParsedNumber, extra: { numFmt?: string; embedded?: boolean } = {}): NumberField {
  const { embedded, ...cellExtra } = extra;
  return { cell: src(sheet, a1, raw, cellExtra), parsed, ...(embedded ? { embedded } : {}) };
}

export const BLANK: ParsedNumber = { kind: 'blank' };

/** A number as the cell states it: value (exact), decimals shown, percent, typed as text. */
export function n(value: string, decimals: number, opts: { percent?: boolean; fromText?: boolean; unit?: 'wan' | 'yuan' } = {}): ParsedNumber {
  return {
    kind: 'number',
    value: new Dec(value),
    percent: opts.percent ?? false,
    decimals,
    fromText: opts.fromText ?? false,
    ...(opts.unit ? { unit: opts.unit } : {}),
  } as ParsedNumber;
}
