/**
 * Number formats of a used range without asking cell by cell.
 *
 * `Range.NumberFormat` returns the code when every cell of the range shares it and null when they
 * differ [VBA Range.NumberFormat; ET-API]. So: one read for the whole used range (most sheets are
 * uniform → 1 call); otherwise, per column, one read over the run of rows from its first to its
 * last numeric cell (only numbers need a format: 0.00 vs 0.00%, dates); a mixed run is halved until
 * each piece is uniform. Cost: 1 call for a uniform sheet; 2 per column when each column's numbers
 * share one format, whatever the number of rows; a few more per format change inside a column.
 * Text cells outside those runs get no format (the engine reads text as written).
 */
import type { Box } from './boxes';
import { boxAddress, shrinkBox, splitBox } from './boxes';
import type { WpsScalar, WpsWorksheet } from './types';

/** Formats by (row, col) relative to the used range; undefined = not read. */
export type FormatGrid = (string | undefined)[][];

export function readNumberFormats(
  ws: WpsWorksheet,
  wholeFormat: string | null,
  values: readonly (readonly WpsScalar[])[],
  origin: { readonly row: number; readonly col: number },
): FormatGrid {
  const rows = values.length;
  const cols = rows ? values[0].length : 0;
  const grid: FormatGrid = values.map(() => new Array<string | undefined>(cols).fill(wholeFormat ?? undefined));
  if (typeof wholeFormat === 'string') return grid;

  const isNumber = (r: number, c: number) => typeof values[r][c] === 'number';
  const assign = (box: Box, fmt: string) => {
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) grid[r][c] = fmt;
  };
  const probe = (box: Box | undefined): void => {
    if (!box) return;
    const fmt = ws.Range(boxAddress(box, origin.row, origin.col)).NumberFormat;
    if (typeof fmt === 'string') {
      assign(box, fmt);
      return;
    }
    if (box.top === box.bottom && box.left === box.right) return; // a host that reports null for one cell: leave unknown
    for (const half of splitBox(box)) probe(shrinkBox(half, isNumber));
  };
  for (let c = 0; c < cols; c++) probe(shrinkBox({ top: 0, bottom: rows - 1, left: c, right: c }, isNumber));
  return grid;
}
