/**
 * Apply a write plan in a constant number of syncs: one to check every target sheet exists (so a
 * bad plan writes nothing), one to write — plus one per ~4 MB of request payload.
 * Writes are grouped into vertical runs (same sheet and column, consecutive rows), each run one
 * `numberFormat` + one `values` assignment: a 10,000-row score column is one range write.
 * Text starting with = + - @ gets the text format '@' before its value, so Excel never parses it
 * as a formula.
 */
import type { CellWrite } from '../../core/plan/write-plan';
import { rangeToA1 } from '../../core/grid/a1';
import { firstWritePlanProblem, isFormulaLikeText, type WritePlanProblem } from '../../core/plan/validate';
import { HostError } from '../ports';
import type { ExcelEnvironment } from './environment';
import { API } from './environment';
import { EXCEL_PHRASES } from './phrases';
import { jsonBytes, OP_OVERHEAD_BYTES, PayloadMeter } from './payload';

/** Strings Excel would read as a formula when assigned to `values` (core/plan's formula-text guard). */
export const needsTextFormat = isFormulaLikeText;

/** A write-plan problem (core/plan) as the Excel host's HostError. */
export function planError(p: WritePlanProblem): HostError {
  const { sheet, address } = p.write;
  if (p.kind === 'unknownSheet') return new HostError(EXCEL_PHRASES.noSheet(sheet));
  if (p.kind === 'badAddress') return new HostError(EXCEL_PHRASES.badAddress(sheet, address), p.cause === undefined ? undefined : { cause: p.cause });
  return new HostError(EXCEL_PHRASES.badValue(sheet, address));
}

export interface WriteRun {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly values: Array<[number | string]>;
  /** null = leave the cell's number format unchanged. */
  readonly formats: Array<[string | null]>;
}

/**
 * Validate the plan (core/plan: addresses, values; sheets are checked once their names are
 * loaded) and group it into vertical runs (throws HostError before anything is written).
 */
export function groupRuns(writes: readonly CellWrite[]): WriteRun[] {
  const problem = firstWritePlanProblem(writes);
  if (problem) throw planError(problem);
  const byKey = new Map<string, CellWrite[]>();
  const seen = new Set<string>();
  for (const w of writes) {
    const cellKey = `${w.sheet}\u0000${w.row}\u0000${w.col}`;
    if (seen.has(cellKey)) continue; // the first write of a cell wins, as in the plan
    seen.add(cellKey);
    const key = `${w.sheet}\u0000${w.col}`;
    const list = byKey.get(key) ?? [];
    list.push(w);
    byKey.set(key, list);
  }
  const runs: WriteRun[] = [];
  for (const list of byKey.values()) {
    list.sort((a, b) => a.row - b.row);
    let current: { sheet: string; col: number; top: number; values: Array<[number | string]>; formats: Array<[string | null]> } | undefined;
    for (const w of list) {
      if (!current || w.row !== current.top + current.values.length) {
        if (current) runs.push(current);
        current = { sheet: w.sheet, col: w.col, top: w.row, values: [], formats: [] };
      }
      current.values.push([w.value]);
      current.formats.push([needsTextFormat(w.value) ? '@' : (w.numFmt ?? null)]);
    }
    if (current) runs.push(current);
  }
  return runs;
}

export async function applyWritesTo(env: ExcelEnvironment, writes: readonly CellWrite[]): Promise<void> {
  const runs = groupRuns(writes);
  if (runs.length === 0) return;
  const suspend = env.isSetSupported('ExcelApi', API.suspendCalculation);
  await env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const names = new Set(worksheets.items.map((w) => w.name));
    const missing = firstWritePlanProblem(writes, { sheetExists: (name) => names.has(name) });
    if (missing) throw planError(missing);

    const meter = new PayloadMeter();
    if (suspend) context.application.suspendApiCalculationUntilNextSync();
    const sheets = new Map<string, Excel.Worksheet>();
    for (const run of runs) {
      const address = rangeToA1({ top: run.top, left: run.col, bottom: run.top + run.values.length - 1, right: run.col });
      const hasFormats = run.formats.some(([f]) => f !== null);
      const bytes = 2 * OP_OVERHEAD_BYTES + jsonBytes(run.values) + (hasFormats ? jsonBytes(run.formats) : 0) + address.length;
      if (meter.wouldOverflow(bytes)) {
        await context.sync();
        meter.reset();
        if (suspend) context.application.suspendApiCalculationUntilNextSync();
      }
      let ws = sheets.get(run.sheet);
      if (!ws) {
        ws = worksheets.getItem(run.sheet);
        sheets.set(run.sheet, ws);
      }
      const range = ws.getRange(address);
      if (hasFormats) range.numberFormat = run.formats;
      range.values = run.values;
      meter.add(bytes);
    }
    await context.sync();
  });
}
