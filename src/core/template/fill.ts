/**
 * Fill a layout's cells with values (keeping their styles): the sample workbooks, the demo and
 * tests use it to put figures into the template without restating its shape.
 */
import type { CellValue } from '../grid/types';
import type { LayoutCell, SheetLayout } from '../grid/layout';
import { fromA1 } from '../grid/a1';

/** Misuse: a value for a cell the layout does not have, or for a non-top-left cell of a merge. */
export class LayoutFillError extends Error {
  constructor(readonly sheet: string, readonly address: string, reason: string) {
    super(`${sheet}!${address}: ${reason}`);
    this.name = 'LayoutFillError';
  }
}

/**
 * A copy of `layout` with `values` (by A1 address) written into existing cells. A merged area
 * takes its value at its top-left cell. Throws LayoutFillError for any other address.
 */
export function fillLayout(layout: SheetLayout, values: Readonly<Record<string, CellValue>>): SheetLayout {
  const byKey = new Map<string, CellValue>();
  for (const [address, value] of Object.entries(values)) {
    const { row, col } = fromA1(address);
    const cell = layout.cells.find((c) => c.row === row && c.col === col);
    if (!cell) throw new LayoutFillError(layout.name, address, 'not a cell of the layout');
    const inMerge = layout.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    if (inMerge && (inMerge.top !== row || inMerge.left !== col)) {
      throw new LayoutFillError(layout.name, address, 'inside a merged area, not its top-left cell');
    }
    byKey.set(`${row},${col}`, value);
  }
  const cells: LayoutCell[] = layout.cells.map((c) => {
    const key = `${c.row},${c.col}`;
    return byKey.has(key) ? { ...c, value: byKey.get(key)! } : c;
  });
  return { ...layout, cells };
}
