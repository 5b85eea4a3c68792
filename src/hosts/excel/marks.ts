/**
 * 标记到工作簿: fill the cells of findings and, where ExcelApi 1.18 allows, add a note to each.
 * Two syncs: look up sheets and existing notes, then write fills and notes.
 */
import type { ExcelEnvironment } from './environment';
import { API } from './environment';
import type { CellMark, MarkResult } from '../ports';


export async function markCellsIn(env: ExcelEnvironment, marks: readonly CellMark[]): Promise<MarkResult> {
  if (marks.length === 0) return { filled: 0, notesWritten: false };
  const notes = env.isSetSupported('ExcelApi', API.notes);
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const existing = marks.map((m) => {
      if (!notes || !m.note) return undefined;
      const n = worksheets.getItem(m.sheet).notes.getItemOrNullObject(m.address);
      n.load('isNullObject');
      return n;
    });
    await context.sync();
    marks.forEach((m, i) => {
      const ws = worksheets.getItem(m.sheet);
      ws.getRange(m.address).format.fill.color = m.color;
      const note = existing[i];
      if (note && m.note) {
        if (note.isNullObject) ws.notes.add(m.address, m.note);
        else note.content = m.note;
      }
    });
    await context.sync();
    return { filled: marks.length, notesWritten: notes };
  });
}
