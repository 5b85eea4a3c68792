/**
 * The funds block (资金 / 年度预算申请 / 项目资金, RULES §2.1): a header row found by label families
 * (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 …), then one row per fund type by its label.
 * Two shapes: every row has its own amount columns (template, national 项目), or — Hunan 部门整体,
 * pasted from Word — each breakdown label holds one figure (`其中：一般公共预算：962.34`).
 */
import type { CellRange } from '../grid/types';
import { toA1 } from '../grid/a1';
import { splitLabelValue, stripSpaces } from '../grid/text';
import { parseNumericText } from '../money/parse';
import type { AmountUnit, FundsBlock, FundsRow, FundsRowRole, NumberField, RecognitionNote, ShareField } from '../model';
import {
  FUNDS_AMOUNT_ROLES,
  FUNDS_ROWS,
  type FundsColumnRole,
  fundsGroupOf,
  headerLetters,
  labelKey,
  shareWholeOf,
  unitNamed,
} from './families';
import { RECOGNITION_PHRASES } from './phrases';
import type { SheetView } from './sheet-view';
import { type Header, readHeader } from './header';
import { FUNDS_MATCHER } from './matchers';

/** Where the sheet names its amount unit (a `金额单位` cell, a `（元）` in a label). */
export interface UnitSource {
  readonly unit: AmountUnit;
  readonly address: string;
}

export { FUNDS_MATCHER } from './matchers';

/** A funds header holds 全年执行数 (or a synonym) and a budget column. */
export function isFundsHeaderRoles(roles: ReadonlySet<string>): boolean {
  return roles.has('executed') && (roles.has('initialBudget') || roles.has('adjustedBudget'));
}

/** The funds header starting at `row`, if the row (or the row with the one below) is one. */
export function fundsHeaderAt(view: SheetView, row: number): Header<FundsColumnRole> | undefined {
  return readHeader(view, row, FUNDS_MATCHER, isFundsHeaderRoles);
}

/** The first row at or after `from` holding 全年执行数 (or a synonym) and a budget column. */
export function findFundsHeader(view: SheetView, from = 0): number | undefined {
  for (let r = from; r < view.rows; r++) if (fundsHeaderAt(view, r)) return r;
  return undefined;
}

/** A funds row label: its role and the value typed after its colon, if any. */
export interface FundsLabel {
  readonly role?: FundsRowRole;
  /** Text after the last colon when it is a number, a placeholder, or blank (`政府性基金拨款：` → ''). */
  readonly valueText?: string;
}

export function parseFundsLabel(text: string): FundsLabel {
  const split = splitLabelValue(text);
  const hasColon = /[：:]\s*$/u.test(text.trim()) || split.valueText !== undefined;
  if (split.valueText !== undefined) {
    const p = parseNumericText(split.valueText);
    if (!(p.kind === 'invalid' && p.reason === 'text')) return { role: FUNDS_ROWS.get(labelKey(split.label)), valueText: split.valueText };
    return { role: FUNDS_ROWS.get(labelKey(text)) };
  }
  const role = FUNDS_ROWS.get(labelKey(split.label));
  return hasColon ? { role, valueText: '' } : { role };
}

interface HeaderInfo {
  readonly columns: ReadonlyMap<FundsColumnRole, number>;
  readonly range: CellRange;
  readonly letteredBasis?: 'initialBudget' | 'adjustedBudget';
  readonly namedUnit?: UnitSource;
  readonly headerWeight?: NumberField;
}

function headerInfo(view: SheetView, header: Header<FundsColumnRole>): HeaderInfo {
  const letterRoles = new Map<string, FundsColumnRole>();
  let ratioDen: string | undefined;
  let namedUnit: UnitSource | undefined;
  for (let i = 0; i < header.texts.length; i++) {
    const t = header.texts[i];
    const unit = unitNamed(t.text);
    if (unit && !namedUnit) namedUnit = { unit, address: toA1(t.row, t.col) };
  }
  for (let i = 0; i < header.columns.length; i++) {
    const c = header.columns[i];
    if (c.role === 'serial' || c.role === 'ignore') continue;
    const letters = headerLetters(c.text);
    if (letters.letter && !letterRoles.has(letters.letter)) letterRoles.set(letters.letter, c.role);
    if (letters.ratio && c.role === 'executionRate') ratioDen = letters.ratio.den;
  }
  const basisRole = letterRoles.get(ratioDen ?? 'A');
  const letteredBasis = basisRole === 'initialBudget' || basisRole === 'adjustedBudget' ? basisRole : undefined;
  let headerWeight: NumberField | undefined;
  if (!header.roles.has('weight')) {
    for (let i = 0; i < header.texts.length && !headerWeight; i++) {
      const t = header.texts[i];
      const m = HEADER_WEIGHT.exec(stripSpaces(t.text).replace(/（/gu, '(').replace(/）/gu, ')'));
      if (m) headerWeight = view.embeddedField(t.row, t.col, m[1] ?? m[2]);
    }
  }
  return { columns: header.roles, range: header.range, letteredBasis, namedUnit, headerWeight };
}

/** A weight in a header label: `（20分）`, `(10分)`, `20分*执行率`, `20分×执行率`. */
const HEADER_WEIGHT = /\((\d+(?:\.\d+)?)分\)|(\d+(?:\.\d+)?)分[*×x]/u;

interface LabelCell {
  readonly col: number;
  readonly area: CellRange;
  readonly role: FundsRowRole;
  readonly valueText?: string;
}

/** A funds-area text read once: its row label, and whether it reads as a number. */
interface FundsCellReading {
  readonly label: FundsLabel;
  readonly isNumber: boolean;
}

/** Readings by text, shared by every run (pure; the amounts and labels repeat across sheets). */
const readings = new Map<string, FundsCellReading>();
const READING_MEMO_LIMIT = 20000;
const READING_MEMO_MAX_LENGTH = 200;

function readFundsCell(text: string): FundsCellReading {
  let reading = readings.get(text);
  if (reading === undefined) {
    const label = parseFundsLabel(text);
    reading = { label, isNumber: label.role === undefined && parseNumericText(text).kind === 'number' };
    if (text.length > READING_MEMO_MAX_LENGTH) return reading;
    if (readings.size >= READING_MEMO_LIMIT) readings.clear();
    readings.set(text, reading);
  }
  return reading;
}

/**
 * A number cell (its text is String(value)) is never a row label (every label has CJK letters),
 * and reads as a number exactly when that text is plain decimal digits (not `1e+21`, `NaN`).
 */
const NUMBER_CELL: FundsCellReading = { label: {}, isNumber: true };
const EXOTIC_NUMBER_CELL: FundsCellReading = { label: {}, isNumber: false };
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function labelsOfRow(view: SheetView, row: number, right: number): { labels: LabelCell[]; unknown?: { col: number; text: string } } {
  const labels: LabelCell[] = [];
  let unknown: { col: number; text: string } | undefined;
  const cols = view.realCols(row);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c > right) break;
    const text = view.text(row, c);
    if (text.trim() === '') continue;
    const { label: parsed, isNumber } = view.isNumber(row, c) ? (PLAIN_NUMBER.test(text) ? NUMBER_CELL : EXOTIC_NUMBER_CELL) : readFundsCell(text);
    if (parsed.role) labels.push({ col: c, area: view.area(row, c), role: parsed.role, valueText: parsed.valueText });
    else if (unknown === undefined && !isNumber) unknown = { col: c, text: stripSpaces(text) };
  }
  return { labels, unknown };
}

/**
 * Recognise the funds block whose header is at `headerRow`; rows up to `endRow` (exclusive).
 * `explicitUnit` is a unit the sheet states elsewhere (`金额单位`), which wins over `（万元）` labels.
 */
export function recogniseFunds(
  view: SheetView,
  head: Header<FundsColumnRole>,
  endRow: number,
  notes: RecognitionNote[],
  explicitUnit?: UnitSource,
  fixedBottom?: number,
): { block: FundsBlock; columns: ReadonlyMap<FundsColumnRole, number>; labelCol?: number } {
  for (let i = 0; i < head.notes.length; i++) notes.push(head.notes[i]);
  const header = headerInfo(view, head);
  const { columns } = header;
  const headerRow = head.bottom;
  const amountCols: number[] = [];
  for (let i = 0; i < FUNDS_AMOUNT_ROLES.length; i++) {
    const c = columns.get(FUNDS_AMOUNT_ROLES[i]);
    if (c !== undefined) amountCols.push(c);
  }
  const right = header.range.right;

  const rowLabels: Array<{ row: number; labels: LabelCell[] }> = [];
  const last = fixedBottom !== undefined ? fixedBottom + 1 : endRow;
  for (let r = headerRow + 1; r < last; r++) {
    const { labels, unknown } = labelsOfRow(view, r, right);
    if (labels.length > 0) rowLabels.push({ row: r, labels });
    else if (unknown !== undefined && rowHasAmount(view, r, amountCols)) {
      notes.push({ sheet: view.sheet.name, address: toA1(r, unknown.col), message: RECOGNITION_PHRASES.rowIgnored(unknown.text) });
    }
  }
  const singleFigure = hasSingleFigure(rowLabels, amountCols);

  const totals: FundsRow[] = [];
  const breakdowns: FundsRow[] = [];
  const shareCandidates: Array<{ role: FundsRowRole; stated: NumberField }> = [];
  let bottom = fixedBottom ?? header.range.bottom;
  for (let i = 0; i < rowLabels.length; i++) {
    const { row, labels } = rowLabels[i];
    if (singleFigure) {
      for (let j = 0; j < labels.length; j++) {
        const l = labels[j];
        if (l.role === 'total') continue;
        breakdowns.push({
          role: l.role,
          group: fundsGroupOf(l.role),
          label: view.textField(row, l.col),
          single: view.embeddedField(row, l.col, l.valueText ?? ''),
        });
      }
    }
    const first = labels[0];
    if (!singleFigure || first.role === 'total') {
      const fundsRow = columnRow(view, row, first, columns);
      (first.role === 'total' ? totals : breakdowns).push(fundsRow);
      const shareCol = columns.get('share');
      if (shareCol !== undefined && !view.covered(row, shareCol) && !inArea(first.area, shareCol)) {
        shareCandidates.push({ role: first.role, stated: view.numberField(row, shareCol) });
      }
    }
    bottom = Math.max(bottom, row);
  }
  const rows = totals.concat(breakdowns);
  const present = new Set<FundsRowRole>();
  for (let i = 0; i < rows.length; i++) present.add(rows[i].role);
  const shares: ShareField[] = [];
  for (let i = 0; i < shareCandidates.length; i++) {
    const s = shareCandidates[i];
    const whole = shareWholeOf(s.role);
    if (whole && present.has(whole)) shares.push({ stated: s.stated, part: s.role, whole, basis: 'executed' });
  }

  const unitSource = explicitUnit ?? header.namedUnit;
  const unit: AmountUnit = unitSource?.unit ?? 'wan';
  if (unit === 'yuan') notes.push({ sheet: view.sheet.name, address: unitSource?.address, message: RECOGNITION_PHRASES.amountsInYuan() });
  // Row labels under a blank header cell still belong to the block.
  let labelLeft = header.range.left;
  for (let i = 0; i < rowLabels.length; i++) labelLeft = Math.min(labelLeft, rowLabels[i].labels[0].col);
  const block: FundsBlock = {
    range: { ...header.range, left: labelLeft, bottom },
    unit,
    rows,
    shares,
    singleFigureBreakdowns: singleFigure,
  };
  const labelCol = rowLabels.length > 0 ? rowLabels[0].labels[0].col : undefined;
  const withBasis = header.letteredBasis ? { ...block, letteredBasis: header.letteredBasis } : block;
  return { block: header.headerWeight ? { ...withBasis, headerWeight: header.headerWeight } : withBasis, columns, labelCol };
}

/**
 * Hunan's shape: a breakdown label (not the total) carries its own figure after a colon, or its
 * cell spans an amount column.
 */
function hasSingleFigure(rowLabels: ReadonlyArray<{ readonly labels: readonly LabelCell[] }>, amountCols: readonly number[]): boolean {
  for (let i = 0; i < rowLabels.length; i++) {
    const labels = rowLabels[i].labels;
    for (let j = 0; j < labels.length; j++) {
      const l = labels[j];
      if (l.role === 'total') continue;
      if (l.valueText !== undefined && l.valueText !== '') return true;
      for (let k = 0; k < amountCols.length; k++) if (inArea(l.area, amountCols[k])) return true;
    }
  }
  return false;
}

function inArea(a: CellRange, col: number): boolean {
  return col >= a.left && col <= a.right;
}

function rowHasAmount(view: SheetView, row: number, amountCols: readonly number[]): boolean {
  return amountCols.some((c) => !view.covered(row, c) && view.numberField(row, c).parsed.kind === 'number');
}

/** The number columns of a funds row, in the order FundsRow lists them. */
const NUMBER_ROLES = ['initialBudget', 'adjustedBudget', 'executed', 'weight', 'executionRate', 'score'] as const;

/** The column of `role` when the row has a real cell there outside the label's own area. */
function roleCol(view: SheetView, row: number, label: LabelCell, columns: ReadonlyMap<FundsColumnRole, number>, role: FundsColumnRole): number | undefined {
  const c = columns.get(role);
  if (c === undefined || view.covered(row, c) || inArea(label.area, c)) return undefined;
  return c;
}

/** A row with its own amount columns: a field for every column the header has and the row has a real cell in. */
function columnRow(view: SheetView, row: number, label: LabelCell, columns: ReadonlyMap<FundsColumnRole, number>): FundsRow {
  const out: { -readonly [K in keyof FundsRow]: FundsRow[K] } = {
    role: label.role,
    group: fundsGroupOf(label.role),
    label: view.textField(row, label.col),
  };
  for (let i = 0; i < NUMBER_ROLES.length; i++) {
    const role = NUMBER_ROLES[i];
    const c = roleCol(view, row, label, columns, role);
    if (c !== undefined) out[role] = view.numberField(row, c);
  }
  const reasonCol = roleCol(view, row, label, columns, 'reason');
  if (reasonCol !== undefined) out.reason = view.textField(row, reasonCol);
  return out;
}
