/**
 * A small fake of the Office.js Excel object model with real A1 semantics, written for the
 * adapter tests (office-addin-mock does not load under jest 30). Like the real one:
 * - every property read throws PropertyNotLoaded unless `load` was queued and `sync` ran;
 * - setters and methods are queued and run, in order, at `context.sync()`; a failing op rejects
 *   the sync (earlier ops of the batch stay applied, as in Excel);
 * - `getItem` of a missing sheet fails at sync with ItemNotFound; *OrNullObject gives isNullObject;
 * - `values` set to a string starting with = + - @ on a cell not formatted '@' becomes a formula,
 *   numeric text becomes a number; the 2-D array must match the range's size (InvalidArgument);
 * - each sync's request and response are measured as JSON bytes and rejected over 5 MB
 *   (Excel on the web's RequestPayloadSizeLimitExceeded).
 */
import type { ExcelEnvironment } from '../../../src/hosts/excel';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  format: Record<string, unknown>;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  readonly notes = new Map<string, string>();
  readonly columnFormats = new Map<number, Record<string, unknown>>();
  readonly rowFormats = new Map<number, Record<string, unknown>>();
  readonly pageLayout: Record<string, unknown> = {};
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  constructor(public name: string) {}
  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  ensure(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: '', numberFormat: 'General', format: {} };
      this.cells.set(key, c);
    }
    return c;
  }
  /** Bounding box of cells holding a value or formula (getUsedRange(valuesOnly)). */
  used(): Rect | undefined {
    let box: Rect | undefined;
    for (const [key, c] of this.cells) {
      if (c.value === '' && c.formula === undefined) continue;
      const [row, col] = key.split(',').map(Number);
      if (!box) box = { top: row, left: col, bottom: row, right: col };
      else {
        box.top = Math.min(box.top, row);
        box.left = Math.min(box.left, col);
        box.bottom = Math.max(box.bottom, row);
        box.right = Math.max(box.right, col);
      }
    }
    return box;
  }
}

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const LIMIT = 5 * 1024 * 1024;

/** Settable properties of Excel.PageLayout (ExcelApi 1.9). */
const PAGE_LAYOUT_PROPERTIES = new Set([
  'blackAndWhite', 'bottomMargin', 'centerHorizontally', 'centerVertically', 'draftMode', 'firstPageNumber', 'footerMargin',
  'headerMargin', 'leftMargin', 'orientation', 'paperSize', 'printComments', 'printErrors', 'printGridlines', 'printHeadings',
  'printOrder', 'rightMargin', 'topMargin', 'zoom',
]);
const encoder = new TextEncoder();
const bytesOf = (v: unknown) => encoder.encode(JSON.stringify(v) ?? '').length;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - 1 - m) / 26;
  }
  return s;
}
const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** 'B2', 'B2:D9', 'A:C', '3:5' → rectangle; throws InvalidArgument. */
export function parseA1(address: string): Rect {
  const part = (s: string) => {
    let m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(s);
    if (m) return { row: Number(m[2]) - 1, col: colIndex(m[1]), kind: 'cell' as const };
    m = /^\$?([A-Z]{1,3})$/i.exec(s);
    if (m) return { row: -1, col: colIndex(m[1]), kind: 'col' as const };
    m = /^\$?(\d+)$/.exec(s);
    if (m) return { row: Number(m[1]) - 1, col: -1, kind: 'row' as const };
    throw new OfficeError('InvalidArgument', `The argument is invalid or missing: ${address}`);
  };
  const [a, b = a] = address.split(':');
  const p = part(a);
  const q = part(b);
  if (p.kind !== q.kind) throw new OfficeError('InvalidArgument', `bad address ${address}`);
  if (p.kind === 'col') return { top: 0, bottom: MAX_ROW, left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) };
  if (p.kind === 'row') return { left: 0, right: MAX_COL, top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row) };
  if (p.row < 0 || q.row < 0) throw new OfficeError('InvalidArgument', `bad address ${address}`);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
export function toA1(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top + 1}`;
  const b = `${colLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Op {
  readonly bytes: number;
  run(): void;
}

/** Base of every proxy: loaded properties, queued loads. */
class ClientObject {
  protected loaded = new Map<string, unknown>();
  protected synced = false;
  constructor(protected readonly ctx: FakeContext) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new OfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }
  protected props(arg: unknown): string[] {
    if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
    if (Array.isArray(arg)) return arg.map(String);
    return [];
  }
}

export class FakeContext {
  readonly queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(40, () => (excel.suspendCount += 1)),
    };
  }
  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + 60, run });
  }
  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    const request = ops.reduce((n, o) => n + o.bytes, 0);
    this.excel.syncCount += 1;
    this.excel.requestBytes.push(request);
    this.excel.responseBytesOfSync = 0;
    if (request > LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    if (this.excel.failAtSync === this.excel.syncCount) throw new OfficeError('GeneralException', 'injected failure');
    for (const op of ops) op.run();
    if (this.excel.responseBytesOfSync > LIMIT) {
      this.excel.rejectedSyncs += 1;
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${this.excel.responseBytesOfSync} bytes`);
    }
    this.excel.responseBytes.push(this.excel.responseBytesOfSync);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

class FakeWorksheetCollection extends ClientObject {
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  load(arg: string): this {
    const wantName = this.props(arg).includes('items/name');
    this.ctx.enqueue(20, () => {
      const items = this.ctx.excel.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        if (wantName) w.setLoaded('name', s.name);
        return w;
      });
      this.ctx.excel.responseBytesOfSync += bytesOf(items.map((w) => ({ name: wantName ? w.name : undefined })));
      this.loaded.set('items', items);
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.enqueue(bytesOf(name), () => {
      if (!this.ctx.excel.sheetNamed(name)) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheetNamed(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(bytesOf(name), () => {
      if (this.ctx.excel.sheetNamed(name)) throw new OfficeError('ItemAlreadyExists', `exists: ${name}`);
      this.ctx.excel.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheetNamed(name) ?? null);
  }
}

export class FakeWorksheet extends ClientObject {
  constructor(ctx: FakeContext, private readonly resolve: () => FakeSheet | null) {
    super(ctx);
  }
  setLoaded(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new OfficeError('ItemNotFound', 'worksheet not found');
    return s;
  }
  get name(): string {
    return this.read('name');
  }
  /**
   * Worksheet.pageLayout (ExcelApi 1.9; learn.microsoft.com/javascript/api/excel/excel.pagelayout):
   * only the documented properties may be set and only the documented methods called; anything
   * else — or any use below 1.9 — throws. Settings are recorded on the sheet at sync.
   */
  get pageLayout(): Record<string, unknown> {
    this.ctx.excel.requireSet('1.9');
    const record = (k: string, v: unknown) => this.ctx.enqueue(bytesOf(v) + 20, () => (this.sheet().pageLayout[k] = v));
    const methods: Record<string, (arg: unknown) => void> = {
      setPrintArea: (a) => record('printArea', typeof a === 'string' ? toA1(parseA1(a)) : a),
      setPrintTitleRows: (a) => {
        if (typeof a !== 'string' || !/^\$?\d+:\$?\d+$/.test(a)) throw new OfficeError('InvalidArgument', `setPrintTitleRows: ${String(a)} is not a row range`);
        record('printTitleRows', a);
      },
      setPrintTitleColumns: (a) => record('printTitleColumns', a),
      setPrintMargins: (a) => record('printMargins', a),
    };
    return new Proxy(
      {},
      {
        get: (_t, k) => {
          const key = String(k);
          if (key in methods) return methods[key];
          if (key === 'then') return undefined;
          throw new OfficeError('InvalidArgument', `PageLayout.${key} is not modelled by this fake (read)`);
        },
        set: (_t, k, v) => {
          const key = String(k);
          if (!PAGE_LAYOUT_PROPERTIES.has(key)) throw new OfficeError('InvalidArgument', `PageLayout.${key} is not a documented property`);
          if (key === 'paperSize' && !['A4', 'A3', 'Letter', 'Legal'].includes(String(v))) throw new OfficeError('InvalidArgument', `paperSize ${String(v)}`);
          if (key === 'orientation' && v !== 'Portrait' && v !== 'Landscape') throw new OfficeError('InvalidArgument', `orientation ${String(v)}`);
          record(key, v);
          return true;
        },
      },
    );
  }
  get notes() {
    const ws = this;
    return {
      add(address: string, content: string) {
        ws.ctx.excel.requireSet('1.18');
        ws.ctx.enqueue(bytesOf(content) + 20, () => {
          const s = ws.sheet();
          if (s.notes.has(address)) throw new OfficeError('InvalidArgument', 'note exists');
          s.notes.set(address, content);
        });
      },
      getItemOrNullObject(address: string) {
        ws.ctx.excel.requireSet('1.18');
        const note = new FakeNote(ws.ctx, () => ws.sheet(), address);
        return note;
      },
    };
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, rect: address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseA1(address) };
    });
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, rect: s.used() ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(): FakeRange {
    this.ctx.excel.requireSet('1.4');
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      const u = s.used();
      return u ? { sheet: s, rect: u } : null;
    });
  }
  /** Settable from ExcelApi 1.2 (ApiNotFound at sync before); the last visible sheet cannot be hidden. */
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue(bytesOf(v) + 20, () => {
      if (!this.ctx.excel.supports('1.2')) throw new OfficeError('ApiNotFound', 'Worksheet.visibility cannot be set (ExcelApi 1.2 missing)');
      const s = this.sheet();
      if (v !== 'Visible' && this.ctx.excel.sheets.every((x) => x === s || x.visibility !== 'Visible')) {
        throw new OfficeError('InvalidOperation', 'a workbook must keep at least one visible worksheet');
      }
      s.visibility = v;
      if (v !== 'Visible' && this.ctx.excel.activeSheet === s.name) this.ctx.excel.activeSheet = this.ctx.excel.sheets.find((x) => x.visibility === 'Visible')?.name;
    });
  }
  get visibility(): 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }
  activate(): void {
    this.ctx.enqueue(10, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new OfficeError('InvalidOperation', 'a hidden worksheet cannot be activated');
      this.ctx.excel.activeSheet = s.name;
    });
  }
  delete(): void {
    this.ctx.enqueue(10, () => {
      const s = this.sheet();
      this.ctx.excel.sheets = this.ctx.excel.sheets.filter((x) => x !== s);
    });
  }
}

/**
 * Range.format.fill [ExcelApi 1.1: color, clear(); 1.9: pattern]. An unfilled cell reads color
 * '#FFFFFF' and pattern 'None' (as Excel does); setting color makes the fill solid.
 */
class FakeFill extends ClientObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.range.applyFormat('format.fill.color', v);
  }
  get pattern(): string {
    return this.read('pattern');
  }
  load(arg: string): this {
    const props = this.props(arg);
    if (props.includes('pattern')) this.ctx.excel.requireSet('1.9');
    this.ctx.enqueue(bytesOf(props), () => {
      const { sheet, row, col } = this.range.firstCell();
      const color = sheet.cell(row, col)?.format['format.fill.color'] as string | undefined;
      for (const p of props) {
        if (p === 'color') this.loaded.set('color', color ?? '#FFFFFF');
        else if (p === 'pattern') this.loaded.set('pattern', color === undefined ? 'None' : 'Solid');
        else throw new OfficeError('InvalidArgument', `unknown property ${p}`);
      }
      this.ctx.excel.responseBytesOfSync += bytesOf(props) + 10;
    });
    return this;
  }
  clear(): void {
    this.ctx.enqueue(20, () => {
      const { sheet, row, col } = this.range.firstCell();
      const c = sheet.cell(row, col);
      if (c) delete c.format['format.fill.color'];
    });
  }
}

class FakeNote extends ClientObject {
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet, private readonly address: string) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get content(): string {
    return this.read('content');
  }
  load(arg?: string): this {
    const props = this.props(arg);
    this.ctx.enqueue(20, () => {
      const n = this.sheet().notes.get(this.address);
      this.loaded.set('isNullObject', n === undefined);
      if (props.includes('content') && n !== undefined) {
        this.loaded.set('content', n);
        this.ctx.excel.responseBytesOfSync += bytesOf(n);
      }
    });
    return this;
  }
  delete(): void {
    this.ctx.enqueue(20, () => {
      if (!this.sheet().notes.has(this.address)) throw new OfficeError('InvalidObjectPath', 'null object');
      this.sheet().notes.delete(this.address);
    });
  }
  set content(v: string) {
    this.ctx.enqueue(bytesOf(v), () => {
      if (!this.sheet().notes.has(this.address)) throw new OfficeError('InvalidObjectPath', 'null object');
      this.sheet().notes.set(this.address, v);
    });
  }
}

interface Resolved {
  sheet: FakeSheet;
  rect: Rect;
}

export class FakeRange extends ClientObject {
  constructor(ctx: FakeContext, private readonly resolve: () => Resolved | null) {
    super(ctx);
  }
  private target(): Resolved {
    const r = this.resolve();
    if (!r) throw new OfficeError('InvalidObjectPath', 'the range is a null object');
    return r;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.setMatrix('values', v);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.setMatrix('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.setMatrix('numberFormat', v);
  }
  load(arg: string): this {
    const props = this.props(arg);
    this.ctx.enqueue(bytesOf(props), () => {
      const r = this.resolve();
      this.loaded.set('isNullObject', r === null);
      if (!r) return;
      const { sheet, rect } = r;
      const matrix = (f: (c: FakeCell | undefined) => unknown) => {
        const out: unknown[][] = [];
        for (let row = rect.top; row <= rect.bottom; row++) {
          const line: unknown[] = [];
          for (let col = rect.left; col <= rect.right; col++) line.push(f(sheet.cell(row, col)));
          out.push(line);
        }
        return out;
      };
      for (const p of props) {
        let v: unknown;
        if (p === 'isNullObject') continue;
        else if (p === 'address') v = `${quoteSheet(sheet.name)}!${toA1(rect)}`;
        else if (p === 'rowCount') v = rect.bottom - rect.top + 1;
        else if (p === 'columnCount') v = rect.right - rect.left + 1;
        else if (p === 'values') v = matrix((c) => (c ? c.value : ''));
        else if (p === 'formulas') v = matrix((c) => (c ? (c.formula !== undefined ? `=${c.formula}` : c.value) : ''));
        else if (p === 'numberFormat') v = matrix((c) => (c ? c.numberFormat : 'General'));
        else throw new OfficeError('InvalidArgument', `unknown property ${p}`);
        this.ctx.excel.responseBytesOfSync += bytesOf(v);
        this.loaded.set(p, v);
      }
    });
    return this;
  }
  private setMatrix(kind: 'values' | 'formulas' | 'numberFormat', v: unknown[][]): void {
    this.ctx.enqueue(bytesOf(v), () => {
      const { sheet, rect } = this.target();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new OfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
      }
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const x = v[i][j];
          if (x === null) continue; // null leaves the cell unchanged
          const c = sheet.ensure(rect.top + i, rect.left + j);
          if (kind === 'numberFormat') c.numberFormat = String(x);
          else enter(c, x as string | number | boolean, kind === 'formulas');
        }
      }
    });
  }
  get format() {
    const fill = new FakeFill(this.ctx, this);
    return new Proxy(recorder(this, 'format', this.ctx.excel), { get: (t, k) => (k === 'fill' ? fill : (t as Record<string | symbol, unknown>)[k]) });
  }
  /** The first cell of the range (fill and note reads report it, as for a one-cell range). */
  firstCell(): { sheet: FakeSheet; row: number; col: number } {
    const { sheet, rect } = this.target();
    return { sheet, row: rect.top, col: rect.left };
  }
  /** Used by the format recorder. */
  applyFormat(path: string, value: unknown): void {
    this.ctx.enqueue(bytesOf(value) + path.length, () => {
      const { sheet, rect } = this.target();
      if (path === 'format.columnWidth') {
        for (let c = rect.left; c <= rect.right; c++) sheet.columnFormats.set(c, { ...sheet.columnFormats.get(c), columnWidth: value });
        return;
      }
      if (path === 'format.rowHeight') {
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowFormats.set(r, { ...sheet.rowFormats.get(r), rowHeight: value });
        return;
      }
      for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 5000); r++) {
        for (let c = rect.left; c <= Math.min(rect.right, rect.left + 200); c++) sheet.ensure(r, c).format[path] = value;
      }
    });
  }
  merge(across = false): void {
    this.ctx.excel.requireSet('1.2');
    this.ctx.enqueue(20, () => {
      const { sheet, rect } = this.target();
      if (across) throw new OfficeError('InvalidArgument', 'fake supports merge(false) only');
      if (sheet.merges.some((m) => overlaps(m, rect))) throw new OfficeError('InvalidOperation', 'overlapping merge');
      sheet.merges.push({ ...rect });
    });
  }
  unmerge(): void {
    this.ctx.excel.requireSet('1.2');
    this.ctx.enqueue(20, () => {
      const { sheet, rect } = this.target();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    });
  }
  clear(applyTo: string = 'All'): void {
    this.ctx.enqueue(20, () => {
      const { sheet, rect } = this.target();
      for (const key of [...sheet.cells.keys()]) {
        const [row, col] = key.split(',').map(Number);
        if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) continue;
        if (applyTo === 'All') sheet.cells.delete(key);
        else throw new OfficeError('InvalidArgument', 'fake supports clear(All) only');
      }
    });
  }
  select(): void {
    this.ctx.enqueue(20, () => {
      const { sheet, rect } = this.target();
      this.ctx.excel.selection = { sheet: sheet.name, address: toA1(rect) };
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.excel.requireSet('1.13');
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, rect } = this.target();
      return sheet.merges.filter((m) => overlaps(m, rect)).map((m) => `${quoteSheet(sheet.name)}!${toA1(m)}`);
    });
  }
}

class FakeRangeAreas extends ClientObject {
  constructor(ctx: FakeContext, private readonly resolve: () => string[]) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get areas(): { items: Array<{ address: string }> } {
    return this.read('areas');
  }
  load(arg: string): this {
    const props = this.props(arg);
    this.ctx.enqueue(bytesOf(props), () => {
      const list = this.resolve();
      this.loaded.set('isNullObject', list.length === 0);
      if (props.includes('areas/items/address')) {
        this.loaded.set('areas', { items: list.map((address) => ({ address })) });
        this.ctx.excel.responseBytesOfSync += bytesOf(list);
      }
    });
    return this;
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Excel's data entry rules for `values` (and `formulas`). */
function enter(c: FakeCell, x: string | number | boolean, asFormula: boolean): void {
  delete c.formula;
  if (typeof x !== 'string') {
    c.value = x;
    return;
  }
  if (x === '') {
    c.value = '';
    return;
  }
  if (c.numberFormat === '@') {
    c.value = x;
    return;
  }
  if (/^[=+\-@]/.test(x) && (asFormula || !/^[+-]?\d+(\.\d+)?$/.test(x))) {
    c.formula = x.replace(/^=/, '');
    c.value = 0; // never calculated by the fake
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(x)) {
    c.value = Number(x);
    return;
  }
  c.value = x;
}

/**
 * Range.format as Excel.RangeFormat documents it (learn.microsoft.com/javascript/api/excel/
 * excel.rangeformat, .rangefont, .rangeborder(collection), .formatprotection): only these paths may
 * be set, enum values are checked, and members above ExcelApi 1.1 need their set. Anything else
 * throws, so the adapter cannot rely on a member Excel does not have.
 */
const FORMAT_PATHS: Readonly<Record<string, { readonly set?: string; readonly values?: readonly string[] }>> = {
  'format.columnWidth': { set: '1.2' },
  'format.rowHeight': { set: '1.2' },
  'format.horizontalAlignment': { values: ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] },
  'format.verticalAlignment': { values: ['Center', 'Bottom', 'Top', 'Justify', 'Distributed'] },
  'format.wrapText': {},
  'format.font.name': {},
  'format.font.size': {},
  'format.font.bold': {},
  'format.font.italic': {},
  'format.font.color': {},
  'format.font.underline': { values: ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] },
  'format.borders[*].style': { values: ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] },
  'format.borders[*].color': {},
  'format.borders[*].weight': { values: ['Hairline', 'Thin', 'Medium', 'Thick'] },
  'format.protection.locked': { set: '1.2' },
  'format.protection.formulaHidden': { set: '1.2' },
};
const FORMAT_OBJECTS = new Set(['format.font', 'format.borders', 'format.protection']);
const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

function recorder(range: FakeRange, path: string, excel?: FakeExcel): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get(_t, k) {
        const key = String(k);
        if (key === 'then') return undefined;
        if (key === 'getItem' && path === 'format.borders') {
          return (item: string) => {
            if (!BORDER_INDEX.includes(item)) throw new OfficeError('InvalidArgument', `borders.getItem: ${item} is not a BorderIndex`);
            return recorder(range, `format.borders[${item}]`, excel);
          };
        }
        const next = `${path}.${key}`;
        if (!FORMAT_OBJECTS.has(next)) throw new OfficeError('InvalidArgument', `${next} is not a documented RangeFormat object`);
        return recorder(range, next, excel);
      },
      set(_t, k, v) {
        const full = `${path}.${String(k)}`;
        const spec = FORMAT_PATHS[full.replace(/\[[A-Za-z]+\]/, '[*]')];
        if (!spec) throw new OfficeError('InvalidArgument', `${full} is not a documented RangeFormat property`);
        if (spec.set && excel && !excel.supports(spec.set)) throw new OfficeError('ApiNotFound', `${full} needs ExcelApi ${spec.set}`);
        if (spec.values && !spec.values.includes(String(v))) throw new OfficeError('InvalidArgument', `${full} = ${String(v)} is not a valid value`);
        range.applyFormat(full, v);
        return true;
      },
    },
  );
}

export interface FakeExcelOptions {
  /** Highest ExcelApi version supported, e.g. '1.1' (Office 2016 volume licence) or '1.18'. */
  readonly apiVersion?: string;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncCount = 0;
  /** Syncs refused for a response over 5 MB (their loads are lost, as in Excel). */
  rejectedSyncs = 0;
  suspendCount = 0;
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  responseBytesOfSync = 0;
  selection?: { sheet: string; address: string };
  activeSheet?: string;
  /** Make the n-th sync (1-based, counted over the fake's life) fail. */
  failAtSync?: number;
  readonly apiVersion: string;
  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.18';
  }
  sheetNamed(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | { v?: string | number | boolean; f?: string; fmt?: string }>>): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((r, i) =>
      r.forEach((x, j) => {
        if (x === null) return;
        const c = s.ensure(i, j);
        if (typeof x === 'object') {
          if (x.fmt) c.numberFormat = x.fmt;
          if (x.v !== undefined) c.value = x.v;
          if (x.f !== undefined) c.formula = x.f;
        } else c.value = x;
      }),
    );
    this.sheets.push(s);
    return s;
  }
  supports(version: string): boolean {
    const [a, b] = version.split('.').map(Number);
    const [x, y] = this.apiVersion.split('.').map(Number);
    return a < x || (a === x && b <= y);
  }
  requireSet(version: string): void {
    if (!this.supports(version)) throw new TypeError(`not a function (ExcelApi ${version} missing)`);
  }
  environment(): ExcelEnvironment {
    return {
      run: async (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext),
      isSetSupported: (name, version) => name === 'ExcelApi' && this.supports(version),
    };
  }
  resetCounters(): void {
    this.syncCount = 0;
    this.requestBytes.length = 0;
    this.responseBytes.length = 0;
    this.suspendCount = 0;
  }
}
