import { strToU8, unzipSync, zipSync } from 'fflate';
import { ZipArchive, crc32, writeZip } from '../../../src/hosts/xlsx/zip';

describe('crc32', () => {
  test.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926], // the standard check value
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%p) = %s', (s, expected) => {
    expect(crc32(strToU8(s))).toBe(expected);
  });
});

describe('ZipArchive / writeZip', () => {
  test('round trip: copied entries keep their compressed bytes; new entries deflate; fflate reads the result', () => {
    const src = zipSync({ 'a.xml': strToU8('<a>甲</a>'), 'dir/b.bin': [new Uint8Array(5000).fill(7), { level: 0 }], 'c.txt': strToU8('c'.repeat(1000)) });
    const z = new ZipArchive(src);
    expect(z.entries.map((e) => e.name)).toEqual(['a.xml', 'dir/b.bin', 'c.txt']);
    expect(z.entries.map((e) => e.method)).toEqual([8, 0, 8]);
    const [a, b, c] = z.entries;
    const out = writeZip([
      { kind: 'copy', entry: a, raw: z.raw(a) },
      { kind: 'data', name: 'dir/b.bin', data: strToU8('新'), dosTime: b.dosTime, dosDate: b.dosDate },
      { kind: 'copy', entry: c, raw: z.raw(c) },
      { kind: 'data', name: '新.xml', data: strToU8('<x/>'), dosTime: 0, dosDate: 33 },
    ]);
    const back = unzipSync(out);
    expect(Object.keys(back)).toEqual(['a.xml', 'dir/b.bin', 'c.txt', '新.xml']);
    expect(new TextDecoder().decode(back['a.xml'])).toBe('<a>甲</a>');
    expect(new TextDecoder().decode(back['dir/b.bin'])).toBe('新');
    expect(back['c.txt'].length).toBe(1000);
    const z2 = new ZipArchive(out);
    expect(z2.raw(z2.entries[0])).toEqual(z.raw(a));
    expect(z2.text(z2.entry('新.xml')!)).toBe('<x/>');
  });

  test('case-insensitive entry lookup and backslash names', () => {
    const z = new ZipArchive(zipSync({ 'XL\\Workbook.xml': strToU8('<w/>') }));
    expect(z.entry('xl/workbook.xml')?.name).toBe('XL\\Workbook.xml');
  });
});
