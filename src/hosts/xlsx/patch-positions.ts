/**
 * Where the patcher (sheet-patcher.ts) splices written cells into a worksheet part: the offsets
 * of `<sheetData>`, of every `<row>` and `<c>`, the `<dimension ref>` value, and the `<col>`
 * default styles a new cell inherits. Recorded by the byte reader (readSheetBytesWithPositions)
 * in the same pass that reads the cells; the reader gives byte offsets of the part's UTF-8, the
 * recorder keeps them as UTF-16 offsets of the part's text — the string the patcher edits.
 *
 * Recorded only for a sheet a write goes to, when it is written: that sheet is scanned once to
 * be read and once more to be patched. Recording positions on every read instead would save that
 * second scan but cost every read (the 10k-row bench workbook's 100 sheets, cold: 58 ms of CPU
 * read alone, 100 ms read with positions) and hold an object per cell of every sheet read.
 */

/** Offsets of one `<c>` element, [start, end). */
export interface CellSpan {
  readonly col: number;
  readonly start: number;
  readonly end: number;
}

/** Offsets of one `<row>`: start tag [start, openEnd); `</row>` at closeStart (-1 when self-closing). */
export interface RowSpan {
  readonly row: number;
  readonly start: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
  closeStart: number;
  /** The row's default style index when customFormat="1". */
  readonly style?: number;
  readonly cells: CellSpan[];
}

/** A `<col>` range (0-based, inclusive) with its default style index. */
export interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

export interface SheetPositions {
  /** `<sheetData>` start tag span and `</sheetData>` offset (-1 when self-closing). */
  readonly sheetData: { readonly start: number; readonly openEnd: number; readonly selfClosing: boolean; readonly closeStart: number };
  readonly rows: readonly RowSpan[];
  /** The `ref` attribute value span of `<dimension>`, if any. */
  readonly dimensionRef?: { readonly start: number; readonly end: number; readonly value: string };
  readonly columnStyles: readonly ColumnStyle[];
}

/** What the reader tells the recorder, in document order (offsets into the part's UTF-8). */
export class PositionRecorder {
  private sheetData: SheetPositions['sheetData'] | undefined = undefined;
  private dimensionRef: SheetPositions['dimensionRef'] = undefined;
  private readonly rows: RowSpan[] = [];
  private readonly columnStyles: ColumnStyle[] = [];
  /** The open `<row>` (its cells are being read), if any. */
  private curRow: RowSpan | undefined = undefined;

  /**
   * `utf16`: the text offset of each byte offset (utf16Offsets) when the part is not all ASCII;
   * without it a byte offset is the text offset.
   */
  constructor(private readonly utf16?: Int32Array) {}

  private at(offset: number): number {
    return this.utf16 === undefined ? offset : this.utf16[offset];
  }

  /** `<sheetData>`'s start tag [start, openEnd). */
  sheetDataStart(start: number, openEnd: number, selfClosing: boolean): void {
    this.sheetData = { start: this.at(start), openEnd: this.at(openEnd), selfClosing, closeStart: -1 };
  }

  /** `</sheetData>` at closeStart. */
  sheetDataEnd(closeStart: number): void {
    if (this.sheetData) this.sheetData = { ...this.sheetData, closeStart: this.at(closeStart) };
  }

  /** A `<row>` start tag [start, openEnd) of row index `row`; `style` its customFormat style. */
  rowStart(row: number, start: number, openEnd: number, selfClosing: boolean, style: number | undefined): void {
    const span: RowSpan = { row, start: this.at(start), openEnd: this.at(openEnd), selfClosing, closeStart: -1, style, cells: [] };
    this.rows.push(span);
    this.curRow = selfClosing ? undefined : span;
  }

  /** `</row>` at closeStart (ignored outside a row). */
  rowEnd(closeStart: number): void {
    if (this.curRow) {
      this.curRow.closeStart = this.at(closeStart);
      this.curRow = undefined;
    }
  }

  /** A `<c>` element [start, end) at column `col` (ignored outside a row). */
  cell(col: number, start: number, end: number): void {
    if (this.curRow) this.curRow.cells.push({ col, start: this.at(start), end: this.at(end) });
  }

  /** A `<col min max style>` (1-based min/max as written). */
  column(min: number, max: number, style: number): void {
    this.columnStyles.push({ min: min - 1, max: max - 1, style });
  }

  /** `<dimension>`'s ref value at [start, end). */
  dimension(start: number, end: number, value: string): void {
    this.dimensionRef = { start: this.at(start), end: this.at(end), value };
  }

  positions(): SheetPositions {
    return {
      sheetData: this.sheetData ?? { start: -1, openEnd: -1, selfClosing: true, closeStart: -1 },
      rows: this.rows,
      dimensionRef: this.dimensionRef,
      columnStyles: this.columnStyles,
    };
  }
}
