/** Rectangles of cells and their A1 addresses (pure helpers of the WPS adapter). */
import { rangeToA1 } from '../../core/grid/a1';
import type { CellRange } from '../../core/grid/types';

/** 0-based inclusive rectangle relative to some origin (the used range, or the sheet). */
export type Box = CellRange;

export function boxSize(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/** The sheet address of a box whose coordinates are relative to (originRow, originCol), all 0-based. */
export function boxAddress(b: Box, originRow = 0, originCol = 0): string {
  return rangeToA1({ top: b.top + originRow, left: b.left + originCol, bottom: b.bottom + originRow, right: b.right + originCol });
}

/** Split along the longer side into two halves. */
export function splitBox(b: Box): [Box, Box] {
  if (b.bottom - b.top >= b.right - b.left) {
    const mid = Math.floor((b.top + b.bottom) / 2);
    return [
      { ...b, bottom: mid },
      { ...b, top: mid + 1 },
    ];
  }
  const mid = Math.floor((b.left + b.right) / 2);
  return [
    { ...b, right: mid },
    { ...b, left: mid + 1 },
  ];
}

/** The bounding box of the cells of `b` for which `pick` holds, or undefined when none does. */
export function shrinkBox(b: Box, pick: (row: number, col: number) => boolean): Box | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let r = b.top; r <= b.bottom; r++) {
    for (let c = b.left; c <= b.right; c++) {
      if (!pick(r, c)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

/**
 * Cover a set of cells with rectangles: contiguous row runs per column (a run also breaks where
 * `key` changes), then neighbouring columns with the same run and key are joined. Cells are
 * (row, col) pairs, 0-based; the result is deterministic (sorted by left, then top).
 */
export function coverWithBoxes<T extends { readonly row: number; readonly col: number }>(
  cells: readonly T[],
  key: (cell: T) => string = () => '',
): { box: Box; key: string; cells: T[] }[] {
  const byCol = new Map<number, T[]>();
  for (const cell of cells) {
    const list = byCol.get(cell.col) ?? [];
    list.push(cell);
    byCol.set(cell.col, list);
  }
  const runs: { box: Box; key: string; cells: T[] }[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const list = byCol.get(col)!.slice().sort((a, b) => a.row - b.row);
    let run: { box: Box; key: string; cells: T[] } | undefined;
    for (const cell of list) {
      const k = key(cell);
      if (run && cell.row === run.box.bottom + 1 && k === run.key) {
        run.box = { ...run.box, bottom: cell.row };
        run.cells.push(cell);
      } else if (run && cell.row === run.box.bottom) {
        run.cells[run.cells.length - 1] = cell; // a duplicate write of the same cell: the last wins
      } else {
        run = { box: { top: cell.row, bottom: cell.row, left: col, right: col }, key: k, cells: [cell] };
        runs.push(run);
      }
    }
  }
  // Join a run to the one directly left of it when rows and key match.
  const joined: { box: Box; key: string; cells: T[] }[] = [];
  const open = new Map<string, { box: Box; key: string; cells: T[] }>();
  for (const run of runs) {
    const id = `${run.box.top}:${run.box.bottom}:${run.key}`;
    const prev = open.get(id);
    if (prev && prev.box.right === run.box.left - 1) {
      prev.box = { ...prev.box, right: run.box.right };
      prev.cells.push(...run.cells);
    } else {
      const copy = { box: { ...run.box }, key: run.key, cells: [...run.cells] };
      open.set(id, copy);
      joined.push(copy);
    }
  }
  return joined;
}
