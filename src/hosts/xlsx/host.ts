/**
 * WorkbookHost over an in-memory .xlsx package (the CLI's host). Every operation resolves at
 * once; errors are XlsxError (bad file; naming the file when the host was given its name) or
 * XlsxMisuseError (bad plan), never swallowed.
 */
import type { SheetLayout } from '../../core/grid/layout';
import type { SheetSource, Workbook } from '../../core/grid/types';
import type { CellWrite } from '../../core/plan/write-plan';
import type { HostKind, WorkbookHost } from '../ports';
import { XlsxError } from './errors';
import { XlsxPackage, type XlsxOpenOptions } from './package';

export interface XlsxHostOptions {
  /** The file's base name: every XlsxError the host raises names it ('2024自评表.xlsx'). */
  readonly fileName?: string;
}

export class XlsxWorkbookHost implements WorkbookHost {
  readonly kind: HostKind = 'xlsx';
  private readonly fileName?: string;

  constructor(
    readonly pkg: XlsxPackage,
    options: XlsxHostOptions = {},
  ) {
    this.fileName = options.fileName;
  }

  static open(bytes: Uint8Array, options?: XlsxOpenOptions & XlsxHostOptions): XlsxWorkbookHost {
    const fileName = options?.fileName;
    try {
      return new XlsxWorkbookHost(XlsxPackage.open(bytes, options), { fileName });
    } catch (err) {
      if (err instanceof XlsxError && fileName !== undefined) throw err.withFile(fileName);
      throw err;
    }
  }

  /** Run `f`; an XlsxError comes out naming the file. */
  private named<T>(f: () => T): T {
    try {
      return f();
    } catch (err) {
      if (err instanceof XlsxError && this.fileName !== undefined) throw err.withFile(this.fileName);
      throw err;
    }
  }

  async readWorkbook(): Promise<Workbook> {
    return this.named(() => this.pkg.readWorkbook());
  }

  /** Sheet by sheet: each read parses the sheet's part on demand and keeps neither text nor grid. */
  async readSheets(): Promise<SheetSource> {
    const source = this.named(() => this.pkg.sheetSource());
    return { names: source.names, read: (name: string) => this.named(() => source.read(name)) };
  }

  async applyWrites(writes: readonly CellWrite[]): Promise<void> {
    this.named(() => this.pkg.applyWrites(writes));
  }

  async writeSheet(layout: SheetLayout, options?: { readonly activate?: boolean }): Promise<void> {
    this.named(() => this.pkg.writeSheet(layout, options));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.named(() => this.pkg.selectCell(sheet, address));
  }

  /** The package as written so far (the input bytes when nothing changed). */
  toBytes(): Uint8Array {
    return this.named(() => this.pkg.toBytes());
  }
}
