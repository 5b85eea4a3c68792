/** Test helpers of the mapping view tests. */
import type { SheetLayout } from '../../src/core/grid/layout';
import type { Cell, Sheet } from '../../src/core/grid/types';

/** The grid a host would read back after writing `layout` (values only). */
export function buildSheetFromLayout(layout: SheetLayout): Sheet {
  const cells: (Cell | undefined)[][] = [];
  for (const c of layout.cells) {
    while (cells.length <= c.row) cells.push([]);
    cells[c.row][c.col] = { value: c.value };
  }
  return { name: layout.name, cells, merges: [] };
}
