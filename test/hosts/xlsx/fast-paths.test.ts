/**
 * The reader's fast paths give exactly what the general ones give: numbers parsed in place by the
 * byte reader equal Number(text); the JavaScript CRC-32 (slicing-by-8) equals a bitwise one and Node's; a package
 * written with Node's codec (the CLI's) reads back the same and is byte-identical when written twice.
 */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { crc32 } from '../../../src/hosts/xlsx/zip';
import { readSheetBytesOnly } from '../../../src/hosts/xlsx/sheet-bytes-reader';
import { parseStyles } from '../../../src/hosts/xlsx/styles';
import { encodeUtf8 } from '../../../src/hosts/xlsx/zip';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { readXlsx } from '../../../src/hosts/xlsx/reader';
import { NODE_ZIP_CODEC } from '../../../src/hosts/xlsx/file-io';
import { buildRichWorkbook } from './helpers';

function bitwiseCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The value the byte reader (a check's path) reads for `<v>text</v>` of an unstyled number cell. */
function valueRead(text: string): unknown {
  const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>${text}</v></c></row></sheetData></worksheet>`;
  return readSheetBytesOnly('S', encodeUtf8(xml), CTX).cells[0][0]?.value;
}

const CTX = { sharedStrings: [], styles: parseStyles('<styleSheet/>') };

describe('numbers read in place by the byte reader: the double Number(text) gives', () => {
  test.each([
    ['0', 0],
    ['-0', -0],
    ['007', 7],
    ['1.', 1],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['110.37', 110.37],
    ['0.1', 0.1],
    ['123456789012345', 123456789012345],
    ['-12.345', -12.345],
  ])('%s → %p', (text, expected) => {
    expect(Object.is(valueRead(text), expected)).toBe(true);
  });

  // Not plain decimals of at most 15 digits: the fast path declines and the general reader
  // reads them (Number of the trimmed, decoded text; a malformed number stays text; empty → blank).
  test.each([
    ['', null],
    ['.', '.'],
    ['-', '-'],
    ['+1', 1],
    ['1e3', 1000],
    [' 1', 1],
    ['1 ', 1],
    ['1.2.3', '1.2.3'],
    ['1234567890123456', 1234567890123456],
    ['&#49;', 1],
    ['--1', '--1'],
  ])('%p → %p (the general reader)', (text, expected) => {
    expect(valueRead(text)).toBe(expected);
  });

  test('random plain decimals of up to 15 digits', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.stringMatching(/^[0-9]{1,9}$/), fc.stringMatching(/^[0-9]{0,6}$/), (neg, int, frac) => {
        const text = `${neg ? '-' : ''}${int}${frac === '' ? '' : '.' + frac}`;
        expect(Object.is(valueRead(text), Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('crc32', () => {
  test('slicing-by-8 equals the bitwise CRC and Node’s, at every length and alignment', () => {
    const data = new Uint8Array(300).map((_, i) => (i * 131 + 7) & 0xff);
    for (let start = 0; start < 9; start++) {
      for (let len = 0; len < 40; len++) {
        const d = data.subarray(start, start + len);
        expect(crc32(d)).toBe(bitwiseCrc32(d));
        if (NODE_ZIP_CODEC.crc32) expect(NODE_ZIP_CODEC.crc32(d)).toBe(crc32(d));
      }
    }
  });
});

describe('Node’s zip codec (the CLI’s)', () => {
  test('a written package reads back as with fflate, and writing twice gives the same bytes', async () => {
    const bytes = await buildRichWorkbook();
    const write = () => {
      const pkg = XlsxPackage.open(bytes, NODE_ZIP_CODEC);
      pkg.selectCell(pkg.sheetNames()[0], 'B3');
      return pkg.toBytes();
    };
    const a = write();
    expect(write()).toEqual(a);
    const viaFflate = XlsxPackage.open(bytes);
    viaFflate.selectCell(viaFflate.sheetNames()[0], 'B3');
    const b = viaFflate.toBytes();
    const ua = unzipSync(a);
    const ub = unzipSync(b);
    expect(Object.keys(ua)).toEqual(Object.keys(ub));
    for (const k of Object.keys(ub)) expect(ua[k]).toEqual(ub[k]);
    expect(readXlsx(a, NODE_ZIP_CODEC)).toEqual(readXlsx(b));
  });
});
