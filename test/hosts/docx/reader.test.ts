/**
 * The .docx reader: hand-written document.xml → the exact grids, merges, headings and paragraphs
 * Word shows (expectations worked out from the XML by hand).
 */
import { readDocx, DocxError } from '../../../src/hosts/docx';
import { docxOf, para } from './build';

const tc = (pr: string, content: string) => `<w:tc><w:tcPr>${pr}</w:tcPr>${content}</w:tc>`;

const BODY =
  para('一、预算执行情况') +
  '<w:p/>' +
  '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
  // row 1: 项目 spans two grid columns
  `<w:tr>${tc('<w:gridSpan w:val="2"/>', para('项目'))}${tc('', para('金额'))}</w:tr>` +
  // row 2: 一级 starts a vertical merge
  `<w:tr>${tc('<w:vMerge w:val="restart"/>', para('一级'))}${tc('', para('A'))}${tc('', para('1,234.50'))}</w:tr>` +
  // row 3: continue; two paragraphs; a run with a manual line break
  `<w:tr>${tc('<w:vMerge/>', '<w:p/>')}${tc('', para('第一行') + para('第二行'))}${tc('', '<w:p><w:r><w:t>12</w:t><w:br/><w:t>3</w:t></w:r></w:p>')}</w:tr>` +
  // row 4: continue (explicit val); a cell holding a nested table and a paragraph; an empty cell
  `<w:tr>${tc('<w:vMerge w:val="continue"/>', '<w:p/>')}${tc(
    '',
    `<w:tbl><w:tr>${tc('', para('内1'))}${tc('', para('内2'))}</w:tr></w:tbl>` + para('外'),
  )}${tc('', '<w:p/>')}</w:tr>` +
  '</w:tbl>' +
  para('二、绩效指标') +
  // a continue with no restart above, a row starting after w:gridBefore, and deleted text
  `<w:tbl><w:tr>${tc('<w:vMerge/>', para('x'))}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(
    '',
    '<w:p><w:r><w:t>y</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>',
  )}</w:tr></w:tbl>`;

describe('readDocx: tables → grids', () => {
  const doc = readDocx('报告.docx', docxOf(BODY));
  const [t1, t2, t3] = doc.workbook.sheets;

  test('one sheet per table, named 表1 … in order of the tables\' starts (outer before nested)', () => {
    expect(doc.workbook.sheets.map((s) => s.name)).toEqual(['表1', '表2', '表3']);
    expect(doc.tables).toEqual([
      { sheet: '表1', heading: '一、预算执行情况', depth: 0 },
      { sheet: '表2', heading: '一、预算执行情况', depth: 1 },
      { sheet: '表3', heading: '二、绩效指标', depth: 0 },
    ]);
  });

  test('gridSpan and vMerge become merged areas; text kept as typed, lines joined with \\n', () => {
    expect(t1.cells.map((r) => r.map((c) => c?.value))).toEqual([
      ['项目', null, '金额'],
      ['一级', 'A', '1,234.50'],
      [null, '第一行\n第二行', '12\n3'],
      [null, '外', null],
    ]);
    expect(t1.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 3, right: 0 },
    ]);
  });

  test('a nested table is read on its own and left out of the outer cell', () => {
    expect(t2.cells.map((r) => r.map((c) => c?.value))).toEqual([['内1', '内2']]);
    expect(t2.merges).toEqual([]);
  });

  test('vMerge continue without a restart is a cell of its own; gridBefore skips columns; deleted text is not read', () => {
    expect(t3.cells.map((r) => r.map((c) => c?.value))).toEqual([
      ['x', undefined],
      [undefined, 'y'],
    ]);
    expect(t3.merges).toEqual([]);
  });

  test('the body paragraphs, in order, table cells included', () => {
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('一、预算执行情况');
    expect(texts[1]).toBe('');
    expect(texts).toContain('12\n3');
    expect(texts.indexOf('内1')).toBeLessThan(texts.indexOf('外'));
    expect(texts[texts.length - 3]).toBe('二、绩效指标');
    expect(doc.paragraphs.filter((p) => !p.inTable).map((p) => p.text)).toEqual(['一、预算执行情况', '', '二、绩效指标']);
  });
});

describe('readDocx: bad input → DocxError with a Chinese message naming the file', () => {
  const code = (bytes: Uint8Array) => {
    try {
      readDocx('坏.docx', bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(DocxError);
      expect((e as Error).message).toContain('“坏.docx”');
      return (e as DocxError).code;
    }
    return 'NO_ERROR';
  };
  test('a Word 97 .doc (CFB magic) asks to save as .docx', () => {
    const b = new Uint8Array(1024);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(code(b)).toBe('DOC_FORMAT');
  });
  test('empty, not a zip, a zip without word/document.xml', () => {
    expect(code(new Uint8Array(0))).toBe('EMPTY');
    expect(code(new TextEncoder().encode('hello'))).toBe('NOT_ZIP');
    const { zipSync, strToU8 } = require('fflate');
    expect(code(zipSync({ 'a.txt': strToU8('x') }))).toBe('NOT_DOCUMENT');
  });
  test('broken XML names the part', () => {
    const { zipSync, strToU8 } = require('fflate');
    const b = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect(code(b)).toBe('TRUNCATED');
  });
  test('a truncated zip', () => {
    const b = docxOf(para('正文'.repeat(1000)));
    expect(code(b.subarray(0, Math.floor(b.length / 2)))).toBe('TRUNCATED');
  });
  test('a huge gridSpan', () => {
    expect(code(docxOf(`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999999"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`))).toBe('TABLE_TOO_LARGE');
  });
  test('a zip bomb: document.xml inflating past the limit', () => {
    const { zipSync } = require('fflate');
    const b = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect(b.length).toBeLessThan(64 * 1024);
    try {
      readDocx('坏.docx', b, { maxUncompressedBytes: 1024 * 1024 });
      throw new Error('no error');
    } catch (e) {
      expect((e as DocxError).code).toBe('ZIP_BOMB');
      expect((e as Error).message).toContain('“坏.docx”');
    }
  });
});

describe('readDocx: a text box Word writes twice (mc:Choice and its VML mc:Fallback)', () => {
  it('reads the text once', () => {
    const box = (t: string) => `<w:txbxContent>${para(t)}</w:txbxContent>`;
    const body =
      `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>${box('框内')}</w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>${box('框内')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>`;
    const doc = readDocx('框.docx', docxOf(body));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['框内', '正文']);
  });
});
