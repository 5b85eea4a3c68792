/**
 * A merge-aware read view of one sheet for recognition. A cell covered by a merge but not its
 * top-left is not a separate cell ("covered"); every other position is a real cell, even when
 * the host did not store it (then its value is blank). Fields built here carry their A1 address.
 */
import type { CellRange, Sheet } from '../grid/types';
import { cellAt, colCount, rowCount } from '../grid/types';
import { toA1 } from '../grid/a1';
import { cellText } from '../grid/text';
import { parseNumber, parseNumericText } from '../money/parse';
import type { NumberField, SourceCell, TextField } from '../model';

export interface Position {
  readonly row: number;
  readonly col: number;
}

export interface SheetView {
  readonly sheet: Sheet;
  readonly rows: number;
  readonly cols: number;
  /** True when (row, col) lies inside a merge but is not its top-left. */
  covered(row: number, col: number): boolean;
  /** The top-left of the area holding (row, col): the position itself when not merged. */
  anchor(row: number, col: number): Position;
  /** The area of the cell at (row, col): its merge, or the single cell. */
  area(row: number, col: number): CellRange;
  /** Display text of the cell itself (not of its merge anchor); '' when blank. */
  text(row: number, col: number): string;
  /** Columns of the real (uncovered) cells of a row, left to right, within [from, to]. */
  realCols(row: number, from?: number, to?: number): number[];
  source(row: number, col: number): SourceCell;
  textField(row: number, col: number): TextField;
  numberField(row: number, col: number): NumberField;
  /** A value read out of a label cell (`其他资金：224.62`): input, never written. */
  embeddedField(row: number, col: number, valueText: string): NumberField;
}

export function sheetView(sheet: Sheet): SheetView {
  const rows = rowCount(sheet);
  let cols = colCount(sheet);
  const mergeIndex = new Map<string, CellRange>();
  for (const m of sheet.merges) {
    cols = Math.max(cols, m.right + 1);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) mergeIndex.set(`${r},${c}`, m);
  }
  const mergeOf = (row: number, col: number) => mergeIndex.get(`${row},${col}`);
  const covered = (row: number, col: number) => {
    const m = mergeOf(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  };
  const source = (row: number, col: number): SourceCell => {
    const cell = cellAt(sheet, row, col);
    const out: { -readonly [K in keyof SourceCell]: SourceCell[K] } = {
      sheet: sheet.name,
      row,
      col,
      address: toA1(row, col),
      raw: cell?.value ?? null,
    };
    if (cell?.formula !== undefined) out.formula = cell.formula;
    if (cell?.numFmt !== undefined) out.numFmt = cell.numFmt;
    return out;
  };
  const text = (row: number, col: number) => cellText(cellAt(sheet, row, col)?.value ?? null);
  return {
    sheet,
    rows,
    cols,
    covered,
    anchor(row, col) {
      const m = mergeOf(row, col);
      return m ? { row: m.top, col: m.left } : { row, col };
    },
    area(row, col) {
      return mergeOf(row, col) ?? { top: row, left: col, bottom: row, right: col };
    },
    text,
    realCols(row, from = 0, to = cols - 1) {
      const out: number[] = [];
      for (let c = from; c <= to; c++) if (!covered(row, c)) out.push(c);
      return out;
    },
    source,
    textField(row, col) {
      return { cell: source(row, col), text: text(row, col) };
    },
    numberField(row, col) {
      const cell = cellAt(sheet, row, col);
      return { cell: source(row, col), parsed: parseNumber(cell?.value ?? null, cell?.numFmt) };
    },
    embeddedField(row, col, valueText) {
      return { cell: source(row, col), parsed: parseNumericText(valueText), embedded: true };
    },
  };
}

/** The smallest range holding all the given ranges. */
export function unionRange(ranges: readonly CellRange[]): CellRange | undefined {
  if (ranges.length === 0) return undefined;
  return ranges.reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
}
