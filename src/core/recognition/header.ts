/**
 * Header rows of a block, read by label family (RULES §2.3): one row, or two when the header is
 * split — a group label over sub-labels (`指标值` over 年初指标值 | 调整指标值), a label broken
 * over two cells (`全年预算数` over `（A）`), or cells merged down over both rows. Each column gets
 * a role and a confidence (the mapping the pane shows); duplicates and unknown headers are noted.
 */
import type { CellRange } from '../grid/types';
import { toA1 } from '../grid/a1';
import { stripSpaces } from '../grid/text';
import type { RecognitionNote } from '../model';
import type { MappedRole } from '../mapping/types';
import { BLOCK_LABELS, ROLE_PREFERENCE, SERIAL_LABELS, isGroupHeaderKey } from './families';
import { RECOGNITION_PHRASES } from './phrases';
import type { SheetView } from './sheet-view';

/** A role for a label key, with the confidence of the match. */
export type RoleMatcher<R extends string> = (key: string) => { readonly role: R; readonly confidence: number } | undefined;

export interface HeaderColumn<R extends string> {
  /** Left column of the header cell (its merge). */
  readonly col: number;
  readonly right: number;
  /** Row of the header cell (the lower one in a two-row header, unless merged over both). */
  readonly row: number;
  /** As typed, whitespace removed. */
  readonly text: string;
  readonly role: R | 'serial' | 'ignore';
  readonly confidence: number;
}

export interface Header<R extends string> {
  readonly top: number;
  readonly bottom: number;
  /** Header cells incl. block labels; bottom grows with a vertical block label (`绩效指标`). */
  readonly range: CellRange;
  readonly columns: readonly HeaderColumn<R>[];
  /** Column of each role in use (duplicates resolved). */
  readonly roles: ReadonlyMap<R, number>;
  /** First row below the header cells (cells merged down over two rows push it). */
  readonly firstDataRow: number;
  /** Texts of every header cell, block labels included (a unit may hide there: `（元）`). */
  readonly texts: ReadonlyArray<{ readonly row: number; readonly col: number; readonly text: string }>;
  /** Notes to add when the block is used: unknown and duplicate columns. */
  readonly notes: readonly RecognitionNote[];
}

interface RawLabel {
  readonly col: number;
  readonly right: number;
  readonly row: number;
  readonly bottom: number;
  readonly text: string;
  readonly role?: string;
  readonly confidence: number;
  /** A two-row label built from both rows (confidence lowered). */
  readonly joined: boolean;
}

interface RawRead {
  readonly labels: RawLabel[];
  readonly acceptable: boolean;
  /** The roles of the labels (serial included). */
  readonly roles: ReadonlySet<string>;
}

/** Every RawLabel is built here: one object shape. */
function rawLabel(col: number, right: number, row: number, bottom: number, text: string, role: string | undefined, confidence: number, joined: boolean): RawLabel {
  return { col, right, row, bottom, text, role, confidence, joined };
}

const NO_MATCH = { role: '', confidence: 0 };
type Memo = Map<string, { role: string; confidence: number }>;
let lastMatcher: RoleMatcher<string> | undefined;
let lastMemo: Memo | undefined;
const memos = new WeakMap<RoleMatcher<string>, Memo>();

/** The matcher's answer, memoised per matcher and key (keys repeat across rows and sheets). */
function match<R extends string>(matcher: RoleMatcher<R>, key: string): { role: string; confidence: number } | undefined {
  if (key === '') return undefined;
  let memo: Memo | undefined = lastMatcher === matcher ? lastMemo : memos.get(matcher as RoleMatcher<string>);
  if (!memo) {
    memo = new Map();
    memos.set(matcher as RoleMatcher<string>, memo);
  }
  lastMatcher = matcher as RoleMatcher<string>;
  lastMemo = memo;
  let m = memo.get(key);
  if (m === undefined) {
    m = SERIAL_LABELS.has(key) ? { role: 'serial', confidence: 1 } : (matcher(key) ?? NO_MATCH);
    if (memo.size > 50000) memo.clear();
    memo.set(key, m);
  }
  return m === NO_MATCH ? undefined : m;
}

/** True when the key names a header column of this matcher's block (a quick pre-check). */
export function isHeaderKey<R extends string>(matcher: RoleMatcher<R>, key: string): boolean {
  const m = match(matcher, key);
  return m !== undefined && m.role !== 'serial';
}

function readOne<R extends string>(view: SheetView, row: number, matcher: RoleMatcher<R>): RawRead {
  const labels: RawLabel[] = [];
  const roles = new Set<string>();
  const cols = view.realCols(row);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const text = view.text(row, c);
    if (text.trim() === '') continue;
    const merge = view.merge(row, c);
    const m = match(matcher, view.key(row, c));
    if (m) roles.add(m.role);
    labels.push(rawLabel(c, merge ? merge.right : c, row, merge ? merge.bottom : row, text, m?.role, m?.confidence ?? 0, false));
  }
  return { labels, acceptable: true, roles };
}

/** A two-row read that cannot be used (its labels are never looked at). */
const UNACCEPTABLE: RawRead = { labels: [], acceptable: false, roles: new Set() };

/** The two rows from `top` as one header; stops at the first cell that rules it out. */
function readTwo<R extends string>(view: SheetView, top: number, matcher: RoleMatcher<R>): RawRead {
  const bottom = top + 1;
  const labels: RawLabel[] = [];
  const roles = new Set<string>();
  let bottomRoles = 0;
  for (let c = 0; c < view.cols; c++) {
    // The area of the top cell's anchor, and the bottom cell's area (merges read without building ranges).
    const topMerge = view.merge(top, c);
    const anchorRow = topMerge ? topMerge.top : top;
    const anchorCol = topMerge ? topMerge.left : c;
    const anchorMerge = topMerge ? view.merge(anchorRow, anchorCol) : undefined;
    const topLeft = anchorMerge ? anchorMerge.left : anchorCol;
    const topRight = anchorMerge ? anchorMerge.right : anchorCol;
    const topBottom = anchorMerge ? anchorMerge.bottom : anchorRow;
    const topAnchored = anchorCol === c && anchorRow === top;
    if (topBottom >= bottom) {
      // One cell down both rows: its own label.
      if (!topAnchored) continue;
      const text = view.text(top, c);
      if (text.trim() === '') continue;
      const m = match(matcher, view.key(top, c));
      if (m) roles.add(m.role);
      labels.push(rawLabel(c, topRight, top, topBottom, text, m?.role, m?.confidence ?? 0, false));
      continue;
    }
    if (view.covered(bottom, c)) continue;
    const bottomMerge = view.merge(bottom, c);
    const bottomRight = bottomMerge ? bottomMerge.right : c;
    const bottomBottom = bottomMerge ? bottomMerge.bottom : bottom;
    const bottomText = view.text(bottom, c);
    const topText = topAnchored ? view.text(top, c) : '';
    const topOwn = topLeft === c && topRight === bottomRight;
    const hasTop = topText.trim() !== '';
    const hasBottom = bottomText.trim() !== '';
    if (!hasTop && !hasBottom) continue;
    let label: RawLabel | undefined;
    // A label broken over two cells (`全年预算数` over `（A）`) joins; a full label over a data cell
    // (`一级指标` over `产出指标` of an unfilled table) does not: the lower cell is then data.
    if (topOwn && hasTop && hasBottom && !completeOverData(view, matcher, top, bottom, c)) {
      const joinedText = topText + bottomText;
      const m = match(matcher, view.keyOf(joinedText));
      if (m) label = rawLabel(c, bottomRight, bottom, bottomBottom, joinedText, m.role, Math.min(m.confidence, 0.9), true);
    }
    if (!label && hasBottom) {
      const m = match(matcher, view.key(bottom, c));
      if (m) label = rawLabel(c, bottomRight, bottom, bottomBottom, bottomText, m.role, Math.min(m.confidence, 0.9), false);
      else if (BLOCK_LABELS.has(view.key(bottom, c))) label = rawLabel(c, bottomRight, bottom, bottomBottom, bottomText, undefined, 0, false);
      else return UNACCEPTABLE; // data below a one-row header
    }
    if (label?.role) bottomRoles++;
    if (hasTop) {
      const topKey = view.key(top, c);
      const topMatch = match(matcher, topKey);
      const fine = label?.joined || BLOCK_LABELS.has(topKey) || (!topOwn && isGroupHeaderKey(topKey)) || (topOwn && topMatch !== undefined);
      if (!fine) return UNACCEPTABLE;
      if (!label && topOwn) label = rawLabel(c, topRight, top, top, topText, topMatch?.role, topMatch?.confidence ?? 0, false);
    }
    if (label) {
      if (label.role) roles.add(label.role);
      labels.push(label);
    }
  }
  return bottomRoles > 0 ? { labels, acceptable: true, roles } : UNACCEPTABLE;
}

/** A bracketed qualifier or a column letter under a label (`（A）`, `(万元)`, `A`): the lower half of one label. */
const LABEL_HALF = /^(\(.*\)|[A-Z]|[A-Z][/÷][A-Z])$/u;

/**
 * The top cell is a complete label by itself (exact family match) and the cell under it is neither
 * a label of its own nor a qualifier of the label above: the lower cell holds data, not a header half.
 */
function completeOverData<R extends string>(view: SheetView, matcher: RoleMatcher<R>, top: number, bottom: number, c: number): boolean {
  const joined = match(matcher, view.keyOf(view.text(top, c) + view.text(bottom, c)));
  if (joined !== undefined && joined.confidence >= 1) return false;
  const topMatch = match(matcher, view.key(top, c));
  if (topMatch === undefined || topMatch.confidence < 1) return false;
  const lowerKey = view.key(bottom, c);
  return lowerKey !== '' && match(matcher, lowerKey) === undefined && !LABEL_HALF.test(lowerKey);
}

/** True when a label names a role or reads as a group header (a second header row may follow). */
function mayHaveSecondRow(view: SheetView, labels: readonly RawLabel[]): boolean {
  for (let i = 0; i < labels.length; i++) if (labels[i].role !== undefined || isGroupHeaderKey(view.keyOf(labels[i].text))) return true;
  return false;
}

/**
 * Read the header starting at `top`: two rows when the second row carries sub-labels (every
 * non-blank cell of it a header label, the first row group labels or label halves), else one.
 * `qualifies` says whether a set of roles makes a header of this block kind.
 */
export function readHeader<R extends string>(
  view: SheetView,
  top: number,
  matcher: RoleMatcher<R>,
  qualifies: (roles: ReadonlySet<string>) => boolean,
): Header<R> | undefined {
  const one = readOne(view, top, matcher);
  let raw: RawRead | undefined = qualifies(one.roles) ? one : undefined;
  let bottom = top;
  if (top + 1 < view.rows && (raw !== undefined || mayHaveSecondRow(view, one.labels))) {
    const two = readTwo(view, top, matcher);
    if (two.acceptable && two.roles.size >= one.roles.size && qualifies(two.roles)) {
      raw = two;
      bottom = top + 1;
    }
  }
  if (!raw) return undefined;
  return finishHeader(view, top, bottom, raw.labels);
}

/** The header a saved mapping states: its rows, and each column's role as confirmed. */
export function headerFromMapping<R extends string>(
  view: SheetView,
  top: number,
  bottom: number,
  columns: ReadonlyArray<{ readonly col: number; readonly role: MappedRole; readonly confidence: number }>,
): Header<R> {
  const labels: RawLabel[] = columns.map((c) => {
    const a = view.anchor(bottom, c.col);
    const area = view.area(a.row, a.col);
    const topText = top < bottom && view.anchor(top, c.col).col === c.col && !view.covered(top, c.col) && area.top > top ? view.text(top, c.col) : '';
    const own = view.text(a.row, a.col);
    return { col: c.col, right: area.right, row: a.row, bottom: area.bottom, text: topText + own, role: c.role === 'ignore' ? undefined : c.role, confidence: c.confidence, joined: false };
  });
  return finishHeader(view, top, bottom, labels, true);
}

/** Rank of a label among ROLE_PREFERENCE (lower wins); labels not listed rank last. */
function preference(view: SheetView, text: string): number {
  const i = ROLE_PREFERENCE.indexOf(view.keyOf(text));
  return i < 0 ? ROLE_PREFERENCE.length : i;
}

function finishHeader<R extends string>(view: SheetView, top: number, bottom: number, labels: readonly RawLabel[], confirmed = false): Header<R> {
  const notes: RecognitionNote[] = [];
  const sheet = view.sheet.name;
  const roles = new Map<R, number>();
  const columns: HeaderColumn<R>[] = [];
  let firstRoleCol = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.role !== undefined && l.role !== 'serial' && l.col < firstRoleCol) firstRoleCol = l.col;
  }
  // Two labels of one role: the preferred spelling wins, the other is ignored (by label index).
  // `winners` holds the index of the label using each role so far (a header has few labels).
  const winners: number[] = [];
  let ignored: boolean[] | undefined;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.role === undefined || l.role === 'serial') continue;
    let slot = -1;
    for (let k = 0; k < winners.length && slot < 0; k++) if (labels[winners[k]].role === l.role) slot = k;
    if (slot < 0) {
      winners.push(i);
      continue;
    }
    const priorIndex = winners[slot];
    const prior = labels[priorIndex];
    const laterWins = preference(view, l.text) < preference(view, prior.text);
    const winner = laterWins ? l : prior;
    const loserIndex = laterWins ? priorIndex : i;
    const loser = labels[loserIndex];
    winners[slot] = laterWins ? i : priorIndex;
    notes.push({ sheet, address: toA1(loser.row, loser.col), message: RECOGNITION_PHRASES.columnDuplicate(stripSpaces(loser.text), stripSpaces(winner.text)) });
    (ignored ??= [])[loserIndex] = true;
  }
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  let rangeBottom = bottom;
  let firstDataRow = bottom + 1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    left = Math.min(left, l.col);
    right = Math.max(right, l.right);
    if (l.role === undefined) {
      // Left of every role column: a block label (`绩效指标`, merged down) or the header of the row
      // labels (`年度预算数（万元）` over 总额 / 其中：财政资金 …) — not an unrecognised column.
      const key = view.keyOf(l.text);
      const isBlockLabel = BLOCK_LABELS.has(key) || (l.col < firstRoleCol && (l.bottom > l.row + 1 || isGroupHeaderKey(key)));
      if (isBlockLabel) {
        rangeBottom = Math.max(rangeBottom, l.bottom);
        continue;
      }
      if (!confirmed) notes.push({ sheet, address: toA1(l.row, l.col), message: RECOGNITION_PHRASES.columnIgnored(stripSpaces(l.text)) });
      columns.push({ col: l.col, right: l.right, row: l.row, text: stripSpaces(l.text), role: 'ignore', confidence: confirmed ? l.confidence : 0 });
      continue;
    }
    const role = (ignored !== undefined && ignored[i] === true ? 'ignore' : l.role) as R | 'serial' | 'ignore';
    columns.push({ col: l.col, right: l.right, row: l.row, text: stripSpaces(l.text), role, confidence: l.confidence });
    if (role !== 'serial' && role !== 'ignore') {
      roles.set(role, l.col);
      firstDataRow = Math.max(firstDataRow, l.bottom + 1);
    }
  }
  const range: CellRange = { top, left, bottom: rangeBottom, right };
  // The labels carry row, col and text: they serve as the header's texts.
  return { top, bottom, range, columns, roles, firstDataRow, texts: labels, notes };
}
