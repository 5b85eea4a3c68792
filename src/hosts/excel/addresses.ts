import type { CellRange, CellValue } from '../../core/grid/types';
import { rangeFromA1 } from '../../core/grid/a1';

/** 'Sheet1!B2:D9' or "'My sheet'!B2" → the range part's rectangle (0-based). */
export function rangeOfAddress(address: string): CellRange {
  const bang = address.lastIndexOf('!');
  return rangeFromA1(bang >= 0 ? address.slice(bang + 1) : address);
}

const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/**
 * An Office.js `values` entry → CellValue. Office reports an empty cell as '' and an error as its
 * text ('#DIV/0!'); a cell formatted as text ('@') keeps error-like text as text.
 */
export function toCellValue(raw: unknown, numFmt: string | undefined): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  const s = String(raw);
  if (numFmt !== '@' && ERROR_VALUE.test(s)) return { error: s };
  return s;
}

/** A formula as Office reports it ('=SUM(A1:A3)') → without '=' ; constants → undefined. */
export function toFormula(raw: unknown, numFmt: string | undefined): string | undefined {
  if (typeof raw !== 'string' || numFmt === '@' || !raw.startsWith('=')) return undefined;
  return raw.slice(1);
}

/** Excel's width in characters → points (7 px per character + 5 px padding at 96 dpi; 1 px = 0.75 pt). */
export function charsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}
