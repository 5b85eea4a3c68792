/**
 * 标记到工作簿 in Excel: read and write cells' fill and note (批注/备注, ExcelApi 1.18).
 * Batched: reading is one sync, writing two (look up which notes exist, then write), whatever
 * the number of cells.
 *
 * "No fill" is `format.fill.pattern === 'None'` where ExcelApi 1.9 gives the pattern; below it,
 * Excel reports an unfilled cell as white (#FFFFFF), which is read as no fill (restoring it as
 * `fill.clear()` — what an unfilled cell is — rather than painting it white).
 */
import type { ExcelEnvironment } from './environment';
import { API } from './environment';
import type { CellLook, CellRef, MarkResult } from '../ports';

/** Fill.pattern is readable from ExcelApi 1.9. */
const PATTERN_API = '1.9';

function normaliseColor(c: string | null | undefined): string | null {
  if (!c) return null;
  return c.startsWith('#') ? c.toUpperCase() : c;
}

export async function readLooksIn(env: ExcelEnvironment, cells: readonly CellRef[]): Promise<CellLook[]> {
  if (cells.length === 0) return [];
  const notes = env.isSetSupported('ExcelApi', API.notes);
  const pattern = env.isSetSupported('ExcelApi', PATTERN_API);
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const loaded = cells.map((c) => {
      const ws = worksheets.getItem(c.sheet);
      const fill = ws.getRange(c.address).format.fill;
      fill.load(pattern ? 'color,pattern' : 'color');
      const note = notes ? ws.notes.getItemOrNullObject(c.address) : undefined;
      note?.load('content');
      return { fill, note };
    });
    await context.sync();
    return cells.map((c, i): CellLook => {
      const { fill, note } = loaded[i];
      const color = normaliseColor(fill.color);
      const none = pattern ? String(fill.pattern) === 'None' : color === '#FFFFFF';
      return {
        sheet: c.sheet,
        address: c.address,
        fill: none ? null : color,
        note: note && !note.isNullObject ? note.content : null,
      };
    });
  });
}

export async function writeLooksIn(env: ExcelEnvironment, looks: readonly CellLook[]): Promise<MarkResult> {
  if (looks.length === 0) return { filled: 0, notesWritten: false };
  const notes = env.isSetSupported('ExcelApi', API.notes);
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const existing = looks.map((l) => {
      if (!notes) return undefined;
      const n = worksheets.getItem(l.sheet).notes.getItemOrNullObject(l.address);
      n.load('isNullObject');
      return n;
    });
    await context.sync();
    looks.forEach((l, i) => {
      const ws = worksheets.getItem(l.sheet);
      const fill = ws.getRange(l.address).format.fill;
      if (l.fill === null) fill.clear();
      else fill.color = l.fill;
      const note = existing[i];
      if (!note) return;
      if (l.note === null) {
        if (!note.isNullObject) note.delete();
      } else if (note.isNullObject) ws.notes.add(l.address, l.note);
      else note.content = l.note;
    });
    await context.sync();
    return { filled: looks.length, notesWritten: notes };
  });
}
