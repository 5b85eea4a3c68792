/** How the pane shows a cell value (old → new, the preview grid), as Excel would display it. */
import type { CellValue } from '../core/grid/types';
import { isCellError } from '../core/grid/types';
import { Dec } from '../core/money/decimal';
import { formatDecimals, formatIsPercent } from '../core/money/parse';
import { PANE } from './phrases';

/** 0.9994 with '0.00%' → '99.94%'; 9.5 with '0.00' → '9.50'; decimals via Dec (half-up), never toFixed. */
export function cellText(value: CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const d = new Dec(String(value));
  const dp = formatDecimals(numFmt);
  if (formatIsPercent(numFmt)) {
    const pct = d.times(100);
    return `${dp === undefined ? pct.toString() : pct.toFixed(dp)}%`;
  }
  return dp === undefined ? d.toString() : d.toFixed(dp);
}

/** Like cellText, but a blank shows as （空）. */
export function cellTextOrBlank(value: CellValue | undefined, numFmt?: string): string {
  const t = cellText(value, numFmt);
  return t === '' ? PANE.recompute.blank : t;
}
