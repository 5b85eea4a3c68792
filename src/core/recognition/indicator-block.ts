/**
 * The indicator block (绩效指标, SPEC §2.2): a header row found by label families (一级指标 |
 * 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 …), indicator rows
 * below it, closed by the 总分 / 合计 row. 一级/二级 are resolved through merged cells, or filled
 * down from the last non-blank above where a merge was lost or the host could not tell merges.
 */
import type { CellRange } from '../grid/types';
import { normalizeText } from '../grid/text';
import type { IndicatorBlock, IndicatorColumnRole, IndicatorForm, IndicatorRow, Level1Weight, NumberField, RecognitionNote, TextField } from '../model';
import { INDICATOR_COLUMNS, TOTAL_LABELS, guessIndicatorColumn, splitLevel1Weight } from './families';
import { type Header, type RoleMatcher, readHeader } from './header';
import type { SheetView } from './sheet-view';

const OUTCOME_ROLES: readonly IndicatorColumnRole[] = ['target', 'actual', 'weight', 'score'];

/** Exact family match (confidence 1), else a key-word guess (0.6). */
export const INDICATOR_MATCHER: RoleMatcher<IndicatorColumnRole> = (key) => {
  const exact = INDICATOR_COLUMNS.get(key);
  if (exact) return { role: exact, confidence: 1 };
  const guess = guessIndicatorColumn(key);
  return guess ? { role: guess, confidence: 0.6 } : undefined;
};

/** An indicator header holds 三级指标 (or 一级 + 二级) and a target/actual/weight/score column. */
export function isIndicatorHeaderRoles(roles: ReadonlySet<string>): boolean {
  const named = roles.has('name') || (roles.has('level1') && roles.has('level2'));
  return named && OUTCOME_ROLES.some((x) => roles.has(x));
}

export function indicatorHeaderAt(view: SheetView, row: number): Header<IndicatorColumnRole> | undefined {
  return readHeader(view, row, INDICATOR_MATCHER, isIndicatorHeaderRoles);
}

/** The first row at or after `from` holding 三级指标 (or 一级 + 二级) and a target/actual/weight/score column. */
export function findIndicatorHeader(view: SheetView, from = 0): number | undefined {
  for (let r = from; r < view.rows; r++) if (indicatorHeaderAt(view, r)) return r;
  return undefined;
}

/** The column of a 总分 / 合计 label among the real cells of the row within [left, right]. */
export function totalLabelCol(view: SheetView, row: number, left: number, right: number): number | undefined {
  for (const c of view.realCols(row)) {
    if (c < left) continue;
    if (c > right) break;
    if (TOTAL_LABELS.has(view.key(row, c))) return c;
  }
  return undefined;
}

/**
 * Recognise the indicator block whose header is at `headerRow`. Rows stop at the 总分 row, at a
 * row `isStop` marks (等级, a new block), or after two blank rows.
 */
export function recogniseIndicators(
  view: SheetView,
  head: Header<IndicatorColumnRole>,
  notes: RecognitionNote[],
  isStop: (row: number) => boolean,
  fixedBottom?: number,
): IndicatorBlock {
  notes.push(...head.notes);
  const columns: Partial<Record<IndicatorColumnRole, number>> = {};
  for (const [role, col] of head.roles) columns[role] = col;
  const header = { range: head.range, firstRow: head.firstDataRow };
  const roleCols = Object.values(columns);
  const right = header.range.right;
  const rows: IndicatorRow[] = [];
  const level1Weights: Level1Weight[] = [];
  const weightedLevel1 = new Set<string>();
  let total: IndicatorBlock['total'];
  let bottom = header.range.bottom;
  let carry1: TextField | undefined;
  let carry2: TextField | undefined;
  let blankRun = 0;
  const last = fixedBottom !== undefined ? fixedBottom + 1 : view.rows;
  if (fixedBottom !== undefined) bottom = Math.max(bottom, fixedBottom);
  for (let r = header.firstRow; r < last; r++) {
    const totalCol = totalLabelCol(view, r, header.range.left, right);
    if (totalCol !== undefined) {
      total = totalRow(view, r, totalCol, columns);
      bottom = Math.max(bottom, r);
      break;
    }
    // A row with a number in its 分值 column is an indicator row, never a new table's header.
    const weightIsNumber = columns.weight !== undefined && view.isNumber(r, columns.weight);
    if (fixedBottom === undefined && !weightIsNumber && isStop(r)) break;
    if (!roleCols.some((c) => !view.covered(r, c) && view.text(r, c).trim() !== '')) {
      blankRun++;
      if (blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    const level1 = resolveLevel(view, r, columns.level1, carry1);
    if (level1?.cell.address !== carry1?.cell.address) carry2 = undefined;
    carry1 = level1;
    const level2 = resolveLevel(view, r, columns.level2, carry2);
    carry2 = level2;
    if (level1 && !weightedLevel1.has(level1.cell.address)) {
      weightedLevel1.add(level1.cell.address);
      const w = splitLevel1Weight(level1.text);
      if (w) level1Weights.push({ level1: w.label, weight: view.embeddedField(level1.cell.row, level1.cell.col, w.weight) });
    }
    rows.push(indicatorRow(view, r, columns, level1, level2));
    bottom = Math.max(bottom, r);
  }
  return {
    range: { ...header.range, bottom },
    form: formOf(columns, rows),
    columns,
    rows,
    level1Weights,
    ...(total ? { total } : {}),
  };
}

/** 一级/二级 through merges; a blank real cell takes the last non-blank above (lost merge). */
function resolveLevel(view: SheetView, row: number, col: number | undefined, carry: TextField | undefined): TextField | undefined {
  if (col === undefined) return undefined;
  if (view.covered(row, col)) {
    const a = view.anchor(row, col);
    return view.textField(a.row, a.col);
  }
  const own = view.textField(row, col);
  return own.text.trim() !== '' ? own : carry;
}

/** The row's text in column `c`; a text shared by rows through a vertical merge in its own column belongs to each row. */
function textAt(view: SheetView, row: number, c: number): TextField | undefined {
  if (!view.covered(row, c)) return view.textField(row, c);
  const a = view.anchor(row, c);
  return a.col === c ? view.textField(a.row, a.col) : undefined;
}

function numberAt(view: SheetView, row: number, c: number): NumberField | undefined {
  return view.covered(row, c) ? undefined : view.numberField(row, c);
}

/** Fields assigned one by one in a fixed order (one object shape per table: fast, issue #5). */
function indicatorRow(
  view: SheetView,
  row: number,
  columns: Partial<Record<IndicatorColumnRole, number>>,
  level1: TextField | undefined,
  level2: TextField | undefined,
): IndicatorRow {
  const out: { -readonly [K in keyof IndicatorRow]: IndicatorRow[K] } = { row };
  if (level1) out.level1 = level1;
  if (level2) out.level2 = level2;
  const { name, nature, target, unit, actual, reason, method, weight, score, scoreCoefficient } = columns;
  let t: TextField | undefined;
  if (name !== undefined && (t = textAt(view, row, name))) out.name = t;
  if (nature !== undefined && (t = textAt(view, row, nature))) out.nature = t;
  if (target !== undefined && (t = textAt(view, row, target))) out.target = t;
  if (unit !== undefined && (t = textAt(view, row, unit))) out.unit = t;
  if (actual !== undefined && (t = textAt(view, row, actual))) out.actual = t;
  if (reason !== undefined && (t = textAt(view, row, reason))) out.reason = t;
  if (method !== undefined && (t = textAt(view, row, method))) out.method = t;
  let f: NumberField | undefined;
  if (weight !== undefined && (f = numberAt(view, row, weight))) out.weight = f;
  if (score !== undefined && (f = numberAt(view, row, score))) out.score = f;
  if (scoreCoefficient !== undefined && (f = numberAt(view, row, scoreCoefficient))) out.scoreCoefficient = f;
  return out;
}

function totalRow(view: SheetView, row: number, labelCol: number, columns: Partial<Record<IndicatorColumnRole, number>>): NonNullable<IndicatorBlock['total']> {
  const labelArea = view.area(row, labelCol);
  const cellOf = (c: number | undefined) =>
    c !== undefined && !view.covered(row, c) && (c < labelArea.left || c > labelArea.right) ? view.numberField(row, c) : undefined;
  const weight = cellOf(columns.weight);
  const score = cellOf(columns.score);
  return { row, label: view.textField(row, labelCol), ...(weight ? { weight } : {}), ...(score ? { score } : {}) };
}

const COMMON_LEVEL1 = new Set(['投入', '过程', '效果']);

/** 共性 form (一级 投入/过程/产出/效果); Chongqing (得分系数); else national. */
function formOf(columns: Partial<Record<IndicatorColumnRole, number>>, rows: readonly IndicatorRow[]): IndicatorForm {
  if (columns.scoreCoefficient !== undefined) return 'chongqing';
  const common = rows.some((r) => r.level1 && COMMON_LEVEL1.has(normalizeText(splitLevel1Weight(r.level1.text)?.label ?? r.level1.text).replace(/指标$/u, '')));
  return common ? 'common' : 'national';
}
