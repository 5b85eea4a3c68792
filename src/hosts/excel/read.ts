/**
 * Read every worksheet's used range in a constant number of syncs:
 *   1. worksheet names;
 *   2. each used range's address (+ merged areas where ExcelApi 1.13);
 *   3. values, formulas and number formats, in row chunks queued together — one more sync only
 *      per ~4 MB of estimated response (Excel on the web's 5 MB limit), never per row; a response
 *      over the limit anyway (very long texts) is retried in halves.
 * Without ExcelApi 1.13 merges are unknown (`mergesUnknown`): recognition infers them from blanks.
 */
import type { Cell, CellRange, Sheet, Workbook } from '../../core/grid/types';
import { rangeFromA1, rangeToA1 } from '../../core/grid/a1';
import type { ExcelEnvironment } from './environment';
import { API } from './environment';
import { rangeOfAddress, toCellValue, toFormula } from './addresses';
import { PAYLOAD_BUDGET_BYTES, READ_BYTES_PER_CELL } from './payload';

interface SheetProbe {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merged?: Excel.RangeAreas;
}

interface Chunk {
  readonly sheet: number;
  /** Rows relative to A1. */
  readonly range: CellRange;
  readonly proxy: Excel.Range;
}

export async function readWorkbookFrom(env: ExcelEnvironment): Promise<Workbook> {
  const nullObjects = env.isSetSupported('ExcelApi', API.nullObjects);
  const mergedAreas = env.isSetSupported('ExcelApi', API.mergedAreas);
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();

    const probes: SheetProbe[] = worksheets.items.map((ws) => {
      const used = nullObjects ? ws.getUsedRangeOrNullObject() : ws.getUsedRange();
      used.load(nullObjects ? 'isNullObject,address' : 'address');
      let merged: Excel.RangeAreas | undefined;
      if (mergedAreas) {
        merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load('isNullObject,areas/items/address');
      }
      return { name: ws.name, used, merged };
    });
    await context.sync();

    const bounds = probes.map((p) => (nullObjects && p.used.isNullObject ? undefined : rangeOfAddress(p.used.address)));
    const out: Array<Array<Array<Cell | undefined>>> = probes.map(() => []);
    const pending: Array<{ sheet: number; range: CellRange }> = [];
    for (let i = 0; i < probes.length; i++) {
      const b = bounds[i];
      if (!b) continue;
      // Cells from A1 (the grid is dense from A1) to the used range's bottom-right.
      const cols = b.right + 1;
      const rowsPerChunk = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / (cols * READ_BYTES_PER_CELL)));
      for (let top = 0; top <= b.bottom; top += rowsPerChunk) {
        pending.push({ sheet: i, range: { top, left: 0, bottom: Math.min(b.bottom, top + rowsPerChunk - 1), right: b.right } });
      }
    }
    // Queue chunks up to the budget per sync. A response that still exceeds Excel's limit (long
    // texts beat the estimate) is retried in halves: reads are idempotent.
    const load = async (batch: ReadonlyArray<{ sheet: number; range: CellRange }>): Promise<void> => {
      const chunks: Chunk[] = batch.map((c) => {
        const proxy = context.workbook.worksheets.getItem(probes[c.sheet].name).getRange(rangeToA1(c.range));
        proxy.load('values,formulas,numberFormat');
        return { ...c, proxy };
      });
      try {
        await context.sync();
      } catch (e) {
        const halves = splitInHalves(batch);
        if (!isPayloadLimit(e) || !halves) throw e;
        for (const h of halves) await load(h);
        return;
      }
      for (const c of chunks) fillChunk(out[c.sheet], c);
    };
    let batch: Array<{ sheet: number; range: CellRange }> = [];
    let queued = 0;
    for (const c of pending) {
      const bytes = (c.range.bottom - c.range.top + 1) * (c.range.right + 1) * READ_BYTES_PER_CELL;
      if (queued > 0 && queued + bytes > PAYLOAD_BUDGET_BYTES) {
        await load(batch);
        batch = [];
        queued = 0;
      }
      batch.push(c);
      queued += bytes;
    }
    if (batch.length > 0) await load(batch);

    return {
      sheets: probes.map((p, i): Sheet => {
        const merges = p.merged && !p.merged.isNullObject ? p.merged.areas.items.map((a) => rangeFromA1(stripSheet(a.address))) : [];
        return {
          name: p.name,
          cells: trimTrailing(out[i]),
          merges,
          ...(mergedAreas ? {} : { mergesUnknown: true }),
        };
      }),
    };
  });
}

function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Split a batch of chunks into two batches of about half the cells; undefined when one row is left. */
function splitInHalves(batch: ReadonlyArray<{ sheet: number; range: CellRange }>): Array<Array<{ sheet: number; range: CellRange }>> | undefined {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const c = batch[0];
  if (!c || c.range.bottom === c.range.top) return undefined;
  const mid = c.range.top + Math.floor((c.range.bottom - c.range.top + 1) / 2);
  return [[{ sheet: c.sheet, range: { ...c.range, bottom: mid - 1 } }], [{ sheet: c.sheet, range: { ...c.range, top: mid } }]];
}

function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

function fillChunk(rows: Array<Array<Cell | undefined>>, c: Chunk): void {
  const values = c.proxy.values;
  const formulas = c.proxy.formulas;
  const formats = c.proxy.numberFormat;
  for (let r = 0; r < values.length; r++) {
    const row: Array<Cell | undefined> = [];
    for (let col = 0; col < values[r].length; col++) {
      const numFmt = formats[r]?.[col] as string | undefined;
      const value = toCellValue(values[r][col], numFmt);
      const formula = toFormula(formulas[r]?.[col], numFmt);
      if (value === null && formula === undefined && (numFmt === undefined || numFmt === 'General')) {
        row.push(undefined);
        continue;
      }
      const cell: Cell = {
        value,
        ...(formula !== undefined ? { formula } : {}),
        ...(numFmt !== undefined && numFmt !== 'General' ? { numFmt } : {}),
      };
      row.push(cell);
    }
    rows[c.range.top + r] = row;
  }
}

/** Drop trailing undefined cells of each row (the grid stays dense from A1). */
function trimTrailing(rows: Array<Array<Cell | undefined>>): Array<Array<Cell | undefined>> {
  const out: Array<Array<Cell | undefined>> = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] ?? [];
    let n = r.length;
    while (n > 0 && r[n - 1] === undefined) n--;
    out.push(n === r.length ? r : r.slice(0, n));
  }
  return out;
}
