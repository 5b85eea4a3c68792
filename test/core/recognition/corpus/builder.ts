/**
 * Builds corpus workbooks from a description of their blocks, and the model expected for them
 * (ranges and column roles) from the same description — independently of the recogniser. A
 * variant permutes the non-label columns and rewords every header within its family.
 */
import { rangeToA1, toA1 } from '../../../../src/core/grid/a1';
import type { CellRange, CellValue, Sheet } from '../../../../src/core/grid/types';
import { buildSheet } from '../helpers';

export interface Variant {
  readonly permute: boolean;
  readonly reword: boolean;
}

export interface ColDef {
  /** Expected role ('ignore' for a column the checks do not use). */
  readonly role: string;
  readonly label: string;
  /** The label reworded within its family (used by the reworded variant). */
  readonly alt?: string;
  /** Two-row headers: the group label above this column (consecutive columns share it). */
  readonly group?: string;
  readonly values: readonly CellValue[];
}

export interface BlockDef {
  readonly kind: 'funds' | 'indicators';
  /** A vertical label left of the block, merged down over it (`绩效指标`, `预算执行情况（10分）`). */
  readonly blockLabel?: string;
  readonly cols: readonly ColDef[];
  /** The first `fixed` columns (labels) keep their place when permuting. */
  readonly fixed: number;
  /** Closing row: label merged over the fixed columns, values by role. */
  readonly total?: { readonly label: string; readonly values: Readonly<Record<string, CellValue>> };
  readonly twoRow?: boolean;
  /** Blank spacer columns after these canonical column indexes. */
  readonly spacerAfter?: readonly number[];
}

export interface ExpectedBlock {
  readonly range: string;
  /** role → column letter(s) of every used column. */
  readonly roles: Readonly<Record<string, string>>;
  readonly rows: number;
}

export interface ExpectedTable {
  readonly sheet: string;
  readonly range: string;
  readonly funds?: ExpectedBlock;
  readonly indicators?: ExpectedBlock;
  readonly unit?: 'wan' | 'yuan';
}

export class SheetBuilder {
  readonly entries: Record<string, CellValue> = {};
  readonly merges: string[] = [];
  private readonly areas: CellRange[] = [];
  constructor(readonly name: string) {}

  put(row: number, col: number, value: CellValue, span = 1, down = 1): void {
    this.entries[toA1(row, col)] = value;
    const area = { top: row, left: col, bottom: row + down - 1, right: col + span - 1 };
    if (span > 1 || down > 1) this.merges.push(rangeToA1(area));
    this.areas.push(area);
  }

  /** The union of the cells placed since `mark` (for expected table ranges). */
  mark(): number {
    return this.areas.length;
  }

  rangeSince(mark: number): string {
    const a = this.areas.slice(mark);
    return rangeToA1({
      top: Math.min(...a.map((x) => x.top)),
      left: Math.min(...a.map((x) => x.left)),
      bottom: Math.max(...a.map((x) => x.bottom)),
      right: Math.max(...a.map((x) => x.right)),
    });
  }

  sheet(): Sheet {
    return buildSheet(this.name, this.entries, this.merges);
  }
}

/** Order of columns in a variant: fixed ones, then the rest reversed (groups kept together). */
function orderOf(def: BlockDef, v: Variant): number[] {
  const idx = def.cols.map((_, i) => i);
  if (!v.permute) return idx;
  const units: number[][] = [];
  for (const i of idx.slice(def.fixed)) {
    const g = def.cols[i].group;
    const last = units[units.length - 1];
    if (g && last && def.cols[last[0]].group === g) last.push(i);
    else units.push([i]);
  }
  return [...idx.slice(0, def.fixed), ...units.reverse().flat()];
}

/** Place a block with its header at (top, left); returns what the recogniser should find. */
export function placeBlock(b: SheetBuilder, top: number, left: number, def: BlockDef, v: Variant): { expected: ExpectedBlock; bottom: number } {
  const order = orderOf(def, v);
  const headerRows = def.twoRow ? 2 : 1;
  const n = def.cols[0].values.length;
  const last = top + headerRows - 1 + n + (def.total ? 1 : 0);
  let col = left;
  if (def.blockLabel) {
    b.put(top, col, def.blockLabel, 1, last - top + 1);
    col++;
  }
  const roles: Record<string, string> = {};
  const colOf: number[] = [];
  order.forEach((i, pos) => {
    const c = def.cols[i];
    colOf[i] = col;
    const label = v.reword && c.alt ? c.alt : c.label;
    if (def.twoRow && c.group) {
      const prev = order[pos - 1];
      if (prev === undefined || def.cols[prev].group !== c.group) {
        let span = 1;
        while (order[pos + span] !== undefined && def.cols[order[pos + span]].group === c.group) span++;
        b.put(top, col, c.group, span);
      }
      b.put(top + 1, col, label);
    } else b.put(top, col, label, 1, headerRows);
    c.values.forEach((value, r) => b.put(top + headerRows + r, col, value));
    if (c.role !== 'ignore') roles[c.role] = roles[c.role] ? roles[c.role] : toA1(0, col).replace(/\d+$/u, '');
    col++;
    if (def.spacerAfter?.includes(i)) col++;
  });
  const right = col - 1;
  if (def.total) {
    const totalRow = last;
    const fixedRight = colOf[def.fixed - 1] ?? left;
    b.put(totalRow, left, def.total.label, fixedRight - left + 1);
    for (const [role, value] of Object.entries(def.total.values)) {
      const i = def.cols.findIndex((c) => c.role === role);
      b.put(totalRow, colOf[i], value);
    }
  }
  return { expected: { range: rangeToA1({ top, left, bottom: last, right }), roles, rows: n }, bottom: last };
}
