/**
 * The indicator block (绩效指标, SPEC §2.2): a header row found by label families (一级指标 |
 * 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 …), indicator rows
 * below it, closed by the 总分 / 合计 row. 一级/二级 are resolved through merged cells, or filled
 * down from the last non-blank above where a merge was lost or the host could not tell merges.
 */
import type { CellRange } from '../grid/types';
import { normalizeText, stripSpaces } from '../grid/text';
import type { IndicatorBlock, IndicatorColumnRole, IndicatorForm, IndicatorRow, Level1Weight, RecognitionNote, TextField } from '../model';
import { BLOCK_LABELS, INDICATOR_COLUMNS, TOTAL_LABELS, labelKey, splitLevel1Weight } from './families';
import { RECOGNITION_PHRASES } from './phrases';
import type { SheetView } from './sheet-view';

const OUTCOME_ROLES: readonly IndicatorColumnRole[] = ['target', 'actual', 'weight', 'score'];

/** The first row at or after `from` holding 三级指标 (or 一级 + 二级) and a target/actual/weight/score column. */
export function findIndicatorHeader(view: SheetView, from = 0): number | undefined {
  for (let r = from; r < view.rows; r++) {
    const roles = new Set<IndicatorColumnRole>();
    for (const c of view.realCols(r)) {
      const role = INDICATOR_COLUMNS.get(labelKey(view.text(r, c)));
      if (role) roles.add(role);
    }
    const named = roles.has('name') || (roles.has('level1') && roles.has('level2'));
    if (named && OUTCOME_ROLES.some((x) => roles.has(x))) return r;
  }
  return undefined;
}

/** True when a real cell of the row (within columns [left, right]) is a 总分 / 合计 label. */
export function totalLabelCol(view: SheetView, row: number, left: number, right: number): number | undefined {
  for (const c of view.realCols(row, left, right)) if (TOTAL_LABELS.has(labelKey(view.text(row, c)))) return c;
  return undefined;
}

interface Header {
  readonly columns: Partial<Record<IndicatorColumnRole, number>>;
  readonly range: CellRange;
  /** First data row (below header cells merged over two rows). */
  readonly firstRow: number;
}

function readHeader(view: SheetView, row: number, notes: RecognitionNote[]): Header {
  const columns: Partial<Record<IndicatorColumnRole, number>> = {};
  const unknown: number[] = [];
  let range: CellRange = { top: row, left: Number.MAX_SAFE_INTEGER, bottom: row, right: -1 };
  let firstRow = row + 1;
  for (const c of view.realCols(row)) {
    const text = view.text(row, c);
    if (text.trim() === '') continue;
    const area = view.area(row, c);
    range = { ...range, left: Math.min(range.left, c), right: Math.max(range.right, area.right) };
    const role = INDICATOR_COLUMNS.get(labelKey(text));
    if (!role) {
      unknown.push(c);
      continue;
    }
    if (columns[role] === undefined) columns[role] = c;
    firstRow = Math.max(firstRow, area.bottom + 1);
  }
  const firstRoleCol = Math.min(...Object.values(columns));
  for (const c of unknown) {
    const text = view.text(row, c);
    const area = view.area(row, c);
    const isBlockLabel = BLOCK_LABELS.has(labelKey(text)) || (c < firstRoleCol && area.bottom > area.top + 1);
    if (isBlockLabel) range = { ...range, bottom: Math.max(range.bottom, area.bottom) };
    else notes.push({ sheet: view.sheet.name, address: view.source(row, c).address, message: RECOGNITION_PHRASES.columnIgnored(stripSpaces(text)) });
  }
  return { columns, range, firstRow };
}

/**
 * Recognise the indicator block whose header is at `headerRow`. Rows stop at the 总分 row, at a
 * row `isStop` marks (等级, a new block), or after two blank rows.
 */
export function recogniseIndicators(
  view: SheetView,
  headerRow: number,
  notes: RecognitionNote[],
  isStop: (row: number) => boolean,
): IndicatorBlock {
  const header = readHeader(view, headerRow, notes);
  const { columns } = header;
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
  for (let r = header.firstRow; r < view.rows; r++) {
    const totalCol = totalLabelCol(view, r, header.range.left, right);
    if (totalCol !== undefined) {
      total = totalRow(view, r, totalCol, columns);
      bottom = Math.max(bottom, r);
      break;
    }
    if (isStop(r)) break;
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
  for (const role of ['name', 'nature', 'target', 'unit', 'actual', 'reason', 'method'] as const) {
    const c = columns[role];
    if (c === undefined) continue;
    if (!view.covered(row, c)) out[role] = view.textField(row, c);
    else {
      // A text shared by rows through a vertical merge in its own column belongs to each row.
      const a = view.anchor(row, c);
      if (a.col === c) out[role] = view.textField(a.row, a.col);
    }
  }
  for (const role of ['weight', 'score', 'scoreCoefficient'] as const) {
    const c = columns[role];
    if (c !== undefined && !view.covered(row, c)) out[role] = view.numberField(row, c);
  }
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
