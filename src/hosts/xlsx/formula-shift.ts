/**
 * Reconstruct the text of a shared-formula dependent: the master's formula with its relative
 * A1 references moved by the dependent's offset (ECMA-376 §18.3.1.40, `<f t="shared">`).
 * Handles string literals, quoted sheet names, function names and number literals; whole-row
 * (1:1) and whole-column (A:A) references are left as they are.
 */
import { columnIndex, columnLetters } from '../../core/grid/a1';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(!])|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|[A-Za-z_\\][\w.]*/g;

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(TOKEN, (m: string, colAbs?: string, letters?: string, rowAbs?: string, digits?: string) => {
    if (letters === undefined || digits === undefined) return m;
    const col = columnIndex(letters) + (colAbs ? 0 : dCol);
    const row = Number(digits) - 1 + (rowAbs ? 0 : dRow);
    if (columnIndex(letters) >= MAX_COL) return m;
    if (col < 0 || col >= MAX_COL || row < 0 || row >= MAX_ROW) return '#REF!';
    return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
  });
}
