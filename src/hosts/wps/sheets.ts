/** Finding sheets and keeping the screen still during bulk work (WPS object model). */
import { HostError } from '../ports';
import { WPS_PHRASES, withCause } from './phrases';
import type { WpsApplication, WpsWorkbook, WpsWorksheet } from './types';

/**
 * The sheet named `name`, or undefined. Walks Worksheets.Item(1..Count) [ET-API, 1-based] instead
 * of Item(name), whose failure mode for a missing name (exception vs null) differs between builds.
 */
export function lookupSheet(wb: WpsWorkbook, name: string): WpsWorksheet | undefined {
  let list;
  let count: number;
  try {
    list = wb.Worksheets;
    count = list.Count;
  } catch (cause) {
    throw new HostError(withCause(WPS_PHRASES.listSheetsFailed, cause), { cause });
  }
  for (let i = 1; i <= count; i++) {
    const ws = list.Item(i);
    if (ws.Name === name) return ws;
  }
  return undefined;
}

/** The sheet named `name`; HostError "找不到工作表" when there is none. */
export function findSheet(wb: WpsWorkbook, name: string): WpsWorksheet {
  const ws = lookupSheet(wb, name);
  if (!ws) throw new HostError(WPS_PHRASES.sheetMissing(name));
  return ws;
}

/** Run `work` with Application.ScreenUpdating off, restoring the previous value whatever happens. */
export function withScreenUpdatingOff<T>(app: WpsApplication, work: () => T): T {
  let previous: boolean | undefined;
  try {
    previous = app.ScreenUpdating;
    if (previous !== undefined) app.ScreenUpdating = false;
  } catch {
    previous = undefined; // a build without ScreenUpdating: nothing to restore
  }
  try {
    return work();
  } finally {
    if (previous !== undefined) app.ScreenUpdating = previous;
  }
}
