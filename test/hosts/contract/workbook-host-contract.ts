/**
 * The host port (src/hosts/ports.ts) as a tested contract: `describeWorkbookHost` runs the same
 * behavioural tests against any WorkbookHost — the in-memory host, the .xlsx host, and the Excel
 * and WPS adapters over their strict fakes. Adding a host = implementing the port + one small
 * test file calling this with a `makeHost` for it.
 *
 * What a host cannot show through the port (is a sheet hidden, which sheet is active, which cell
 * selected) it shows through its `probe`, in its own terms (the fake's state, the package XML).
 * Expected values are stated by hand from the workbook below, never taken from a host.
 */
import type { CellMarker, WorkbookHost } from '../../../src/hosts/ports';
import type { Cell, Sheet, Workbook } from '../../../src/core/grid/types';
import type { SheetLayout } from '../../../src/core/grid/layout';
import type { CellWrite, WriteKind } from '../../../src/core/plan/write-plan';

/** A cell of a starting workbook: a value, or a number with its format. */
export type ContractCell = string | number | null | { readonly value: number; readonly numFmt: string };

export interface ContractSheet {
  readonly name: string;
  /** Rows from A1. */
  readonly rows: ReadonlyArray<ReadonlyArray<ContractCell>>;
}

export interface HostProbe {
  /** Whether the sheet is hidden from the user (a settings sheet). */
  hidden(sheet: string): boolean;
  /** The name of the active sheet. */
  activeSheet(): string | undefined;
  /** The selected cell, A1 (the active cell of the selection). */
  selection(): { readonly sheet: string; readonly address: string } | undefined;
}

export interface HostUnderTest {
  readonly host: WorkbookHost & Partial<CellMarker>;
  readonly probe: HostProbe;
}

export interface HostTraits {
  /** The error class the host refuses a bad write plan (or an unknown sheet to select) with. */
  readonly planError: abstract new (...args: never[]) => Error;
  /** The host implements CellMarker (标记到工作簿). */
  readonly marker: boolean;
  /** The host keeps formula-looking text as text with the text format '@' (Excel, memory). */
  readonly textFormat?: boolean;
}

/**
 * The starting workbook: 自评表 (active) and 说明. Stated by hand:
 * 自评表!A1 '项目', B1 '执行率', C1 '得分'; A2 '一般公共预算', B2 0.5 as 0.00%, C2 empty;
 * A3 '合计', C3 10 as 0.00. 说明!A1 '填表说明', B2 42.
 */
export const CONTRACT_SHEETS: readonly ContractSheet[] = [
  {
    name: '自评表',
    rows: [
      ['项目', '执行率', '得分'],
      ['一般公共预算', { value: 0.5, numFmt: '0.00%' }, null],
      ['合计', null, { value: 10, numFmt: '0.00' }],
    ],
  },
  { name: '说明', rows: [['填表说明'], [null, 42]] },
];

const S = '自评表';

/** A write with its address stated by hand (row and column 0-based, as the plan has them). */
function write(address: string, row: number, col: number, value: number | string, numFmt?: string, sheet = S, kind: WriteKind = 'indicatorScore'): CellWrite {
  return { sheet, row, col, address, kind, old: null, value, ...(numFmt !== undefined ? { numFmt } : {}) };
}

function cell(wb: Workbook, sheet: string, row: number, col: number): Cell | undefined {
  return wb.sheets.find((s) => s.name === sheet)?.cells[row]?.[col];
}

function names(wb: Workbook): string[] {
  return wb.sheets.map((s) => s.name);
}

/** The values of a sheet, row by row, trailing blanks dropped: what a host's grid says, format-free. */
function valuesOf(sheet: Sheet | undefined): unknown[][] {
  if (!sheet) return [];
  const rows = sheet.cells.map((r) => {
    const values = Array.from({ length: r.length }, (_, i) => r[i]?.value ?? null);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const SETTINGS = '_jixiao_mapping';
const settings = (value: string, hidden?: boolean): SheetLayout => ({
  name: SETTINGS,
  cells: [
    { row: 0, col: 0, value: 'jixiao-mapping' },
    { row: 0, col: 1, value },
  ],
  merges: [],
  columnWidths: [10, 10],
  ...(hidden === undefined ? {} : { hidden }),
});

/** A 检查结果 sheet: a merged title, styled numbers, formula-looking text, a formula. */
const RESULTS: SheetLayout = {
  name: '检查结果',
  cells: [
    { row: 0, col: 0, value: '检查结果', style: 'title' },
    { row: 1, col: 0, value: '=总分不符', style: 'label' },
    { row: 1, col: 1, value: 12.5, style: 'output' },
    { row: 2, col: 0, value: '-3', style: 'label' },
    { row: 2, col: 1, value: 0.25, style: 'outputPercent' },
    { row: 3, col: 1, value: null, formula: 'SUM(B2:B3)', style: 'output' },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  columnWidths: [20, 12],
};

export function describeWorkbookHost(name: string, makeHost: (sheets: readonly ContractSheet[]) => Promise<HostUnderTest>, traits: HostTraits): void {
  const make = () => makeHost(CONTRACT_SHEETS);

  describe(`WorkbookHost contract: ${name}`, () => {
    describe('readWorkbook', () => {
      test('every sheet in workbook order, values as typed, number formats', async () => {
        const { host } = await make();
        const wb = await host.readWorkbook();
        expect(names(wb)).toEqual(['自评表', '说明']);
        expect(valuesOf(wb.sheets[0])).toEqual([
          ['项目', '执行率', '得分'],
          ['一般公共预算', 0.5],
          ['合计', null, 10],
        ]);
        expect(valuesOf(wb.sheets[1])).toEqual([['填表说明'], [null, 42]]);
        expect(cell(wb, S, 1, 1)).toMatchObject({ value: 0.5, numFmt: '0.00%' });
        expect(cell(wb, S, 2, 2)).toMatchObject({ value: 10, numFmt: '0.00' });
        for (const c of wb.sheets.flatMap((s) => s.cells.flat())) expect(c?.formula).toBeUndefined();
      });

      test('readSheets, where the host has it, gives the same names and grids one sheet at a time', async () => {
        const { host } = await make();
        if (!host.readSheets) return;
        const whole = await host.readWorkbook();
        const source = await host.readSheets();
        expect([...source.names]).toEqual(names(whole));
        for (const n of source.names) expect(source.read(n)).toEqual(whole.sheets.find((s) => s.name === n));
      });
    });

    describe('applyWrites', () => {
      test('numbers are written with their number format; text as text', async () => {
        const { host } = await make();
        await host.applyWrites([write('C2', 1, 2, 9.5, '0.00'), write('B2', 1, 1, 0.75, '0.00%', S, 'executionRate'), write('D3', 2, 3, '优', undefined, S, 'grade')]);
        const wb = await host.readWorkbook();
        expect(cell(wb, S, 1, 2)).toMatchObject({ value: 9.5, numFmt: '0.00' });
        expect(cell(wb, S, 1, 1)).toMatchObject({ value: 0.75, numFmt: '0.00%' });
        expect(cell(wb, S, 2, 3)).toMatchObject({ value: '优' });
        // Untouched cells stay as they were.
        expect(cell(wb, S, 2, 2)).toMatchObject({ value: 10, numFmt: '0.00' });
        expect(cell(wb, S, 0, 0)).toMatchObject({ value: '项目' });
      });

      test('a write outside the used range, on another sheet, lands there', async () => {
        const { host } = await make();
        await host.applyWrites([write('E6', 5, 4, 1.25, '0.00', '说明')]);
        expect(cell(await host.readWorkbook(), '说明', 5, 4)).toMatchObject({ value: 1.25, numFmt: '0.00' });
      });

      test.each(['=1+1', '+5', '-3', '@SUM(A1)', '=HYPERLINK("http://x")'])('text %s is written as text, never a formula', async (text) => {
        const { host } = await make();
        await host.applyWrites([write('C2', 1, 2, text, undefined, S, 'grade')]);
        const c = cell(await host.readWorkbook(), S, 1, 2);
        expect(c?.value).toBe(text);
        expect(c?.formula).toBeUndefined();
        if (traits.textFormat) expect(c?.numFmt).toBe('@');
      });

      test('an empty plan changes nothing', async () => {
        const { host } = await make();
        const before = await host.readWorkbook();
        await host.applyWrites([]);
        expect(await host.readWorkbook()).toEqual(before);
      });

      const invalid: Array<[string, CellWrite, string]> = [
        ['an unknown sheet (the error names it)', write('A1', 0, 0, 1, '0.00', '不存在的表'), '不存在的表'],
        ['an address that disagrees with its row and column', write('G9', 1, 2, 1, '0.00'), 'G9'],
        ['an address that is not A1', write('第一格', 1, 2, 1, '0.00'), '第一格'],
        ['a row beyond the worksheet', write('A1048577', 1048576, 0, 1, '0.00'), 'A1048577'],
        ['NaN', write('C2', 1, 2, Number.NaN, '0.00'), 'C2'],
        ['Infinity', write('C2', 1, 2, Number.POSITIVE_INFINITY, '0.00'), 'C2'],
        ['-Infinity', write('C2', 1, 2, Number.NEGATIVE_INFINITY, '0.00'), 'C2'],
      ];
      test.each(invalid)('a plan with %s is refused, and nothing of it is written', async (_what, bad, named) => {
        const { host } = await make();
        const before = await host.readWorkbook();
        const err = await host.applyWrites([write('C2', 1, 2, 7, '0.00'), write('B2', 1, 1, 0.9, '0.00%'), bad]).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(traits.planError);
        expect((err as Error).message).toContain(named);
        expect(await host.readWorkbook()).toEqual(before);
      });
    });

    describe('writeSheet', () => {
      test('creates a sheet after the last one: values, number formats, formula-looking text as text, formulas, merges', async () => {
        const { host } = await make();
        await host.writeSheet(RESULTS);
        const wb = await host.readWorkbook();
        expect(names(wb)).toEqual(['自评表', '说明', '检查结果']);
        expect(cell(wb, '检查结果', 0, 0)).toMatchObject({ value: '检查结果' });
        expect(cell(wb, '检查结果', 1, 0)?.value).toBe('=总分不符');
        expect(cell(wb, '检查结果', 1, 0)?.formula).toBeUndefined();
        expect(cell(wb, '检查结果', 2, 0)?.value).toBe('-3');
        expect(cell(wb, '检查结果', 2, 0)?.formula).toBeUndefined();
        expect(cell(wb, '检查结果', 1, 1)).toMatchObject({ value: 12.5, numFmt: '0.00' });
        expect(cell(wb, '检查结果', 2, 1)).toMatchObject({ value: 0.25, numFmt: '0.00%' });
        expect(cell(wb, '检查结果', 3, 1)?.formula).toBe('SUM(B2:B3)');
        expect(wb.sheets[2].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
      });

      test('replaces the sheet of that name: one sheet, the old cells and merges gone', async () => {
        const { host } = await make();
        await host.writeSheet(RESULTS);
        await host.writeSheet({ name: '检查结果', cells: [{ row: 0, col: 0, value: '无问题' }], merges: [], columnWidths: [10] });
        const wb = await host.readWorkbook();
        expect(names(wb)).toEqual(['自评表', '说明', '检查结果']);
        expect(valuesOf(wb.sheets[2])).toEqual([['无问题']]);
        expect(wb.sheets[2].merges).toEqual([]);
      });

      test('activate makes the written sheet the active one; without it the user’s sheet stays active', async () => {
        const { host, probe } = await make();
        expect(probe.activeSheet()).toBe('自评表');
        await host.writeSheet(RESULTS);
        expect(probe.activeSheet()).toBe('自评表');
        await host.writeSheet({ ...RESULTS, name: '自评报告' }, { activate: true });
        expect(probe.activeSheet()).toBe('自评报告');
      });

      test(`a hidden layout (${SETTINGS}) is written hidden, still read, never activated`, async () => {
        const { host, probe } = await make();
        await host.writeSheet(settings('v1', true), { activate: true });
        expect(probe.hidden(SETTINGS)).toBe(true);
        expect(probe.hidden('自评表')).toBe(false);
        expect(probe.activeSheet()).toBe('自评表');
        const wb = await host.readWorkbook();
        expect(names(wb)).toEqual(['自评表', '说明', SETTINGS]);
        expect(valuesOf(wb.sheets[2])).toEqual([['jixiao-mapping', 'v1']]);
      });

      test.each([
        ['hidden absent', undefined],
        ['hidden: false', false],
      ])('a layout with %s is visible when new, and a hidden sheet rewritten with it stays hidden', async (_what, hidden) => {
        const { host, probe } = await make();
        await host.writeSheet(settings('v1', hidden));
        expect(probe.hidden(SETTINGS)).toBe(false);
        await host.writeSheet(settings('v2', true));
        await host.writeSheet(settings('v3', hidden));
        expect(probe.hidden(SETTINGS)).toBe(true);
        const wb = await host.readWorkbook();
        expect(names(wb).filter((n) => n === SETTINGS)).toHaveLength(1);
        expect(valuesOf(wb.sheets.find((s) => s.name === SETTINGS))).toEqual([['jixiao-mapping', 'v3']]);
      });

      test('hiding the active sheet makes the first visible sheet active (a hidden sheet is never the active one)', async () => {
        const { host, probe } = await make();
        await host.writeSheet(settings('visible first'), { activate: true });
        expect(probe.activeSheet()).toBe(SETTINGS);
        await host.writeSheet(settings('now hidden', true));
        expect(probe.hidden(SETTINGS)).toBe(true);
        expect(probe.activeSheet()).toBe('自评表');
      });

      test(`the ${'_jixiao_marks'} sheet, hidden, keeps the user's sheet active too`, async () => {
        const { host, probe } = await make();
        await host.writeSheet({ name: '_jixiao_marks', cells: [{ row: 0, col: 0, value: 'jixiao-marks' }], merges: [], columnWidths: [10], hidden: true });
        expect(probe.hidden('_jixiao_marks')).toBe(true);
        expect(probe.activeSheet()).toBe('自评表');
      });
    });

    describe('selectCell', () => {
      test('activates the sheet and selects the cell', async () => {
        const { host, probe } = await make();
        await host.selectCell('说明', 'B2');
        expect(probe.activeSheet()).toBe('说明');
        expect(probe.selection()).toEqual({ sheet: '说明', address: 'B2' });
        await host.selectCell('自评表', 'C3');
        expect(probe.activeSheet()).toBe('自评表');
        expect(probe.selection()).toEqual({ sheet: '自评表', address: 'C3' });
      });

      test('an unknown sheet is refused, naming it', async () => {
        const { host } = await make();
        const err = await host.selectCell('无此表', 'A1').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(Error);
        expect((err as Error).message).toContain('无此表');
      });

      test('a hidden sheet is not selected: refused, and it does not become the active sheet', async () => {
        const { host, probe } = await make();
        await host.writeSheet(settings('v1', true));
        await expect(host.selectCell(SETTINGS, 'A1')).rejects.toBeInstanceOf(Error);
        expect(probe.activeSheet()).toBe('自评表');
      });

      test('selecting changes no cell', async () => {
        const { host } = await make();
        const before = await host.readWorkbook();
        await host.selectCell('自评表', 'B2');
        expect(await host.readWorkbook()).toEqual(before);
      });
    });

    if (traits.marker) {
      describe('CellMarker', () => {
        test('readLooks → writeLooks → readLooks → restore: fills and notes come back as they were', async () => {
          const { host } = await make();
          const marker = host as WorkbookHost & CellMarker;
          const cells = [
            { sheet: S, address: 'C2' },
            { sheet: S, address: 'B2' },
          ];
          const before = await marker.readLooks(cells);
          expect(before).toEqual([
            { sheet: S, address: 'C2', fill: null, note: null },
            { sheet: S, address: 'B2', fill: null, note: null },
          ]);
          const r = await marker.writeLooks([
            { sheet: S, address: 'C2', fill: '#FFC7CE', note: '得分不符' },
            { sheet: S, address: 'B2', fill: '#FFEB9C', note: '执行率不符' },
          ]);
          expect(r).toEqual({ filled: 2, notesWritten: marker.notes });
          expect(await marker.readLooks(cells)).toEqual([
            { sheet: S, address: 'C2', fill: '#FFC7CE', note: marker.notes ? '得分不符' : null },
            { sheet: S, address: 'B2', fill: '#FFEB9C', note: marker.notes ? '执行率不符' : null },
          ]);
          await marker.writeLooks(before);
          expect(await marker.readLooks(cells)).toEqual(before);
        });

        test('marks change no value', async () => {
          const { host } = await make();
          const marker = host as WorkbookHost & CellMarker;
          const before = await host.readWorkbook();
          await marker.writeLooks([{ sheet: S, address: 'C3', fill: '#FFC7CE', note: '总分不符' }]);
          expect(valuesOf((await host.readWorkbook()).sheets[0])).toEqual(valuesOf(before.sheets[0]));
        });

        // Refused, not ignored; the message is the host's (Excel's says marking failed and keeps
        // Office.js's ItemNotFound as the cause, the others name the sheet).
        test('an unknown sheet is refused', async () => {
          const { host } = await make();
          const marker = host as WorkbookHost & CellMarker;
          await expect(marker.readLooks([{ sheet: '无此表', address: 'A1' }])).rejects.toBeInstanceOf(Error);
          await expect(marker.writeLooks([{ sheet: '无此表', address: 'A1', fill: null, note: null }])).rejects.toBeInstanceOf(Error);
        });
      });
    }
  });
}
