/**
 * The funds block (资金 / 年度预算申请 / 项目资金, SPEC §2.1): a header row found by label families
 * (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 …), then one row per fund type by its label.
 * Two shapes: every row has its own amount columns (template, national 项目), or — Hunan 部门整体,
 * pasted from Word — each breakdown label holds one figure (`其中：一般公共预算：962.34`).
 */
import type { CellRange } from '../grid/types';
import { splitLabelValue, stripSpaces } from '../grid/text';
import { parseNumericText } from '../money/parse';
import type { AmountUnit, FundsBlock, FundsRow, FundsRowRole, NumberField, RecognitionNote, ShareField } from '../model';
import {
  BLOCK_LABELS,
  FUNDS_AMOUNT_ROLES,
  FUNDS_COLUMNS,
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

/** Where the sheet names its amount unit (a `金额单位` cell, a `（元）` in a label). */
export interface UnitSource {
  readonly unit: AmountUnit;
  readonly address: string;
}

/** The first row at or after `from` holding 全年执行数 (or a synonym) and a budget column. */
export function findFundsHeader(view: SheetView, from = 0): number | undefined {
  for (let r = from; r < view.rows; r++) {
    const roles = new Set<FundsColumnRole>();
    for (const c of view.realCols(r)) {
      const role = FUNDS_COLUMNS.get(labelKey(view.text(r, c)));
      if (role) roles.add(role);
    }
    if (roles.has('executed') && (roles.has('initialBudget') || roles.has('adjustedBudget'))) return r;
  }
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
}

function readHeader(view: SheetView, row: number, notes: RecognitionNote[]): HeaderInfo {
  const columns = new Map<FundsColumnRole, number>();
  const letterRoles = new Map<string, FundsColumnRole>();
  let ratioDen: string | undefined;
  let namedUnit: UnitSource | undefined;
  const unknown: number[] = [];
  let range: CellRange = { top: row, left: Number.MAX_SAFE_INTEGER, bottom: row, right: -1 };
  for (const c of view.realCols(row)) {
    const text = view.text(row, c);
    if (text.trim() === '') continue;
    const area = view.area(row, c);
    range = { ...range, left: Math.min(range.left, c), right: Math.max(range.right, area.right) };
    const unit = unitNamed(text);
    if (unit && !namedUnit) namedUnit = { unit, address: view.source(row, c).address };
    const role = FUNDS_COLUMNS.get(labelKey(text));
    if (!role) {
      unknown.push(c);
      continue;
    }
    if (!columns.has(role)) columns.set(role, c);
    const letters = headerLetters(text);
    if (letters.letter && !letterRoles.has(letters.letter)) letterRoles.set(letters.letter, role);
    if (letters.ratio && role === 'executionRate') ratioDen = letters.ratio.den;
  }
  const firstRoleCol = Math.min(...[...columns.values()]);
  for (const c of unknown) {
    const text = view.text(row, c);
    const area = view.area(row, c);
    const isBlockLabel = BLOCK_LABELS.has(labelKey(text)) || (c < firstRoleCol && area.bottom > area.top + 1);
    if (isBlockLabel) range = { ...range, bottom: Math.max(range.bottom, area.bottom) };
    else notes.push({ sheet: view.sheet.name, address: view.source(row, c).address, message: RECOGNITION_PHRASES.columnIgnored(stripSpaces(text)) });
  }
  const basisRole = letterRoles.get(ratioDen ?? 'A');
  const letteredBasis = basisRole === 'initialBudget' || basisRole === 'adjustedBudget' ? basisRole : undefined;
  return { columns, range, letteredBasis, namedUnit };
}

interface LabelCell {
  readonly col: number;
  readonly area: CellRange;
  readonly role: FundsRowRole;
  readonly valueText?: string;
}

function labelsOfRow(view: SheetView, row: number, right: number): { labels: LabelCell[]; unknown?: { col: number; text: string } } {
  const labels: LabelCell[] = [];
  let unknown: { col: number; text: string } | undefined;
  for (const c of view.realCols(row, 0, right)) {
    const text = view.text(row, c);
    if (text.trim() === '') continue;
    const parsed = parseFundsLabel(text);
    if (parsed.role) labels.push({ col: c, area: view.area(row, c), role: parsed.role, valueText: parsed.valueText });
    else if (unknown === undefined && parseNumericText(text).kind !== 'number') unknown = { col: c, text: stripSpaces(text) };
  }
  return { labels, unknown };
}

/**
 * Recognise the funds block whose header is at `headerRow`; rows up to `endRow` (exclusive).
 * `explicitUnit` is a unit the sheet states elsewhere (`金额单位`), which wins over `（万元）` labels.
 */
export function recogniseFunds(
  view: SheetView,
  headerRow: number,
  endRow: number,
  notes: RecognitionNote[],
  explicitUnit?: UnitSource,
): { block: FundsBlock; columns: ReadonlyMap<FundsColumnRole, number> } {
  const header = readHeader(view, headerRow, notes);
  const { columns } = header;
  const amountCols = FUNDS_AMOUNT_ROLES.map((r) => columns.get(r)).filter((c): c is number => c !== undefined);
  const spansAmount = (a: CellRange) => amountCols.some((c) => c >= a.left && c <= a.right);
  const right = header.range.right;

  const rowLabels: Array<{ row: number; labels: LabelCell[] }> = [];
  for (let r = headerRow + 1; r < endRow; r++) {
    const { labels, unknown } = labelsOfRow(view, r, right);
    if (labels.length > 0) rowLabels.push({ row: r, labels });
    else if (unknown !== undefined && rowHasAmount(view, r, amountCols)) {
      notes.push({ sheet: view.sheet.name, address: view.source(r, unknown.col).address, message: RECOGNITION_PHRASES.rowIgnored(unknown.text) });
    }
  }
  const singleFigure = rowLabels.some(({ labels }) =>
    labels.some((l) => l.role !== 'total' && (l.valueText !== undefined && l.valueText !== '' || spansAmount(l.area))),
  );

  const totals: FundsRow[] = [];
  const breakdowns: FundsRow[] = [];
  const shareCandidates: Array<{ role: FundsRowRole; stated: NumberField }> = [];
  let bottom = header.range.bottom;
  for (const { row, labels } of rowLabels) {
    if (singleFigure) {
      for (const l of labels) {
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
  const rows = [...totals, ...breakdowns];
  const present = new Set(rows.map((r) => r.role));
  const shares: ShareField[] = [];
  for (const s of shareCandidates) {
    const whole = shareWholeOf(s.role);
    if (whole && present.has(whole)) shares.push({ stated: s.stated, part: s.role, whole, basis: 'executed' });
  }

  const unitSource = explicitUnit ?? header.namedUnit;
  const unit: AmountUnit = unitSource?.unit ?? 'wan';
  if (unit === 'yuan') notes.push({ sheet: view.sheet.name, address: unitSource?.address, message: RECOGNITION_PHRASES.amountsInYuan() });
  const block: FundsBlock = {
    range: { ...header.range, bottom },
    unit,
    rows,
    shares,
    singleFigureBreakdowns: singleFigure,
  };
  return { block: header.letteredBasis ? { ...block, letteredBasis: header.letteredBasis } : block, columns };
}

function inArea(a: CellRange, col: number): boolean {
  return col >= a.left && col <= a.right;
}

function rowHasAmount(view: SheetView, row: number, amountCols: readonly number[]): boolean {
  return amountCols.some((c) => !view.covered(row, c) && view.numberField(row, c).parsed.kind === 'number');
}

/** A row with its own amount columns: a field for every column the header has and the row has a real cell in. */
function columnRow(view: SheetView, row: number, label: LabelCell, columns: ReadonlyMap<FundsColumnRole, number>): FundsRow {
  const out: { -readonly [K in keyof FundsRow]: FundsRow[K] } = {
    role: label.role,
    group: fundsGroupOf(label.role),
    label: view.textField(row, label.col),
  };
  const cellOf = (role: FundsColumnRole): number | undefined => {
    const c = columns.get(role);
    if (c === undefined || view.covered(row, c) || inArea(label.area, c)) return undefined;
    return c;
  };
  for (const role of ['initialBudget', 'adjustedBudget', 'executed', 'weight', 'executionRate', 'score'] as const) {
    const c = cellOf(role);
    if (c !== undefined) out[role] = view.numberField(row, c);
  }
  const reasonCol = cellOf('reason');
  if (reasonCol !== undefined) out.reason = view.textField(row, reasonCol);
  return out;
}
