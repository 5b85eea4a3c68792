/**
 * The evaluation tables (自评表) of one sheet — one or several stacked (one per project) — each
 * with title, 单位/项目名称, funds block, 年度总体目标, indicator block, 总分 and 等级, all found by
 * label (RULES §2.3), never by position. A confirmed mapping (mapping/types.ts) fixes a block's
 * header rows, column roles and, when selected by hand, its range.
 */
import type { CellRange } from '../grid/types';
import { toA1 } from '../grid/a1';
import { normalizeText, splitLabelValue } from '../grid/text';
import type { EvaluationTable, IndicatorColumnRole, NarrativeField, RecognitionNote, TableKind, TextField } from '../model';
import type { BlockMapping, FundsColumnRole, TableMapping } from '../mapping/types';
import {
  GOAL_ACTUAL,
  GOAL_EXPECTED,
  GOAL_LABELS,
  GRADE_LABELS,
  NARRATIVE_LABELS,
  UNIT_LABELS,
  isTitleText,
  unitNamePriority,
  unitNamed,
} from './families';
import { fundsHeaderAt, recogniseFunds, type UnitSource } from './funds-block';
import { type Header, headerFromMapping } from './header';
import { indicatorHeaderAt, recogniseIndicators } from './indicator-block';
import { blockMapping, tableMapping } from './mapping-of';
import { BOUNDARY_CLASS, GOAL_CLASS, GRADE_CLASS, GROUP_CLASS, NARRATIVE_CLASS, headerRoleCount, rowHas } from './row-classes';
import { type Position, type SheetView, unionRange } from './sheet-view';

/**
 * The first real cell (row-major) in rows [from, to) whose label key is in `labels`; with a row
 * class (row-classes.ts) of the labels, rows without one are skipped unread.
 */
function findLabel(view: SheetView, labels: ReadonlySet<string>, from = 0, to = view.rows, rowClass = 0): Position | undefined {
  const end = Math.min(to, view.rows);
  for (let r = from; r < end; r++) {
    if (rowClass !== 0 && !rowHas(view, r, rowClass)) continue;
    const cols = view.realCols(r);
    for (let i = 0; i < cols.length; i++) if (labels.has(view.key(r, cols[i]))) return { row: r, col: cols[i] };
  }
  return undefined;
}

/** The next real cell right of the cell at `at` (its merge included); undefined past the sheet's last column. */
function nextRight(view: SheetView, at: Position): Position | undefined {
  const area = view.area(at.row, at.col);
  for (let c = area.right + 1; c < view.cols; c++) if (!view.covered(at.row, c)) return { row: at.row, col: c };
  return undefined;
}

/** A label's value: the next non-blank real cell right of it (a lost merge leaves blanks between), else the next real cell. */
function nextValue(view: SheetView, at: Position): Position | undefined {
  const first = nextRight(view, at);
  for (let p = first; p; p = nextRight(view, p)) if (view.text(p.row, p.col).trim() !== '') return p;
  return first;
}

function areaOf(view: SheetView, p: Position | undefined): CellRange[] {
  return p ? [view.area(p.row, p.col)] : [];
}

/** `金额单位 | 元`, `单位：万元`: a unit the sheet states in rows [from, before). */
function explicitUnit(view: SheetView, from: number, before: number): { unit?: UnitSource; cells: CellRange[] } {
  for (let r = from; r < before; r++) {
    const cols = view.realCols(r);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const text = view.text(r, c);
      if (text === '') continue;
      const { label, valueText } = splitLabelValue(text);
      if (!UNIT_LABELS.has(view.keyOf(label))) continue;
      if (valueText !== undefined) {
        const unit = unitNamed(valueText);
        if (unit) return { unit: { unit, address: toA1(r, c) }, cells: areaOf(view, { row: r, col: c }) };
        continue;
      }
      const next = nextValue(view, { row: r, col: c });
      const unit = next ? unitNamed(view.text(next.row, next.col)) : undefined;
      if (next && unit) return { unit: { unit, address: toA1(next.row, next.col) }, cells: [...areaOf(view, { row: r, col: c }), ...areaOf(view, next)] };
    }
  }
  return { cells: [] };
}

/** 预算部门名称 / 项目名称 / 主管部门 … in rows [from, before): the best-ranked label's value. */
function unitName(view: SheetView, from: number, before: number): { field?: TextField; cells: CellRange[]; project: boolean } {
  let best: { rank: number; field: TextField; cells: CellRange[] } | undefined;
  let project = false;
  for (let r = from; r < before; r++) {
    const cols = view.realCols(r);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const text = view.text(r, c);
      if (text === '') continue;
      const { label, valueText } = splitLabelValue(text);
      const key = view.keyOf(label);
      const rank = unitNamePriority(key);
      if (rank === 1) project = true;
      if (rank === undefined || (best && best.rank <= rank)) continue;
      if (valueText !== undefined) {
        best = { rank, field: { cell: view.source(r, c), text: valueText }, cells: areaOf(view, { row: r, col: c }) };
        continue;
      }
      const next = nextValue(view, { row: r, col: c });
      if (next) best = { rank, field: view.textField(next.row, next.col), cells: [...areaOf(view, { row: r, col: c }), ...areaOf(view, next)] };
    }
  }
  return best ? { field: best.field, cells: best.cells, project } : { cells: [], project };
}

function title(view: SheetView, from: number, before: number): TextField | undefined {
  for (let r = from; r < before; r++) {
    const cols = view.realCols(r);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const text = view.text(r, c);
      if (text !== '' && isTitleText(normalizeText(text))) return view.textField(r, c);
    }
  }
  return undefined;
}

/** 年度总体目标: values under the 预期目标 / 实际完成情况 headers, or right of the label when there are none. */
function overallGoal(view: SheetView, at: Position): { goal: NonNullable<EvaluationTable['overallGoal']>; cells: CellRange[] } {
  const labelArea = view.area(at.row, at.col);
  const cells: CellRange[] = [labelArea];
  const under = (labels: ReadonlySet<string>): TextField | undefined => {
    // The 预期目标 / 实际完成情况 headers sit on the label's row or the row below it.
    const h = findLabel(view, labels, at.row, at.row + 2);
    if (!h || h.col <= labelArea.right) return undefined;
    const hArea = view.area(h.row, h.col);
    cells.push(hArea);
    const row = hArea.bottom + 1;
    if (row >= view.rows) return undefined;
    const a = view.anchor(row, h.col);
    cells.push(view.area(a.row, a.col));
    return view.textField(a.row, a.col);
  };
  const expected = under(GOAL_EXPECTED);
  const actual = under(GOAL_ACTUAL);
  if (expected || actual) return { goal: { ...(expected ? { expected } : {}), ...(actual ? { actual } : {}) }, cells };
  const next = nextValue(view, at);
  if (!next) return { goal: {}, cells };
  cells.push(view.area(next.row, next.col));
  return { goal: { expected: view.textField(next.row, next.col) }, cells };
}

/**
 * 等级: the first non-blank real cell right of the label up to the 得分 column; when all are blank,
 * the 得分 column's cell (template G27, under 总分 G26), else the next real cell to the right.
 */
function grade(view: SheetView, at: Position, scoreCol: number | undefined): TextField | undefined {
  const area = view.area(at.row, at.col);
  const limit = scoreCol !== undefined && scoreCol > area.right && !view.covered(at.row, scoreCol) ? scoreCol : undefined;
  const first = nextRight(view, at);
  for (let p = first; p && (limit === undefined || p.col <= limit); p = nextRight(view, p)) {
    if (view.text(p.row, p.col).trim() !== '') return view.textField(p.row, p.col);
  }
  if (limit !== undefined) return view.textField(at.row, limit);
  return first ? view.textField(first.row, first.col) : undefined;
}

/**
 * Narrative rows in rows [from, to): the first cell of each whose label is a NARRATIVE_LABELS key,
 * with the next non-blank cell right of it as the answer (a blank answer cell when all are blank).
 */
function narrativeRows(view: SheetView, from: number, to: number): { fields: NarrativeField[]; cells: CellRange[] } {
  const fields: NarrativeField[] = [];
  const cells: CellRange[] = [];
  const end = Math.min(to, view.rows);
  for (let r = from; r < end; r++) {
    // A block's header row may hold such a word as a column label: never a narrative row.
    if (!rowHas(view, r, NARRATIVE_CLASS) || headerRoleCount(view, r) >= 2) continue;
    const cols = view.realCols(r);
    for (let i = 0; i < cols.length; i++) {
      const kind = NARRATIVE_LABELS.get(view.key(r, cols[i]));
      if (kind === undefined) continue;
      const at = { row: r, col: cols[i] };
      let next = nextValue(view, at);
      // A label heading its answer (`年度目标完成情况` over `完成`): the cell below, when nothing is right of it.
      if (!next || view.text(next.row, next.col).trim() === '') {
        const area = view.area(r, cols[i]);
        const below = area.bottom + 1 < view.rows ? view.anchor(area.bottom + 1, cols[i]) : undefined;
        if (below && view.text(below.row, below.col).trim() !== '') next = below;
      }
      if (!next) break;
      fields.push({ kind, label: view.textField(r, cols[i]), answer: view.textField(next.row, next.col) });
      cells.push(view.area(r, cols[i]), view.area(next.row, next.col));
      break;
    }
  }
  return { fields, cells };
}

/** A 项目支出 title makes the table a project table. */
const PROJECT_TITLE = /项目支出/u;

/**
 * A row that ends the block above it: another block's header, a title, a 项目名称 / 部门名称 row,
 * 年度总体目标 or 等级. Cheap for data rows: the row classes say whether it holds such a label, and
 * the header test runs only when two cells look like headers.
 */
function isBoundary(view: SheetView, row: number): boolean {
  if (rowHas(view, row, BOUNDARY_CLASS)) return true;
  return headerRoleCount(view, row) >= 2 && (fundsHeaderAt(view, row) !== undefined || indicatorHeaderAt(view, row) !== undefined);
}

/** A quick test before reading a header: two header labels on the row, or group labels over them. */
function mayBeHeader(view: SheetView, row: number): boolean {
  const roles = headerRoleCount(view, row);
  if (roles >= 2) return true;
  // With no header label on the row, a group label (`指标值`) may stand over a row of them.
  if ((roles === 0 && !rowHas(view, row, GROUP_CLASS)) || row + 1 >= view.rows) return false;
  return headerRoleCount(view, row + 1) >= 2;
}

type FoundBlock =
  | { readonly kind: 'funds'; readonly header: Header<FundsColumnRole>; readonly end: number; readonly fixedBottom?: number; readonly confirmed?: BlockMapping }
  | {
      readonly kind: 'indicators';
      readonly header: Header<IndicatorColumnRole>;
      readonly block: ReturnType<typeof recogniseIndicators>;
      readonly notes: readonly RecognitionNote[];
      readonly confirmed?: BlockMapping;
    };

function blockBottom(b: FoundBlock): number {
  return b.kind === 'funds' ? b.end - 1 : b.block.range.bottom;
}

/** Blocks confirmed in the saved mapping, by their first header row. */
function confirmedBlocks(mapped: readonly TableMapping[]): Map<number, BlockMapping> {
  const out = new Map<number, BlockMapping>();
  for (const t of mapped) for (const b of t.blocks) out.set(b.headerTop, b);
  return out;
}

/** Phase 1: every block of the sheet, top to bottom. */
function findBlocks(view: SheetView, mapped: readonly TableMapping[]): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  const confirmed = confirmedBlocks(mapped);
  let r = 0;
  while (r < view.rows) {
    const c = confirmed.get(r);
    if (c) {
      const header = headerFromMapping<string>(view, c.headerTop, c.headerBottom, c.columns);
      const fixedBottom = c.rangeSource === 'user' ? c.range.bottom : undefined;
      if (c.kind === 'funds') {
        const end = fixedBottom !== undefined ? fixedBottom + 1 : fundsEnd(view, header.bottom + 1);
        blocks.push({ kind: 'funds', header: header as Header<FundsColumnRole>, end, fixedBottom, confirmed: c });
        r = end;
      } else {
        const notes: RecognitionNote[] = [];
        const block = recogniseIndicators(view, header as Header<IndicatorColumnRole>, notes, (x) => isBoundary(view, x), fixedBottom);
        blocks.push({ kind: 'indicators', header: header as Header<IndicatorColumnRole>, block, notes, confirmed: c });
        r = block.range.bottom + 1;
      }
      continue;
    }
    if (!mayBeHeader(view, r)) {
      r++;
      continue;
    }
    const funds = fundsHeaderAt(view, r);
    if (funds) {
      const end = fundsEnd(view, funds.bottom + 1);
      blocks.push({ kind: 'funds', header: funds, end });
      r = end;
      continue;
    }
    const indicators = indicatorHeaderAt(view, r);
    if (indicators) {
      const notes: RecognitionNote[] = [];
      const block = recogniseIndicators(view, indicators, notes, (x) => isBoundary(view, x));
      blocks.push({ kind: 'indicators', header: indicators, block, notes });
      r = block.range.bottom + 1;
      continue;
    }
    r++;
  }
  return blocks;
}

/** The funds block's rows end at the next boundary row (年度总体目标, the indicator header …). */
function fundsEnd(view: SheetView, from: number): number {
  for (let r = from; r < view.rows; r++) if (isBoundary(view, r)) return r;
  return view.rows;
}

/** Phase 2: group blocks into tables — a table has at most one funds block, before its indicators. */
function groupTables(blocks: readonly FoundBlock[]): FoundBlock[][] {
  const tables: FoundBlock[][] = [];
  let current: FoundBlock[] = [];
  for (const b of blocks) {
    const startsNew = b.kind === 'funds' ? current.length > 0 : current.some((x) => x.kind === 'indicators');
    if (startsNew) {
      tables.push(current);
      current = [];
    }
    current.push(b);
  }
  if (current.length > 0) tables.push(current);
  return tables;
}

function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}

export interface SheetTables {
  readonly tables: readonly EvaluationTable[];
  readonly mappings: readonly TableMapping[];
}

/** Recognise every evaluation table of the sheet; `mapped` are the sheet's confirmed mappings. */
export function recogniseSheetTables(view: SheetView, notes: RecognitionNote[], mapped: readonly TableMapping[] = []): SheetTables {
  const groups = groupTables(findBlocks(view, mapped));
  const tables: EvaluationTable[] = [];
  const mappings: TableMapping[] = [];
  let preambleStart = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const first = group[0];
    const firstTop = first.header.top;
    const nextTop = i + 1 < groups.length ? groups[i + 1][0].header.top : view.rows;
    let fundsFound: Extract<FoundBlock, { kind: 'funds' }> | undefined;
    let indFound: Extract<FoundBlock, { kind: 'indicators' }> | undefined;
    let lastBottom = Number.NEGATIVE_INFINITY;
    let confirmed = false;
    for (let j = 0; j < group.length; j++) {
      const b = group[j];
      if (b.kind === 'funds') fundsFound ??= b;
      else indFound ??= b;
      lastBottom = Math.max(lastBottom, blockBottom(b));
      if (b.confirmed !== undefined) confirmed = true;
    }
    const unit = explicitUnit(view, preambleStart, firstTop);
    const named = unitName(view, preambleStart, firstTop);
    const titleField = title(view, preambleStart, firstTop);
    // 年度总体目标 sits above the indicators (below them in a few layouts).
    const goalAt =
      findLabel(view, GOAL_LABELS, preambleStart, indFound ? indFound.header.top : nextTop, GOAL_CLASS) ??
      (indFound ? findLabel(view, GOAL_LABELS, indFound.block.range.bottom + 1, nextTop, GOAL_CLASS) : undefined);

    const tableNotes: RecognitionNote[] = [];
    const funds = fundsFound ? recogniseFunds(view, fundsFound.header, fundsFound.end, tableNotes, unit.unit, fundsFound.fixedBottom) : undefined;
    const indicators = indFound?.block;
    if (indFound) for (let j = 0; j < indFound.notes.length; j++) tableNotes.push(indFound.notes[j]);
    const gradeAt = findLabel(view, GRADE_LABELS, lastBottom + 1, nextTop, GRADE_CLASS);
    const goal = goalAt ? overallGoal(view, goalAt) : undefined;
    const narrative = narrativeRows(view, preambleStart, nextTop);
    const gradeField = gradeAt ? grade(view, gradeAt, indicators?.columns.score) : undefined;

    const kind: TableKind = (titleField && PROJECT_TITLE.test(normalizeText(titleField.text))) || named.project ? 'project' : 'department';
    const single = funds?.block.singleFigureBreakdowns === true;
    const layout =
      kind === 'project'
        ? funds
          ? 'national-project'
          : 'generic'
        : single
          ? 'hunan-department'
          : funds && funds.columns.has('share') && funds.columns.has('label')
            ? 'template'
            : 'generic';

    // Every cell the table was read from, in a fixed order.
    const cells: CellRange[] = [];
    if (titleField) cells.push(view.area(titleField.cell.row, titleField.cell.col));
    pushAll(cells, named.cells);
    pushAll(cells, unit.cells);
    if (funds) cells.push(funds.block.range);
    if (goal) pushAll(cells, goal.cells);
    if (indicators) cells.push(indicators.range);
    if (gradeAt) cells.push(view.area(gradeAt.row, gradeAt.col));
    if (gradeField) cells.push(view.area(gradeField.cell.row, gradeField.cell.col));
    pushAll(cells, narrative.cells);
    const range = unionRange(cells)!;

    // Optional fields assigned in the model's key order.
    const table: { -readonly [K in keyof EvaluationTable]: EvaluationTable[K] } = { kind, sheet: view.sheet.name, range, layout };
    if (titleField) table.title = titleField;
    if (named.field) table.unitName = named.field;
    if (funds) table.funds = funds.block;
    if (indicators) table.indicators = indicators;
    if (gradeField) table.grade = gradeField;
    if (goal) table.overallGoal = goal.goal;
    if (narrative.fields.length > 0) table.narrative = narrative.fields;
    tables.push(table);
    pushAll(notes, tableNotes);
    const blocks: BlockMapping[] = [];
    if (fundsFound && funds) blocks.push(blockMapping(view, 'funds', fundsFound.header, funds.block.range, fundsFound.confirmed, funds.labelCol));
    if (indFound && indicators) blocks.push(blockMapping(view, 'indicators', indFound.header, indicators.range, indFound.confirmed));
    mappings.push(tableMapping(view.sheet.name, range, blocks, confirmed));
    preambleStart = Math.max(lastBottom + 1, gradeAt ? gradeAt.row + 1 : 0, gradeField ? gradeField.cell.row + 1 : 0);
  }
  return { tables, mappings };
}
