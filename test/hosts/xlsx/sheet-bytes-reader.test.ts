/**
 * The byte reader (readSheetBytes, the check's path) gives exactly the Sheet the text reader
 * (readSheetXml, the patcher's path) gives for the decoded part — values, -0, number formats,
 * formulas, merges, row padding — or throws the same error. Differential: over the samples and
 * fixtures, hand-written ugly parts, and random parts built from a pool of cell shapes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { ByteScanner, decodeBytes } from '../../../src/hosts/xlsx/byte-scan';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { readSheetBytes, readSheetBytesOnly } from '../../../src/hosts/xlsx/sheet-bytes-reader';
import { readSheetXml, type SheetReadContext } from '../../../src/hosts/xlsx/sheet-reader';
import { parseStyles } from '../../../src/hosts/xlsx/styles';
import { TOK_EOF, XmlScanner } from '../../../src/hosts/xlsx/xml-scan';
import { ZipArchive, decodeUtf8Text, encodeUtf8 } from '../../../src/hosts/xlsx/zip';
import { parseSharedStrings } from '../../../src/hosts/xlsx/shared-strings';
import { NODE_ZIP_CODEC } from '../../../src/hosts/xlsx/file-io';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bench = require('../../../scripts/bench-workbooks.js') as {
  writeBenchXlsx: (file: string, sheets: number, rows: number) => Promise<void>;
  xlsxBytes: (sheets: unknown) => Uint8Array;
  departmentSheets: (d: number) => unknown;
};

const STYLES_XML =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00%"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;万元&quot;"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>';

/** A fresh context per read pair would defeat interning; one per test is what a workbook has. */
function context(date1904 = false): SheetReadContext {
  return { sharedStrings: ['项目', '年初预算数', 'a&b', '', '１２３', 'x'], styles: parseStyles(STYLES_XML), date1904 };
}

type Outcome = { sheet: unknown } | { error: string };

function outcome(read: () => unknown): Outcome {
  try {
    return { sheet: read() };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Both readers over the same part (as bytes, as the zip's text): the same outcome, -0 and holes
 * included. A part the text reader reads, the byte reader reads by itself (no fallback); one it
 * refuses, the byte reader refuses too, and readSheetBytes then throws the text reader's error.
 */
function expectSameRead(bytes: Uint8Array, ctx: SheetReadContext = context()): Outcome {
  const byText = outcome(() => readSheetXml('S', decodeUtf8Text(bytes), ctx).sheet);
  const byBytesOnly = outcome(() => readSheetBytesOnly('S', bytes, ctx));
  if ('sheet' in byText) expect(byBytesOnly).toStrictEqual(byText);
  else expect(byBytesOnly).toHaveProperty('error');
  const byBytes = outcome(() => readSheetBytes('S', bytes, ctx));
  expect(byBytes).toStrictEqual(byText);
  // toStrictEqual tells -0 from 0 but not an explicit undefined from a hole: compare the shapes too.
  if ('sheet' in byText && 'sheet' in byBytes) expect(shapeOf(byBytes.sheet)).toEqual(shapeOf(byText.sheet));
  return byText;
}

function shapeOf(sheet: unknown): string {
  const cells = (sheet as { cells: ReadonlyArray<ReadonlyArray<unknown>> }).cells;
  return cells.map((row) => Array.from({ length: row.length }, (_, i) => (i in row ? (row[i] === undefined ? 'u' : 'c') : '_')).join('')).join('|');
}

function part(sheetData: string, tail = '', head = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    head +
    `<sheetData>${sheetData}</sheetData>${tail}</worksheet>`
  );
}

describe('readSheetBytes = readSheetXml over hand-written parts', () => {
  const cases: Array<[string, string]> = [
    ['plain shapes', part('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.125</v></c><c r="C1" s="2"/><c r="D1" t="n"><v>-0</v></c></row>')],
    ['entities in text and numbers', part('<row r="1"><c r="A1" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &#x4E2D;&#25991; &quot;q&apos;</t></is></c><c r="B1"><v>&#49;2</v></c></row>')],
    [
      'rich inline runs, phonetic runs, preserved space, CDATA, comments',
      part(
        '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>部门</t></r><r><t xml:space="preserve"> 整体 </t></r><rPh sb="0" eb="1"><t>ぶ</t></rPh></is></c>' +
          '<c r="B1" t="inlineStr"><is><t><![CDATA[<c r="Z9"></c> & </row>]]></t></is></c><!-- <c r="C1"><v>9</v></c> --><c r="D1"><v>4</v></c></row>',
      ),
    ],
    [
      'typed cells: e, b, d, str, s with odd indexes',
      part(
        '<row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v> true </v></c><c r="D2" t="d" s="3"><v>2024-02-29T12:00:00</v></c>' +
          '<c r="E2" t="str"><f>A1&amp;"x"</f><v>ab_x000D_c</v></c><c r="F2" t="s"><v>99</v></c><c r="G2" t="s"><v></v></c><c r="H2" t="s"><v> 2 </v></c><c r="I2" t="s"><v>1234567890</v></c><c r="J2" t="e"/><c r="K2" t="d"><v>not a date</v></c></row>',
      ),
    ],
    [
      'pretty-printed: indentation and line breaks between elements and inside tags',
      part('\n  <row r="1"\n       spans="1:2">\n    <c r="A1" t="s">\n      <v>1</v>\n    </c>\n    <c r="B1"><v>2</v></c>\r\n    <c\tr="C1"><v>3</v></c>\n  </row>\n  <row r="2" ><c r="A2" s="1" /></row >\n'),
    ],
    ['date1904', part('<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c></row>')],
    [
      'numbers: 16+ digits, exponents, spaces, full-width digits, malformed',
      part(
        '<row r="1"><c r="A1"><v>12345678901234567</v></c><c r="B1"><v>1.2345678901234567</v></c><c r="C1"><v>1e-7</v></c><c r="D1"><v>-2.5E+3</v></c>' +
          '<c r="E1"><v> 7 </v></c><c r="F1"><v>\n8\n</v></c><c r="G1"><v>１２３</v></c><c r="H1"><v>12abc</v></c><c r="I1"><v></v></c><c r="J1"><v/></c><c r="K1"><v>+5</v></c><c r="L1"><v>.5</v></c><c r="M1"><v>1.</v></c><c r="N1"><v>0x10</v></c><c r="O1"><v>Infinity</v></c></row>',
      ),
    ],
    [
      'missing r on rows and cells, rows out of order, repeated rows',
      part(
        '<row r="5"><c r="B5"><v>1</v></c></row><row><c><v>2</v></c><c><v>3</v></c><c r="E6"><v>4</v></c><c><v>5</v></c></row><row r="2"><c r="A2"><v>6</v></c></row>' +
          '<row r="5"><c r="A5"><v>7</v></c><c r="D5"><v>8</v></c></row><row><c r="C3"><v>9</v></c></row><row r="9"/><row r="10" spans="1:3"></row>',
      ),
    ],
    [
      'cell references naming another row than their row’s r (the row’s r wins)',
      part('<row r="3"><c r="A5"><v>1</v></c><c r="B9" t="s"><v>0</v></c><c r="C1"><f>1</f><v>2</v></c></row><row><c r="A8"><v>3</v></c><c r="B2"><v>4</v></c></row>'),
    ],
    [
      'row without r whose first cell has one',
      part('<row r="3"><c r="A3"><v>1</v></c></row><row><c r="B7"><v>2</v></c><c r="C7"><v>3</v></c></row><row><c r="A1"><v>4</v></c></row>'),
    ],
    [
      'references: $, lower case, long columns, bad ones stay errors',
      part('<row r="1"><c r="$A$1"><v>1</v></c><c r="b1"><v>2</v></c><c r="XFD1"><v>3</v></c><c r="AAA1"><v>4</v></c></row>'),
    ],
    ['cell beyond the last column', part('<row r="1"><c r="XFE1"><v>1</v></c></row>')],
    ['bad cell reference', part('<row r="1"><c r="1A"><v>1</v></c></row>')],
    ['bad row number', part('<row r="0"><c r="A1"><v>1</v></c></row>')],
    ['row number with letters', part('<row r="x"><c r="A1"><v>1</v></c></row>')],
    ['truncated part', part('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, 250)],
    ['unterminated cell', part('<row r="1"><c r="A1"><v>1</v>')],
    [
      'attributes in other orders, quotes and spacing',
      part(
        "<row r='1' spans='1:3'><c s=\"1\" r=\"A1\"><v>1</v></c><c r='B1' t='s'><v>1</v></c><c  r=\"C1\"  s=\"2\" ><v>3</v></c><c r=\"D1\" t=\"s\" s=\"1\"><v>0</v></c><c r=\"E1\" s=\"0001\"><v>5</v></c><c r=\"F1\" s=\"1234567\"><v>6</v></c><c r=\"G1\" t=\"n\"/></row>",
      ),
    ],
    [
      'formulas: plain, shared, array, data table',
      part(
        '<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>6</v></c><c r="D1"><f t="array" ref="D1:E2">B1:C1*2</f><v>4</v></c><c r="E1"><v>12</v></c></row>' +
          '<row r="2"><c r="C2"><f t="shared" si="0"/><v>0</v></c><c r="D2"><v>1</v></c><c r="E2" s="1"><v>2</v></c></row><row r="3"><c r="C3"><f t="shared" si="0"></f><v>0</v></c><c r="D3"><f>SUM(&quot;a&quot;)</f></c></row>',
      ),
    ],
    ['merges, before and after sheetData', part('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C3"/><mergeCell ref="bad"/></mergeCells>')],
    ['namespace prefixes', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2.5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>'],
    ['self-closing sheetData', part('').replace('<sheetData></sheetData>', '<sheetData/>')],
    ['no sheetData', '<worksheet><dimension ref="A1"/></worksheet>'],
    [
      'non-ASCII text before fast cells, CRLF, BOM-like characters, surrogate pairs',
      '\ufeff' + part('<row r="1"><c r="A1" t="inlineStr"><is><t>\ufeff预算\r\n执行😀</t></is></c><c r="B1"><v>1</v></c><c r="C1" t="str"><v>\ufeffx\ry</v></c><c r="D1" t="s"><v>4</v></c></row>'),
    ],
    [
      'other elements in sheetData and cells (extLst, unknown children)',
      part('<row r="1"><c r="A1"><extLst><ext><c r="Z9"><v>9</v></c></ext></extLst><v>1</v></c><foo><c r="B1"><v>2</v></c></foo><c r="C1"><v>3<x/>4</v></c></row><?pi <row r="7"> ?>'),
    ],
    ['DOCTYPE with an internal subset', '<!DOCTYPE worksheet [<!ENTITY e "<sheetData>">]>' + part('<row r="1"><c r="A1"><v>1</v></c></row>')],
    ['sheetData nested again later', part('<row r="1"><c r="A1"><v>1</v></c></row>', '<extLst><sheetData><row r="4"><c r="A4"><v>2</v></c></row></sheetData></extLst>')],
    ['text that ends in the middle of a tag', part('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -20) + '<c r="B1" s="1'],
    ['a cell whose value is cut off', part('<row r="1"><c r="A1"><v>12')],
  ];

  test.each(cases)('%s', (_label, xml) => {
    expectSameRead(encodeUtf8(xml));
    expectSameRead(encodeUtf8(xml), context(true));
  });

  test('what the parts read as (spot checks against the hand-read values)', () => {
    const xmlOf = (label: string): Uint8Array => encodeUtf8(cases.find((c) => c[0] === label)![1]);
    const sheet = readSheetBytesOnly('S', xmlOf('entities in text and numbers'), context());
    expect(sheet.cells[0][0]).toEqual({ value: 'a & b <c> 中文 "q\'', numFmt: 'General' });
    expect(sheet.cells[0][1]).toEqual({ value: 12, numFmt: 'General' });
    const numbers = readSheetBytesOnly('S', xmlOf('numbers: 16+ digits, exponents, spaces, full-width digits, malformed'), context()).cells[0];
    expect(numbers.map((c) => c?.value)).toEqual([12345678901234567, 1.2345678901234567, 1e-7, -2500, 7, 8, '１２３', '12abc', null, null, 5, 0.5, 1, 16, Infinity].map((v) => (v === Infinity ? 'Infinity' : v)));
    const plain = readSheetBytesOnly('S', xmlOf('plain shapes'), context()).cells[0];
    expect(plain[1]).toEqual({ value: 0.125, numFmt: '0.00%' });
    expect(Object.is(plain[3]?.value, -0)).toBe(true);
    expect(readSheetBytesOnly('S', xmlOf('merges, before and after sheetData'), context()).merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  test('a malformed part throws the text reader’s error', () => {
    const xml = part('<row r="1"><c r="A1"><v>1</v>');
    expect(() => readSheetBytes('S', encodeUtf8(xml), context())).toThrow('unterminated cell');
  });
});

describe('readSheetBytes = readSheetXml over random parts', () => {
  const cellShapes: Array<(ref: string) => string> = [
    (r) => `<c r="${r}" t="s"><v>${r.length % 7}</v></c>`,
    (r) => `<c r="${r}" s="1"><v>${r.length * 1.25}</v></c>`,
    (r) => `<c r="${r}" s="2"/>`,
    (r) => `<c r="${r}"><v>-0</v></c>`,
    (r) => `<c r="${r}"><v>1e3</v></c>`,
    (r) => `<c r="${r}"><v> 42 </v></c>`,
    (r) => `<c r="${r}"><v>12345678901234567890</v></c>`,
    (r) => `<c r="${r}" t="inlineStr"><is><r><t>预</t></r><r><t>算&amp;</t></r></is></c>`,
    (r) => `<c r="${r}" t="str"><f>A1&amp;"文"</f><v>文本</v></c>`,
    (r) => `<c r="${r}" t="e"><v>#N/A</v></c>`,
    (r) => `<c r="${r}" t="b"><v>0</v></c>`,
    (r) => `<c r="${r}" t="d" s="3"><v>2023-12-31</v></c>`,
    (r) => `<c r="${r}"><f>SUM(A1:A2)</f><v>3</v></c>`,
    (r) => `<c r="${r}" t="s"><v>3</v></c><!-- ${r} -->`,
    () => `<c><v>7</v></c>`,
    () => `<c t="s"><v>2</v></c>`,
    (r) => `<c r="${r.toLowerCase()}"><v>8</v></c>`,
    (r) => `<c s="1" r="${r}"><v>0.1</v></c>`,
    (r) => `<c r="${r}" s="1" t="n"><v>１</v></c>`,
  ];
  const colName = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : colName(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

  test('random values read in place: numbers of up to 18 digits, shared-string indexes, signs and points anywhere', () => {
    const ctx = context();
    const value = fc.stringMatching(/^-?[0-9]{0,18}(\.[0-9]{0,9})?$|^[0-9.\-]{1,6}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.constantFrom('', ' t="s"', ' t="n"', ' s="1"', ' s="2" t="s"')), { minLength: 1, maxLength: 20 }), (cells) => {
        const body = `<row r="1">${cells.map(([v, attrs], i) => `<c r="${colName(i)}1"${attrs}><v>${v}</v></c>`).join('')}</row>`;
        expectSameRead(encodeUtf8(part(body)), ctx);
      }),
      { numRuns: 1000 },
    );
  });

  test('random rows of random cell shapes, with and without r, in any order', () => {
    const ctx = context();
    const cell = fc.record({ col: fc.nat(30), shape: fc.nat(cellShapes.length - 1), otherRow: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined, freq: 4 }) });
    const row = fc.record({ r: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), cells: fc.array(cell, { maxLength: 8 }), selfClosing: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.boolean(), (rows, merges) => {
        let y = 0;
        const body = rows
          .map((rw) => {
            y = rw.r ?? y + 1;
            const attr = rw.r === undefined ? '' : ` r="${rw.r}" spans="1:9"`;
            if (rw.selfClosing && rw.cells.length === 0) return `<row${attr}/>`;
            return `<row${attr}>${rw.cells.map((c) => cellShapes[c.shape](`${colName(c.col)}${c.otherRow ?? y}`)).join('')}</row>`;
          })
          .join('');
        expectSameRead(encodeUtf8(part(body, merges ? '<mergeCells><mergeCell ref="A1:C2"/></mergeCells>' : '')), ctx);
      }),
      { numRuns: 400 },
    );
  });
});

describe('sheets of one workbook share tables and scratch rows, never cells', () => {
  test('a narrow sheet after a wide one, and a sheet that failed halfway, read as on their own', () => {
    const shared = context();
    const wide = encodeUtf8(part('<row r="1"><c r="A1"><v>1</v></c><c r="H1" t="s"><v>0</v></c></row><row r="2"><c r="C2"><v>2</v></c></row>'));
    const broken = encodeUtf8(part('<row r="1"><c r="A1"><v>5</v></c><c r="F1"><v>6</v></c><c r="G1"><v>7</v>'));
    const narrow = encodeUtf8(part('<row r="1"><c r="B1"><v>3</v></c></row>'));
    for (const read of [readSheetBytesOnly, (n: string, b: Uint8Array, c: SheetReadContext) => readSheetXml(n, decodeUtf8Text(b), c).sheet]) {
      expect(read('W', wide, shared).cells.map((r) => r.length)).toEqual([8, 3]);
      expect(() => read('X', broken, shared)).toThrow();
      const alone = read('N', narrow, context());
      const after = read('N', narrow, shared);
      expect(after).toStrictEqual(alone);
      expect(shapeOf(after)).toBe('uc'); // padded with undefined, as always
      expect(after.cells).toEqual([[undefined, { value: 3, numFmt: 'General' }]]);
    }
  });

  test('random parts read one after another with one context equal each read with its own', () => {
    const shared = context();
    const shapes = ['<c r="A{r}"><v>1.5</v></c>', '<c r="D{r}" t="s"><v>1</v></c>', '<c r="B{r}" s="1"/>', '<c r="K{r}"><f>1</f><v>2</v></c>', '<c r="C{r}" t="inlineStr"><is><t>文</t></is></c>'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(fc.nat(shapes.length - 1), { maxLength: 4 }), { maxLength: 5 }), { minLength: 1, maxLength: 4 }), (sheets) => {
        for (const rows of sheets) {
          const body = rows.map((cells, y) => `<row r="${y + 1}">${cells.map((k) => shapes[k].replace('{r}', String(y + 1))).join('')}</row>`).join('');
          const bytes = encodeUtf8(part(body));
          const after = readSheetBytesOnly('S', bytes, shared);
          expect(after).toStrictEqual(readSheetBytesOnly('S', bytes, context()));
          expect(shapeOf(after)).toBe(shapeOf(readSheetBytesOnly('S', bytes, context())));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the samples and fixtures: every worksheet part reads the same as bytes and as text; the package’s two reads agree', () => {
  const roots = [path.join(__dirname, '../../../samples'), path.join(__dirname, '../../fixtures')];
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.xlsx$/i.test(e.name)) files.push(p);
    }
  };
  roots.forEach(walk);

  test('there are workbooks to compare', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => [path.relative(path.join(__dirname, '../../..'), f), f]))('%s', (_rel, file) => {
    compareWorkbook(new Uint8Array(fs.readFileSync(file)));
  });

  test('the bench workbooks: as exceljs writes them (shared strings, styles) and as a simple exporter does (inline strings)', async () => {
    const file = path.join(os.tmpdir(), `jixiao-reader-diff-${process.pid}.xlsx`);
    try {
      await bench.writeBenchXlsx(file, 3, 100);
      expect(compareWorkbook(new Uint8Array(fs.readFileSync(file)))).toBe(true);
    } finally {
      fs.rmSync(file, { force: true });
    }
    for (const d of [0, 1, 2]) expect(compareWorkbook(bench.xlsxBytes(bench.departmentSheets(d)))).toBe(true);
  });

  /** False for a file that is not a workbook at all (no sheet to compare). */
  function compareWorkbook(bytes: Uint8Array): boolean {
    let pkg: XlsxPackage;
    try {
      pkg = XlsxPackage.open(bytes, NODE_ZIP_CODEC);
    } catch {
      return false;
    }
    // Every worksheet part of the zip, with the workbook's shared strings and styles, through
    // both readers directly (the package reads unchanged parts as bytes only).
    const zip = new ZipArchive(bytes, NODE_ZIP_CODEC);
    const textOf = (name: string): string | undefined => {
      const e = zip.entry(name);
      return e ? zip.text(e) : undefined;
    };
    const sst = textOf('xl/sharedStrings.xml');
    const ctx: SheetReadContext = { sharedStrings: sst === undefined ? [] : parseSharedStrings(sst), styles: parseStyles(textOf('xl/styles.xml') ?? '<styleSheet/>'), date1904: /date1904="(1|true)"/.test(textOf('xl/workbook.xml') ?? '') };
    const parts = zip.entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
    expect(parts.length).toBeGreaterThan(0);
    for (const e of parts) expectSameRead(zip.data(e), ctx);
    const source = XlsxPackage.open(bytes, NODE_ZIP_CODEC).sheetSource();
    const byText = outcome(() => pkg.readWorkbook().sheets);
    if ('sheet' in byText) {
      const sheets = byText.sheet;
      expect(source.names.map((n) => source.read(n))).toStrictEqual(sheets);
    } else {
      expect(() => source.names.forEach((n) => source.read(n))).toThrow(byText.error);
    }
    return true;
  }
});

describe('ByteScanner gives XmlScanner’s tokens', () => {
  test('over a part with every kind of markup', () => {
    const xml = '\ufeff<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a:b xmlns:a="u" c=\'>\' d="&quot;"><!-- <x> --><![CDATA[<y>]]>文<e/><f g="1" >t</f ></a:b>';
    const b = encodeUtf8(xml);
    const text = decodeUtf8Text(b);
    const bs = new ByteScanner(b);
    const ts = new XmlScanner(text);
    for (;;) {
      const k = bs.next();
      expect(k).toBe(ts.next());
      if (k === TOK_EOF) break;
      expect(decodeBytes(b, bs.nameStart, bs.nameEnd)).toBe(ts.name);
      expect(bs.selfClosing).toBe(ts.selfClosing);
      expect(decodeBytes(b, bs.start, bs.end)).toBe(text.slice(ts.start, ts.end));
      expect(bs.rawAttr('c')).toBe(ts.rawAttr('c'));
      expect(bs.rawAttr('d')).toBe(ts.rawAttr('d'));
    }
  });

  test('decodeBytes keeps a leading U+FEFF and decodes non-ASCII runs', () => {
    const b = encodeUtf8('\ufeff预算 abc');
    expect(decodeBytes(b, 0, b.length)).toBe('\ufeff预算 abc');
    expect(decodeBytes(b, b.length - 3, b.length)).toBe('abc');
    const long = encodeUtf8('x'.repeat(300));
    expect(decodeBytes(long, 0, 300)).toBe('x'.repeat(300));
  });
});
