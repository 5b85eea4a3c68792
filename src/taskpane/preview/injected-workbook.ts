/**
 * A workbook handed to the preview by the page itself instead of the bundled sample — how
 * `npm run bench` (scripts/measure-pane.js) opens a generated 10,000-row workbook in the built
 * pane: it sets `window.__JIXIAO_PREVIEW_WORKBOOK__` with Playwright's `page.addInitScript` before
 * the bundle runs. No network is involved and nothing is fetched: the global is only read, only in
 * preview mode (a plain browser; never in Excel or WPS), and only when present — production pages
 * never set it, so they show the sample as before.
 *
 * The global holds a Workbook (src/core/grid/types.ts) as plain JSON data — the object itself or
 * its JSON text. `null` cells (what JSON makes of `undefined` in arrays) are absent cells. Anything
 * malformed is refused with a Chinese message naming the sheet/row/column, never half-loaded.
 */
import type { Cell, CellRange, CellValue, Sheet, Workbook } from '../../core/grid/types';
import { toA1 } from '../../core/grid/a1';
import { PREVIEW_PHRASES as P } from './phrases';

export const PREVIEW_WORKBOOK_GLOBAL = '__JIXIAO_PREVIEW_WORKBOOK__';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function fail(where: string, what: string): never {
  throw new Error(P.invalid(where, what));
}

function cellValue(v: unknown, where: string): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (isObject(v) && typeof v.error === 'string') return { error: v.error };
  return fail(where, P.badValue);
}

function cellOf(x: unknown, where: string): Cell | undefined {
  if (x === null || x === undefined) return undefined;
  if (!isObject(x) || !('value' in x)) return fail(where, P.badCell);
  const value = cellValue(x.value, where);
  return {
    value,
    ...(typeof x.formula === 'string' ? { formula: x.formula } : {}),
    ...(typeof x.numFmt === 'string' ? { numFmt: x.numFmt } : {}),
  };
}

const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function mergeOf(x: unknown, where: string): CellRange {
  if (!isObject(x) || !isIndex(x.top) || !isIndex(x.left) || !isIndex(x.bottom) || !isIndex(x.right) || x.bottom < x.top || x.right < x.left) {
    return fail(where, P.badMerge);
  }
  return { top: x.top, left: x.left, bottom: x.bottom, right: x.right };
}

function sheetOf(x: unknown, index: number): Sheet {
  const at = `第 ${index + 1} 个工作表`;
  if (!isObject(x) || typeof x.name !== 'string' || x.name === '') return fail(at, P.sheetName);
  const name = x.name;
  if (!Array.isArray(x.cells) || !x.cells.every((r) => Array.isArray(r) || r === null)) return fail(`${name}：`, P.cellsNotRows);
  const cells = (x.cells as ReadonlyArray<unknown[] | null>).map((row, r) => (row ?? []).map((c, col) => cellOf(c, `${name}!${toA1(r, col)}：`)));
  const merges = Array.isArray(x.merges) ? x.merges.map((m) => mergeOf(m, `${name}：`)) : [];
  return { name, cells, merges, ...(x.mergesUnknown === true ? { mergesUnknown: true } : {}) };
}

/** The Workbook of a parsed/unparsed injection. Throws a Chinese message when malformed. */
export function parseInjectedWorkbook(raw: unknown): Workbook {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return fail('', P.notJson);
    }
  }
  if (!isObject(data) || !Array.isArray(data.sheets)) return fail('', P.notWorkbook);
  if (data.sheets.length === 0) return fail('', P.noSheets);
  const sheets = data.sheets.map(sheetOf);
  const seen = new Set<string>();
  for (const s of sheets) {
    if (seen.has(s.name)) fail('', P.duplicateName(s.name));
    seen.add(s.name);
  }
  return { sheets };
}

/** The injected workbook when `win` carries one, else undefined (the bundled sample is used). */
export function injectedWorkbook(win: unknown): Workbook | undefined {
  if (typeof win !== 'object' || win === null) return undefined;
  const raw = (win as Record<string, unknown>)[PREVIEW_WORKBOOK_GLOBAL];
  return raw === undefined || raw === null ? undefined : parseInjectedWorkbook(raw);
}
