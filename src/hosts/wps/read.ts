/**
 * Reading a WPS workbook into the engine's grid: per sheet one UsedRange, one Value2, one
 * HasFormula (+ one Formula when some cell has a formula), NumberFormat and MergeCells in bulk
 * (see number-formats.ts and merges.ts). The number of host calls does not grow with the number
 * of rows of a regular table.
 *
 * UsedRange starts at its own Row/Column, not at A1 [ET-API Worksheet.UsedRange]: a sheet whose
 * first used cell is C3 yields a Value2 whose [0][0] is C3. Cells above/left of it are reported
 * as not existing (undefined); cells inside it exist, blank ones with value null.
 */
import type { Cell, CellValue, Sheet } from '../../core/grid/types';
import { isBlankValue2, toCellValue, value2Grid } from './cell-values';
import { readMerges } from './merges';
import { readNumberFormats } from './number-formats';
import type { WpsScalar, WpsWorksheet } from './types';

export function readWpsSheet(ws: WpsWorksheet): Sheet {
  const name = ws.Name;
  const ur = ws.UsedRange;
  const origin = { row: ur.Row - 1, col: ur.Column - 1 };
  const rows = ur.Rows.Count;
  const cols = ur.Columns.Count;
  const values = value2Grid(ur.Value2, rows, cols);

  // An empty sheet: UsedRange is A1 alone and blank [FIELD].
  if (rows === 1 && cols === 1 && isBlankValue2(values[0][0]) && origin.row === 0 && origin.col === 0) {
    return { name, cells: [], merges: [] };
  }

  const formulas = readFormulas(ur.HasFormula, () => value2Grid(ur.Formula, rows, cols), values);
  const formats = readNumberFormats(ws, ur.NumberFormat, values, origin);
  const mergeFlag = ur.MergeCells;
  const scan = mergeFlag === false ? { merges: [], incomplete: false } : readMerges(ws, values, origin);

  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < origin.row; r++) cells.push([]);
  for (let r = 0; r < rows; r++) {
    const row: (Cell | undefined)[] = new Array<Cell | undefined>(origin.col).fill(undefined);
    for (let c = 0; c < cols; c++) row.push(makeCell(toCellValue(values[r][c]), formulas?.[r][c], formats[r][c]));
    cells.push(row);
  }
  const sheet: Sheet = { name, cells, merges: scan.merges };
  return scan.incomplete ? { ...sheet, mergesUnknown: true } : sheet;
}

function makeCell(value: CellValue, formula: string | undefined, numFmt: string | undefined): Cell {
  if (formula !== undefined && numFmt !== undefined) return { value, formula, numFmt };
  if (formula !== undefined) return { value, formula };
  if (numFmt !== undefined) return { value, numFmt };
  return { value };
}

/**
 * Formulas without the '=' per cell, or undefined when the range has none (HasFormula false).
 * Range.Formula gives a non-formula cell's constant as text, so '=…' alone is not proof: text
 * stored as '=abc' (typed with an apostrophe) has Formula '=abc' and Value2 '=abc' too. A cell is
 * a formula when its Formula starts with '=' and differs from its own Value2 text.
 */
function readFormulas(
  hasFormula: boolean | null,
  readFormulaGrid: () => WpsScalar[][],
  values: readonly (readonly WpsScalar[])[],
): (string | undefined)[][] | undefined {
  if (hasFormula === false) return undefined;
  const f = readFormulaGrid();
  return f.map((row, r) =>
    row.map((text, c) => {
      if (typeof text !== 'string' || !text.startsWith('=')) return undefined;
      if (hasFormula !== true && values[r][c] === text) return undefined;
      return text.slice(1);
    }),
  );
}
