import type { Workbook } from '../grid/types';
import type { RecognisedWorkbook } from '../model';

/** PLACEHOLDER (being written): grid → recognised tables, 基本情况, 收支明细, notes. */
export function recogniseWorkbook(wb: Workbook): RecognisedWorkbook {
  void wb;
  return { tables: [], notes: [] };
}
