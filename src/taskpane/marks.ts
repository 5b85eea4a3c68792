/**
 * 标记到工作簿 / 清除标记, as pure functions: which fill and note each cell gets, and the record
 * of every mark the tool made, kept in the workbook itself (hidden sheet `_jixiao_marks`) so a
 * later session — or another computer — can remove exactly those marks and nothing else.
 *
 * A record holds the cell, what it looked like before (its fill — e.g. the template's own
 * input-cell fill — and a note the user already had) and what the mark wrote. Removing a mark
 * restores the earlier look only where the cell still shows the mark: a fill or a note the user
 * changed since is theirs and stays. A mark never replaces a user's note: the findings are
 * appended under a heading (MARK_NOTE_HEAD) and removed again exactly.
 */
import type { Cell, Sheet, Workbook } from '../core/grid/types';
import type { LayoutCell, SheetLayout } from '../core/grid/layout';
import type { CellLook, CellMark, CellRef } from '../hosts/ports';
import { PANE } from './phrases';

export const MARKS_SHEET = '_jixiao_marks';
export const MARK_NOTE_HEAD = '【绩效自评助手】';

export interface MarkRecord extends CellRef {
  readonly beforeFill: string | null;
  readonly beforeNote: string | null;
  readonly markFill: string;
  /** The whole note the mark wrote (null: the mark wrote no note). */
  readonly markNote: string | null;
}

const key = (c: CellRef) => `${c.sheet}!${c.address}`;
const HEADERS = PANE.marks.sheetHeaders;

/** The hidden sheet holding the records (a header row, then one row per marked cell). */
export function marksSheetLayout(records: readonly MarkRecord[]): SheetLayout {
  const cells: LayoutCell[] = HEADERS.map((h, col) => ({ row: 0, col, value: h }));
  records.forEach((r, i) => {
    const row = i + 1;
    [r.sheet, r.address, r.beforeFill ?? '', r.beforeNote ?? '', r.markFill, r.markNote ?? ''].forEach((value, col) => cells.push({ row, col, value }));
  });
  return { name: MARKS_SHEET, cells, merges: [], columnWidths: HEADERS.map(() => 12), hidden: true };
}

const text = (c: Cell | undefined): string => (c === undefined || c.value === null ? '' : String(c.value));
const orNull = (s: string): string | null => (s === '' ? null : s);

/** The records saved in the workbook (none when the sheet is absent or not ours). */
export function readMarkRecords(wb: Workbook): MarkRecord[] {
  const sheet: Sheet | undefined = wb.sheets.find((s) => s.name === MARKS_SHEET);
  if (!sheet) return [];
  const head = HEADERS.map((_, col) => text(sheet.cells[0]?.[col]));
  if (head.join('|') !== HEADERS.join('|')) return [];
  const out: MarkRecord[] = [];
  for (let r = 1; r < sheet.cells.length; r++) {
    const row = sheet.cells[r] ?? [];
    const [s, address, beforeFill, beforeNote, markFill, markNote] = HEADERS.map((_, col) => text(row[col]));
    if (s === '' || address === '' || markFill === '') continue;
    out.push({ sheet: s, address, beforeFill: orNull(beforeFill), beforeNote: orNull(beforeNote), markFill, markNote: orNull(markNote) });
  }
  return out;
}

/** A mark's note: the user's note kept first, the findings under the heading. */
export function composeNote(userNote: string | null, findingsText: string): string {
  const ours = `${MARK_NOTE_HEAD}\n${findingsText}`;
  return userNote === null ? ours : `${userNote}\n\n${ours}`;
}

const sameFill = (a: string | null, b: string | null) => (a ?? '').toUpperCase() === (b ?? '').toUpperCase();

/** What a marked cell goes back to, given how it looks now (parts the user changed stay theirs). */
export function restoredLook(record: MarkRecord, now: CellLook): CellLook {
  const fill = sameFill(now.fill, record.markFill) ? record.beforeFill : now.fill;
  let note = now.note;
  if (record.markNote !== null && now.note !== null) {
    if (now.note === record.markNote) note = record.beforeNote;
    else {
      // The user edited around our part: take out exactly what the mark added.
      const added = record.beforeNote === null ? record.markNote : record.markNote.slice(record.beforeNote.length);
      const at = now.note.indexOf(added);
      if (record.markNote.startsWith(record.beforeNote ?? '') && at >= 0) note = orNull((now.note.slice(0, at) + now.note.slice(at + added.length)).trim());
    }
  }
  return { sheet: record.sheet, address: record.address, fill, note };
}

export interface MarksPlan {
  /** Cells to write (only those whose look changes). */
  readonly looks: readonly CellLook[];
  /** The records after the change (to save in `_jixiao_marks`). */
  readonly records: readonly MarkRecord[];
}

/**
 * Replace the previous marks by `marks`: every previously marked cell goes back to its earlier
 * look, then the new marks are put over it (recording that look as "before").
 * `now`: the current look of every cell of `previous` and `marks`. `notes`: whether the host
 * writes notes (else notes are left as they are and recorded as not written).
 */
export function planMarks(previous: readonly MarkRecord[], marks: readonly CellMark[], now: readonly CellLook[], notes: boolean): MarksPlan {
  const current = new Map(now.map((l) => [key(l), l]));
  const lookOf = (c: CellRef): CellLook => current.get(key(c)) ?? { sheet: c.sheet, address: c.address, fill: null, note: null };
  const base = new Map<string, CellLook>();
  for (const r of previous) base.set(key(r), restoredLook(r, lookOf(r)));
  const target = new Map(base);
  const records: MarkRecord[] = [];
  for (const m of marks) {
    const b = base.get(key(m)) ?? lookOf(m);
    const markNote = notes && m.note ? composeNote(b.note, m.note) : null;
    target.set(key(m), { sheet: m.sheet, address: m.address, fill: m.color, note: markNote ?? b.note });
    records.push({ sheet: m.sheet, address: m.address, beforeFill: b.fill, beforeNote: b.note, markFill: m.color, markNote });
  }
  const looks = [...target.values()].filter((t) => {
    const n = lookOf(t);
    return !sameFill(n.fill, t.fill) || n.note !== t.note;
  });
  return { looks, records };
}

/** Every cell involved (previous and new), each once, in a stable order. */
export function cellsOf(previous: readonly CellRef[], marks: readonly CellRef[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const c of [...previous, ...marks]) if (!seen.has(key(c))) seen.set(key(c), { sheet: c.sheet, address: c.address });
  return [...seen.values()];
}
