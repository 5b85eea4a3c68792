/**
 * The patch positions the byte reader records (readSheetBytesWithPositions) are offsets into the
 * part's text (UTF-16 units), whatever characters come before them: each span, cut out of the
 * text, is the element it names, and a cell's span read alone gives the cell the sheet holds.
 */
import fc from 'fast-check';
import { readSheetBytesWithPositions } from '../../../src/hosts/xlsx/sheet-bytes-reader';
import { readSheetXml, type SheetReadContext } from '../../../src/hosts/xlsx/sheet-reader';
import { parseStyles } from '../../../src/hosts/xlsx/styles';

const ctx = (): SheetReadContext => ({
  sharedStrings: ['项目', 'x'],
  styles: parseStyles('<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>'),
});

/** Every span of the part checked against the text (see the file comment). */
function expectSpansInText(xml: string): void {
  const c = ctx();
  const { sheet, positions } = readSheetBytesWithPositions('S', xml, c);
  const sd = positions.sheetData;
  expect(xml.slice(sd.start, sd.openEnd)).toMatch(/^<(\w+:)?sheetData\b[^>]*>$/);
  if (!sd.selfClosing) expect(xml.slice(sd.closeStart)).toMatch(/^<\/(\w+:)?sheetData\s*>/);
  if (positions.dimensionRef) {
    const d = positions.dimensionRef;
    expect(xml.slice(d.start, d.end)).toBe(d.value);
  }
  for (const row of positions.rows) {
    expect(xml.slice(row.start, row.openEnd)).toMatch(/^<(\w+:)?row\b[^>]*>$/);
    if (!row.selfClosing) expect(xml.slice(row.closeStart)).toMatch(/^<\/(\w+:)?row\s*>/);
    for (const cell of row.cells) {
      const text = xml.slice(cell.start, cell.end);
      expect(text).toMatch(/^<(\w+:)?c\b[\s\S]*>$/);
      // The element alone, in a row of its own number, reads as the cell the sheet has there.
      const alone = readSheetXml('S', `<worksheet><sheetData><row r="${row.row + 1}">${text}</row></sheetData></worksheet>`, c).sheet;
      expect(alone.cells[row.row]?.[cell.col]).toEqual(sheet.cells[row.row][cell.col]);
    }
  }
}

describe('patch positions are offsets into the text', () => {
  test('by hand: three- and four-byte characters before the cells, the dimension, sheetData', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet><!-- 预算😀 --><dimension ref="A1:B1"/><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>预算😀执行</t></is></c><c r="B1"><v>2</v></c></row><row r="2"/></sheetData></worksheet>';
    const { positions } = readSheetBytesWithPositions('S', xml, ctx());
    // Offsets found by indexOf on the string itself (UTF-16 units), not by the code under test.
    expect(positions.dimensionRef).toEqual({ start: xml.indexOf('A1:B1'), end: xml.indexOf('A1:B1') + 5, value: 'A1:B1' });
    expect(positions.sheetData.start).toBe(xml.indexOf('<sheetData>'));
    expect(positions.sheetData.closeStart).toBe(xml.indexOf('</sheetData>'));
    const [r1, r2] = positions.rows;
    expect(r1.cells.map((c) => [c.col, c.start, c.end])).toEqual([
      [0, xml.indexOf('<c r="A1"'), xml.indexOf('<c r="B1"')],
      [1, xml.indexOf('<c r="B1"'), xml.indexOf('</row>')],
    ]);
    expect(r1.closeStart).toBe(xml.indexOf('</row>'));
    expect([r2.row, r2.start, r2.openEnd, r2.selfClosing]).toEqual([1, xml.indexOf('<row r="2"/>'), xml.indexOf('</sheetData>'), true]);
    expectSpansInText(xml);
  });

  test('random parts: non-ASCII text anywhere, prefixes, pretty-printing, every cell shape', () => {
    const texts = ['a', '预算', '😀', 'é', '\u{10FFFF}', '&amp;', '项目😀支出'];
    const shapes: Array<(ref: string, t: string) => string> = [
      (r) => `<c r="${r}" t="s"><v>0</v></c>`,
      (r) => `<c r="${r}" s="1"><v>0.25</v></c>`,
      (r) => `<c r="${r}" s="1"/>`,
      (r, t) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`,
      (r, t) => `<c r="${r}" t="str"><f>"${t}"</f><v>${t}</v></c>`,
      (r) => `<c r="${r}"><f>SUM(A1:A2)</f><v>3</v></c>`,
      (r, t) => `<c r="${r}"><v>1</v></c><!-- ${t} -->`,
      (r) => `<c  s="1"  r="${r}" ><v> 4 </v></c>`,
    ];
    const colName = (c: number): string => String.fromCharCode(65 + c);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.nat(shapes.length - 1), fc.nat(texts.length - 1)), { maxLength: 6 }), { maxLength: 8 }),
        fc.boolean(),
        fc.nat(texts.length - 1),
        (rows, pretty, head) => {
          const nl = pretty ? '\n  ' : '';
          const body = rows
            .map((cells, y) => `<row r="${y + 1}">${nl}${cells.map(([k, t], x) => shapes[k](`${colName(x)}${y + 1}`, texts[t])).join(nl)}</row>`)
            .join(nl);
          const xml = `<worksheet><sheetPr><tabColor rgb="${texts[head]}"/></sheetPr><dimension ref="A1"/><sheetData>${nl}${body}</sheetData></worksheet>`;
          expectSpansInText(xml);
          expectSpansInText(xml.replace(/<(\/?)(worksheet|sheetData|row|c|v|f|is|t|dimension)\b/g, '<$1x:$2'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
