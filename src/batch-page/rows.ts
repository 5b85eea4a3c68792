/**
 * The results table of the page as data: one row per file, its 结论, the cells shown, the sort
 * orders and the totals line. Pure (no DOM), so tests check it directly.
 */
import type { FileResult } from '../batch/types';
import { isUnreadable } from '../batch/types';
import { PAGE } from './phrases';

export type Status = 'unreadable' | 'error' | 'warning' | 'clean';
export type ColumnKey = keyof typeof PAGE.columns;

export const COLUMNS: readonly ColumnKey[] = ['status', 'file', 'unit', 'kind', 'statedTotal', 'computedTotal', 'statedGrade', 'computedGrade', 'rate', 'error', 'warning', 'info', 'first', 'note'];

export interface Row {
  readonly index: number;
  readonly status: Status;
  readonly result: FileResult;
  /** Text of each column as shown. */
  readonly text: Readonly<Record<ColumnKey, string>>;
  /** Sort keys: numbers sort numerically (blank last), strings by code point. */
  readonly key: Readonly<Record<ColumnKey, string | number | null>>;
}

const STATUS_RANK: Record<Status, number> = { unreadable: 0, error: 1, warning: 2, clean: 3 };

export function statusOf(r: FileResult): Status {
  if (isUnreadable(r)) return 'unreadable';
  if (r.counts.error > 0) return 'error';
  if (r.counts.warning > 0) return 'warning';
  return 'clean';
}

/**
 * A ratio as a percentage with 2 decimals, rounded half-up on the decimal digits (never float
 * arithmetic): 0.999351 → "99.94%", 0.000049 → "0.00%", 1.2 → "120.00%". The ratio arrives
 * already rounded to 6 decimals by the batch API.
 */
export function percentText(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '';
  // String() gives the shortest decimal that reads back as the number ("0.999351"); an exponent
  // appears only below 1e-6 (a rounded 6-decimal ratio is then 0) or from 1e21.
  let plain = String(Math.abs(ratio));
  if (/e-/.test(plain)) plain = '0';
  if (/e\+/.test(plain)) return `${String(ratio * 100)}%`;
  const [intPart, frac = ''] = plain.split('.');
  // × 100: move the point two places, keep 2 decimals (hundredths of a percent) and round on the rest.
  let digits = `${intPart}${(frac + '0000').slice(0, 4)}`.replace(/^0+(?=\d)/, '');
  if ((frac[4] ?? '0') >= '5') digits = incrementDigits(digits);
  const s = digits.padStart(3, '0');
  const sign = ratio < 0 && /[1-9]/.test(s) ? '-' : '';
  return `${sign}${s.slice(0, -2)}.${s.slice(-2)}%`;
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100"). */
function incrementDigits(d: string): string {
  const a = d.split('');
  let i = a.length - 1;
  for (; i >= 0; i--) {
    if (a[i] === '9') a[i] = '0';
    else {
      a[i] = String.fromCharCode(a[i].charCodeAt(0) + 1);
      return a.join('');
    }
  }
  return `1${a.join('')}`;
}

function numText(n: number | null): string {
  return n === null ? '' : String(n);
}

/**
 * `notes`: the roll-up's 备注 of the file (重复报送, another year or kind than the batch's, 单位取自文件名 …:
 * rollUp's flags, as on sheet 汇总), 无法读取 left out (it is the row's 结论).
 */
export function rowOf(index: number, result: FileResult, notes: readonly string[] = []): Row {
  const note = notes.join('；');
  const status = statusOf(result);
  if (isUnreadable(result)) {
    const text: Record<ColumnKey, string> = {
      status: PAGE.status.unreadable,
      file: result.file,
      unit: '',
      kind: '',
      statedTotal: '',
      computedTotal: '',
      statedGrade: '',
      computedGrade: '',
      rate: '',
      error: '',
      warning: '',
      info: '',
      first: result.error.message,
      note,
    };
    return { index, status, result, text, key: { ...text, status: STATUS_RANK[status], statedTotal: null, computedTotal: null, rate: null, error: null, warning: null, info: null } };
  }
  const text: Record<ColumnKey, string> = {
    status: PAGE.status[status],
    file: result.file,
    unit: result.unitFromFileName ? `${result.unit}${PAGE.unitFromFileName}` : result.unit,
    kind: result.kind ?? '',
    statedTotal: numText(result.statedTotal),
    computedTotal: result.computedTotal === null ? '' : String(result.computedTotal),
    statedGrade: result.statedGrade ?? '',
    computedGrade: result.computedGrade ?? '',
    rate: percentText(result.executionRate),
    error: String(result.counts.error),
    warning: String(result.counts.warning),
    info: String(result.counts.info),
    first: result.firstError ?? '',
    note,
  };
  return {
    index,
    status,
    result,
    text,
    key: {
      ...text,
      status: STATUS_RANK[status],
      statedTotal: result.statedTotal,
      computedTotal: result.computedTotal,
      rate: result.executionRate,
      error: result.counts.error,
      warning: result.counts.warning,
      info: result.counts.info,
    },
  };
}

export interface SortOrder {
  readonly column: ColumnKey;
  readonly descending: boolean;
}

/** The default order: files to act on first (无法读取, 需退回 by most errors, 需核实), then by 单位 and file. */
export const DEFAULT_ORDER: SortOrder = { column: 'status', descending: false };

function compareKeys(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  // Blank sorts last whatever the direction is chosen below (handled by the caller).
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function errorsOf(r: Row): number {
  return isUnreadable(r.result) ? 0 : r.result.counts.error;
}

function blank(v: string | number | null): boolean {
  return v === null || v === '';
}

export function sortRows(rows: readonly Row[], order: SortOrder): Row[] {
  const dir = order.descending ? -1 : 1;
  return rows.slice().sort((a, b) => {
    const ka = a.key[order.column];
    const kb = b.key[order.column];
    if (blank(ka) !== blank(kb)) return blank(ka) ? 1 : -1;
    const c = compareKeys(ka, kb) * dir;
    if (c !== 0) return c;
    // Ties: the default order (结论, most errors first), then 单位, then file (the path: unique).
    const s = STATUS_RANK[a.status] - STATUS_RANK[b.status];
    if (s !== 0) return s;
    const e = errorsOf(b) - errorsOf(a);
    if (e !== 0) return e;
    return compareKeys(a.text.unit, b.text.unit) || compareKeys(a.text.file, b.text.file);
  });
}

export interface Totals {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly clean: number;
  readonly unreadable: number;
}

export function totalsOf(rows: readonly Row[]): Totals {
  const t = { files: rows.length, errors: 0, warnings: 0, clean: 0, unreadable: 0 };
  for (const r of rows) {
    if (r.status === 'unreadable') t.unreadable++;
    else if (r.status === 'error') t.errors++;
    else if (r.status === 'warning') t.warnings++;
    else t.clean++;
  }
  return t;
}
