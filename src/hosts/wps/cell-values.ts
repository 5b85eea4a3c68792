/**
 * Conversions between WPS `Range.Value2` items and the engine's CellValue.
 *
 * Error values: COM hands a cell error over as a VT_ERROR whose SCODE is 0x800A0000 | n, n being
 * the XlCVError number (xlErrDiv0 = 2007 …, WPS 开放平台 表格 API 参考 › 枚举 › XlCVError 枚举).
 * The WPS JSAPI passes it to JavaScript as that SCODE read as a signed 32-bit number, e.g.
 * #DIV/0! = -2146826281 (measured on WPS 12.1.0.28043, see types.ts [FIELD]); the unsigned form
 * (2148141015) is accepted too. A genuine number equal to one of these codes (≈ −21 亿) cannot be
 * told apart; no budget amount in 万元 or 元 comes near it.
 *
 * Empty cells: WPS reads an empty cell as null [FIELD]; undefined and '' are treated as blank too,
 * so the adapter does not depend on which one a build chooses.
 */
import type { CellValue } from '../../core/grid/types';
import { isFormulaLikeText } from '../../core/plan/validate';
import type { WpsScalar, WpsValue2 } from './types';

/** XlCVError number → the error text the engine uses. */
export const CV_ERRORS: Readonly<Record<number, string>> = {
  2000: '#NULL!',
  2007: '#DIV/0!',
  2015: '#VALUE!',
  2023: '#REF!',
  2029: '#NAME?',
  2036: '#NUM!',
  2042: '#N/A',
  2043: '#GETTING_DATA',
  2045: '#SPILL!',
  2046: '#CONNECT!',
  2047: '#BLOCKED!',
  2048: '#UNKNOWN!',
  2049: '#FIELD!',
  2050: '#CALC!',
};

/** 0x800A0000 as a signed 32-bit integer. */
const CVERR_SIGNED_BASE = -2146828288;
/** 0x800A0000 unsigned. */
const CVERR_UNSIGNED_BASE = 2148139008;

/** The error text of a CVErr number, or undefined when `n` is an ordinary number. */
export function errorFromCvErr(n: number): string | undefined {
  if (!Number.isInteger(n)) return undefined;
  const code = n < 0 ? n - CVERR_SIGNED_BASE : n - CVERR_UNSIGNED_BASE;
  return CV_ERRORS[code];
}

/** The signed CVErr number WPS reports for an error text ('#DIV/0!' → -2146826281); used by fakes and tests. */
export function cvErrFromError(error: string): number | undefined {
  for (const [code, text] of Object.entries(CV_ERRORS)) if (text === error) return CVERR_SIGNED_BASE + Number(code);
  return undefined;
}

/** One Value2 item → CellValue. Dates stay serial numbers (their number format says they are dates). */
export function toCellValue(v: WpsScalar | unknown): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const err = errorFromCvErr(v);
    if (err !== undefined) return { error: err };
    return Number.isFinite(v) ? v : { error: '#NUM!' };
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  // Not produced by Value2; a Date (from `.Value`) or an unknown variant is kept as its text.
  return String(v);
}

/** True when the Value2 item is an empty cell. */
export function isBlankValue2(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** Value2 (scalar or rows of columns) → a rows × cols array of items, filling ragged rows with null. */
export function value2Grid(v: WpsValue2, rows: number, cols: number): WpsScalar[][] {
  const out: WpsScalar[][] = [];
  if (!Array.isArray(v)) {
    for (let r = 0; r < rows; r++) out.push(new Array<WpsScalar>(cols).fill(null));
    if (rows > 0 && cols > 0) out[0][0] = v;
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const src = Array.isArray(v[r]) ? v[r] : [];
    const row = new Array<WpsScalar>(cols);
    for (let c = 0; c < cols; c++) row[c] = src[c] ?? null;
    out.push(row);
  }
  return out;
}

/**
 * Text to assign through Value2 so the host stores exactly this text: WPS, like Excel, turns text
 * starting with = + - @ into a formula and numeric-looking text into a number. A leading
 * apostrophe (the prefix character, not part of the value) keeps it text without touching the
 * cell's number format. Text already starting with an apostrophe gets one more for the same reason.
 */
export function textForValue2(text: string): string {
  if (isFormulaLikeText(text) || text.startsWith("'")) return `'${text}`;
  if (/^\s*[+-]?(\d[\d,]*)?(\.\d+)?\s*%?\s*$/.test(text) && /\d/.test(text)) return `'${text}`;
  return text;
}
