/**
 * Fuzzed and hostile .docx: every one is read or refused with a DocxError whose Chinese message
 * names the file — never another exception — and through the CLI gives exit 2 with that message.
 * Seeded (fast-check) and reproducible.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyseWorkbook } from '../../../src/core/analyse';
import { DocxError, readDocx } from '../../../src/hosts/docx';
import { runCli } from '../../../src/cli/run';
import { docxOf, documentXml } from './build';
import { cfb } from '../../reliability/cfb';

const ROOT = resolve(__dirname, '..', '..', '..');
const SEED = new Uint8Array(readFileSync(resolve(ROOT, 'test/fixtures/docx/seed-report.docx')));

/** Read, and analyse what was read: anything but a DocxError naming the file is a failure. */
function readOrRefuse(bytes: Uint8Array): 'read' | string {
  try {
    const doc = readDocx('样本.docx', bytes);
    analyseWorkbook(doc.workbook);
    return 'read';
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    if (!e.message.includes('“样本.docx”')) throw new Error(`message does not name the file: ${e.message}`);
    return e.code;
  }
}

describe('fuzzed .docx never throw anything but DocxError', () => {
  it('random byte flips and truncations of the seed report (300 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat()), (flips, cut) => {
        const b = new Uint8Array(SEED);
        for (const [i, v] of flips) b[i % b.length] = v;
        readOrRefuse(cut === null ? b : b.subarray(0, cut % b.length));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  const FRAGMENTS = ['<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>', '<w:r><w:t>12.5</w:t></w:r>', '<w:br/>', '<w:tcPr><w:vMerge/></w:tcPr>', '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>', '<w:tcPr><w:gridSpan w:val="3"/></w:tcPr>', '<w:tcPr><w:gridSpan w:val="-4"/></w:tcPr>', '<w:tcPr><w:gridSpan w:val="x"/></w:tcPr>', '<w:trPr><w:gridBefore w:val="2"/></w:trPr>', '<w:del>', '</w:del>', '&bogus;', '<', '<w:numPr><w:numId w:val="9"/><w:ilvl w:val="12"/></w:numPr>'];
  it('tag soup in document.xml: unbalanced tables, rows, merges, spans, numbering (300 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => {
        readOrRefuse(docxOf(parts.join('')));
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});

describe('hostile .docx through the CLI: exit 2 and a Chinese message naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bad-docx-'));
  /** A zip whose headers declare 1000 bytes for a document.xml that inflates to 50 MB of zeros. */
  const lyingBomb = () => {
    const b = new Uint8Array(zipSync({ 'word/document.xml': [new Uint8Array(50 * 1024 * 1024), { level: 9 }] }));
    const dv = new DataView(b.buffer);
    dv.setUint32(22, 1000, true);
    for (let i = b.length - 22; i >= 0; i--)
      if (dv.getUint32(i, true) === 0x06054b50) {
        dv.setUint32(dv.getUint32(i + 16, true) + 24, 1000, true);
        break;
      }
    return b;
  };
  /** Declares 600 MB uncompressed: refused before inflating. */
  const declaredBomb = () => {
    const b = new Uint8Array(zipSync({ 'word/document.xml': strToU8(documentXml('')) }));
    const dv = new DataView(b.buffer);
    for (let i = b.length - 22; i >= 0; i--)
      if (dv.getUint32(i, true) === 0x06054b50) {
        dv.setUint32(dv.getUint32(i + 16, true) + 24, 600 * 1024 * 1024, true);
        break;
      }
    return b;
  };
  const CASES: ReadonlyArray<readonly [string, () => Uint8Array, RegExp]> = [
    ['空.docx', () => new Uint8Array(0), /空文件/],
    ['旧版.doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /旧版 Word（\.doc）.*另存为/],
    ['旧版97.doc', () => cfb(['WordDocument', '1Table']), /旧版 Word（\.doc）.*另存为/],
    ['加密.docx', () => cfb(['EncryptionInfo', 'EncryptedPackage']), /打开密码/],
    ['文本.docx', () => strToU8('这不是 Word 文档'), /不是有效的 Word 文档/],
    ['无正文.docx', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>') }), /缺少 word\/document\.xml/],
    ['坏XML.docx', () => zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }), /word\/document\.xml 无法读取/],
    ['坏编号.docx', () => docxOf('<w:p/>', { 'word/numbering.xml': '<w:numbering><w:abstractNum' }), /word\/numbering\.xml 无法读取/],
    ['截断.docx', () => SEED.subarray(0, Math.floor(SEED.length * 0.7)), /损坏或不完整/],
    ['超宽.docx', () => docxOf('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="4294967295"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>'), /表1宽度为 \d+ 列/],
    ['炸弹.docx', declaredBomb, /解压后超过 200 MB/],
    ['假尺寸.docx', lyingBomb, /word\/document\.xml 无法读取/],
  ];
  it.each(CASES)('%s', async (name, bytes, message) => {
    writeFileSync(join(dir, name), bytes());
    const err: string[] = [];
    const t0 = Date.now();
    const code = await runCli(['check', name], { out: () => undefined, err: (l) => err.push(l), cwd: dir });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(`“${name}”`);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).not.toMatch(/\bat \S+ \(|TypeError|RangeError/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a vMerge continue with no restart is read, not refused', async () => {
    writeFileSync(join(dir, '续.docx'), docxOf('<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>孤</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'));
    const err: string[] = [];
    const code = await runCli(['check', '续.docx', '--json'], { out: () => undefined, err: (l) => err.push(l), cwd: dir });
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });
});
