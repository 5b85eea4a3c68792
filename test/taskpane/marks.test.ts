/**
 * 标记到工作簿 / 清除标记 / 撤销 over the in-memory host (the reference semantics of the Excel and
 * WPS adapters): marks replace the previous ones, restore what was there (the template's fill, the
 * user's note), are recorded in the hidden `_jixiao_marks` sheet and refreshed by a re-check.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { finding } from '../../src/core/findings';
import { templateLayouts } from '../../src/core/template/definition';
import { createMemoryHost } from '../../src/hosts/memory';
import { createPaneOperations } from '../../src/taskpane/operations';
import { composeNote, MARK_NOTE_HEAD, MARKS_SHEET, planMarks, readMarkRecords, restoredLook, marksSheetLayout } from '../../src/taskpane/marks';
import { SEVERITY_FILL } from '../../src/taskpane/findings-sheet';
import { sampleWorkbook } from './sample';

const setup = () => {
  const host = createMemoryHost(sampleWorkbook());
  const ops = createPaneOperations({ host, marker: host, analyse: (w) => analyseWorkbook(w), templateLayouts, loadReport: async () => { throw new Error('none'); } });
  return { host, ops };
};

describe('marks: pure planning', () => {
  const cell = { sheet: '表', address: 'B2' };
  test('a mark keeps the user’s note first and its own part under the heading; removing restores both', () => {
    const now = [{ ...cell, fill: '#E2EFDA', note: '我的备注' }];
    const plan = planMarks([], [{ ...cell, color: '#FFC7CE', note: '总分不符：…' }], now, true);
    expect(plan.looks).toEqual([{ ...cell, fill: '#FFC7CE', note: `我的备注\n\n${MARK_NOTE_HEAD}\n总分不符：…` }]);
    expect(plan.records).toEqual([{ ...cell, beforeFill: '#E2EFDA', beforeNote: '我的备注', markFill: '#FFC7CE', markNote: `我的备注\n\n${MARK_NOTE_HEAD}\n总分不符：…` }]);
    expect(restoredLook(plan.records[0], plan.looks[0])).toEqual(now[0]);
  });

  test('what the user changed after marking stays theirs; only the mark’s own part goes', () => {
    const r = { ...cell, beforeFill: null, beforeNote: '原批注', markFill: '#FFC7CE', markNote: composeNote('原批注', 'x') };
    // The user recoloured the cell and added a line after our part.
    expect(restoredLook(r, { ...cell, fill: '#00B050', note: `${composeNote('原批注', 'x')}\n已核对` })).toEqual({ ...cell, fill: '#00B050', note: '原批注\n已核对' });
    // Unchanged mark: back to no fill and the original note.
    expect(restoredLook(r, { ...cell, fill: '#ffc7ce', note: composeNote('原批注', 'x') })).toEqual({ ...cell, fill: null, note: '原批注' });
  });

  test('records survive the round trip through the hidden sheet (empty = none)', () => {
    const records = [{ ...cell, beforeFill: null, beforeNote: null, markFill: '#FFEB9C', markNote: composeNote(null, 'a') }];
    const layout = marksSheetLayout(records);
    expect(layout.hidden).toBe(true);
    const sheet = { name: MARKS_SHEET, merges: [], cells: [] as { value: string }[][] };
    for (const c of layout.cells) (sheet.cells[c.row] ??= [])[c.col] = { value: c.value as string };
    expect(readMarkRecords({ sheets: [sheet] })).toEqual(records);
  });
});

describe('marks over the memory host', () => {
  const sample = sampleWorkbook();
  const findings = analyseWorkbook(sample).findings;
  const target = findings.find((f) => f.rule === 'F03' && f.sheet && f.cell)!;
  const ref = `${target.sheet}!${target.cell}`;

  test('标记 over a template fill and a user note, then 清除标记: fill and note equal the originals', async () => {
    const { host, ops } = setup();
    await host.writeLooks([{ sheet: target.sheet!, address: target.cell!, fill: '#FFF2CC', note: '财务科：此数据已核对' }]);
    const r = await ops.markWorkbook(findings);
    expect(r.replaced).toBe(0);
    expect(host.view().fills.get(ref)).toBe(SEVERITY_FILL.error);
    expect(host.view().notes.get(ref)!.startsWith('财务科：此数据已核对\n\n【绩效自评助手】\n资金得分不符：')).toBe(true);
    const wb = await host.readWorkbook();
    expect(wb.sheets.some((s) => s.name === MARKS_SHEET)).toBe(true);
    expect(host.view().hiddenSheets.has(MARKS_SHEET)).toBe(true);
    // The records sheet is not read as input: the findings do not change.
    expect(analyseWorkbook(wb).findings.filter((f) => f.sheet === MARKS_SHEET)).toEqual([]);

    const c = await ops.clearMarks();
    expect(c.cleared).toBe(r.filled);
    expect(host.view().fills.get(ref)).toBe('#FFF2CC');
    expect(host.view().notes.get(ref)).toBe('财务科：此数据已核对');
    // Every other marked cell is back to no fill and no note.
    for (const f of findings) if (f.sheet && f.cell && `${f.sheet}!${f.cell}` !== ref && sample.sheets.some((s) => s.name === f.sheet)) {
      expect(host.view().fills.has(`${f.sheet}!${f.cell}`)).toBe(false);
      expect(host.view().notes.has(`${f.sheet}!${f.cell}`)).toBe(false);
    }
    // 撤销 of 清除标记 puts the marks back.
    await ops.undo(c.undo);
    expect(host.view().fills.get(ref)).toBe(SEVERITY_FILL.error);
    expect(readMarkRecords(await host.readWorkbook())).toHaveLength(r.filled);
  });

  test('标记 again replaces the previous marks: a fixed cell loses its mark, and 撤销 restores the earlier state', async () => {
    const { host, ops } = setup();
    await ops.markWorkbook(findings);
    const only = finding({ rule: 'S05', sheet: target.sheet, cell: 'A1', message: '另一处' });
    const r = await ops.markWorkbook([only]);
    expect(r.replaced).toBeGreaterThan(1);
    expect(host.view().fills.has(ref)).toBe(false);
    expect(host.view().notes.has(ref)).toBe(false);
    expect(host.view().fills.get(`${target.sheet}!A1`)).toBe(SEVERITY_FILL.error);
    expect(readMarkRecords(await host.readWorkbook()).map((x) => `${x.sheet}!${x.address}`)).toEqual([`${target.sheet}!A1`]);
    await ops.undo(r.undo);
    expect(host.view().fills.get(ref)).toBe(SEVERITY_FILL.error);
    expect(host.view().fills.has(`${target.sheet}!A1`)).toBe(false);
  });

  test('a re-check refreshes the marks (only when the tool has marked the workbook)', async () => {
    const { host, ops } = setup();
    const plain = await ops.check();
    expect(plain.marksRefreshed).toBeUndefined();
    expect(host.view().version).toBe(0);
    await ops.markWorkbook([finding({ rule: 'S05', sheet: target.sheet, cell: 'A1', message: '旧的' })]);
    const again = await ops.check();
    expect(again.marksRefreshed).toBe(new Set(findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}!${f.cell}`)).size);
    expect(host.view().fills.has(`${target.sheet}!A1`)).toBe(findings.some((f) => f.sheet === target.sheet && f.cell === 'A1'));
    expect(host.view().fills.get(ref)).toBe(SEVERITY_FILL.error);
  });
});
