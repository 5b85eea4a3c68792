/**
 * 添加未识别的表格 of the 识别映射 view, pure: the user names a sheet, a kind (指标表 / 资金表) and a
 * range; the table is built by core mapping/add-table.ts and joins the draft, to be reviewed in
 * its card and saved with the others. Refused (Chinese message): an unknown sheet, a range that
 * does not parse (the range field's parser, draft.ts parseRangeText), a range without a data row
 * below its header, a range overlapping a table already listed on that sheet — or sharing rows with
 * one (recognition reads a sheet's tables top to bottom, never side by side) — and a blank header row.
 */
import { rangeToA1 } from '../../../core/grid/a1';
import type { CellRange, Sheet } from '../../../core/grid/types';
import { tableFromRange } from '../../../core/mapping/add-table';
import { MAPPING_SHEET, type BlockKind } from '../../../core/mapping/types';
import { type MappingDraft, parseRangeText } from './draft';
import { MAPPING_PANE } from './phrases';

/** The sheets a table may be added on, in workbook order: all but the settings sheet `_jixiao_mapping`. */
export function addableSheetNames(sheets: readonly Sheet[]): string[] {
  return sheets.filter((s) => s.name !== MAPPING_SHEET).map((s) => s.name);
}

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The draft with the table added (dirty), or why it cannot be. */
export function withAddedTable(
  draft: MappingDraft,
  sheets: readonly Sheet[],
  sheetName: string,
  kind: BlockKind,
  rangeText: string,
): { readonly draft: MappingDraft } | { readonly error: string } {
  const sheet = sheetName === MAPPING_SHEET ? undefined : sheets.find((s) => s.name === sheetName);
  if (!sheet) return { error: MAPPING_PANE.add.errors.noSheet };
  const parsed = parseRangeText(rangeText);
  if ('error' in parsed) return { error: parsed.error };
  const range = parsed.range;
  const a1 = rangeToA1(range);
  if (range.bottom <= range.top) return { error: MAPPING_PANE.add.errors.noDataRow(a1, range.top + 1) };
  const areas = (ti: number) => [draft.tables[ti].mapping.range, ...draft.tables[ti].mapping.blocks.map((b) => b.range)];
  const onSheet = draft.tables.map((t, ti) => ti).filter((ti) => draft.tables[ti].mapping.sheet === sheet.name);
  const hit = onSheet.find((ti) => areas(ti).some((r) => overlaps(r, range)));
  if (hit !== undefined) return { error: MAPPING_PANE.add.errors.overlaps(a1, MAPPING_PANE.tableHeading(hit + 1, sheet.name), rangeToA1(draft.tables[hit].mapping.range)) };
  // Recognition reads a sheet's tables top to bottom (a saved block by its header row): tables side by side are not read.
  const beside = onSheet.find((ti) => areas(ti).some((r) => r.top <= range.bottom && range.top <= r.bottom));
  if (beside !== undefined) return { error: MAPPING_PANE.add.errors.sideBySide(a1, MAPPING_PANE.tableHeading(beside + 1, sheet.name), rangeToA1(draft.tables[beside].mapping.range)) };
  const mapping = tableFromRange(sheet, kind, range);
  if (!mapping.blocks.some((b) => b.columns.some((c) => c.header !== ''))) return { error: MAPPING_PANE.add.errors.blankHeader(a1, range.top + 1) };
  return { draft: { tables: [...draft.tables, { mapping, rangeTexts: mapping.blocks.map((b) => rangeToA1(b.range)) }], dirty: true } };
}
