import { cellAt, valueAt } from '../../../src/core/grid/types';
import { readSheetXml, type SheetReadContext } from '../../../src/hosts/xlsx/sheet-reader';
import { parseStyles } from '../../../src/hosts/xlsx/styles';

// styles: xf 0 General, xf 1 numFmtId 10 (0.00%), xf 2 numFmtId 2 (0.00).
const STYLES = parseStyles(
  '<styleSheet><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="2"/></cellXfs></styleSheet>',
);

const ctx = (sharedStrings: string[]): SheetReadContext => ({ sharedStrings, styles: STYLES });

const sheetXml = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;

describe('readSheetXml: cell references, styles and values read in place', () => {
  test.each([
    // [<c> element, expected A1 position (row, col), value, format]
    ['<c r="B2" t="s"><v>1</v></c>', 1, 1, '分值', 'General'],
    ['<c r="$C$3" s="1"><v>0.9</v></c>', 2, 2, 0.9, '0.00%'],
    ['<c r="d4" s="2"><v>-12.345</v></c>', 3, 3, -12.345, '0.00'],
    ['<c r="AA10" t="s" s="2"><v>0</v></c>', 9, 26, '得分', '0.00'],
    ['<c r="E5" t="s"><v>1.5</v></c>', 4, 4, '', 'General'], // a non-integer index: no string
    ['<c r="E5" t="s"><v>x</v></c>', 4, 4, null, 'General'], // an unreadable index: blank
    ['<c r="F6" s="abc"><v>7</v></c>', 5, 5, 7, 'General'], // a malformed style: xf 0, as Number('abc') | 0
    ['<c r="G7"><v>一百</v></c>', 6, 6, '一百', 'General'], // a malformed number stays text (the checks name it)
    ['<c r="H8"><v></v></c>', 7, 7, null, 'General'],
  ])('%s', (c, row, col, value, numFmt) => {
    const s = readSheetXml('表', sheetXml(`<row r="${row + 1}">${c}</row>`), ctx(['得分', '分值'])).sheet;
    expect(valueAt(s, row, col)).toEqual(value);
    expect(cellAt(s, row, col)?.numFmt).toBe(numFmt);
  });

  test('equal value cells read alike in every row and sheet, each with its own format', () => {
    const rows = [1, 2, 3].map((r) => `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}" s="1"><v>0.5</v></c><c r="C${r}" s="2"><v>0.5</v></c></row>`).join('');
    const c = ctx(['权重']);
    const a = readSheetXml('甲', sheetXml(rows), c).sheet;
    const b = readSheetXml('乙', sheetXml(rows), c).sheet;
    for (const s of [a, b])
      for (let r = 0; r < 3; r++) {
        expect(cellAt(s, r, 0)).toEqual({ value: '权重', numFmt: 'General' });
        expect(cellAt(s, r, 1)).toEqual({ value: 0.5, numFmt: '0.00%' });
        expect(cellAt(s, r, 2)).toEqual({ value: 0.5, numFmt: '0.00' });
      }
  });

  test('cells without r follow the previous one; a row without r takes its first cell’s row', () => {
    const s = readSheetXml('表', sheetXml('<row><c r="C5"><v>1</v></c><c><v>2</v></c></row>'), ctx([])).sheet;
    expect(valueAt(s, 4, 2)).toBe(1);
    expect(valueAt(s, 4, 3)).toBe(2);
  });

  test.each([
    ['<c r="1A"><v>1</v></c>', /bad cell reference 1A/],
    ['<c r="A1B"><v>1</v></c>', /bad cell reference A1B/],
    ['<c r="A1048577"><v>1</v></c>', /bad cell reference A1048577/], // past the last row
    ['<c r="XFE1"><v>1</v></c>', /bad column in XFE1/], // past the last column (XFD)
    ['<c r="ZZZZZZZZ1"><v>1</v></c>', /bad column in ZZZZZZZZ1/],
  ])('%s is refused', (c, message) => {
    expect(() => readSheetXml('表', sheetXml(`<row r="1">${c}</row>`), ctx([]))).toThrow(message);
  });

  test('the last column is read', () => {
    const s = readSheetXml('表', sheetXml('<row r="2"><c r="XFD2"><v>3</v></c></row>'), ctx([])).sheet;
    expect(valueAt(s, 1, 16383)).toBe(3);
  });
});
