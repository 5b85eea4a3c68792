import type { Dec } from '../money/decimal';
import { toCellNumber } from '../money/decimal';
import { formatDecimals, formatIsPercent } from '../money/parse';
import type { NumberField, TextField } from '../model';
import type { CellWrite, OutputKind } from './write-plan';

/**
 * One output cell's write, or undefined when nothing is to change. Never writes a formula cell
 * (its cached value is checked instead, RULES §6); a value already equal (as a number) with an
 * adequate format is left alone, so a second recompute plans nothing.
 * Values outside the double range are not written.
 * `value` must already be rounded half-up at the documented places; `numFmt` is '0.00' or '0.00%'.
 */
export function numberWrite(field: NumberField | undefined, kind: OutputKind, value: Dec, numFmt: '0.00' | '0.00%'): CellWrite | undefined {
  if (!field || field.embedded || field.cell.formula !== undefined) return undefined;
  const n = toCellNumber(value);
  // A quotient beyond the double range (a budget of 5e-324) cannot be stored in a cell: no write
  // (the rate/score rules still report the row); never NaN or Infinity in a plan.
  if (!Number.isFinite(n)) return undefined;
  const c = field.cell;
  const sameValue = typeof c.raw === 'number' && c.raw === n;
  const wantPercent = numFmt.endsWith('%');
  const formatOk = formatIsPercent(c.numFmt) === wantPercent && formatDecimals(c.numFmt) === 2;
  if (sameValue && formatOk) return undefined;
  return { sheet: c.sheet, row: c.row, col: c.col, address: c.address, kind, old: c.raw, value: n, numFmt };
}

/** A text output (等级). Same rules: no formula cell, no write when equal after trimming. */
export function textWrite(field: TextField | undefined, kind: OutputKind, value: string): CellWrite | undefined {
  if (!field || field.cell.formula !== undefined) return undefined;
  const c = field.cell;
  if (typeof c.raw === 'string' && c.raw.trim() === value) return undefined;
  return { sheet: c.sheet, row: c.row, col: c.col, address: c.address, kind, old: c.raw, value };
}
