/**
 * WorkbookHost over an in-memory .xlsx package (the CLI's host). Every operation resolves at
 * once; errors are XlsxError (bad file) or XlsxMisuseError (bad plan), never swallowed.
 */
import type { SheetLayout } from '../../core/grid/layout';
import type { Workbook } from '../../core/grid/types';
import type { CellWrite } from '../../core/plan/write-plan';
import type { HostKind, WorkbookHost } from '../ports';
import { XlsxPackage, type XlsxOpenOptions } from './package';

export class XlsxWorkbookHost implements WorkbookHost {
  readonly kind: HostKind = 'xlsx';

  constructor(readonly pkg: XlsxPackage) {}

  static open(bytes: Uint8Array, options?: XlsxOpenOptions): XlsxWorkbookHost {
    return new XlsxWorkbookHost(XlsxPackage.open(bytes, options));
  }

  async readWorkbook(): Promise<Workbook> {
    return this.pkg.readWorkbook();
  }

  async applyWrites(writes: readonly CellWrite[]): Promise<void> {
    this.pkg.applyWrites(writes);
  }

  async writeSheet(layout: SheetLayout, options?: { readonly activate?: boolean }): Promise<void> {
    this.pkg.writeSheet(layout, options);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.pkg.selectCell(sheet, address);
  }

  /** The package as written so far (the input bytes when nothing changed). */
  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }
}
