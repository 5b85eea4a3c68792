/**
 * 标记到工作簿 / 清除标记 through the Excel adapter (Office.js fake): the template's fill and the
 * user's note on a marked cell come back exactly, the records live on a hidden sheet, and the
 * number of context.sync() calls does not grow with the number of marked cells.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { finding } from '../../src/core/findings';
import { isCellError, type Workbook } from '../../src/core/grid/types';
import { templateLayouts } from '../../src/core/template/definition';
import { createExcelHost } from '../../src/hosts/excel';
import { createPaneOperations } from '../../src/taskpane/operations';
import { MARKS_SHEET } from '../../src/taskpane/marks';
import { FakeExcel } from '../hosts/excel/fake-excel';
import { sampleWorkbook } from './sample';

function fakeExcelOf(wb: Workbook): FakeExcel {
  const x = new FakeExcel();
  for (const s of wb.sheets) {
    x.addSheet(
      s.name,
      s.cells.map((r) =>
        [...r].map((c) => {
          if (!c || (c.value === null && c.formula === undefined && !c.numFmt)) return null;
          const v = c.value === null ? undefined : isCellError(c.value) ? c.value.error : c.value;
          return { ...(v !== undefined ? { v } : {}), ...(c.formula !== undefined ? { f: c.formula } : {}), ...(c.numFmt ? { fmt: c.numFmt } : {}) };
        }),
      ),
    );
  }
  return x;
}

const opsOver = (x: FakeExcel) => {
  const host = createExcelHost(x.environment());
  return createPaneOperations({ host, marker: host, analyse: (w) => analyseWorkbook(w), templateLayouts, loadReport: async () => { throw new Error('none'); } });
};

describe('marks in Excel (Office.js fake)', () => {
  const sample = sampleWorkbook();
  const findings = analyseWorkbook(sample).findings;
  const target = findings.find((f) => f.rule === 'F03' && f.sheet && f.cell)!;
  const [col, row] = [target.cell!.charCodeAt(0) - 65, Number(target.cell!.slice(1)) - 1];

  test('the template’s fill and the user’s note survive 标记 → 清除标记 exactly', async () => {
    const x = fakeExcelOf(sample);
    const sheet = x.sheetNamed(target.sheet!)!;
    sheet.ensure(row, col).format['format.fill.color'] = '#FFF2CC';
    sheet.notes.set(target.cell!, '复核：数据来自决算');
    const ops = opsOver(x);
    await ops.markWorkbook(findings);
    expect(sheet.cell(row, col)!.format['format.fill.color']).toBe('#FFC7CE');
    expect(sheet.notes.get(target.cell!)!.startsWith('复核：数据来自决算\n\n【绩效自评助手】\n资金得分不符：')).toBe(true);
    expect(x.sheetNamed(MARKS_SHEET)?.visibility).toBe('Hidden');
    await ops.clearMarks();
    expect(sheet.cell(row, col)!.format['format.fill.color']).toBe('#FFF2CC');
    expect(sheet.notes.get(target.cell!)).toBe('复核：数据来自决算');
    // Cells that had nothing are back to no fill and no note.
    const other = findings.find((f) => f.sheet === target.sheet && f.cell && f.cell !== target.cell)!;
    expect(sheet.notes.has(other.cell!)).toBe(false);
  });

  test('context.sync() calls of 标记到工作簿 do not depend on how many cells are marked', async () => {
    const syncsFor = async (list: typeof findings) => {
      const x = fakeExcelOf(sample);
      const ops = opsOver(x);
      x.resetCounters();
      await ops.markWorkbook(list);
      const mark = x.syncCount;
      x.resetCounters();
      await ops.clearMarks();
      return [mark, x.syncCount];
    };
    const one = [finding({ rule: 'S05', sheet: target.sheet, cell: 'A1', message: '一处' })];
    expect(await syncsFor(findings)).toEqual(await syncsFor(one));
  });
});
