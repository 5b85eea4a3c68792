/**
 * The mapping of what recognition found (mapping/types.ts): each block's range, header rows and
 * the role and confidence of every header column — what the pane shows for the user to confirm.
 */
import type { CellRange } from '../grid/types';
import { toA1 } from '../grid/a1';
import type { BlockKind, BlockMapping, ColumnMapping, MappedRole, TableMapping } from '../mapping/types';
import { tableConfidence } from '../mapping/confidence';
import type { Header } from './header';
import type { SheetView } from './sheet-view';

export function blockMapping<R extends MappedRole>(
  view: SheetView,
  kind: BlockKind,
  header: Header<R>,
  range: CellRange,
  confirmed?: BlockMapping,
  labelCol?: number,
): BlockMapping {
  const userCols = confirmed ? new Map(confirmed.columns.map((c) => [c.col, c])) : undefined;
  const columns: ColumnMapping[] = [];
  for (let i = 0; i < header.columns.length; i++) {
    const c = header.columns[i];
    const user = userCols?.get(c.col);
    columns.push({
      col: c.col,
      address: toA1(c.row, c.col),
      header: c.text,
      role: user ? user.role : c.role,
      confidence: user ? user.confidence : c.confidence,
      source: user ? user.source : 'auto',
    });
  }
  // The funds row labels (年度资金总额 …) often sit under a blank header cell: show their column too.
  if (kind === 'funds' && labelCol !== undefined && !hasCol(columns, labelCol)) {
    const labelColumn: ColumnMapping = { col: labelCol, address: toA1(header.bottom, labelCol), header: '', role: 'label', confidence: 1, source: 'auto' };
    if (isSortedByCol(columns)) columns.splice(insertionIndex(columns, labelCol), 0, labelColumn);
    else {
      columns.push(labelColumn);
      columns.sort((a, b) => a.col - b.col);
    }
  }
  return {
    kind,
    range,
    headerTop: header.top,
    headerBottom: header.bottom,
    columns,
    rangeSource: confirmed?.rangeSource ?? 'auto',
  };
}

function hasCol(columns: readonly ColumnMapping[], col: number): boolean {
  for (let i = 0; i < columns.length; i++) if (columns[i].col === col) return true;
  return false;
}

/** Where a column (of a col not in the list) goes in a list sorted by col: what a stable sort gives. */
function insertionIndex(columns: readonly ColumnMapping[], col: number): number {
  let i = 0;
  while (i < columns.length && columns[i].col < col) i++;
  return i;
}

function isSortedByCol(columns: readonly ColumnMapping[]): boolean {
  for (let i = 1; i < columns.length; i++) if (columns[i - 1].col > columns[i].col) return false;
  return true;
}

export function tableMapping(sheet: string, range: CellRange, blocks: readonly BlockMapping[], confirmed: boolean): TableMapping {
  return { sheet, range, blocks, confidence: confirmed ? 1 : tableConfidence(blocks), confirmed };
}
