/**
 * Applying a write plan to WPS: the writes of each sheet are covered with rectangles (contiguous
 * rows of a column, joined across neighbouring columns; a run breaks where the number format
 * changes), and each rectangle gets at most one NumberFormat and one Value2 array.
 *
 * WPS has no transaction: the object model applies every assignment at once. "All or nothing as
 * far as the host allows" is done by validating everything first (sheets exist, values finite)
 * and by reading each rectangle's old Value2 and NumberFormat before writing it, so a failure
 * part-way restores what was already written.
 */
import type { CellWrite } from '../../core/plan/write-plan';
import { firstWritePlanProblem, type WritePlanProblem } from '../../core/plan/validate';
import { HostError } from '../ports';
import type { Box } from './boxes';
import { boxAddress, coverWithBoxes } from './boxes';
import { textForValue2 } from './cell-values';
import { WPS_PHRASES, withCause } from './phrases';
import { lookupSheet, withScreenUpdatingOff } from './sheets';
import type { WpsApplication, WpsRange, WpsValue2, WpsWorksheet } from './types';

interface Planned {
  readonly sheet: WpsWorksheet;
  readonly sheetName: string;
  readonly box: Box;
  readonly numFmt: string | undefined;
  readonly values: (number | string)[][];
}

interface Done {
  readonly planned: Planned;
  readonly range: WpsRange;
  readonly oldValues: WpsValue2;
  readonly oldFormat: string | null;
}

export function applyWpsWrites(app: WpsApplication, writes: readonly CellWrite[]): void {
  if (writes.length === 0) return;
  // The plan's own checks (core/plan) before the application is asked anything.
  const problem = firstWritePlanProblem(writes);
  if (problem) throw planError(problem);
  const wb = app.ActiveWorkbook;
  if (!wb) throw new HostError(WPS_PHRASES.noWorkbook);

  // Resolve every sheet before writing anything.
  const sheets = new Map<string, WpsWorksheet | undefined>();
  const missing = firstWritePlanProblem(writes, {
    sheetExists: (name) => {
      const ws = lookupSheet(wb, name);
      sheets.set(name, ws);
      return ws !== undefined;
    },
  });
  if (missing) throw planError(missing);
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  const planned: Planned[] = [];
  for (const [sheetName, list] of bySheet) {
    const sheet = sheets.get(sheetName)!;
    for (const run of coverWithBoxes(list, (w) => w.numFmt ?? '')) {
      const values: (number | string)[][] = [];
      for (let r = run.box.top; r <= run.box.bottom; r++) values.push(new Array<number | string>(run.box.right - run.box.left + 1).fill(''));
      for (const w of run.cells) values[w.row - run.box.top][w.col - run.box.left] = typeof w.value === 'string' ? textForValue2(w.value) : w.value;
      planned.push({ sheet, sheetName, box: run.box, numFmt: run.key || undefined, values });
    }
  }

  withScreenUpdatingOff(app, () => {
    const done: Done[] = [];
    for (const p of planned) {
      const address = boxAddress(p.box);
      try {
        const range = p.sheet.Range(address);
        const oldValues = range.Value2;
        const oldFormat = range.NumberFormat;
        done.push({ planned: p, range, oldValues, oldFormat });
        if (p.numFmt !== undefined) range.NumberFormat = p.numFmt;
        range.Value2 = p.values.length === 1 && p.values[0].length === 1 ? p.values[0][0] : p.values;
      } catch (cause) {
        const rollback = rollBack(done);
        const message = `${WPS_PHRASES.writeFailed(p.sheetName, address)}，${rollback ? WPS_PHRASES.rolledBack : WPS_PHRASES.rollbackFailed}`;
        throw new HostError(withCause(message, cause), { cause });
      }
    }
  });
}

/** A write-plan problem (core/plan) as the WPS host's HostError. */
function planError(p: WritePlanProblem): HostError {
  const where = `${p.write.sheet}!${p.write.address}`;
  if (p.kind === 'unknownSheet') return new HostError(WPS_PHRASES.sheetMissing(p.write.sheet));
  if (p.kind === 'badAddress') return new HostError(WPS_PHRASES.badWriteAddress(where), p.cause === undefined ? undefined : { cause: p.cause });
  return new HostError(WPS_PHRASES.badWriteValue(where));
}

/** Restore in reverse order; false when any restore failed. */
function rollBack(done: readonly Done[]): boolean {
  let ok = true;
  for (const d of [...done].reverse()) {
    try {
      d.range.Value2 = d.oldValues;
      if (typeof d.oldFormat === 'string') d.range.NumberFormat = d.oldFormat;
    } catch {
      ok = false; // reported through the returned flag in the thrown HostError's message
    }
  }
  return ok;
}
