/**
 * Row classes: what kinds of label a row holds, read once per row (speed budget of issue #5).
 * Every scan of recognition — the 总分 row ending an indicator block, 年度总体目标 / 等级, a
 * block boundary, a header candidate, the 收支明细 header — asks the same question of a row:
 * "does one of its real cells have a label key of this family?". Each cell's text is classed once
 * (memoised by text), each row's classes once per sheet; a scan reads one number per row and
 * looks at the cells only of the rows that hold what it looks for.
 */
import type { Cell } from '../grid/types';
import type { SheetView } from './sheet-view';
import {
  GOAL_LABELS,
  GRADE_LABELS,
  NARRATIVE_LABELS,
  SPENDING_COLUMNS,
  TOTAL_LABELS,
  isClosingTitle,
  isGroupHeaderKey,
  labelKey,
  unitNamePriority,
} from './families';
import { isHeaderKey } from './header';
import { FUNDS_MATCHER, INDICATOR_MATCHER } from './matchers';

/** A 总分 / 合计 label (TOTAL_LABELS). */
export const TOTAL_CLASS = 1;
/** 年度总体目标 (GOAL_LABELS). */
export const GOAL_CLASS = 2;
/** 等级 (GRADE_LABELS). */
export const GRADE_CLASS = 4;
/** A label that ends the block above it: 年度总体目标, 等级, a closing title, 项目名称 / 部门名称 …. */
export const BOUNDARY_CLASS = 8;
/** A group header word (isGroupHeaderKey). */
export const GROUP_CLASS = 16;
/** The 收支明细 name column (项目名称 / 专项名称). */
export const SPENDING_NAME_CLASS = 32;
/** A 收支明细 本年追加 / 上年结转 column. */
export const SPENDING_AMOUNT_CLASS = 64;
/** A narrative row label (NARRATIVE_LABELS: 年度目标完成情况, 评价结论, 存在问题, 改进措施). */
export const NARRATIVE_CLASS = 128;
/** A header label of a funds or an indicator block (isHeaderKey of either matcher). */
const HEADER_ROLE_CLASS = 256;
/** A row's count of header-role cells sits above the class bits. */
const ROLE_COUNT_SHIFT = 9;
/** The exported classes (HEADER_ROLE_CLASS is read as headerRoleCount). */
const CLASS_BITS = HEADER_ROLE_CLASS - 1;

/** The classes of one label key. */
function keyClasses(key: string): number {
  if (key === '') return 0;
  let k = 0;
  if (TOTAL_LABELS.has(key)) k |= TOTAL_CLASS;
  if (GOAL_LABELS.has(key)) k |= GOAL_CLASS;
  if (GRADE_LABELS.has(key)) k |= GRADE_CLASS;
  const colon = key.indexOf(':');
  if (GOAL_LABELS.has(key) || GRADE_LABELS.has(key) || isClosingTitle(key) || unitNamePriority(colon >= 0 ? key.slice(0, colon) : key) !== undefined) k |= BOUNDARY_CLASS;
  if (isGroupHeaderKey(key)) k |= GROUP_CLASS;
  if (NARRATIVE_LABELS.has(key)) k |= NARRATIVE_CLASS;
  const spending = SPENDING_COLUMNS.get(key);
  if (spending === 'name') k |= SPENDING_NAME_CLASS;
  else if (spending === 'supplement' || spending === 'carryover') k |= SPENDING_AMOUNT_CLASS;
  if (isHeaderKey(FUNDS_MATCHER, key) || isHeaderKey(INDICATOR_MATCHER, key)) k |= HEADER_ROLE_CLASS;
  return k;
}

/** Classes by cell text, shared by every run (pure); bounded like the label-key memo. */
const TEXT_CLASSES = new Map<string, number>();
const MEMO_LIMIT = 50000;
const MEMO_MAX_LENGTH = 200;

/** The classes of a text not seen yet (memoised when short). */
function classifyText(text: string): number {
  const k = keyClasses(labelKey(text));
  if (text.length <= MEMO_MAX_LENGTH) {
    if (TEXT_CLASSES.size >= MEMO_LIMIT) TEXT_CLASSES.clear();
    TEXT_CLASSES.set(text, k);
  }
  return k;
}

/** The classes of a row's real cells `cols` (text cells only: a number or blank has no label key). */
export function classifyRow(cells: ReadonlyArray<Cell | undefined> | undefined, cols: readonly number[]): number {
  if (cells === undefined) return 0;
  let classes = 0;
  let roles = 0;
  for (let i = 0; i < cols.length; i++) {
    const cell = cells[cols[i]];
    if (cell === undefined) continue;
    const text = cell.value;
    if (typeof text !== 'string' || text === '') continue;
    let k = TEXT_CLASSES.get(text);
    if (k === undefined) k = classifyText(text);
    classes |= k;
    if ((k & HEADER_ROLE_CLASS) !== 0) roles++;
  }
  return classes | (roles << ROLE_COUNT_SHIFT);
}

/** True when the row has a real cell of the class. */
export function rowHas(view: SheetView, row: number, cls: number): boolean {
  return (view.rowClasses(row) & cls) !== 0;
}

/** Count of the row's real cells whose key names a funds or indicator header column. */
export function headerRoleCount(view: SheetView, row: number): number {
  return view.rowClasses(row) >>> ROLE_COUNT_SHIFT;
}

/** The row's classes as one number (several classes at once). */
export function classBits(view: SheetView, row: number): number {
  return view.rowClasses(row) & CLASS_BITS;
}
