/**
 * 添加未识别的表格 of the 识别映射 view: the pure draft step (checks, refusals in Chinese, the new
 * table in the draft) and, over the in-memory host, the saved table read back by the next 检查.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { rangeFromA1 } from '../../src/core/grid/a1';
import { sheetFromValues, type Workbook } from '../../src/core/grid/types';
import { MAPPING_SHEET } from '../../src/core/mapping/types';
import { templateLayouts } from '../../src/core/template/definition';
import { createMemoryHost } from '../../src/hosts/memory';
import {
  addableSheetNames,
  confirmedMapping,
  draftOf,
  draftProblems,
  type MappingDraft,
  withAddedTable,
  withRole,
} from '../../src/taskpane/components/mapping-panel';
import { createPaneOperations } from '../../src/taskpane/operations';
import { sampleWorkbook } from './sample';
import { UNRECOGNISED_RANGE, UNRECOGNISED_SHEET, unrecognisedWorkbook } from './unrecognised-sample';

const added = (r: ReturnType<typeof withAddedTable>): MappingDraft => {
  if ('error' in r) throw new Error(r.error);
  return r.draft;
};
const refusal = (r: ReturnType<typeof withAddedTable>): string => ('error' in r ? r.error : 'added');

describe('添加未识别的表格: the draft step', () => {
  const wb = unrecognisedWorkbook();
  const empty = draftOf(analyseWorkbook(wb).recognised);

  test('recognition finds no table in the workbook (the header words are in no family)', () => {
    expect(empty.tables).toEqual([]);
    expect(empty.dirty).toBe(false);
  });

  test('the sheets offered: every sheet but the settings sheet _jixiao_mapping', () => {
    const withSettings: Workbook = { sheets: [...wb.sheets, sheetFromValues(MAPPING_SHEET, [['jixiao-mapping']])] };
    expect(addableSheetNames(withSettings.sheets)).toEqual([UNRECOGNISED_SHEET, '说明']);
  });

  test('a valid range joins the draft, dirty, with the guessed roles; unguessed columns are ignore', () => {
    const d = added(withAddedTable(empty, wb.sheets, UNRECOGNISED_SHEET, 'indicators', ' a3:g6 '));
    expect(d.dirty).toBe(true);
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0];
    expect(t.kind).toBeUndefined();
    expect(t.rangeTexts).toEqual(['A3:G6']);
    expect(t.mapping).toMatchObject({ sheet: UNRECOGNISED_SHEET, range: rangeFromA1('A3:G6'), confirmed: false, confidence: 0.26 });
    // By hand (recognition/families.ts guesses): 完成数 → actual, 满分值 → weight, 实得分 → score (0.6 each).
    expect(t.mapping.blocks[0].columns.map((c) => `${c.address}=${c.role}`)).toEqual(['A3=ignore', 'B3=ignore', 'C3=ignore', 'D3=actual', 'E3=weight', 'F3=score', 'G3=ignore']);
    expect(draftProblems(d)).toEqual([]);
  });

  test('roles of the added table are editable and 确认并保存 writes it confirmed, its range as a user range', () => {
    let d = added(withAddedTable(empty, wb.sheets, UNRECOGNISED_SHEET, 'indicators', UNRECOGNISED_RANGE));
    d = withRole(withRole(d, 0, 0, 1, 'name'), 0, 0, 2, 'target');
    const m = confirmedMapping(d);
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0].confirmed).toBe(true);
    expect(m.tables[0].blocks[0]).toMatchObject({ kind: 'indicators', range: rangeFromA1('A3:G6'), headerTop: 2, headerBottom: 2, rangeSource: 'user' });
    expect(m.tables[0].blocks[0].columns.filter((c) => c.source === 'user').map((c) => `${c.address}=${c.role}`)).toEqual(['B3=name', 'C3=target']);
  });

  const sample = sampleWorkbook();
  const sampleDraft = draftOf(analyseWorkbook(sample).recognised);
  const REFUSALS: ReadonlyArray<readonly [string, Workbook, MappingDraft, string, string, string]> = [
    ['an unknown sheet', wb, empty, '没有', 'A3:G6', '请选择要添加表格的工作表'],
    ['the settings sheet', { sheets: [...wb.sheets, sheetFromValues(MAPPING_SHEET, [['x', 'y'], ['1', '2']])] }, empty, MAPPING_SHEET, 'A1:B2', '请选择要添加表格的工作表'],
    ['a blank range', wb, empty, UNRECOGNISED_SHEET, '  ', '请输入区域，如 A5:I19'],
    ['an invalid range (the range field\'s message)', wb, empty, UNRECOGNISED_SHEET, 'A3:G', '“A3:G”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）'],
    ['a range beyond the sheet limits', wb, empty, UNRECOGNISED_SHEET, 'A3:XFE6', '“A3:XFE6”超出工作表范围（最多 1048576 行、XFD 列）'],
    ['a header row only', wb, empty, UNRECOGNISED_SHEET, 'A3:G3', '区域 A3:G3 只有表头（第 3 行）：请包含其下至少一行数据'],
    ['a blank header row', wb, empty, UNRECOGNISED_SHEET, 'A2:G6', '区域 A2:G6 的首行（第 2 行）没有任何表头文字：区域的第一行须为表头'],
    // The sample's table on 自评表 spans A1:I27 (its title to the 自评等级 row, docs/TEMPLATE.md).
    ['a range overlapping a listed table', sample, sampleDraft, '自评表', 'H20:K40', `区域 H20:K40 与已列出的表 1：工作表“自评表”（区域 A1:I27）重叠，请选择未识别的区域`],
    ['a range beside a listed table (rows 20–40 shared with A1:I27)', sample, sampleDraft, '自评表', 'K20:M40', '区域 K20:M40 与已列出的表 1：工作表“自评表”（区域 A1:I27）有相同的行：同一工作表上的表格须上下排列，不能并排'],
  ];

  test.each(REFUSALS)('refuses %s', (_name, book, draft, sheet, range, message) => {
    expect(refusal(withAddedTable(draft, book.sheets, sheet, 'indicators', range))).toBe(message);
  });

  test('a table added before counts too: overlapping or beside it is refused; below it or on another sheet is not', () => {
    const d = added(withAddedTable(empty, wb.sheets, UNRECOGNISED_SHEET, 'indicators', UNRECOGNISED_RANGE));
    expect(refusal(withAddedTable(d, wb.sheets, UNRECOGNISED_SHEET, 'funds', 'G1:H4'))).toBe('区域 G1:H4 与已列出的表 1：工作表“考核表”（区域 A3:G6）重叠，请选择未识别的区域');
    expect(refusal(withAddedTable(d, wb.sheets, UNRECOGNISED_SHEET, 'funds', 'I6:J9'))).toBe('区域 I6:J9 与已列出的表 1：工作表“考核表”（区域 A3:G6）有相同的行：同一工作表上的表格须上下排列，不能并排');
    // Below it (row 7 on) the position is fine: refused only for its blank header row (the sheet ends at row 6).
    expect(refusal(withAddedTable(d, wb.sheets, UNRECOGNISED_SHEET, 'funds', 'A7:B9'))).toBe('区域 A7:B9 的首行（第 7 行）没有任何表头文字：区域的第一行须为表头');
    // On another sheet: accepted.
    const two = added(withAddedTable(d, wb.sheets, '说明', 'funds', 'A1:A2'));
    expect(two.tables.map((t) => [t.mapping.sheet, t.mapping.blocks[0].kind])).toEqual([[UNRECOGNISED_SHEET, 'indicators'], ['说明', 'funds']]);
  });
});

describe('添加未识别的表格: saved, the next 检查 reads the table', () => {
  test('the added table with 考核小项 → 三级指标 and 目标数 → 年度指标值: S03 at F5 (实得分 25 > 满分值 20)', async () => {
    const host = createMemoryHost(unrecognisedWorkbook());
    const ops = createPaneOperations({ host, marker: host, analyse: (w) => analyseWorkbook(w), templateLayouts, loadReport: async () => { throw new Error('no report'); } });
    const first = await ops.check();
    expect(first.recognised.tables).toEqual([]);
    expect(first.workbook?.sheets.map((s) => s.name)).toEqual([UNRECOGNISED_SHEET, '说明']);
    let d = added(withAddedTable(draftOf(first.recognised), first.workbook!.sheets, UNRECOGNISED_SHEET, 'indicators', UNRECOGNISED_RANGE));
    d = withRole(withRole(d, 0, 0, 1, 'name'), 0, 0, 2, 'target');
    const after = await ops.saveMapping(confirmedMapping(d));
    expect(after.recognised.tables.map((t) => t.sheet)).toEqual([UNRECOGNISED_SHEET]);
    expect(after.recognised.mappings![0].confirmed).toBe(true);
    expect(after.findings.filter((f) => f.rule === 'S03').map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${UNRECOGNISED_SHEET}!F5`]);
    expect(after.workbook?.sheets.map((s) => s.name)).toEqual([UNRECOGNISED_SHEET, '说明', MAPPING_SHEET]);
    // Read back as a confirmed table, it lists again in the view, not as a new guess.
    expect(draftOf(after.recognised).tables[0].mapping.blocks[0].columns.find((c) => c.address === 'B3')).toMatchObject({ role: 'name', source: 'user' });
  });
});
