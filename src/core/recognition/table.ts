/**
 * One evaluation table (自评表) per sheet: title, 单位/项目名称, funds block, 年度总体目标,
 * indicator block, 总分 and 等级 — all found by label (SPEC §2.3), never by position.
 */
import type { CellRange } from '../grid/types';
import { normalizeText, splitLabelValue } from '../grid/text';
import type { EvaluationTable, RecognitionNote, TableKind, TextField } from '../model';
import {
  GOAL_ACTUAL,
  GOAL_EXPECTED,
  GOAL_LABELS,
  GRADE_LABELS,
  UNIT_LABELS,
  isTitleText,
  labelKey,
  unitNamePriority,
  unitNamed,
} from './families';
import { findFundsHeader, recogniseFunds, type UnitSource } from './funds-block';
import { findIndicatorHeader, recogniseIndicators } from './indicator-block';
import { type Position, type SheetView, unionRange } from './sheet-view';

/** The first real cell (row-major) in rows [from, to) whose label key is in `labels`. */
function findLabel(view: SheetView, labels: ReadonlySet<string>, from = 0, to = view.rows): Position | undefined {
  for (let r = from; r < to; r++) for (const c of view.realCols(r)) if (labels.has(labelKey(view.text(r, c)))) return { row: r, col: c };
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

function fieldAreas(view: SheetView, f: TextField | undefined): CellRange[] {
  return f ? [view.area(f.cell.row, f.cell.col)] : [];
}

/** `金额单位 | 元`, `单位：万元`: a unit the sheet states above its first block. */
function explicitUnit(view: SheetView, before: number): { unit?: UnitSource; cells: CellRange[] } {
  for (let r = 0; r < before; r++) {
    for (const c of view.realCols(r)) {
      const text = view.text(r, c);
      const { label, valueText } = splitLabelValue(text);
      if (!UNIT_LABELS.has(labelKey(label))) continue;
      if (valueText !== undefined) {
        const unit = unitNamed(valueText);
        if (unit) return { unit: { unit, address: view.source(r, c).address }, cells: areaOf(view, { row: r, col: c }) };
        continue;
      }
      const next = nextValue(view, { row: r, col: c });
      const unit = next ? unitNamed(view.text(next.row, next.col)) : undefined;
      if (next && unit) return { unit: { unit, address: view.source(next.row, next.col).address }, cells: [...areaOf(view, { row: r, col: c }), ...areaOf(view, next)] };
    }
  }
  return { cells: [] };
}

/** 预算部门名称 / 项目名称 / 主管部门 … above the first block: the best-ranked label's value. */
function unitName(view: SheetView, before: number): { field?: TextField; cells: CellRange[] } {
  let best: { rank: number; field: TextField; cells: CellRange[] } | undefined;
  for (let r = 0; r < before; r++) {
    for (const c of view.realCols(r)) {
      const text = view.text(r, c);
      const { label, valueText } = splitLabelValue(text);
      const rank = unitNamePriority(labelKey(label));
      if (rank === undefined || (best && best.rank <= rank)) continue;
      if (valueText !== undefined) {
        best = { rank, field: { cell: view.source(r, c), text: valueText }, cells: areaOf(view, { row: r, col: c }) };
        continue;
      }
      const next = nextValue(view, { row: r, col: c });
      if (next) best = { rank, field: view.textField(next.row, next.col), cells: [...areaOf(view, { row: r, col: c }), ...areaOf(view, next)] };
    }
  }
  return best ? { field: best.field, cells: best.cells } : { cells: [] };
}

function title(view: SheetView, before: number): TextField | undefined {
  for (let r = 0; r < before; r++) {
    for (const c of view.realCols(r)) if (isTitleText(normalizeText(view.text(r, c)))) return view.textField(r, c);
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

/** Recognise the sheet's evaluation table; undefined when it has neither a funds nor an indicator header. */
export function recogniseTable(view: SheetView, notes: RecognitionNote[]): EvaluationTable | undefined {
  const fundsHeader = findFundsHeader(view);
  const indicatorHeader = findIndicatorHeader(view);
  if (fundsHeader === undefined && indicatorHeader === undefined) return undefined;
  const firstBlock = Math.min(fundsHeader ?? view.rows, indicatorHeader ?? view.rows);
  const goalAt = findLabel(view, GOAL_LABELS);
  const unit = explicitUnit(view, firstBlock);
  const named = unitName(view, firstBlock);
  const titleField = title(view, firstBlock);

  let funds: ReturnType<typeof recogniseFunds> | undefined;
  if (fundsHeader !== undefined) {
    const ends = [goalAt?.row, indicatorHeader, view.rows].filter((r): r is number => r !== undefined && r > fundsHeader);
    funds = recogniseFunds(view, fundsHeader, Math.min(...ends), notes, unit.unit);
  }
  const gradeAt = findLabel(view, GRADE_LABELS, firstBlock);
  const indicators =
    indicatorHeader === undefined
      ? undefined
      : recogniseIndicators(view, indicatorHeader, notes, (r) => r === gradeAt?.row || (r === goalAt?.row && r > indicatorHeader) || (r === fundsHeader && r > indicatorHeader));
  const goal = goalAt ? overallGoal(view, goalAt) : undefined;
  const gradeField = gradeAt ? grade(view, gradeAt, indicators?.columns.score) : undefined;

  const kind: TableKind =
    (titleField && /项目支出/u.test(normalizeText(titleField.text))) || findLabel(view, new Set(['项目名称']), 0, firstBlock) ? 'project' : 'department';
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

  const range = unionRange([
    ...fieldAreas(view, titleField),
    ...named.cells,
    ...unit.cells,
    ...(funds ? [funds.block.range] : []),
    ...(goal?.cells ?? []),
    ...(indicators ? [indicators.range] : []),
    ...areaOf(view, gradeAt),
    ...fieldAreas(view, gradeField),
  ])!;

  return {
    kind,
    sheet: view.sheet.name,
    range,
    layout,
    ...(titleField ? { title: titleField } : {}),
    ...(named.field ? { unitName: named.field } : {}),
    ...(funds ? { funds: funds.block } : {}),
    ...(indicators ? { indicators } : {}),
    ...(gradeField ? { grade: gradeField } : {}),
    ...(goal ? { overallGoal: goal.goal } : {}),
  };
}
