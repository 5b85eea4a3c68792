/**
 * The indicator block (绩效指标, RULES §2.2): a header row found by label families (一级指标 |
 * 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 …), indicator rows
 * below it, closed by the 总分 / 合计 row. 一级/二级 are resolved through merged cells, or filled
 * down from the last non-blank above where a merge was lost or the host could not tell merges.
 */
import type { CellRange } from '../grid/types';
import { normalizeText } from '../grid/text';
import type { IndicatorBlock, IndicatorColumnRole, IndicatorRow, Level1Weight, NumberField, RecognitionNote, TextField } from '../model';
import { TOTAL_LABELS, splitLevel1Weight } from './families';
import { type Header, readHeader } from './header';
import { INDICATOR_MATCHER } from './matchers';
import { NARRATIVE_CLASS, TOTAL_CLASS } from './row-classes';
import { isLabelTail, isLooseLine, isRemarksLabel, labelTailWeight } from '../rules/template-marks';
import type { SheetView } from './sheet-view';

const OUTCOME_ROLES: readonly IndicatorColumnRole[] = ['target', 'actual', 'weight', 'score'];

export { INDICATOR_MATCHER } from './matchers';

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
  if ((view.rowClasses(row) & TOTAL_CLASS) === 0) return undefined;
  const cols = view.realCols(row);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c < left) continue;
    if (c > right) break;
    if (TOTAL_LABELS.has(view.key(row, c))) return c;
  }
  return undefined;
}

/** True when one of the columns holds a non-blank real cell on the row. */
function hasTextIn(view: SheetView, row: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (!view.covered(row, c) && view.hasText(row, c)) return true;
  }
  return false;
}

/**
 * `产出指标(50分)`: only a text holding a closing bracket (half- or full-width, the only spellings
 * normalizeText turns into `)`) can carry a weight; the others skip the normalisation and regex.
 */
function level1WeightOf(text: string): ReturnType<typeof splitLevel1Weight> {
  return text.indexOf(')') < 0 && text.indexOf('）') < 0 ? undefined : splitLevel1Weight(text);
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
  for (let i = 0; i < head.notes.length; i++) notes.push(head.notes[i]);
  const columns: Partial<Record<IndicatorColumnRole, number>> = {};
  head.roles.forEach((col, role) => {
    columns[role] = col;
  });
  const header = { range: head.range, firstRow: head.firstDataRow };
  const roleCols = Object.values(columns);
  const left = header.range.left;
  const right = header.range.right;
  const weightCol = columns.weight;
  const rows: IndicatorRow[] = [];
  const level1Weights: Level1Weight[] = [];
  const weightedLevel1 = new Set<string>();
  let total: IndicatorBlock['total'];
  let bottom = header.range.bottom;
  let carry1: TextField | undefined;
  let carry2: TextField | undefined;
  let blankRun = 0;
  let common = false;
  let formText: string | undefined;
  const last = fixedBottom !== undefined ? fixedBottom + 1 : view.rows;
  if (fixedBottom !== undefined) bottom = Math.max(bottom, fixedBottom);
  for (let r = header.firstRow; r < last; r++) {
    const totalCol = totalLabelCol(view, r, left, right);
    if (totalCol !== undefined) {
      total = totalRow(view, r, totalCol, columns);
      bottom = Math.max(bottom, r);
      break;
    }
    // A row with a number in its 分值 column is an indicator row, never a new table's header.
    const weightIsNumber = weightCol !== undefined && view.isNumber(r, weightCol);
    if (fixedBottom === undefined && !weightIsNumber && isStop(r)) break;
    // A narrative row (年度目标完成情况, 评价结论 …) is read by the table, never as an indicator.
    if ((view.rowClasses(r) & NARRATIVE_CLASS) !== 0 && fixedBottom === undefined) continue;
    if (!hasTextIn(view, r, roleCols)) {
      blankRun++;
      if (blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    let level1 = resolveLevel(view, r, columns.level1, carry1);
    // The tail of a 一级 label broken over two rows without a merge (`产出指标` / `(50分)`, `满意度` /
    // `指标`) on a row that also holds an indicator: the row belongs to the 一级 above, and a
    // bracketed weight in the tail is that 一级's label weight (unless its label states one).
    if (level1 && carry1 && level1 !== carry1 && level1.cell.row === r && isLabelTail(level1.text) && hasTextIn(view, r, roleCols.filter((c) => c !== columns.level1))) {
      const tailWeight = labelTailWeight(level1.text);
      if (tailWeight !== undefined && !weightedLevel1.has(carry1.cell.address) && level1WeightOf(carry1.text) === undefined) {
        weightedLevel1.add(carry1.cell.address);
        level1Weights.push({ level1: carry1.text, weight: view.embeddedField(level1.cell.row, level1.cell.col, tailWeight) });
      }
      level1 = carry1;
    }
    // 共性 form when a 一级 reads 投入/过程/效果: each run of one 一级 text is tested once.
    if (level1 && !common && level1.text !== formText) {
      formText = level1.text;
      common = isCommonLevel1(level1.text);
    }
    // A note or signature line only the 一级 cell holds (`注：…`, `项目负责人：…`) is no 一级 label:
    // it is not carried down to the rows below (a lost merge would otherwise spread it).
    const looseLine = level1 !== undefined && level1.cell.row === r && (isRemarksLabel(level1.text) || isLooseLine(level1.text));
    if (looseLine) {
      rows.push(indicatorRow(view, r, columns, level1, undefined));
      bottom = Math.max(bottom, r);
      continue;
    }
    const prev1 = carry1;
    const prev2 = carry2;
    if (level1?.cell.address !== carry1?.cell.address) carry2 = undefined;
    const newLevel1 = level1 !== carry1;
    carry1 = level1;
    let level2 = resolveLevel(view, r, columns.level2, carry2);
    // The same for a 二级 label broken over two rows (`社会效益` / `指标`) within one 一级 (the same
    // cell, or the same label repeated on each row).
    const same1 = level1 !== undefined && prev1 !== undefined && (level1 === prev1 || normalizeText(level1.text) === normalizeText(prev1.text));
    if (level2 && prev2 && same1 && level2 !== prev2 && level2.cell.row === r && isLabelTail(level2.text) && labelTailWeight(level2.text) === undefined) level2 = prev2;
    carry2 = level2;
    // Each 一级 cell gives its weight once (a carried field is the cell already seen).
    if (level1 && newLevel1) {
      const w = level1WeightOf(level1.text);
      if (w && !weightedLevel1.has(level1.cell.address)) {
        weightedLevel1.add(level1.cell.address);
        level1Weights.push({ level1: w.label, weight: view.embeddedField(level1.cell.row, level1.cell.col, w.weight) });
      }
    }
    rows.push(indicatorRow(view, r, columns, level1, level2));
    bottom = Math.max(bottom, r);
  }
  return {
    range: { ...header.range, bottom },
    form: columns.scoreCoefficient !== undefined ? 'chongqing' : common ? 'common' : 'national',
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
  return view.hasText(row, col) ? view.textField(row, col) : carry;
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
  // The column's cell, or — when a merge on the row covers it (`总分 | 99.55分` merged over the
  // columns) — the merge's anchor, if that lies right of the label.
  const anchorOf = (c: number | undefined): { row: number; col: number } | undefined => {
    if (c === undefined || (c >= labelArea.left && c <= labelArea.right)) return undefined;
    if (!view.covered(row, c)) return { row, col: c };
    const a = view.anchor(row, c);
    return a.row === row && a.col > labelArea.right ? a : undefined;
  };
  const scoreAt = anchorOf(columns.score);
  const weightAt = anchorOf(columns.weight);
  const score = scoreAt ? view.numberField(scoreAt.row, scoreAt.col) : undefined;
  // One merged cell over both columns holds the 总分 (a score), not a weight.
  const weight = weightAt && !(scoreAt && weightAt.col === scoreAt.col) ? view.numberField(weightAt.row, weightAt.col) : undefined;
  return { row, label: view.textField(row, labelCol), ...(weight ? { weight } : {}), ...(score ? { score } : {}) };
}

const COMMON_LEVEL1 = new Set(['投入', '过程', '效果']);

/** A 一级 of the 共性 form (投入/过程/效果; 产出 is in both forms), weight and 指标 suffix aside. */
function isCommonLevel1(text: string): boolean {
  return COMMON_LEVEL1.has(normalizeText(splitLevel1Weight(text)?.label ?? text).replace(/指标$/u, ''));
}
