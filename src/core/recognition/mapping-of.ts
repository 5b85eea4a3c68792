/**
 * The mapping of what recognition found (mapping/types.ts): each block's range, header rows and
 * the role and confidence of every header column — what the pane shows for the user to confirm.
 */
import type { CellRange } from '../grid/types';
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
  const userCols = new Map((confirmed?.columns ?? []).map((c) => [c.col, c]));
  const columns: ColumnMapping[] = header.columns.map((c) => {
    const user = userCols.get(c.col);
    return {
      col: c.col,
      address: view.source(c.row, c.col).address,
      header: c.text,
      role: user ? user.role : c.role,
      confidence: user ? user.confidence : c.confidence,
      source: user ? user.source : 'auto',
    };
  });
  // The funds row labels (年度资金总额 …) often sit under a blank header cell: show their column too.
  if (kind === 'funds' && labelCol !== undefined && !columns.some((c) => c.col === labelCol)) {
    columns.push({ col: labelCol, address: view.source(header.bottom, labelCol).address, header: '', role: 'label', confidence: 1, source: 'auto' });
    columns.sort((a, b) => a.col - b.col);
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

export function tableMapping(sheet: string, range: CellRange, blocks: readonly BlockMapping[], confirmed: boolean): TableMapping {
  return { sheet, range, blocks, confidence: confirmed ? 1 : tableConfidence(blocks), confirmed };
}
