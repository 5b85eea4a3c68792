/**
 * A table recognition missed, added by hand in the 识别映射 view: the user names a sheet, a block
 * kind and a range; this builds the TableMapping recognition would have made of it, for the user
 * to check and confirm. Saved, it is read back as is (recognition/table.ts: a confirmed block at
 * its header row, `rangeSource: 'user'` → the block ends at the range's last row).
 *
 * The header is the range's first row. Each header cell (a merge counts once, at its first column
 * inside the range) is one column; its text is the merge's top-left text, whitespace removed.
 * Roles come from recognition's own label families and key-word guesses (recognition/matchers.ts,
 * SERIAL_LABELS), with the confidence scheme of mapping/types.ts: 1 = family label, 0.6 = guessed
 * from key words, 0 = not recognised (role `ignore`). Two columns guessed to one role: the spelling
 * preferred by ROLE_PREFERENCE wins (else the leftmost), the other is `ignore` — as recognition does.
 */
import { toA1 } from '../grid/a1';
import type { CellRange, Sheet } from '../grid/types';
import { stripSpaces } from '../grid/text';
import { ROLE_PREFERENCE, SERIAL_LABELS } from '../recognition/families';
import type { RoleMatcher } from '../recognition/header';
import { FUNDS_MATCHER, INDICATOR_MATCHER } from '../recognition/matchers';
import { sheetView } from '../recognition/sheet-view';
import { tableConfidence } from './confidence';
import type { BlockKind, BlockMapping, ColumnMapping, MappedRole, TableMapping } from './types';

/**
 * Confidence of a funds `label` column chosen by position (no family label names it): a guess the
 * user must look at, like a key-word guess.
 */
export const POSITIONAL_LABEL_CONFIDENCE = 0.6;

function matcherOf(kind: BlockKind): RoleMatcher<string> {
  return kind === 'funds' ? FUNDS_MATCHER : INDICATOR_MATCHER;
}

/** The role of a header label key, with its confidence (serial first, as recognition reads it). */
function roleOf(kind: BlockKind, key: string): { readonly role: MappedRole; readonly confidence: number } {
  if (key === '') return { role: 'ignore', confidence: 0 };
  if (SERIAL_LABELS.has(key)) return { role: 'serial', confidence: 1 };
  const m = matcherOf(kind)(key);
  return m ? { role: m.role as MappedRole, confidence: m.confidence } : { role: 'ignore', confidence: 0 };
}

/** Rank among ROLE_PREFERENCE (lower wins); labels not listed rank last. */
function preference(key: string): number {
  const i = ROLE_PREFERENCE.indexOf(key);
  return i < 0 ? ROLE_PREFERENCE.length : i;
}

/**
 * The mapping of a table the user selected by hand: one block of `kind` over `range` (0-based,
 * inclusive), header on its first row, unconfirmed (the pane shows it for review). A range with
 * no non-blank header cell gives columns that are all `ignore` with blank headers — the caller
 * refuses it (see the pane's draft).
 *
 * Funds blocks need a `label` column (the row labels 年度资金总额 …): when no header is a label of
 * that family, it is the first column whose header names no other role (blank headers included:
 * the labels often sit under a blank or merged cell), with confidence 0.6 (a positional guess).
 */
export function tableFromRange(sheet: Sheet, kind: BlockKind, range: CellRange): TableMapping {
  const view = sheetView(sheet);
  const row = range.top;
  const raw: { col: number; header: string; key: string; role: MappedRole; confidence: number }[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const area = view.area(row, c);
    // A merge counts once, at its first column inside the range.
    if (area.left < c && c > range.left) continue;
    const text = view.text(area.top, area.left);
    const key = view.keyOf(text);
    raw.push({ col: c, header: stripSpaces(text), key, ...roleOf(kind, key) });
  }
  if (kind === 'funds' && !raw.some((r) => r.role === 'label')) {
    const free = raw.find((r) => r.role === 'ignore');
    if (free) {
      free.role = 'label';
      free.confidence = POSITIONAL_LABEL_CONFIDENCE;
    }
  }
  // Duplicate roles: ROLE_PREFERENCE, else the leftmost, keeps it.
  const winner = new Map<MappedRole, number>();
  raw.forEach((r, i) => {
    if (r.role === 'ignore' || r.role === 'serial') return;
    const prior = winner.get(r.role);
    if (prior === undefined || preference(r.key) < preference(raw[prior].key)) winner.set(r.role, i);
  });
  raw.forEach((r, i) => {
    if (r.role !== 'ignore' && r.role !== 'serial' && winner.get(r.role) !== i) {
      r.role = 'ignore';
      r.confidence = 0;
    }
  });
  const columns: ColumnMapping[] = raw.map((r) => ({
    col: r.col,
    address: toA1(row, r.col),
    header: r.header,
    role: r.role,
    confidence: r.confidence,
    source: 'auto',
  }));
  const block: BlockMapping = { kind, range, headerTop: row, headerBottom: row, columns, rangeSource: 'user' };
  return { sheet: sheet.name, range, blocks: [block], confidence: tableConfidence([block]), confirmed: false };
}
