/**
 * Header rows of a block, read by label family (SPEC §2.3): one row, or two when the header is
 * split — a group label over sub-labels (`指标值` over 年初指标值 | 调整指标值), a label broken
 * over two cells (`全年预算数` over `（A）`), or cells merged down over both rows. Each column gets
 * a role and a confidence (the mapping the pane shows); duplicates and unknown headers are noted.
 */
import type { CellRange } from '../grid/types';
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
  readonly roleCount: number;
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
  for (const c of view.realCols(row)) {
    const text = view.text(row, c);
    if (text.trim() === '') continue;
    const area = view.area(row, c);
    const m = match(matcher, view.key(row, c));
    if (m) roles.add(m.role);
    labels.push({ col: c, right: area.right, row, bottom: area.bottom, text, role: m?.role, confidence: m?.confidence ?? 0, joined: false });
  }
  return { labels, acceptable: true, roleCount: roles.size };
}

function readTwo<R extends string>(view: SheetView, top: number, matcher: RoleMatcher<R>): RawRead {
  const bottom = top + 1;
  const labels: RawLabel[] = [];
  const roles = new Set<string>();
  let acceptable = true;
  let bottomRoles = 0;
  for (let c = 0; c < view.cols; c++) {
    const a = view.anchor(top, c);
    const topArea = view.area(a.row, a.col);
    if (topArea.bottom >= bottom) {
      // One cell down both rows: its own label.
      if (a.col !== c || a.row !== top) continue;
      const text = view.text(top, c);
      if (text.trim() === '') continue;
      const m = match(matcher, view.key(top, c));
      if (m) roles.add(m.role);
      labels.push({ col: c, right: topArea.right, row: top, bottom: topArea.bottom, text, role: m?.role, confidence: m?.confidence ?? 0, joined: false });
      continue;
    }
    if (view.covered(bottom, c)) continue;
    const bottomArea = view.area(bottom, c);
    const bottomText = view.text(bottom, c);
    const topText = a.col === c && a.row === top ? view.text(top, c) : '';
    const topOwn = topArea.left === c && topArea.right === bottomArea.right;
    const hasTop = topText.trim() !== '';
    const hasBottom = bottomText.trim() !== '';
    if (!hasTop && !hasBottom) continue;
    let label: RawLabel | undefined;
    if (topOwn && hasTop && hasBottom) {
      const joinedText = topText + bottomText;
      const m = match(matcher, view.keyOf(joinedText));
      if (m) label = { col: c, right: bottomArea.right, row: bottom, bottom: bottomArea.bottom, text: joinedText, role: m.role, confidence: Math.min(m.confidence, 0.9), joined: true };
    }
    if (!label && hasBottom) {
      const m = match(matcher, view.key(bottom, c));
      if (m) label = { col: c, right: bottomArea.right, row: bottom, bottom: bottomArea.bottom, text: bottomText, role: m.role, confidence: Math.min(m.confidence, 0.9), joined: false };
      else if (BLOCK_LABELS.has(view.key(bottom, c))) label = { col: c, right: bottomArea.right, row: bottom, bottom: bottomArea.bottom, text: bottomText, confidence: 0, joined: false };
      else acceptable = false; // data below a one-row header
    }
    if (label?.role) bottomRoles++;
    if (hasTop) {
      const topKey = view.key(top, c);
      const topMatch = match(matcher, topKey);
      const fine = label?.joined || BLOCK_LABELS.has(topKey) || (!topOwn && isGroupHeaderKey(topKey)) || (topOwn && topMatch !== undefined);
      if (!fine) acceptable = false;
      if (!label && topOwn) label = { col: c, right: topArea.right, row: top, bottom: top, text: topText, role: topMatch?.role, confidence: topMatch?.confidence ?? 0, joined: false };
    }
    if (label) {
      if (label.role) roles.add(label.role);
      labels.push(label);
    }
  }
  return { labels, acceptable: acceptable && bottomRoles > 0, roleCount: roles.size };
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
  let raw: RawRead | undefined = qualifies(new Set(one.labels.map((l) => l.role).filter((r): r is string => r !== undefined))) ? one : undefined;
  let bottom = top;
  if (top + 1 < view.rows && (raw !== undefined || one.labels.some((l) => l.role !== undefined || isGroupHeaderKey(view.keyOf(l.text))))) {
    const two = readTwo(view, top, matcher);
    const twoRoles = new Set(two.labels.map((l) => l.role).filter((r): r is string => r !== undefined));
    if (two.acceptable && two.roleCount >= one.roleCount && qualifies(twoRoles)) {
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

function finishHeader<R extends string>(view: SheetView, top: number, bottom: number, labels: readonly RawLabel[], confirmed = false): Header<R> {
  const notes: RecognitionNote[] = [];
  const sheet = view.sheet.name;
  const roles = new Map<R, number>();
  const byRole = new Map<string, RawLabel>();
  const columns: HeaderColumn<R>[] = [];
  const texts = labels.map((l) => ({ row: l.row, col: l.col, text: l.text }));
  let range: CellRange = { top, left: Number.MAX_SAFE_INTEGER, bottom, right: -1 };
  let firstDataRow = bottom + 1;
  const roleCols = labels.filter((l) => l.role !== undefined && l.role !== 'serial').map((l) => l.col);
  const firstRoleCol = roleCols.length > 0 ? Math.min(...roleCols) : Number.MAX_SAFE_INTEGER;
  const preference = (t: string) => {
    const i = ROLE_PREFERENCE.indexOf(view.keyOf(t));
    return i < 0 ? ROLE_PREFERENCE.length : i;
  };
  const decided: Array<RawLabel & { finalRole?: string }> = labels.map((l) => ({ ...l }));
  for (const l of decided) {
    if (l.role === undefined || l.role === 'serial') continue;
    const prior = byRole.get(l.role);
    if (!prior) {
      byRole.set(l.role, l);
      continue;
    }
    const winner = preference(l.text) < preference(prior.text) ? l : prior;
    const loser = winner === l ? prior : l;
    byRole.set(l.role, winner);
    notes.push({ sheet, address: view.source(loser.row, loser.col).address, message: RECOGNITION_PHRASES.columnDuplicate(stripSpaces(loser.text), stripSpaces(winner.text)) });
    (loser as { finalRole?: string }).finalRole = 'ignore';
  }
  for (const l of decided) {
    range = { ...range, left: Math.min(range.left, l.col), right: Math.max(range.right, l.right) };
    if (l.role === undefined) {
      const isBlockLabel = BLOCK_LABELS.has(view.keyOf(l.text)) || (l.col < firstRoleCol && l.bottom > l.row + 1);
      if (isBlockLabel) {
        range = { ...range, bottom: Math.max(range.bottom, l.bottom) };
        continue;
      }
      if (!confirmed) notes.push({ sheet, address: view.source(l.row, l.col).address, message: RECOGNITION_PHRASES.columnIgnored(stripSpaces(l.text)) });
      columns.push({ col: l.col, right: l.right, row: l.row, text: stripSpaces(l.text), role: 'ignore', confidence: confirmed ? l.confidence : 0 });
      continue;
    }
    const role = (l.finalRole ?? l.role) as R | 'serial' | 'ignore';
    columns.push({ col: l.col, right: l.right, row: l.row, text: stripSpaces(l.text), role, confidence: l.confidence });
    if (role !== 'serial' && role !== 'ignore') {
      roles.set(role, l.col);
      firstDataRow = Math.max(firstDataRow, l.bottom + 1);
    }
  }
  return { top, bottom, range, columns, roles, firstDataRow, texts, notes };
}
