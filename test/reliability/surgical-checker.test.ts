/** The surgical-diff checker itself catches every kind of collateral change (so its [] means something). */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { analyseWorkbook } from '../../src/core/analyse';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { surgicalProblems } from './surgical';
import { unzip } from './zip-diff';

const input = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'reliability', 'code-rich.xlsx')));
const writes = analyseWorkbook(readXlsx(input)).plan.writes;
const pkg = XlsxPackage.open(input);
pkg.applyWrites(writes);
const out = pkg.toBytes();

function tamper(part: string, edit: (xml: string) => string): Uint8Array {
  const e = unzip(out);
  const before = strFromU8(e[part]);
  const after = edit(before);
  if (after === before) throw new Error(`tamper of ${part} changed nothing`);
  e[part] = strToU8(after);
  return zipSync(e);
}

describe('surgicalProblems', () => {
  test('the real output passes', () => {
    expect(surgicalProblems(input, out, writes)).toEqual([]);
  });
  test.each<[string, string, (x: string) => string, RegExp]>([
    ['a chart part', 'xl/charts/chart1.xml', (x) => x.replace('<c:v>494.43</c:v>', '<c:v>1</c:v>'), /chart1\.xml: changed/],
    ['an unwritten cell (C4 amount)', 'xl/worksheets/sheet1.xml', (x) => x.replace(/(<c r="C4"[^>]*>)<v>[^<]*<\/v>/, '$1<v>1</v>'), /C4: an unwritten cell changed/],
    ['an existing cell format', 'xl/styles.xml', (x) => x.replace(/(<cellXfs[^>]*>\s*<xf )/, '$1applyFont="1" '), /cellXfs/],
    ['workbook.xml beyond calcPr', 'xl/workbook.xml', (x) => x.replace('<sheets>', '<definedNames><definedName name="x">1</definedName></definedNames><sheets>'), /workbook\.xml changed/],
    ['malformed XML', 'xl/pivotTables/pivotTable1.xml', (x) => x.replace('</pivotTableDefinition>', ''), /pivotTable1\.xml/],
    ['outside sheetData', 'xl/worksheets/sheet1.xml', (x) => x.replace(/<dataValidation /, '<dataValidation prompt="x" '), /outside sheetData/],
  ])('reports a change to %s', (_what, part, edit, expected) => {
    const problems = surgicalProblems(input, tamper(part, edit), writes);
    expect(problems.join('\n')).toMatch(expected);
  });
});
