/**
 * The slice of the WPS 表格 (ET) JavaScript object model this add-in uses. wpsjs ships no
 * typings, so only what we call is declared, each member with its source:
 *
 * - [ET-API]  WPS 开放平台, 表格 API 参考 (open.wps.cn/docs/office → WPS 基础接口 / 表格 API 参考):
 *             the ET object model mirrors Excel VBA (Application → Workbook → Worksheets → Range).
 * - [ET-TPL]  the wpsjs `et` / `et_react` project templates (`npm pack wpsjs`; ribbon.js, taskpane.js):
 *             `wps.EtApplication()`, `CreateTaskPane`, `GetTaskPane`, `PluginStorage`, `ribbonUI`.
 * - [FIELD]   measurements published by a wpsjs add-in on WPS 12.1.0.28043 (Windows): error values
 *             arrive in Value2 as COM CVErr numbers; an empty sheet's UsedRange is A1 with Value2
 *             null; Value2 and Formula accept 2-D arrays; parameterised properties are called as
 *             functions (`Cells.Item(r, c)`, `Range(a1)`); `Value` is read-only in the JSAPI (assign
 *             through Value2); PluginStorage is shared by WPS 文字/表格/演示.
 * - [VBA]     Microsoft's Excel VBA reference, which [ET-API] follows member for member: the
 *             tri-state HasFormula / MergeCells / NumberFormat (null when mixed), 1-based
 *             collections, Worksheets.Add(Before, After).
 *
 * The object model is synchronous: every property read or method call is one round trip into
 * the host process, so callers batch (one Value2 per range) and never loop cell by cell.
 */

/** One value inside Value2: number (dates are serials), string, boolean, empty (null/undefined). */
export type WpsScalar = number | string | boolean | null | undefined;

/**
 * Range.Value2 as read: a scalar for a one-cell range, rows of columns (1st index row) for a
 * multi-cell range [ET-API Range.Value2; VBA Range.Value2]. In the JSAPI the SAFEARRAY arrives as
 * a 0-based JS array of arrays [FIELD].
 */
export type WpsValue2 = WpsScalar | WpsScalar[][];

/** A 1-based collection's `Count` [ET-API, VBA]. */
export interface WpsCounted {
  readonly Count: number;
}

/** Range.Font [ET-API Font 对象]. */
export interface WpsFont {
  Name: string;
  /** Points. */
  Size: number;
  Bold: boolean;
}

/** Range.Interior [ET-API Interior 对象]: `Color` is a BGR-packed number (R + G·256 + B·65536). */
export interface WpsInterior {
  Color: number;
  /** xlColorIndexNone (-4142): no fill; setting it removes the fill [ET-API Interior.ColorIndex; VBA]. */
  ColorIndex?: number;
}

/** A cell's comment (批注) [ET-API Comment 对象; VBA Comment.Text]. */
export interface WpsComment {
  Text(): string;
}

/** Range.Borders [ET-API Borders 集合]: setting LineStyle on the collection sets every edge. */
export interface WpsBorders {
  /** XlLineStyle: xlContinuous = 1, xlLineStyleNone = -4142. */
  LineStyle: number;
}

/** Worksheet.PageSetup [ET-API PageSetup 对象]. */
export interface WpsPageSetup {
  /** XlPaperSize: xlPaperA4 = 9. */
  PaperSize: number;
  /** XlPageOrientation: xlPortrait = 1, xlLandscape = 2. */
  Orientation: number;
  /** false to let FitToPagesWide/Tall decide [VBA PageSetup.Zoom]. */
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  /** '$A$1:$I$29' [ET-API PageSetup.PrintArea; wps-jsapi lib.et.d.ts EtPageSetup]. */
  PrintArea: string;
  /** Rows repeated on every page, '$1:$2' [ET-API PageSetup.PrintTitleRows]. */
  PrintTitleRows: string;
  CenterHorizontally: boolean;
}

/** A Range [ET-API Range 对象]. Row/Column are 1-based; Rows/Columns are sub-collections. */
export interface WpsRange {
  /** 1-based row of the first cell [ET-API Range.Row]. */
  readonly Row: number;
  /** 1-based column of the first cell [ET-API Range.Column]. */
  readonly Column: number;
  /** Rows.Count / Columns.Count: the size [ET-API Range.Rows / Range.Columns]. */
  readonly Rows: WpsCounted & { Item(index: number): WpsRange };
  readonly Columns: WpsCounted & { Item(index: number): WpsRange };
  /**
   * Values without the Currency/Date conversion of `Value`: dates as serial numbers, errors as
   * CVErr numbers [FIELD], empty cells as null [FIELD: empty used range reads null]. Writable with
   * a scalar (fills the range) or a rows×columns array of the range's exact size [FIELD].
   */
  Value2: WpsValue2;
  /**
   * The formula text ('=SUM(A1:A3)') of each cell, or the constant as text for a non-formula cell;
   * a 2-D array for a multi-cell range [ET-API Range.Formula; VBA Range.Formula].
   */
  Formula: WpsValue2;
  /** true: every cell has a formula; false: none; null: mixed [VBA Range.HasFormula]. */
  readonly HasFormula: boolean | null;
  /** The format code when every cell shares it, else null [VBA Range.NumberFormat]. */
  NumberFormat: string | null;
  /** true: every cell is in a merged area; false: none; null: mixed [VBA Range.MergeCells]. */
  readonly MergeCells: boolean | null;
  /** The merged area containing the range's first cell (the cell itself when not merged) [ET-API Range.MergeArea]. */
  readonly MergeArea: WpsRange;
  readonly Font: WpsFont;
  readonly Interior: WpsInterior;
  readonly Borders: WpsBorders;
  /** XlHAlign: xlLeft -4131, xlCenter -4108, xlRight -4152 [ET-API Range.HorizontalAlignment]. */
  HorizontalAlignment: number;
  /** XlVAlign: xlTop -4160, xlCenter -4108, xlBottom -4107 [ET-API Range.VerticalAlignment]. */
  VerticalAlignment: number;
  WrapText: boolean;
  /** Locked for sheet protection [ET-API Range.Locked]. */
  Locked: boolean;
  /** Characters (column) width of every column in the range [ET-API Range.ColumnWidth]. */
  ColumnWidth: number;
  /** Points [ET-API Range.RowHeight]. */
  RowHeight: number;
  /** A sub-range by 1-based row/column relative to this range [ET-API Range.Item; FIELD: called as a function]. */
  Item(row: number, column: number): WpsRange;
  Select(): unknown;
  Activate(): unknown;
  Merge(): unknown;
  UnMerge(): unknown;
  /** Clears values, formulas and formats [ET-API Range.Clear]. */
  Clear(): unknown;
  /** The first cell's comment, or null [ET-API Range.Comment; VBA Range.Comment]. Optional: marks only. */
  readonly Comment?: WpsComment | null;
  /** Adds a comment to the cell (fails when it has one) [ET-API Range.AddComment; VBA]. */
  AddComment?(text: string): unknown;
  /** Removes the range's comments [ET-API Range.ClearComments; VBA]. */
  ClearComments?(): unknown;
}

/** A worksheet [ET-API Worksheet 对象]. */
export interface WpsWorksheet {
  Name: string;
  /** The rectangle from the first to the last used cell — NOT necessarily from A1 [ET-API Worksheet.UsedRange]. */
  readonly UsedRange: WpsRange;
  /** Every cell of the sheet [ET-API Worksheet.Cells]. */
  readonly Cells: WpsRange;
  readonly PageSetup: WpsPageSetup;
  /** A range by A1 reference ('B4', 'A1:C3') [ET-API Worksheet.Range; FIELD: called as a function]. */
  Range(address: string): WpsRange;
  Activate(): unknown;
  /**
   * XlSheetVisibility: xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2 (booleans accepted)
   * [ET-API Worksheet.Visible; VBA Worksheet.Visible]. The last visible sheet cannot be hidden.
   */
  Visible: number | boolean;
}

/** Workbook.Worksheets [ET-API Worksheets 集合]: 1-based `Item(index)` or `Item(name)`. */
export interface WpsWorksheets extends WpsCounted {
  Item(indexOrName: number | string): WpsWorksheet;
  /** Adds a sheet before `Before` or after `After` (pass undefined for the other) and returns it [VBA Sheets.Add]. */
  Add(Before?: WpsWorksheet, After?: WpsWorksheet): WpsWorksheet;
}

/** [ET-API Workbook 对象]. */
export interface WpsWorkbook {
  readonly Name: string;
  /** The folder the workbook was saved in, '' while never saved [ET-API Workbook.Path; VBA Workbook.Path]. Optional: read only by the report save. */
  readonly Path?: string;
  readonly Worksheets: WpsWorksheets;
  /** The sheet the user sees [ET-API Workbook.ActiveSheet; VBA Workbook.ActiveSheet]. */
  readonly ActiveSheet?: WpsWorksheet | null;
}

/** A task pane created by the add-in [ET-TPL ribbon.js: CreateTaskPane(url).ID / .Visible]. */
export interface WpsTaskPane {
  /** The id to find the pane again with GetTaskPane [ET-TPL]. */
  readonly ID: number | string;
  Visible: boolean;
  /** JSKsoEnum_msoCTPDockPositionRight = 2 [ET-API TaskPane.DockPosition]. */
  DockPosition?: number;
  /** Pixels [ET-API TaskPane.Width]. */
  Width?: number;
}

/** Per-add-in key/value storage that lives as long as the host process [ET-TPL PluginStorage.setItem/getItem]. */
export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
  removeItem?(key: string): void;
}

/** The ribbon handle passed to the customUI onLoad callback [ET-TPL OnAddinLoad(ribbonUI)]. */
export interface WpsRibbonUI {
  Invalidate?(): void;
  InvalidateControl?(id: string): void;
}

/**
 * `window.Application` in a WPS 表格 add-in page (or `wps.EtApplication()` in older builds) [ET-TPL].
 * `Workbooks` is what tells 表格 apart from 文字 (`Documents`) and 演示 (`Presentations`) — not
 * `Application.Name`, which WPS sets to Microsoft's product names for macro compatibility [FIELD].
 */
export interface WpsApplication {
  readonly Workbooks: WpsCounted;
  /** null when no workbook is open [ET-TPL btnShowMsg: "当前没有打开任何文档"]. */
  readonly ActiveWorkbook: WpsWorkbook | null;
  /** Turning it off speeds up bulk writes; always restored [VBA Application.ScreenUpdating]. */
  ScreenUpdating?: boolean;
  readonly PluginStorage: WpsPluginStorage;
  /** Opens a task pane on a page of the add-in [ET-TPL ribbon.js btnShowTaskPane]. */
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number | string): WpsTaskPane | null | undefined;
  /** Set by our OnAddinLoad, as the templates do [ET-TPL]. */
  ribbonUI?: WpsRibbonUI;
}
