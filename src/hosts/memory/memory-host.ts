/**
 * An in-memory workbook host over a mutable copy of a `Workbook`: used by tests, by the task
 * pane's in-browser preview (the bundled sample shown as a grid) and as the reference semantics
 * for the Excel and WPS adapters.
 *
 * Semantics mirror Excel's `Range.values`: writing '' clears a cell; text starting with = + - @
 * is stored as text with the text format '@' (never a formula); a number is stored with the
 * write's `numFmt`. `applyWrites` validates the whole batch before touching anything (atomic).
 */
import type { Cell, CellRange, CellValue, Sheet, Workbook } from '../../core/grid/types';
import type { SheetLayout } from '../../core/grid/layout';
import { CELL_STYLES } from '../../core/grid/layout';
import { fromA1, toA1 } from '../../core/grid/a1';
import type { CellWrite } from '../../core/plan/write-plan';
import { firstWritePlanProblem, isFormulaLikeText, type WritePlanProblem } from '../../core/plan/validate';
import type { WorkbookHost } from '../ports';
import { HostError } from '../ports';
import type { CellLook, CellMarker, CellRef, MarkResult } from '../ports';
import { MEMORY_PHRASES } from './phrases';

export interface CellSelection {
  readonly sheet: string;
  readonly address: string;
}

/** Read-only view for the preview grid. */
export interface MemoryView {
  readonly workbook: Workbook;
  readonly selection?: CellSelection;
  readonly activeSheet?: string;
  /** Fill colours ('#RRGGBB') by `sheet!A1`: layout styles and marks. */
  readonly fills: ReadonlyMap<string, string>;
  readonly notes: ReadonlyMap<string, string>;
  /** Sheets written from a layout with `hidden` (`_jixiao_mapping`): no tab in the preview, still read. */
  readonly hiddenSheets: ReadonlySet<string>;
  /** Increases on every change. */
  readonly version: number;
}

export interface MemoryHost extends WorkbookHost, CellMarker {
  readonly kind: 'memory';
  /** The current state (a new object after every change; stable between changes). */
  view(): MemoryView;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The user clicked a sheet tab of the preview grid (like activating a sheet in Excel). */
  activateSheet(name: string): void;
}

interface MutableSheet {
  name: string;
  cells: (Cell | undefined)[][];
  merges: CellRange[];
  mergesUnknown?: boolean;
}

/** A write-plan problem (core/plan) as the memory host's HostError. */
function planError(p: WritePlanProblem): HostError {
  const { sheet, address } = p.write;
  if (p.kind === 'unknownSheet') return new HostError(MEMORY_PHRASES.noSheet(sheet));
  if (p.kind === 'badAddress') return new HostError(MEMORY_PHRASES.badAddress(sheet, address), p.cause === undefined ? undefined : { cause: p.cause });
  return new HostError(MEMORY_PHRASES.badValue(sheet, address));
}

/** '#FFF2CC' from an ARGB 'FFFFF2CC'. */
function argbToHex(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

export function createMemoryHost(initial: Workbook): MemoryHost {
  const sheets: MutableSheet[] = initial.sheets.map(copySheet);
  const fills = new Map<string, string>();
  const notes = new Map<string, string>();
  const hidden = new Set<string>();
  const listeners = new Set<() => void>();
  let selection: CellSelection | undefined;
  let activeSheet: string | undefined = sheets[0]?.name;
  let version = 0;
  let cached: MemoryView | undefined;

  const changed = () => {
    version += 1;
    cached = undefined;
    for (const l of [...listeners]) l();
  };
  const sheetNamed = (name: string) => sheets.find((s) => s.name === name);

  return {
    kind: 'memory',
    async readWorkbook(): Promise<Workbook> {
      return { sheets: sheets.map(copySheet) };
    },
    async applyWrites(writes: readonly CellWrite[]): Promise<void> {
      // Validate everything first (core/plan): a bad write leaves the workbook untouched.
      const problem = firstWritePlanProblem(writes, { sheetExists: (name) => sheetNamed(name) !== undefined });
      if (problem) throw planError(problem);
      for (const w of writes) {
        const s = sheetNamed(w.sheet) as MutableSheet;
        const prev = s.cells[w.row]?.[w.col];
        let value: CellValue = w.value;
        let numFmt = w.numFmt ?? prev?.numFmt;
        if (w.value === '') value = null;
        else if (isFormulaLikeText(w.value)) numFmt = '@';
        setCell(s, w.row, w.col, numFmt === undefined ? { value } : { value, numFmt });
      }
      if (writes.length > 0) changed();
    },
    async writeSheet(layout: SheetLayout, options?: { readonly activate?: boolean }): Promise<void> {
      const s: MutableSheet = { name: layout.name, cells: [], merges: layout.merges.map((m) => ({ ...m })) };
      for (const key of [...fills.keys()]) if (key.startsWith(`${layout.name}!`)) fills.delete(key);
      for (const key of [...notes.keys()]) if (key.startsWith(`${layout.name}!`)) notes.delete(key);
      for (const c of layout.cells) {
        const style = c.style ? CELL_STYLES[c.style] : undefined;
        const isText = c.formula === undefined && isFormulaLikeText(c.value);
        const numFmt = isText ? '@' : style?.numFmt;
        const cell: Cell = {
          value: c.value,
          ...(c.formula !== undefined ? { formula: c.formula } : {}),
          ...(numFmt !== undefined ? { numFmt } : {}),
        };
        setCell(s, c.row, c.col, cell);
        if (style?.fill) fills.set(`${layout.name}!${toA1(c.row, c.col)}`, argbToHex(style.fill));
      }
      const i = sheets.findIndex((x) => x.name === layout.name);
      if (i >= 0) sheets[i] = s;
      else sheets.push(s);
      // As in Excel: `hidden` hides the sheet; otherwise a rewritten sheet keeps its visibility.
      // A hidden sheet is never the active one (Excel cannot activate it).
      if (layout.hidden) {
        hidden.add(layout.name);
        if (activeSheet === layout.name) activeSheet = sheets.find((x) => !hidden.has(x.name))?.name;
        if (selection?.sheet === layout.name) selection = undefined;
      }
      if (options?.activate && !hidden.has(layout.name)) {
        activeSheet = layout.name;
        selection = { sheet: layout.name, address: 'A1' };
      }
      changed();
    },
    async selectCell(sheet: string, address: string): Promise<void> {
      if (!sheetNamed(sheet)) throw new HostError(MEMORY_PHRASES.noSheet(sheet));
      if (hidden.has(sheet)) throw new HostError(MEMORY_PHRASES.hiddenSheet(sheet));
      let canonical: string;
      try {
        const p = fromA1(address);
        canonical = toA1(p.row, p.col);
      } catch (cause) {
        throw new HostError(MEMORY_PHRASES.badAddress(sheet, address), { cause });
      }
      selection = { sheet, address: canonical };
      activeSheet = sheet;
      changed();
    },
    notes: true,
    async readLooks(cells: readonly CellRef[]): Promise<CellLook[]> {
      for (const c of cells) if (!sheetNamed(c.sheet)) throw new HostError(MEMORY_PHRASES.noSheet(c.sheet));
      return cells.map((c) => {
        const key = `${c.sheet}!${c.address}`;
        return { sheet: c.sheet, address: c.address, fill: fills.get(key) ?? null, note: notes.get(key) ?? null };
      });
    },
    async writeLooks(looks: readonly CellLook[]): Promise<MarkResult> {
      for (const l of looks) if (!sheetNamed(l.sheet)) throw new HostError(MEMORY_PHRASES.noSheet(l.sheet));
      for (const l of looks) {
        const key = `${l.sheet}!${l.address}`;
        if (l.fill === null) fills.delete(key);
        else fills.set(key, l.fill);
        if (l.note === null) notes.delete(key);
        else notes.set(key, l.note);
      }
      if (looks.length > 0) changed();
      return { filled: looks.length, notesWritten: true };
    },
    activateSheet(name: string): void {
      if (!sheetNamed(name)) throw new HostError(MEMORY_PHRASES.noSheet(name));
      if (hidden.has(name)) throw new HostError(MEMORY_PHRASES.hiddenSheet(name));
      activeSheet = name;
      changed();
    },
    view(): MemoryView {
      if (!cached) {
        cached = {
          workbook: { sheets: sheets.map(copySheet) },
          selection,
          activeSheet,
          fills: new Map(fills),
          notes: new Map(notes),
          hiddenSheets: new Set(hidden),
          version,
        };
      }
      return cached;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function copySheet(s: Sheet | MutableSheet): MutableSheet {
  return {
    name: s.name,
    cells: s.cells.map((r) => [...r]),
    merges: s.merges.map((m) => ({ ...m })),
    ...(s.mergesUnknown ? { mergesUnknown: true } : {}),
  };
}

function setCell(s: MutableSheet, row: number, col: number, cell: Cell): void {
  while (s.cells.length <= row) s.cells.push([]);
  const r = s.cells[row];
  while (r.length < col) r.push(undefined);
  r[col] = cell;
}
