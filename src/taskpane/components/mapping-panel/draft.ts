/**
 * The 识别映射 view's editable state, pure (no React, no host): the recognised mapping of each
 * table, the user's role changes and hand-typed block ranges, their validation (Chinese
 * messages), and the WorkbookMapping that 确认并保存 writes.
 *
 * A hand-typed range applies to one block (funds or indicators), as the core reads it back
 * (mapping/types.ts `rangeSource: 'user'`): its header rows stay as recognised, its last row ends
 * the block. It must contain the header and every column that has a role, and must not reach the
 * next block's header below.
 */
import { columnLetters, rangeToA1 } from '../../../core/grid/a1';
import type { CellRange } from '../../../core/grid/types';
import type { EvaluationTable, TableKind } from '../../../core/model';
import { MAPPING_PHRASES } from '../../../core/mapping/phrases';
import { roleName } from '../../../core/mapping/roles';
import type { BlockMapping, ColumnMapping, MappedRole, TableMapping, WorkbookMapping } from '../../../core/mapping/types';
import { type ConfidenceLevel, MAPPING_PANE } from './phrases';

export interface DraftTable {
  readonly mapping: TableMapping;
  /** 部门整体 / 项目支出, from the recognised table at the same index; undefined if it cannot be paired. */
  readonly kind?: TableKind;
  /** The range field of each block, as typed (initially the recognised range). */
  readonly rangeTexts: readonly string[];
}

export interface MappingDraft {
  readonly tables: readonly DraftTable[];
  /** True once the user changed a role or a range. */
  readonly dirty: boolean;
}

/** What recognition gives the view: tables and their mappings, index-aligned (model.ts). */
export interface RecognisedTables {
  readonly tables: readonly Pick<EvaluationTable, 'kind' | 'sheet' | 'range'>[];
  readonly mappings?: readonly TableMapping[];
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

const sameRange = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

export function draftOf(recognised: RecognisedTables): MappingDraft {
  const tables = (recognised.mappings ?? []).map((mapping, i): DraftTable => {
    const t = recognised.tables[i];
    const paired = t !== undefined && t.sheet === mapping.sheet && sameRange(t.range, mapping.range);
    return { mapping, ...(paired ? { kind: t.kind } : {}), rangeTexts: mapping.blocks.map((b) => rangeToA1(b.range)) };
  });
  return { tables, dirty: false };
}

/** 高 from 0.9 (family labels), 中 from 0.6 (guessed from key words), else 低. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 0.9 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
}

/** A column recognition guessed or could not place, not yet decided by the user: highlighted. */
export function isLowConfidence(c: ColumnMapping): boolean {
  return c.source === 'auto' && c.confidence < 0.9;
}

function updateBlock(draft: MappingDraft, ti: number, bi: number, f: (b: BlockMapping) => BlockMapping): MappingDraft {
  const tables = draft.tables.map((t, i) =>
    i !== ti ? t : { ...t, mapping: { ...t.mapping, blocks: t.mapping.blocks.map((b, j) => (j === bi ? f(b) : b)) } },
  );
  return { tables, dirty: true };
}

/** The user sets column `col` of block `bi` of table `ti` to `role`: decided by the user (confidence 1). */
export function withRole(draft: MappingDraft, ti: number, bi: number, col: number, role: MappedRole): MappingDraft {
  return updateBlock(draft, ti, bi, (b) => ({
    ...b,
    columns: b.columns.map((c) => (c.col === col ? { ...c, role, confidence: 1, source: 'user' } : c)),
  }));
}

export function withRangeText(draft: MappingDraft, ti: number, bi: number, text: string): MappingDraft {
  const tables = draft.tables.map((t, i) => (i !== ti ? t : { ...t, rangeTexts: t.rangeTexts.map((x, j) => (j === bi ? text : x)) }));
  return { tables, dirty: true };
}

/** 'a5：i19', 'Ａ5:I19', '$A$5:$I$19' → the range; a message when it is not a range. */
export function parseRangeText(text: string): { readonly range: CellRange } | { readonly error: string } {
  const shown = text.trim();
  if (shown === '') return { error: MAPPING_PANE.errors.rangeEmpty };
  const s = shown.normalize('NFKC').replace(/\s+/gu, '').replace(/\$/gu, '').toUpperCase();
  const m = /^([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})$/u.exec(s);
  if (!m) return { error: MAPPING_PANE.errors.rangeSyntax(shown) };
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]);
  const r2 = Number(m[4]);
  const c1 = col(m[1]);
  const c2 = col(m[3]);
  if (r1 < 1 || r2 < 1) return { error: MAPPING_PANE.errors.rangeSyntax(shown) };
  if (r1 > MAX_ROWS || r2 > MAX_ROWS || c1 >= MAX_COLS || c2 >= MAX_COLS) return { error: MAPPING_PANE.errors.rangeTooBig(shown) };
  return { range: { top: Math.min(r1, r2) - 1, bottom: Math.max(r1, r2) - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) } };
}

function headerText(b: BlockMapping): string {
  return MAPPING_PANE.headerRows(b.headerTop + 1, b.headerBottom + 1);
}

/** The hand-typed range of a block, checked against the block and the blocks below it; undefined = unchanged. */
export function blockRange(draft: MappingDraft, ti: number, bi: number): { readonly range?: CellRange; readonly error?: string } {
  const t = draft.tables[ti];
  const b = t.mapping.blocks[bi];
  const text = t.rangeTexts[bi];
  if (text.trim() === rangeToA1(b.range)) return {};
  const parsed = parseRangeText(text);
  if ('error' in parsed) return { error: parsed.error };
  const r = parsed.range;
  const a1 = rangeToA1(r);
  if (r.top > b.headerTop || r.bottom <= b.headerBottom) return { error: MAPPING_PANE.errors.rangeMissesHeader(a1, headerText(b)) };
  const outside = b.columns.find((c) => c.role !== 'ignore' && (c.col < r.left || c.col > r.right));
  if (outside) return { error: MAPPING_PANE.errors.rangeMissesColumn(a1, columnLetters(outside.col), roleName(b.kind, outside.role)) };
  const below = draft.tables
    .filter((x) => x.mapping.sheet === t.mapping.sheet)
    .flatMap((x) => x.mapping.blocks)
    .filter((x) => x !== b && x.headerTop > b.headerTop && x.headerTop <= r.bottom)
    .sort((x, y) => x.headerTop - y.headerTop)[0];
  if (below) return { error: MAPPING_PANE.errors.rangeOverlaps(a1, below.headerTop + 1, MAPPING_PHRASES.blockName[below.kind]) };
  return { range: r };
}

/** Roles (other than 序号 and 忽略) given to more than one column of a block. */
export function duplicateRoles(b: BlockMapping): string[] {
  const cols = new Map<MappedRole, string[]>();
  for (const c of b.columns) {
    if (c.role === 'ignore' || c.role === 'serial') continue;
    cols.set(c.role, [...(cols.get(c.role) ?? []), columnLetters(c.col)]);
  }
  return [...cols.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([role, list]) => MAPPING_PANE.errors.duplicateRole(MAPPING_PHRASES.blockName[b.kind], roleName(b.kind, role), list.join('、')));
}

/** Everything that stops 确认并保存, in table/block order. */
export function draftProblems(draft: MappingDraft): string[] {
  const out: string[] = [];
  draft.tables.forEach((t, ti) =>
    t.mapping.blocks.forEach((b, bi) => {
      const r = blockRange(draft, ti, bi);
      if (r.error) out.push(`${MAPPING_PANE.tableHeading(ti + 1, t.mapping.sheet)}，${MAPPING_PHRASES.blockName[b.kind]}：${r.error}`);
      out.push(...duplicateRoles(b).map((d) => `${MAPPING_PANE.tableHeading(ti + 1, t.mapping.sheet)}，${d}`));
    }),
  );
  return out;
}

/** The mapping to save: every table confirmed, hand-typed ranges as `user` ranges. Call when draftProblems is empty. */
export function confirmedMapping(draft: MappingDraft): WorkbookMapping {
  return {
    tables: draft.tables.map((t, ti) => ({
      ...t.mapping,
      confirmed: true,
      blocks: t.mapping.blocks.map((b, bi) => {
        const r = blockRange(draft, ti, bi).range;
        return r ? { ...b, range: r, rangeSource: 'user' as const } : b;
      }),
    })),
  };
}
