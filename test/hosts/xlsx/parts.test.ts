import * as fs from 'fs';
import * as path from 'path';
import { fromA1 } from '../../../src/core/grid/a1';
import { cellAt, valueAt } from '../../../src/core/grid/types';
import type { CellWrite } from '../../../src/core/plan/write-plan';
import { shiftFormula } from '../../../src/hosts/xlsx/formula-shift';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import { StylesEditor, parseStyles, formatCodeOfXf } from '../../../src/hosts/xlsx/styles';
import { setFullCalcOnLoad } from '../../../src/hosts/xlsx/workbook-part';
import { assertAllPartsWellFormed, assertWellFormed, changedEntries, entryText, handPackage, libreOfficeCsv, csvRows, worksheetXml as ws } from './helpers';

function w(address: string, value: number | string, numFmt?: string, sheet = 'S'): CellWrite {
  const { row, col } = fromA1(address);
  return { sheet, row, col, address, kind: 'fundScore', old: null, value, numFmt };
}

describe('shiftFormula (shared-formula dependents)', () => {
  test.each([
    ['B5*2', 1, 0, 'B6*2'],
    ['$B$5*B5', 2, 1, '$B$5*C7'],
    ['$B5+B$5', 1, 1, '$B6+C$5'],
    ['SUM(A1:A3)/LOG10(C2)', 0, 2, 'SUM(C1:C3)/LOG10(E2)'],
    ['"A1"&A1', 1, 0, '"A1"&A2'], // string literal untouched
    ["'表 1'!A1+Sheet2!B2", 1, 0, "'表 1'!A2+Sheet2!B3"],
    ['A1*1E5+1.5E-3', 1, 0, 'A2*1E5+1.5E-3'], // exponent literals are not references
    ['A1', -1, 0, '#REF!'],
  ])('%s moved by (%i, %i) → %s', (f, dr, dc, expected) => {
    expect(shiftFormula(f, dr, dc)).toBe(expected);
  });
});

describe('StylesEditor (append-only)', () => {
  const prefixed =
    '<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font/></x:fonts><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="4" fontId="0" applyNumberFormat="1"><x:alignment horizontal="right"/></x:xf></x:cellXfs></x:styleSheet>';

  test('a custom format creates <numFmts> in schema order (first child) with the root prefix', () => {
    const ed = new StylesEditor(prefixed);
    expect(ed.ensureNumFmt('0.000')).toBe(164);
    expect(ed.ensureNumFmt('0.000')).toBe(164); // found again, not duplicated
    expect(ed.ensureNumFmt('0.00%')).toBe(10); // built-in
    expect(ed.xml).toContain('<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.000"/></x:numFmts><x:fonts');
    assertWellFormed(ed.xml);
  });

  test('a cloned xf keeps the base xf children and gets the new numFmtId; counts updated; existing entries unchanged', () => {
    const ed = new StylesEditor(prefixed);
    const i = ed.appendXfWithNumFmt(1, 10);
    expect(i).toBe(2);
    expect(ed.xml).toContain('<x:cellXfs count="3"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="4" fontId="0" applyNumberFormat="1"><x:alignment horizontal="right"/></x:xf><x:xf numFmtId="10" fontId="0" applyNumberFormat="1"><x:alignment horizontal="right"/></x:xf></x:cellXfs>');
    const info = parseStyles(ed.xml);
    expect([0, 1, 2].map((s) => formatCodeOfXf(info, s))).toEqual(['General', '#,##0.00', '0.00%']);
    assertWellFormed(ed.xml);
  });

  test('a self-closing or count-less container is expanded', () => {
    const ed = new StylesEditor('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts/><cellXfs><xf numFmtId="0"/></cellXfs></styleSheet>');
    expect(ed.ensureNumFmt('#,##0.000')).toBe(164);
    expect(ed.appendXfWithNumFmt(0, 164)).toBe(1);
    expect(ed.xml).toBe('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.000"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>');
  });
});

describe('workbook.xml calcPr', () => {
  test.each([
    ['<workbook xmlns="m"><sheets/><calcPr calcId="191029"/></workbook>', '<workbook xmlns="m"><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'],
    ['<workbook xmlns="m"><sheets/><calcPr fullCalcOnLoad="0"/></workbook>', '<workbook xmlns="m"><sheets/><calcPr fullCalcOnLoad="1"/></workbook>'],
    ['<workbook xmlns="m"><sheets/><definedNames/><extLst/></workbook>', '<workbook xmlns="m"><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><extLst/></workbook>'],
    ['<x:workbook xmlns:x="m"><x:sheets/></x:workbook>', '<x:workbook xmlns:x="m"><x:sheets/><x:calcPr fullCalcOnLoad="1"/></x:workbook>'],
  ])('%s', (input, expected) => {
    expect(setFullCalcOnLoad(input)).toBe(expected);
  });
});

describe('writes into unusual worksheet XML', () => {
  test('prefixed elements, rows and cells without r, self-closing rows; no styles.xml at all', () => {
    const bytes = handPackage(ws('<x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row><x:row r="3" spans="1:1"/><x:row><x:c r="B4"><x:v>2</x:v></x:c></x:row></x:sheetData>', 'x:'));
    const pkg = XlsxPackage.open(bytes);
    pkg.applyWrites([w('A1', 5), w('C1', '新'), w('A3', 0.5, '0.00%'), w('A2', 7), w('A4', 0.125, '0.00')]);
    const out = pkg.toBytes();
    assertAllPartsWellFormed(out);
    // A styles part was created, with its relationship and content type.
    expect(changedEntries(bytes, out)).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const x = entryText(out, 'xl/worksheets/sheet1.xml');
    expect(x).toContain('<x:row><x:c r="A1"><x:v>5</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>新</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c></x:row><x:row r="3" spans="1:1"><x:c r="A3" s="1"><x:v>0.5</x:v></x:c></x:row><x:row><x:c r="A4" s="2"><x:v>0.125</x:v></x:c><x:c r="B4">');
    const s = readXlsx(out).sheets[0];
    expect(s.cells.map((r) => r.map((c) => c?.value))).toEqual([[5, undefined, '新'], [7], [0.5], [0.125, 2]]);
    expect([cellAt(s, 2, 0)?.numFmt, cellAt(s, 3, 0)?.numFmt, cellAt(s, 3, 1)?.numFmt]).toEqual(['0.00%', '0.00', 'General']);
    expect(csvRows(libreOfficeCsv(out)).slice(0, 4)).toEqual([['5', '', '新'], ['7', '', ''], ['50.00%', '', ''], ['0.13', '2', '']]);
  });

  test('self-closing <sheetData/> gets its first row; text needing escapes and spaces round-trips', () => {
    const bytes = handPackage(ws('<dimension ref="A1"/><sheetData/>'));
    const pkg = XlsxPackage.open(bytes);
    const text = ' <a & "b"> _x0041_ \u0001 ';
    pkg.applyWrites([w('B2', text)]);
    const out = pkg.toBytes();
    assertAllPartsWellFormed(out);
    const x = entryText(out, 'xl/worksheets/sheet1.xml');
    expect(x).toContain('<dimension ref="A1:B2"/><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve"> &lt;a &amp; &quot;b&quot;&gt; _x005F_x0041_ _x0001_ </t></is></c></row></sheetData>');
    expect(valueAt(readXlsx(out).sheets[0], 1, 1)).toBe(text);
  });

  test('cells of a multi-cell array formula are formula cells (never written)', () => {
    const bytes = handPackage(ws('<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">{1;2}</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>'));
    const s = readXlsx(bytes).sheets[0];
    expect(cellAt(s, 1, 0)).toMatchObject({ value: 2, formula: '' });
    expect(() => XlsxPackage.open(bytes).applyWrites([w('A2', 3)])).toThrow(expect.objectContaining({ code: 'FORMULA_CELL' }));
  });

  test('a new cell inherits the row style (customFormat) or the column style', () => {
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="2" fillId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>';
    const bytes = handPackage(ws('<cols><col min="3" max="3" style="2" width="9"/></cols><sheetData><row r="1" s="1" customFormat="1"/></sheetData>'), { 'xl/styles.xml': styles });
    const pkg = XlsxPackage.open(bytes);
    pkg.applyWrites([w('A1', 1.5, '0.00'), w('C2', 0.25, '0.00%')]);
    const out = pkg.toBytes();
    expect(entryText(out, 'xl/styles.xml')).toBe(styles); // both formats already in the inherited styles
    expect(entryText(out, 'xl/worksheets/sheet1.xml')).toContain('<row r="1" s="1" customFormat="1"><c r="A1" s="1"><v>1.5</v></c></row><row r="2"><c r="C2" s="2"><v>0.25</v></c></row>');
  });
});

describe('purity', () => {
  test('no file of src/hosts/xlsx except file-io.ts imports Node built-ins', () => {
    const dir = path.join(__dirname, '../../../src/hosts/xlsx');
    const offenders: string[] = [];
    for (const f of fs.readdirSync(dir)) {
      if (f === 'file-io.ts') continue;
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      // The one require allowed: zip.ts loads ./fflate-codec (our module) lazily, only when the host supplies no codec.
      if (/from '(fs|path|os|child_process|crypto|zlib|buffer|util|stream)(\/[^']*)?'|require\((?!'\.\/fflate-codec'\))|from 'node:|\bprocess\.|\bBuffer\b/.test(src)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
