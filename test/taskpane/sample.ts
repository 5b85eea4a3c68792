/** The bundled preview sample, read the same way the pane reads it (same bytes, same reader). */
import { readFileSync, existsSync } from 'fs';
import { resolve } from 'path';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import type { Workbook } from '../../src/core/grid/types';

export const SAMPLE_PATH = ['samples/seed-template.xlsx', 'samples/seed-hunan-pasted.xlsx']
  .map((p) => resolve(__dirname, '../..', p))
  .find((p) => existsSync(p)) as string;

export function sampleWorkbook(): Workbook {
  return readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)));
}
