/**
 * Merged areas of a used range without probing every cell.
 *
 * Facts used: every cell of a merged area but its top-left one is empty in Value2 [ET-API
 * Range.MergeArea; VBA: only the upper-left cell keeps a value], so a merged area of two or more
 * cells always contains a blank cell; and `Range.MergeCells` is true / false / null (mixed) for a
 * whole range in one call [VBA Range.MergeCells].
 *
 * Method: rows are grouped into bands with the same set of blank columns (a table body where the
 * same columns are blank in every row is one band). For each band and each run of neighbouring
 * blank columns, the box of those blank cells is asked `MergeCells` once; false ends it. Otherwise the box is halved (always shrunk to
 * the blank cells not yet explained) until it is one cell or wholly merged, and `MergeArea` of a
 * blank cell gives the full area (which also covers its non-blank anchor).
 * Cost: 2 calls per band and blank-column run without merges; about 2·log2(box) + 4 per merged area. A sheet whose
 * blanks follow no pattern costs more (up to a limit, after which merges are reported unknown).
 */
import type { CellRange } from '../../core/grid/types';
import type { Box } from './boxes';
import { boxAddress, boxSize, shrinkBox, splitBox } from './boxes';
import { isBlankValue2 } from './cell-values';
import type { WpsRange, WpsScalar, WpsWorksheet } from './types';

/** Probing stops after this many host calls; the sheet is then marked `mergesUnknown`. */
export const MERGE_CALL_BUDGET = 4000;

export interface MergeScan {
  /** Sheet coordinates, 0-based. */
  readonly merges: CellRange[];
  /** True when the budget ran out before every blank cell was explained. */
  readonly incomplete: boolean;
}

export function readMerges(
  ws: WpsWorksheet,
  values: readonly (readonly WpsScalar[])[],
  origin: { readonly row: number; readonly col: number },
): MergeScan {
  const rows = values.length;
  const cols = rows ? values[0].length : 0;
  const covered: boolean[][] = values.map(() => new Array<boolean>(cols).fill(false));
  const merges: CellRange[] = [];
  const seen = new Set<string>();
  let calls = 0;
  let incomplete = false;

  const open = (r: number, c: number) => isBlankValue2(values[r][c]) && !covered[r][c];
  const range = (box: Box): WpsRange => {
    calls++;
    return ws.Range(boxAddress(box, origin.row, origin.col));
  };
  const record = (area: WpsRange) => {
    calls += 5;
    const top = area.Row - 1;
    const left = area.Column - 1;
    const bottom = top + area.Rows.Count - 1;
    const right = left + area.Columns.Count - 1;
    const id = `${top}:${left}:${bottom}:${right}`;
    if ((bottom > top || right > left) && !seen.has(id)) {
      seen.add(id);
      merges.push({ top, left, bottom, right });
    }
    for (let r = Math.max(top - origin.row, 0); r <= Math.min(bottom - origin.row, rows - 1); r++) {
      for (let c = Math.max(left - origin.col, 0); c <= Math.min(right - origin.col, cols - 1); c++) covered[r][c] = true;
    }
  };
  const firstOpen = (box: Box): Box => {
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (open(r, c)) return { top: r, left: c, bottom: r, right: c };
    return box;
  };

  const probe = (start: Box | undefined): void => {
    let box = start;
    while (box) {
      if (calls >= MERGE_CALL_BUDGET) {
        incomplete = true;
        return;
      }
      const rng = range(box);
      calls++;
      const merged = rng.MergeCells;
      if (merged === false) return;
      if (boxSize(box) === 1 || merged === true) {
        const cell = firstOpen(box);
        const area = boxSize(box) === 1 ? rng.MergeArea : range(cell).MergeArea;
        record(area);
        // Guarantee progress whatever the host answers.
        covered[cell.top][cell.left] = true;
        box = shrinkBox(box, open);
        continue;
      }
      for (const half of splitBox(box)) probe(shrinkBox(half, open));
      return;
    }
  };

  // ur.MergeCells already said "some"; bands of rows with the same blank columns.
  let r = 0;
  while (r < rows && !incomplete) {
    const signature = blankSignature(values[r]);
    let end = r;
    while (end + 1 < rows && blankSignature(values[end + 1]) === signature) end++;
    // One box per run of neighbouring blank columns, so a merged column next to a blank one does
    // not force halving a tall box row by row.
    for (const [left, right] of columnRuns(signature)) probe(shrinkBox({ top: r, bottom: end, left, right }, open));
    r = end + 1;
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { merges, incomplete };
}

/** '0,1,4,' → [[0, 1], [4, 4]]. */
function columnRuns(signature: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of signature.split(',').filter(Boolean).map(Number)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

function blankSignature(row: readonly WpsScalar[]): string {
  let s = '';
  for (let c = 0; c < row.length; c++) if (isBlankValue2(row[c])) s += `${c},`;
  return s;
}
