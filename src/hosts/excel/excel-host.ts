/**
 * The Office.js Excel host. All Excel.* calls of the product live in this folder; every error is
 * rethrown as a HostError carrying the Office.js error as `cause`.
 */
import type { Workbook } from '../../core/grid/types';
import type { SheetLayout } from '../../core/grid/layout';
import type { CellWrite } from '../../core/plan/write-plan';
import type { WorkbookHost } from '../ports';
import { HostError } from '../ports';
import type { ExcelEnvironment } from './environment';
import { officeExcelEnvironment } from './environment';
import { readWorkbookFrom } from './read';
import { applyWritesTo } from './write';
import { writeSheetTo } from './write-sheet';
import type { CellLook, CellMarker, CellRef } from '../ports';
import { readLooksIn, writeLooksIn } from './marks';
import { EXCEL_PHRASES } from './phrases';

export interface ExcelHost extends WorkbookHost, CellMarker {
  readonly kind: 'excel';
  /** Whether this Excel can report merged areas (ExcelApi 1.13) and write notes (1.18). */
  readonly capabilities: { readonly mergedAreas: boolean; readonly notes: boolean };
}

async function wrap<T>(message: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw new HostError(message, { cause });
  }
}

export function createExcelHost(env: ExcelEnvironment = officeExcelEnvironment()): ExcelHost {
  return {
    kind: 'excel',
    capabilities: {
      mergedAreas: env.isSetSupported('ExcelApi', '1.13'),
      notes: env.isSetSupported('ExcelApi', '1.18'),
    },
    readWorkbook: (): Promise<Workbook> => wrap(EXCEL_PHRASES.read, () => readWorkbookFrom(env)),
    applyWrites: (writes: readonly CellWrite[]) => wrap(EXCEL_PHRASES.write, () => applyWritesTo(env, writes)),
    writeSheet: (layout: SheetLayout, options?: { readonly activate?: boolean }) =>
      wrap(EXCEL_PHRASES.writeSheet(layout.name), () => writeSheetTo(env, layout, options)),
    selectCell: (sheet: string, address: string) =>
      wrap(EXCEL_PHRASES.select(sheet, address), () =>
        env.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          await context.sync();
        }),
      ),
    notes: env.isSetSupported('ExcelApi', '1.18'),
    readLooks: (cells: readonly CellRef[]) => wrap(EXCEL_PHRASES.mark, () => readLooksIn(env, cells)),
    writeLooks: (looks: readonly CellLook[]) => wrap(EXCEL_PHRASES.mark, () => writeLooksIn(env, looks)),
  };
}
