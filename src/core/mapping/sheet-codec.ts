/**
 * The confirmed mapping as a hidden settings sheet `_jixiao_mapping`: written by any host through
 * `WorkbookHost.writeSheet`, read back from the grid by recognition — so the CLI (xlsx host) and
 * the pane reuse it alike. One row per header column; ranges in A1 form, rows 1-based, so a
 * curious user can read it. A row that cannot be read is skipped and reported (M01).
 */
import { columnIndex, columnLetters, rangeFromA1, rangeToA1, A1ParseError } from '../grid/a1';
import type { LayoutCell, SheetLayout } from '../grid/layout';
import type { CellValue, Sheet } from '../grid/types';
import { MAPPING_PHRASES } from './phrases';
import { MAPPING_SHEET, type BlockKind, type BlockMapping, type ColumnMapping, type MappedRole, type MappingSource, type TableMapping, type WorkbookMapping } from './types';
import { MAPPED_ROLES } from './roles';
import { NATIONAL_PROFILE, profileById, type ScoringProfile } from '../rules/profile';

const MAGIC = 'jixiao-mapping';
/** The label before the remembered rule set's id on row 1. */
const PROFILE_LABEL = '评分规则集';
const VERSION = 'v1';
/** Column order of the data rows. */
const HEADERS = ['表', '工作表', '表区域', '已确认', '块', '块区域', '表头首行', '表头末行', '区域来源', '列', '表头', '角色', '置信度', '来源'] as const;

/** The sheet layout holding `mapping` (only confirmed tables are worth saving, but all are kept). */
export function mappingSheetLayout(mapping: WorkbookMapping): SheetLayout {
  const cells: LayoutCell[] = [];
  const put = (row: number, values: readonly CellValue[]) => values.forEach((value, col) => cells.push({ row, col, value }));
  // Row 1 also remembers the rule set chosen (D1 label, E1 the profile id), read by every surface.
  put(0, [MAGIC, VERSION, MAPPING_PHRASES.sheetNote, PROFILE_LABEL, mapping.profile ?? '']);
  put(1, HEADERS);
  let row = 2;
  mapping.tables.forEach((t, ti) => {
    for (const b of t.blocks) {
      for (const c of b.columns) {
        put(row++, [
          ti + 1, t.sheet, rangeToA1(t.range), t.confirmed ? 1 : 0, b.kind, rangeToA1(b.range), b.headerTop + 1, b.headerBottom + 1,
          b.rangeSource, columnLetters(c.col), c.header, c.role, c.confidence, c.source,
        ]);
      }
    }
  });
  return { name: MAPPING_SHEET, cells, merges: [], columnWidths: HEADERS.map(() => 10), hidden: true };
}

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v)).trim();
const int = (v: CellValue | undefined): number | undefined => {
  const s = str(v);
  return /^\d+$/u.test(s) ? Number(s) : undefined;
};

export interface ReadMapping {
  readonly mapping: WorkbookMapping;
  /** 1-based rows of the settings sheet that could not be read. */
  readonly badRows: readonly number[];
}

/** True for the settings sheet (by name). */
export function isMappingSheet(sheet: Sheet): boolean {
  return sheet.name === MAPPING_SHEET;
}

/** Read the settings sheet back; unreadable rows are listed, never guessed. */
export function readMappingSheet(sheet: Sheet): ReadMapping {
  const badRows: number[] = [];
  const value = (r: number, c: number) => sheet.cells[r]?.[c]?.value ?? null;
  if (str(value(0, 0)) !== MAGIC) return { mapping: { tables: [] }, badRows: sheet.cells.length > 0 ? [1] : [] };
  interface Acc { sheet: string; range: ReturnType<typeof rangeFromA1>; confirmed: boolean; blocks: Map<string, { kind: BlockKind; range: ReturnType<typeof rangeFromA1>; top: number; bottom: number; source: MappingSource; columns: ColumnMapping[] }> }
  const tables = new Map<number, Acc>();
  for (let r = 2; r < sheet.cells.length; r++) {
    const v = (c: number) => value(r, c);
    if (HEADERS.every((_, c) => str(v(c)) === '')) continue;
    try {
      const ti = int(v(0));
      const kind = str(v(4));
      const role = str(v(11));
      const top = int(v(6));
      const bottom = int(v(7));
      const rangeSource = str(v(8));
      const source = str(v(13));
      const confidence = Number(str(v(12)));
      if (ti === undefined || top === undefined || bottom === undefined || top < 1 || bottom < top) throw new Error('bad numbers');
      if ((kind !== 'funds' && kind !== 'indicators') || !MAPPED_ROLES.has(role as MappedRole)) throw new Error('bad role');
      if ((rangeSource !== 'auto' && rangeSource !== 'user') || (source !== 'auto' && source !== 'user')) throw new Error('bad source');
      if (!(confidence >= 0 && confidence <= 1)) throw new Error('bad confidence');
      const sheetName = str(v(1));
      const tableRange = rangeFromA1(str(v(2)));
      const blockRange = rangeFromA1(str(v(5)));
      const colLetters = str(v(9));
      if (!/^[A-Za-z]{1,3}$/u.test(colLetters) || sheetName === '') throw new Error('bad column');
      let t = tables.get(ti);
      if (!t) {
        t = { sheet: sheetName, range: tableRange, confirmed: str(v(3)) === '1', blocks: new Map() };
        tables.set(ti, t);
      }
      const bkey = `${kind}@${top}`;
      let b = t.blocks.get(bkey);
      if (!b) {
        b = { kind, range: blockRange, top: top - 1, bottom: bottom - 1, source: rangeSource, columns: [] };
        t.blocks.set(bkey, b);
      }
      const col = columnIndex(colLetters);
      b.columns.push({ col, address: `${colLetters.toUpperCase()}${bottom}`, header: str(v(10)), role: role as MappedRole, confidence, source });
    } catch (e) {
      if (e instanceof A1ParseError || e instanceof Error) badRows.push(r + 1);
      else throw e;
    }
  }
  const out: TableMapping[] = [...tables.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, t]) => {
      const blocks: BlockMapping[] = [...t.blocks.values()].map((b) => ({
        kind: b.kind, range: b.range, headerTop: b.top, headerBottom: b.bottom, columns: b.columns, rangeSource: b.source,
      }));
      return { sheet: t.sheet, range: t.range, blocks, confidence: t.confirmed ? 1 : 0, confirmed: t.confirmed };
    });
  const profile = rememberedProfileOf(sheet);
  return { mapping: { tables: out, ...(profile ? { profile } : {}) }, badRows };
}

/** The rule set id remembered on the settings sheet's first row; undefined when none. */
export function rememberedProfileOf(sheet: Sheet): string | undefined {
  const value = (c: number) => sheet.cells[0]?.[c]?.value ?? null;
  if (str(value(0)) !== MAGIC || str(value(3)) !== PROFILE_LABEL) return undefined;
  const id = str(value(4));
  return /^[a-z0-9-]{1,40}$/u.test(id) ? id : undefined;
}

/**
 * The rule set in force for a workbook (issue 12 point 8): an explicit choice (--profile, the
 * pane's switch) wins; else the one remembered on the workbook's settings sheet; else the national
 * default. `read` gives a sheet by name, so a streaming reader loads only the settings sheet.
 */
export function profileInForce(explicit: ScoringProfile | undefined, sheetNames: readonly string[], read: (name: string) => Sheet): ScoringProfile {
  if (explicit) return explicit;
  if (!sheetNames.includes(MAPPING_SHEET)) return NATIONAL_PROFILE;
  return profileById(rememberedProfileOf(read(MAPPING_SHEET))) ?? NATIONAL_PROFILE;
}
