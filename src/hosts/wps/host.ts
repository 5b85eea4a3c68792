/**
 * The WPS 表格 implementation of WorkbookHost. The object model is synchronous, so each
 * operation does its work at once and returns a settled promise; failures become HostError
 * (Chinese message, original error as `cause`), never a rejected raw COM error.
 */
import { A1ParseError, fromA1 } from '../../core/grid/a1';
import type { SheetLayout } from '../../core/grid/layout';
import type { Workbook } from '../../core/grid/types';
import type { CellWrite } from '../../core/plan/write-plan';
import type { CellLook, CellMarker, CellRef, WorkbookHost } from '../ports';
import { readWpsLooks, writeWpsLooks } from './marks';
import { HostError } from '../ports';
import { WPS_PHRASES, withCause } from './phrases';
import { readWpsSheet } from './read';
import { findSheet } from './sheets';
import type { WpsApplication, WpsWorkbook } from './types';
import { applyWpsWrites } from './write';
import { writeWpsSheet } from './write-sheet';

export function createWpsHost(app: WpsApplication): WorkbookHost & CellMarker {
  return {
    kind: 'wps',
    notes: true,
    readLooks: (cells: readonly CellRef[]) => settle(() => readWpsLooks(app, cells)),
    writeLooks: (looks: readonly CellLook[]) => settle(() => writeWpsLooks(app, looks)),
    readWorkbook: () => settle(() => readWorkbook(app)),
    applyWrites: (writes: readonly CellWrite[]) => settle(() => applyWpsWrites(app, writes)),
    writeSheet: (layout: SheetLayout, options?: { readonly activate?: boolean }) => settle(() => writeWpsSheet(app, layout, options)),
    selectCell: (sheet: string, address: string) => settle(() => selectCell(app, sheet, address)),
  };
}

/** Run synchronously; a failure that is not already a HostError is wrapped in one too. */
async function settle<T>(work: () => T): Promise<T> {
  try {
    return work();
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw new HostError(withCause(WPS_PHRASES.operationFailed, cause), { cause });
  }
}

function activeWorkbook(app: WpsApplication): WpsWorkbook {
  let wb: WpsWorkbook | null;
  try {
    wb = app.ActiveWorkbook;
  } catch (cause) {
    throw new HostError(withCause(WPS_PHRASES.noWorkbook, cause), { cause });
  }
  if (!wb) throw new HostError(WPS_PHRASES.noWorkbook);
  return wb;
}

function readWorkbook(app: WpsApplication): Workbook {
  const wb = activeWorkbook(app);
  let count: number;
  try {
    count = wb.Worksheets.Count;
  } catch (cause) {
    throw new HostError(withCause(WPS_PHRASES.listSheetsFailed, cause), { cause });
  }
  const sheets = [];
  for (let i = 1; i <= count; i++) {
    let label = String(i);
    try {
      const ws = wb.Worksheets.Item(i);
      label = ws.Name;
      sheets.push(readWpsSheet(ws));
    } catch (cause) {
      throw new HostError(withCause(WPS_PHRASES.readFailed(label), cause), { cause });
    }
  }
  return { sheets };
}

function selectCell(app: WpsApplication, sheet: string, address: string): void {
  try {
    fromA1(address);
  } catch (cause) {
    if (cause instanceof A1ParseError) throw new HostError(WPS_PHRASES.badAddress(address), { cause });
    throw cause;
  }
  const ws = findSheet(activeWorkbook(app), sheet);
  try {
    // Select works on the active sheet only [VBA Range.Select], so activate the sheet first.
    ws.Activate();
    ws.Range(address.replace(/\$/g, '')).Select();
  } catch (cause) {
    throw new HostError(withCause(WPS_PHRASES.selectFailed(sheet, address), cause), { cause });
  }
}
