/**
 * A small builder for declarative sheet layouts (src/core/grid/layout.ts): set a cell or a merged
 * area by A1 reference with a named style. A merged area styles every cell it covers (so borders
 * and fills render on the whole area in every host) and holds its value in the top-left cell.
 */
import type { CellRange, CellValue } from '../grid/types';
import type { CellStyleName, LayoutCell, PrintSetup, SheetLayout } from '../grid/layout';
import { printAreaOf } from '../grid/layout';
import { rangeFromA1, rangeToA1 } from '../grid/a1';

/** Misuse of the builder by a layout definition (a cell set twice, overlapping merges). */
export class LayoutDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutDefinitionError';
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class LayoutBuilder {
  private readonly cells = new Map<string, LayoutCell>();
  private readonly merges: CellRange[] = [];

  /**
   * Set `ref` ('B4' or a merged area 'A3:A12') to `value` with `style`. A range is merged; its
   * other cells get the same style and a null value.
   */
  set(ref: string, value: CellValue, style: CellStyleName): this {
    const r = rangeFromA1(ref);
    const isArea = r.top !== r.bottom || r.left !== r.right;
    if (isArea) {
      const clash = this.merges.find((m) => overlaps(m, r));
      if (clash) throw new LayoutDefinitionError(`merge ${ref} overlaps ${rangeToA1(clash)}`);
      this.merges.push(r);
    }
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const key = `${row},${col}`;
        if (this.cells.has(key)) throw new LayoutDefinitionError(`cell ${rangeToA1({ top: row, left: col, bottom: row, right: col })} set twice`);
        const master = row === r.top && col === r.left;
        this.cells.set(key, { row, col, value: master ? value : null, style });
      }
    }
    return this;
  }

  build(
    name: string,
    columnWidths: readonly number[],
    rowHeights: Readonly<Record<number, number>>,
    orientation: 'portrait' | 'landscape',
    print: Pick<PrintSetup, 'titleRows'> = {},
  ): SheetLayout {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const merges = [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    // The official form prints A4, one page wide, centred, its whole area, title rows on every page.
    const printArea = printAreaOf({ cells, merges });
    return { name, cells, merges, columnWidths, rowHeights, print: { paper: 'A4', orientation, fitToWidth: true, printArea, centerHorizontally: true, ...print } };
  }
}
