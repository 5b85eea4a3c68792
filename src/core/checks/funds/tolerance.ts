/**
 * RULES §4 tolerance for stated values, and their display.
 * - Rates (执行率, 占比): a stated rate matches when it equals the exact quotient rounded
 *   half-up to the decimals it shows (`99.3%` vs 99.3848…% is an error: truncation).
 * - Scores: compared at 2 decimals whatever the cell shows (a typed `10` means 10.00).
 * - A numeric cell within 0.000001 of the exact result matches whatever its number format.
 */
import { Dec, HUNDRED, roundHalfUp } from '../../money/decimal';
import type { NumberField } from '../../model';

/** 0.000001, RULES §4. */
export const NUMERIC_TOLERANCE = new Dec('0.000001');

/** A parsed number of a stated field, or undefined (blank / invalid). */
export function statedValue(field: NumberField | undefined): Dec | undefined {
  return field && field.parsed.kind === 'number' ? field.parsed.value : undefined;
}

/** The cell holds a real number (not text, not a value embedded in a label). */
export function isNumericCell(field: NumberField): boolean {
  return typeof field.cell.raw === 'number' && !field.embedded;
}

function withinTolerance(field: NumberField, value: Dec, exact: Dec): boolean {
  return isNumericCell(field) && value.minus(exact).abs().lessThanOrEqualTo(NUMERIC_TOLERANCE);
}

/**
 * How a stated rate cell reads: a percentage (`99.94%`, or a `0.00%` format) compares its
 * percentage at its decimals; a plain number compares as a ratio at its decimals, or — when it
 * is above 1 and so cannot sensibly be a ratio — as a percentage typed without the sign (`99.94`).
 */
export function rateMatches(field: NumberField, exact: Dec): boolean {
  if (field.parsed.kind !== 'number') return false;
  const p = field.parsed;
  if (withinTolerance(field, p.value, exact)) return true;
  if (p.percent) return roundHalfUp(exact.times(HUNDRED), p.decimals).equals(p.value.times(HUNDRED));
  if (roundHalfUp(exact, p.decimals).equals(p.value)) return true;
  return p.value.greaterThan(1) && roundHalfUp(exact.times(HUNDRED), p.decimals).equals(p.value);
}

/** The exact rate as the cell would show it, when the cell shows other than 2 decimals of a percentage. */
export function rateAtShownDecimals(field: NumberField, exact: Dec): string | undefined {
  if (field.parsed.kind !== 'number') return undefined;
  const p = field.parsed;
  const dp = p.percent ? p.decimals : p.value.greaterThan(1) ? p.decimals : Math.max(p.decimals - 2, 0);
  return dp === 2 ? undefined : percentText(exact, dp);
}

/** Scores: the stated value at 2 decimals equals the expected 2-decimal score (or is within 0.000001 of the exact one). */
export function scoreMatches(field: NumberField, exact: Dec, expected2: Dec): boolean {
  if (field.parsed.kind !== 'number') return false;
  if (withinTolerance(field, field.parsed.value, exact)) return true;
  return roundHalfUp(field.parsed.value, 2).equals(expected2);
}

/** Rate display: 0.99935 → '99.94%'. */
export function percentText(ratio: Dec, dp = 2): string {
  return roundHalfUp(ratio.times(HUNDRED), dp).toFixed(dp) + '%';
}

/** Score display, 2 decimals: '9.99'. */
export function scoreText(d: Dec): string {
  return roundHalfUp(d, 2).toFixed(2);
}

/** Amount display: 2 decimals, or the parsed precision when it has more (`89.974`). */
export function amountText(d: Dec): string {
  return d.decimalPlaces() > 2 ? d.toFixed() : d.toFixed(2);
}

/** Plain display for a weight: 10 → '10', 7.5 → '7.5'. */
export function plainText(d: Dec): string {
  return d.toFixed();
}

/** What the cell shows: its text when it holds text, else the number in its format. */
export function statedText(field: NumberField): string {
  const raw = field.cell.raw;
  if (typeof raw === 'string' && !field.embedded) return raw.trim();
  if (field.parsed.kind === 'number') {
    // A number is stated as stored (RULES §4); show more places when the format hides some.
    const p = field.parsed;
    const v = p.percent ? p.value.times(HUNDRED) : p.value;
    const dp = Math.max(p.decimals, v.decimalPlaces());
    return v.toFixed(dp) + (p.percent ? '%' : '');
  }
  if (field.parsed.kind === 'invalid') return field.parsed.text;
  return '';
}
