/**
 * A faithful fake of the WPS 表格 (ET) JavaScript object model, for the adapter tests and (after
 * transpiling, it imports nothing) for the browser tests of the WPS add-in.
 *
 * Behaviour and where it comes from (same tags as src/hosts/wps/types.ts):
 * - Collections are 1-based: Worksheets.Item(1) is the first sheet, Item(0) throws [ET-API, VBA].
 *   Item also takes a sheet name.
 * - Parameterised members are functions: ws.Range('A1:C3'), range.Item(r, c) [FIELD].
 * - UsedRange is the rectangle from the first to the last cell holding a value, formula, number
 *   format or merge — it starts at that cell, not at A1 [ET-API]. An empty sheet's UsedRange is A1
 *   with Value2 null [FIELD].
 * - Value2 of one cell is a scalar; of several cells, an array of rows, each an array of columns
 *   [ET-API, VBA]. Empty cells read null [FIELD] (this fake's choice for multi-cell ranges too).
 * - Dates are serial numbers (the fake stores what it is given; see `dateSerial`).
 * - Error values read as COM CVErr numbers: #DIV/0! → -2146826281 [FIELD; XlCVError 枚举].
 * - Writing Value2: a scalar fills the range; an array larger than the range is cut, a smaller one
 *   leaves #N/A in the uncovered cells [VBA Range.Value]. Text starting with '=' becomes a formula,
 *   '+'/'-'/'@' followed by a non-number too; numeric text becomes a number unless the cell's
 *   format is '@'; a leading apostrophe stores the rest as text [host coercion, as in Excel].
 * - Writing a range that covers part of a merged area throws (the host refuses to change part of
 *   a merged cell); only the top-left cell of a merged area holds a value [VBA].
 * - HasFormula / MergeCells: true, false, or null when mixed; NumberFormat: the code, or null when
 *   mixed ('General' for an unformatted cell) [VBA].
 * - MergeArea: the merged area holding the range's first cell, else that cell [ET-API].
 * - Range.Select() fails unless its sheet is the active one [VBA Range.Select].
 * - Sheet names: unique (case-insensitive), at most 31 characters, none of : \ / ? * [ ] [VBA].
 * - CreateTaskPane(url) returns a pane with a numeric ID counting from 1, hidden until Visible is
 *   set; GetTaskPane(id) finds it; PluginStorage keeps values as given [ET-TPL].
 *
 * Every property read, property write and method call on a fake object counts one host call
 * (`app.calls`), so tests can check the adapter batches. `app.failOn(...)` makes a chosen call
 * throw, like a COM error.
 */

export type FakeScalar = number | string | boolean | null;
export interface FakeError {
  readonly error: string;
}
export type FakeValue = FakeScalar | FakeError;

export interface FakeCellInit {
  readonly value?: FakeValue;
  /** With the leading '='. */
  readonly formula?: string;
  readonly numberFormat?: string;
}

export interface FakeSheetInit {
  readonly name: string;
  /** Rows of cells from A1 (or from `origin`): a value, or { value, formula, numberFormat }. undefined/null = empty. */
  readonly rows?: ReadonlyArray<ReadonlyArray<FakeValue | FakeCellInit | undefined>>;
  /** 'C3': where rows[0][0] goes. Default 'A1'. */
  readonly origin?: string;
  /** Merged areas, e.g. 'A3:A12'. */
  readonly merges?: readonly string[];
  readonly protected?: boolean;
}

interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  color?: number;
  border?: number;
  hAlign?: number;
  vAlign?: number;
  wrap?: boolean;
  locked?: boolean;
}

interface StoredCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  style: CellStyle;
}

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Members of EtPageSetup (wps-jsapi 1.0.5 lib.et.d.ts), the VBA PageSetup object's. */
const PAGE_SETUP_MEMBERS = new Set([
  'AlignMarginsHeaderFooter', 'BlackAndWhite', 'BottomMargin', 'CenterFooter', 'CenterHeader', 'CenterHorizontally', 'CenterVertically',
  'Draft', 'FirstPageNumber', 'FitToPagesTall', 'FitToPagesWide', 'FooterMargin', 'HeaderMargin', 'LeftFooter', 'LeftHeader', 'LeftMargin',
  'Order', 'Orientation', 'PaperSize', 'PrintArea', 'PrintComments', 'PrintErrors', 'PrintGridlines', 'PrintHeadings', 'PrintTitleColumns',
  'PrintTitleRows', 'RightFooter', 'RightHeader', 'RightMargin', 'TopMargin', 'Zoom', 'DifferentFirstPageHeaderFooter', 'OddAndEvenPagesHeaderFooter',
  'ScaleWithDocHeaderFooter',
]);

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const CVERR: Record<string, number> = {
  '#NULL!': 2000,
  '#DIV/0!': 2007,
  '#VALUE!': 2015,
  '#REF!': 2023,
  '#NAME?': 2029,
  '#NUM!': 2036,
  '#N/A': 2042,
};
const CVERR_BASE = -2146828288;

/** Excel/WPS date serial (1900 system; serial 1 = 1900-01-01, with the 1900 leap-year quirk). */
export function dateSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  const base = Date.UTC(1899, 11, 30);
  return Math.round((utc - base) / 86400000);
}

function colLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - 1 - m) / 26;
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'B3', 'A1:C4', '$A$1', 'A:A', '3:3' → 1-based rectangle. */
export function parseAddress(address: string): Rect {
  const parts = address.replace(/\$/g, '').trim().split(':');
  if (parts.length > 2 || parts[0] === '') throw new Error(`Range 的参数无效: ${address}`);
  const cell = (p: string, end: boolean): { r: number; c: number } => {
    let m = /^([A-Za-z]{1,3})(\d+)$/.exec(p);
    if (m) return { r: Number(m[2]), c: colNumber(m[1]) };
    m = /^([A-Za-z]{1,3})$/.exec(p);
    if (m) return { r: end ? MAX_ROWS : 1, c: colNumber(m[1]) };
    m = /^(\d+)$/.exec(p);
    if (m) return { r: Number(m[1]), c: end ? MAX_COLS : 1 };
    throw new Error(`Range 的参数无效: ${address}`);
  };
  const a = cell(parts[0], false);
  const b = cell(parts[1] ?? parts[0], true);
  const rect = { r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) };
  if (rect.r1 < 1 || rect.c1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLS) throw new Error(`Range 的参数无效: ${address}`);
  return rect;
}

export function rectAddress(r: Rect): string {
  const a = colLetters(r.c1) + r.r1;
  const b = colLetters(r.c2) + r.r2;
  return a === b ? a : `${a}:${b}`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function contains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}

export interface FailureRule {
  /** e.g. 'Range.Value2=' (a write), 'Range.Value2' (a read), 'Worksheet.UsedRange', 'Range.Select()'. */
  readonly op: string;
  /** Only when the call concerns this address or sheet!address (optional). */
  readonly target?: string;
  /** How many matching calls fail (default 1). */
  times?: number;
  readonly message?: string;
}

export class FakeWpsApplication {
  /** Host calls so far (reset it to measure one operation). */
  calls = 0;
  /** Every call's name, in order, when `trace` is on. */
  readonly trace: string[] = [];
  traceOn = false;
  readonly workbooks: FakeWorkbook[] = [];
  activeWorkbookIndex = -1;
  private screenUpdating = true;
  private readonly failures: FailureRule[] = [];
  readonly panes: FakeTaskPane[] = [];
  readonly storage = new Map<string, unknown>();
  ribbonUI?: unknown = undefined;

  readonly PluginStorage = {
    getItem: (key: string): unknown => {
      this.tick('PluginStorage.getItem()');
      return this.storage.has(key) ? this.storage.get(key) : null;
    },
    setItem: (key: string, value: unknown): void => {
      this.tick('PluginStorage.setItem()');
      this.storage.set(key, value);
    },
    removeItem: (key: string): void => {
      this.tick('PluginStorage.removeItem()');
      this.storage.delete(key);
    },
  };

  constructor(sheets?: readonly FakeSheetInit[]) {
    if (sheets) this.openWorkbook('自评.xlsx', sheets);
    // Strict: a member this fake does not model cannot be set (TypeError in strict mode).
    Object.preventExtensions(this);
  }

  openWorkbook(name: string, sheets: readonly FakeSheetInit[]): FakeWorkbook {
    const wb = new FakeWorkbook(this, name, sheets.length ? sheets : [{ name: 'Sheet1' }]);
    this.workbooks.push(wb);
    this.activeWorkbookIndex = this.workbooks.length - 1;
    return wb;
  }

  /** Make the next matching call(s) throw. */
  failOn(rule: FailureRule): void {
    this.failures.push({ times: 1, ...rule });
  }

  /** Count a call; throw when a failure rule matches. */
  /** An own property (not a method) so a test may wrap it on a non-extensible fake. */
  tick = (op: string, target?: string): void => {
    this.calls++;
    if (this.traceOn) this.trace.push(target ? `${op} ${target}` : op);
    const rule = this.failures.find((f) => f.op === op && (f.times ?? 1) > 0 && (f.target === undefined || f.target === target || (target ?? '').endsWith(`!${f.target}`)));
    if (rule) {
      rule.times = (rule.times ?? 1) - 1;
      throw new Error(rule.message ?? `模拟的 WPS 错误：${op}`);
    }
  };

  get Workbooks(): { readonly Count: number } {
    this.tick('Application.Workbooks');
    const app = this;
    return {
      get Count() {
        app.tick('Workbooks.Count');
        return app.workbooks.length;
      },
    };
  }

  get ActiveWorkbook(): FakeWorkbook | null {
    this.tick('Application.ActiveWorkbook');
    return this.workbooks[this.activeWorkbookIndex] ?? null;
  }

  get ScreenUpdating(): boolean {
    this.tick('Application.ScreenUpdating');
    return this.screenUpdating;
  }

  set ScreenUpdating(v: boolean) {
    this.tick('Application.ScreenUpdating=');
    this.screenUpdating = v;
  }

  /** The workbook the tests look at (no call counted). */
  get book(): FakeWorkbook {
    const wb = this.workbooks[this.activeWorkbookIndex];
    if (!wb) throw new Error('no workbook');
    return wb;
  }

  CreateTaskPane(url: string): FakeTaskPane {
    this.tick('Application.CreateTaskPane()', url);
    const pane = new FakeTaskPane(this, this.panes.length + 1, url);
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: number | string): FakeTaskPane | null {
    this.tick('Application.GetTaskPane()', String(id));
    return this.panes.find((p) => String(p.id) === String(id)) ?? null;
  }
}

export class FakeTaskPane {
  private visible = false;
  constructor(
    private readonly app: FakeWpsApplication,
    readonly id: number,
    readonly url: string,
  ) {
    // Strict: a member this fake does not model cannot be set (TypeError in strict mode).
    Object.preventExtensions(this);
  }

  get ID(): number {
    this.app.tick('TaskPane.ID');
    return this.id;
  }

  get Visible(): boolean {
    this.app.tick('TaskPane.Visible');
    return this.visible;
  }

  set Visible(v: boolean) {
    this.app.tick('TaskPane.Visible=');
    this.visible = v;
  }

  /** For assertions (no call counted). */
  get shown(): boolean {
    return this.visible;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeWorksheet[] = [];
  activeSheetIndex = 0;
  readonly Worksheets: FakeWorksheets;

  constructor(
    readonly app: FakeWpsApplication,
    private readonly name: string,
    sheets: readonly FakeSheetInit[],
  ) {
    for (const s of sheets) this.sheets.push(new FakeWorksheet(this, s));
    this.Worksheets = new FakeWorksheets(this);
    // Strict: a member this fake does not model cannot be set (TypeError in strict mode).
    Object.preventExtensions(this);
  }

  get Name(): string {
    this.app.tick('Workbook.Name');
    return this.name;
  }

  /** The folder the workbook was saved in; '' for a never-saved workbook [ET-API Workbook.Path]. */
  savedIn = '';

  get Path(): string {
    this.app.tick('Workbook.Path');
    return this.savedIn;
  }

  /** The sheet of that name (no call counted). */
  sheet(name: string): FakeWorksheet {
    const ws = this.sheets.find((s) => s.name === name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }

  get activeSheet(): FakeWorksheet {
    return this.sheets[this.activeSheetIndex];
  }

  get ActiveSheet(): FakeWorksheet {
    this.app.tick('Workbook.ActiveSheet');
    return this.activeSheet;
  }
}

export class FakeWorksheets {
  constructor(private readonly wb: FakeWorkbook) {
    // Strict: a member this fake does not model cannot be set (TypeError in strict mode).
    Object.preventExtensions(this);
  }

  get Count(): number {
    this.wb.app.tick('Worksheets.Count');
    return this.wb.sheets.length;
  }

  Item(index: number | string): FakeWorksheet {
    this.wb.app.tick('Worksheets.Item()', String(index));
    if (typeof index === 'number') {
      const ws = this.wb.sheets[index - 1];
      if (!Number.isInteger(index) || index < 1 || !ws) throw new Error('下标越界');
      return ws;
    }
    const ws = this.wb.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
    if (!ws) throw new Error('下标越界');
    return ws;
  }

  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    this.wb.app.tick('Worksheets.Add()');
    let n = this.wb.sheets.length + 1;
    while (this.wb.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const ws = new FakeWorksheet(this.wb, { name: `Sheet${n}` });
    const anchor = before ?? after;
    const at = anchor ? this.wb.sheets.indexOf(anchor) + (after ? 1 : 0) : this.wb.activeSheetIndex;
    this.wb.sheets.splice(at, 0, ws);
    this.wb.activeSheetIndex = at;
    return ws;
  }
}

export class FakeWorksheet {
  name: string;
  readonly cells = new Map<string, StoredCell>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly pageSetup: Record<string, unknown> = {};
  /** Comments (批注) by 'row,col' (0-based). */
  readonly comments = new Map<string, string>();
  protectedSheet: boolean;
  /** The selected address (no call counted). */
  selection = 'A1';
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden (no call counted). */
  visibility = -1;

  constructor(
    readonly wb: FakeWorkbook,
    init: FakeSheetInit,
  ) {
    this.name = init.name;
    this.protectedSheet = init.protected === true;
    const origin = parseAddress(init.origin ?? 'A1');
    (init.rows ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === undefined || v === null) return;
        const isInit = typeof v === 'object' && !('error' in v);
        const cellInit = isInit ? (v as FakeCellInit) : { value: v as FakeValue };
        this.cells.set(`${origin.r1 + r},${origin.c1 + c}`, {
          value: cellInit.value ?? null,
          formula: cellInit.formula,
          numberFormat: cellInit.numberFormat,
          style: {},
        });
      }),
    );
    // Only the top-left cell of a merged area keeps a value [VBA Range.Merge].
    for (const m of init.merges ?? []) {
      const rect = parseAddress(m);
      this.merges.push(rect);
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) if (r !== rect.r1 || c !== rect.c1) this.cells.delete(`${r},${c}`);
    }
    // Strict: a member this fake does not model cannot be set (TypeError in strict mode).
    Object.preventExtensions(this);
  }

  get app(): FakeWpsApplication {
    return this.wb.app;
  }

  // ----- object model -----

  get Name(): string {
    this.app.tick('Worksheet.Name');
    return this.name;
  }

  set Name(v: string) {
    this.app.tick('Worksheet.Name=', v);
    if (!v || v.length > 31 || /[:\\/?*[\]]/.test(v)) throw new Error('工作表名称无效');
    if (this.wb.sheets.some((s) => s !== this && s.name.toLowerCase() === v.toLowerCase())) throw new Error('工作表名称已被占用');
    this.name = v;
  }

  get UsedRange(): FakeRange {
    this.app.tick('Worksheet.UsedRange', this.name);
    return new FakeRange(this, this.usedRect());
  }

  get Cells(): FakeRange {
    this.app.tick('Worksheet.Cells', this.name);
    return new FakeRange(this, { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS });
  }

  get PageSetup(): Record<string, unknown> {
    this.app.tick('Worksheet.PageSetup', this.name);
    const app = this.app;
    const store = this.pageSetup;
    // Only the members of EtPageSetup (wps-jsapi 1.0.5 lib.et.d.ts; VBA PageSetup) exist.
    return new Proxy(store, {
      get(target, key: string) {
        app.tick(`PageSetup.${key}`);
        if (!PAGE_SETUP_MEMBERS.has(key)) throw new Error(`PageSetup 对象不支持属性“${key}”`);
        return target[key];
      },
      set(target, key: string, value) {
        app.tick(`PageSetup.${key}=`);
        if (!PAGE_SETUP_MEMBERS.has(key)) throw new Error(`PageSetup 对象不支持属性“${key}”`);
        if ((key === 'PrintArea' || key === 'PrintTitleRows') && (typeof value !== 'string' || !/^(\$?[A-Z]{0,3}\$?\d+)(:\$?[A-Z]{0,3}\$?\d+)?$/.test(value))) {
          throw new Error(`PageSetup.${key} 的参数无效: ${String(value)}`);
        }
        target[key] = value;
        return true;
      },
    });
  }

  Range(address: string): FakeRange {
    this.app.tick('Worksheet.Range()', `${this.name}!${address}`);
    return new FakeRange(this, parseAddress(address));
  }

  Activate(): void {
    this.app.tick('Worksheet.Activate()', this.name);
    if (this.visibility !== -1) throw new Error('Worksheet 类的 Activate 方法无效');
    this.wb.activeSheetIndex = this.wb.sheets.indexOf(this);
  }

  get Visible(): number {
    this.app.tick('Worksheet.Visible', this.name);
    return this.visibility;
  }

  /** true/-1 shows, false/0 hides, 2 very hides; the last visible sheet cannot be hidden; hiding the active sheet activates the next visible one [VBA]. */
  set Visible(v: number | boolean) {
    this.app.tick('Worksheet.Visible=', `${this.name}=${String(v)}`);
    const next = v === true || v === -1 ? -1 : v === false || v === 0 ? 0 : v === 2 ? 2 : NaN;
    if (Number.isNaN(next)) throw new Error('Worksheet 类的 Visible 属性无效');
    if (next !== -1 && this.wb.sheets.every((s) => s === this || s.visibility !== -1)) throw new Error('不能隐藏工作簿中唯一的可见工作表');
    this.visibility = next;
    if (next !== -1 && this.wb.activeSheet === this) {
      const i = this.wb.sheets.findIndex((s) => s.visibility === -1);
      this.wb.activeSheetIndex = i;
    }
  }

  // ----- test helpers (no call counted) -----

  cell(address: string): StoredCell | undefined {
    const r = parseAddress(address);
    return this.cells.get(`${r.r1},${r.c1}`);
  }

  valueAt(address: string): FakeValue {
    return this.cell(address)?.value ?? null;
  }

  mergeAddresses(): string[] {
    return this.merges.map(rectAddress);
  }

  usedRect(): Rect {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    const take = (r: number, c: number) => {
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    };
    for (const [key, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined && cell.numberFormat === undefined && Object.keys(cell.style).length === 0) continue;
      const [r, c] = key.split(',').map(Number);
      take(r, c);
    }
    for (const m of this.merges) {
      take(m.r1, m.c1);
      take(m.r2, m.c2);
    }
    return r2 === 0 ? { r1: 1, c1: 1, r2: 1, c2: 1 } : { r1, c1, r2, c2 };
  }

  mergeOf(r: number, c: number): Rect | undefined {
    return this.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  }

  stored(r: number, c: number, create = false): StoredCell | undefined {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell && create) {
      cell = { value: null, style: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

function readScalar(cell: StoredCell | undefined): FakeScalar {
  const v = cell?.value ?? null;
  if (v !== null && typeof v === 'object') return CVERR_BASE + (CVERR[v.error] ?? 2015);
  return v;
}

export class FakeRange {
  constructor(
    readonly sheet: FakeWorksheet,
    readonly rect: Rect,
  ) {
    // Strict: a member this fake does not model cannot be set (TypeError in strict mode).
    Object.preventExtensions(this);
  }

  private get app(): FakeWpsApplication {
    return this.sheet.app;
  }

  private get target(): string {
    return `${this.sheet.name}!${rectAddress(this.rect)}`;
  }

  private get single(): boolean {
    return this.rect.r1 === this.rect.r2 && this.rect.c1 === this.rect.c2;
  }

  private *each(): Generator<[number, number]> {
    // Whole-sheet ranges touch only stored cells.
    const area = (this.rect.r2 - this.rect.r1 + 1) * (this.rect.c2 - this.rect.c1 + 1);
    if (area > 5_000_000) {
      for (const key of [...this.sheet.cells.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (r >= this.rect.r1 && r <= this.rect.r2 && c >= this.rect.c1 && c <= this.rect.c2) yield [r, c];
      }
      return;
    }
    for (let r = this.rect.r1; r <= this.rect.r2; r++) for (let c = this.rect.c1; c <= this.rect.c2; c++) yield [r, c];
  }

  private grid<T>(read: (r: number, c: number) => T): T | T[][] {
    if (this.single) return read(this.rect.r1, this.rect.c1);
    const out: T[][] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      const row: T[] = [];
      for (let c = this.rect.c1; c <= this.rect.c2; c++) row.push(read(r, c));
      out.push(row);
    }
    return out;
  }

  private assertWritable(): void {
    if (this.sheet.protectedSheet) throw new Error('您试图更改的单元格或图表受保护，因而是只读的');
    if (this.single) return; // one cell: the anchor of its merge, or unmerged
    for (const m of this.sheet.merges) if (intersects(m, this.rect) && !contains(this.rect, m)) throw new Error('无法对合并单元格执行此操作');
  }

  /** Store one written item, with the host's coercions. */
  private put(r: number, c: number, v: unknown, asFormula: boolean): void {
    const m = this.sheet.mergeOf(r, c);
    if (m && (m.r1 !== r || m.c1 !== c)) return; // non-anchor cells of a merge keep nothing
    const cell = this.sheet.stored(r, c, true)!;
    cell.formula = undefined;
    if (v === null || v === undefined || v === '') {
      cell.value = null;
      return;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error('类型不匹配');
      const err = Object.entries(CVERR).find(([, code]) => CVERR_BASE + code === v);
      cell.value = err ? { error: err[0] } : v;
      return;
    }
    if (typeof v === 'boolean') {
      cell.value = v;
      return;
    }
    if (typeof v !== 'string') throw new Error('类型不匹配');
    if (v.startsWith("'")) {
      cell.value = v.slice(1);
      return;
    }
    if (cell.numberFormat === '@') {
      cell.value = v;
      return;
    }
    if (v.startsWith('=') || (/^[+\-@]/.test(v) && !/^[+-]\d+(\.\d+)?$/.test(v))) {
      cell.formula = v.startsWith('=') ? v : `=${v}`;
      cell.value = { error: '#NAME?' }; // the fake does not calculate
      return;
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) {
      cell.value = Number(v);
      return;
    }
    void asFormula;
    cell.value = v;
  }

  private write(v: unknown, asFormula: boolean): void {
    this.assertWritable();
    if (!Array.isArray(v)) {
      for (const [r, c] of this.each()) this.put(r, c, v, asFormula);
      return;
    }
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      const src = v[r - this.rect.r1];
      for (let c = this.rect.c1; c <= this.rect.c2; c++) {
        const item = Array.isArray(src) ? src[c - this.rect.c1] : undefined;
        if (item === undefined) this.put(r, c, CVERR_BASE + CVERR['#N/A'], asFormula);
        else this.put(r, c, item, asFormula);
      }
    }
  }

  get Row(): number {
    this.app.tick('Range.Row', this.target);
    return this.rect.r1;
  }

  get Column(): number {
    this.app.tick('Range.Column', this.target);
    return this.rect.c1;
  }

  get Rows(): { readonly Count: number; Item(i: number): FakeRange } {
    this.app.tick('Range.Rows', this.target);
    const self = this;
    return {
      get Count() {
        self.app.tick('Rows.Count');
        return self.rect.r2 - self.rect.r1 + 1;
      },
      Item(i: number) {
        self.app.tick('Rows.Item()');
        const r = self.rect.r1 + i - 1;
        return new FakeRange(self.sheet, { r1: r, r2: r, c1: self.rect.c1, c2: self.rect.c2 });
      },
    };
  }

  get Columns(): { readonly Count: number; Item(i: number): FakeRange } {
    this.app.tick('Range.Columns', this.target);
    const self = this;
    return {
      get Count() {
        self.app.tick('Columns.Count');
        return self.rect.c2 - self.rect.c1 + 1;
      },
      Item(i: number) {
        self.app.tick('Columns.Item()');
        const c = self.rect.c1 + i - 1;
        return new FakeRange(self.sheet, { r1: self.rect.r1, r2: self.rect.r2, c1: c, c2: c });
      },
    };
  }

  get Value2(): FakeScalar | FakeScalar[][] {
    this.app.tick('Range.Value2', this.target);
    return this.grid((r, c) => readScalar(this.sheet.stored(r, c)));
  }

  set Value2(v: unknown) {
    this.app.tick('Range.Value2=', this.target);
    this.write(v, false);
  }

  get Formula(): string | string[][] {
    this.app.tick('Range.Formula', this.target);
    return this.grid((r, c) => {
      const cell = this.sheet.stored(r, c);
      if (!cell) return '';
      if (cell.formula !== undefined) return cell.formula;
      const v = cell.value;
      if (v === null) return '';
      if (typeof v === 'object') return v.error;
      if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
      return String(v);
    });
  }

  set Formula(v: unknown) {
    this.app.tick('Range.Formula=', this.target);
    this.write(v, true);
  }

  get HasFormula(): boolean | null {
    this.app.tick('Range.HasFormula', this.target);
    let some = false;
    let all = true;
    for (const [r, c] of this.each()) {
      if (this.sheet.stored(r, c)?.formula !== undefined) some = true;
      else all = false;
    }
    return all ? true : some ? null : false;
  }

  get NumberFormat(): string | null {
    this.app.tick('Range.NumberFormat', this.target);
    let fmt: string | undefined;
    for (const [r, c] of this.each()) {
      const f = this.sheet.stored(r, c)?.numberFormat ?? 'General';
      if (fmt === undefined) fmt = f;
      else if (fmt !== f) return null;
    }
    return fmt ?? 'General';
  }

  set NumberFormat(v: string | null) {
    this.app.tick('Range.NumberFormat=', this.target);
    if (this.sheet.protectedSheet) throw new Error('您试图更改的单元格或图表受保护，因而是只读的');
    if (typeof v !== 'string') throw new Error('类型不匹配');
    for (const [r, c] of this.each()) this.sheet.stored(r, c, true)!.numberFormat = v === 'General' ? undefined : v;
  }

  get MergeCells(): boolean | null {
    this.app.tick('Range.MergeCells', this.target);
    let some = false;
    let all = true;
    for (const [r, c] of this.each()) {
      if (this.sheet.mergeOf(r, c)) some = true;
      else all = false;
    }
    return all ? true : some ? null : false;
  }

  get MergeArea(): FakeRange {
    this.app.tick('Range.MergeArea', this.target);
    const m = this.sheet.mergeOf(this.rect.r1, this.rect.c1);
    return new FakeRange(this.sheet, m ?? { r1: this.rect.r1, c1: this.rect.c1, r2: this.rect.r1, c2: this.rect.c1 });
  }

  private styleSetter(op: string, apply: (s: CellStyle) => void): void {
    this.app.tick(op, this.target);
    if (this.sheet.protectedSheet) throw new Error('您试图更改的单元格或图表受保护，因而是只读的');
    for (const [r, c] of this.each()) apply(this.sheet.stored(r, c, true)!.style);
  }

  get Font(): { Name: string; Size: number; Bold: boolean } {
    this.app.tick('Range.Font', this.target);
    const self = this;
    return {
      get Name() {
        return '';
      },
      set Name(v: string) {
        self.styleSetter('Font.Name=', (s) => (s.fontName = v));
      },
      get Size() {
        return 0;
      },
      set Size(v: number) {
        self.styleSetter('Font.Size=', (s) => (s.fontSize = v));
      },
      get Bold() {
        return false;
      },
      set Bold(v: boolean) {
        self.styleSetter('Font.Bold=', (s) => (s.bold = v));
      },
    };
  }

  /**
   * [ET-API Interior 对象; VBA Interior.Color/ColorIndex]: an unfilled cell reads ColorIndex
   * xlColorIndexNone (-4142) and Color white (16777215); setting ColorIndex to -4142 removes the
   * fill, setting Color fills.
   */
  get Interior(): { Color: number; ColorIndex: number } {
    this.app.tick('Range.Interior', this.target);
    const self = this;
    const stored = () => self.sheet.stored(self.rect.r1, self.rect.c1)?.style.color;
    return {
      get Color() {
        self.app.tick('Interior.Color', self.target);
        return stored() ?? 16777215;
      },
      set Color(v: number) {
        self.styleSetter('Interior.Color=', (s) => (s.color = v));
      },
      get ColorIndex() {
        self.app.tick('Interior.ColorIndex', self.target);
        return stored() === undefined ? -4142 : 1;
      },
      set ColorIndex(v: number) {
        if (v !== -4142) throw new Error('fake supports ColorIndex = xlColorIndexNone (-4142) only');
        self.styleSetter('Interior.ColorIndex=', (s) => delete s.color);
      },
    };
  }

  /** The cell's comment (批注) or null [ET-API Range.Comment; VBA Range.Comment]; `Text()` reads it [VBA Comment.Text]. */
  get Comment(): { Text(): string } | null {
    this.app.tick('Range.Comment', this.target);
    const text = this.sheet.comments.get(`${this.rect.r1},${this.rect.c1}`);
    const app = this.app;
    return text === undefined ? null : { Text: () => (app.tick('Comment.Text()'), text) };
  }

  /** Adds a comment; fails when the cell has one [VBA Range.AddComment]. */
  AddComment(text: string): unknown {
    this.app.tick('Range.AddComment()', this.target);
    const key = `${this.rect.r1},${this.rect.c1}`;
    if (this.sheet.comments.has(key)) throw new Error('应用程序定义或对象定义错误');
    this.sheet.comments.set(key, text);
    return {};
  }

  /** Removes the range's comments [VBA Range.ClearComments]. */
  ClearComments(): unknown {
    this.app.tick('Range.ClearComments()', this.target);
    for (const [r, c] of this.each()) this.sheet.comments.delete(`${r},${c}`);
    return undefined;
  }

  get Borders(): { LineStyle: number } {
    this.app.tick('Range.Borders', this.target);
    const self = this;
    return {
      get LineStyle() {
        return -4142;
      },
      set LineStyle(v: number) {
        self.styleSetter('Borders.LineStyle=', (s) => (s.border = v));
      },
    };
  }

  set HorizontalAlignment(v: number) {
    this.styleSetter('Range.HorizontalAlignment=', (s) => (s.hAlign = v));
  }

  get HorizontalAlignment(): number {
    this.app.tick('Range.HorizontalAlignment', this.target);
    return this.sheet.stored(this.rect.r1, this.rect.c1)?.style.hAlign ?? 1;
  }

  set VerticalAlignment(v: number) {
    this.styleSetter('Range.VerticalAlignment=', (s) => (s.vAlign = v));
  }

  get VerticalAlignment(): number {
    this.app.tick('Range.VerticalAlignment', this.target);
    return this.sheet.stored(this.rect.r1, this.rect.c1)?.style.vAlign ?? -4107;
  }

  set WrapText(v: boolean) {
    this.styleSetter('Range.WrapText=', (s) => (s.wrap = v));
  }

  get WrapText(): boolean {
    this.app.tick('Range.WrapText', this.target);
    return this.sheet.stored(this.rect.r1, this.rect.c1)?.style.wrap ?? false;
  }

  set Locked(v: boolean) {
    this.styleSetter('Range.Locked=', (s) => (s.locked = v));
  }

  get Locked(): boolean {
    this.app.tick('Range.Locked', this.target);
    return this.sheet.stored(this.rect.r1, this.rect.c1)?.style.locked ?? true;
  }

  set ColumnWidth(v: number) {
    this.app.tick('Range.ColumnWidth=', this.target);
    for (let c = this.rect.c1; c <= this.rect.c2; c++) this.sheet.columnWidths.set(c, v);
  }

  get ColumnWidth(): number {
    this.app.tick('Range.ColumnWidth', this.target);
    return this.sheet.columnWidths.get(this.rect.c1) ?? 8.38;
  }

  set RowHeight(v: number) {
    this.app.tick('Range.RowHeight=', this.target);
    for (let r = this.rect.r1; r <= this.rect.r2; r++) this.sheet.rowHeights.set(r, v);
  }

  get RowHeight(): number {
    this.app.tick('Range.RowHeight', this.target);
    return this.sheet.rowHeights.get(this.rect.r1) ?? 13.5;
  }

  Item(row: number, column: number): FakeRange {
    this.app.tick('Range.Item()', this.target);
    const r = this.rect.r1 + row - 1;
    const c = this.rect.c1 + column - 1;
    return new FakeRange(this.sheet, { r1: r, c1: c, r2: r, c2: c });
  }

  Select(): boolean {
    this.app.tick('Range.Select()', this.target);
    if (this.sheet.wb.activeSheet !== this.sheet) throw new Error('Range 类的 Select 方法无效');
    this.sheet.selection = rectAddress(this.sheet.mergeOf(this.rect.r1, this.rect.c1) ?? this.rect);
    return true;
  }

  Activate(): boolean {
    this.app.tick('Range.Activate()', this.target);
    if (this.sheet.wb.activeSheet !== this.sheet) throw new Error('Range 类的 Activate 方法无效');
    this.sheet.selection = rectAddress({ r1: this.rect.r1, c1: this.rect.c1, r2: this.rect.r1, c2: this.rect.c1 });
    return true;
  }

  Merge(): void {
    this.app.tick('Range.Merge()', this.target);
    if (this.sheet.protectedSheet) throw new Error('您试图更改的单元格或图表受保护，因而是只读的');
    if (this.single) return;
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
    for (const [r, c] of this.each()) {
      if (r === this.rect.r1 && c === this.rect.c1) continue;
      const cell = this.sheet.stored(r, c);
      if (cell) {
        cell.value = null;
        cell.formula = undefined;
      }
    }
    this.sheet.merges.push({ ...this.rect });
  }

  UnMerge(): void {
    this.app.tick('Range.UnMerge()', this.target);
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
  }

  Clear(): void {
    this.app.tick('Range.Clear()', this.target);
    if (this.sheet.protectedSheet) throw new Error('您试图更改的单元格或图表受保护，因而是只读的');
    for (const [r, c] of [...this.each()]) this.sheet.cells.delete(`${r},${c}`);
  }
}
