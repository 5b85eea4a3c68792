/**
 * Read an .xlsx workbook into the engine's grid. Pure: runs in Node and in a browser bundle.
 */
import type { Workbook } from '../../core/grid/types';
import { XlsxPackage, type XlsxOpenOptions } from './package';

/**
 * Bytes of an .xlsx file → Workbook (sheets in workbook order; values, formulas with cached
 * results, number format codes, merged areas). Throws XlsxError (with a Chinese message) when
 * the bytes are not a readable .xlsx workbook.
 */
export function readXlsx(bytes: Uint8Array, options?: XlsxOpenOptions): Workbook {
  return XlsxPackage.open(bytes, options).readWorkbook();
}
