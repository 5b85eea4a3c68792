/**
 * readDraft: .txt one paragraph per line; .docx with Word's automatic numbering (w:numPr)
 * expanded into the visible prefix, built here with the docx package.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { readDraft } from '../../src/report';
import { formatCounter } from '../../src/ooxml/docx-numbering';

const OUTLINE = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
  { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
];

async function numberedDocx(): Promise<Uint8Array> {
  const p = (text: string, level?: number) => new Paragraph({ children: [new TextRun(text)], ...(level === undefined ? {} : { numbering: { reference: 'outline', level } }) });
  const doc = new Document({
    numbering: { config: [{ reference: 'outline', levels: OUTLINE }] },
    sections: [
      {
        children: [
          p('2024年度某局整体支出绩效自评报告'),
          p('部门基本情况', 0),
          p('主要职责', 1),
          p('负责信访工作。', 3),
          p('承办交办事项。', 3),
          p('基本情况', 1),
          p('一般公共预算支出情况', 0),
          p('基本支出情况', 1),
          p('人员经费', 2),
          p('公用经费', 2),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('单元格')] })] })] }),
          p('项目支出情况', 1),
          p('政府性基金预算支出情况', 0),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('readDraft .docx', () => {
  it('expands w:numPr into the prefix Word renders (一、 （一） 1. （1）), restarting below each parent', async () => {
    const d = readDraft({ fileName: 'draft.docx', bytes: await numberedDocx() });
    expect(d.error).toBeUndefined();
    expect(d.paragraphs.map((p) => p.text)).toEqual([
      '2024年度某局整体支出绩效自评报告',
      '一、部门基本情况',
      '（一）主要职责',
      '（1）负责信访工作。',
      '（2）承办交办事项。',
      '（二）基本情况',
      '二、一般公共预算支出情况',
      '（一）基本支出情况',
      '1.人员经费',
      '2.公用经费',
      '单元格',
      '（二）项目支出情况',
      '三、政府性基金预算支出情况',
    ]);
    expect(d.paragraphs.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(d.paragraphs[10].inTable).toBe(true);
    expect(d.paragraphs[1].autoNumber).toBe('一、');
    expect(d.paragraphs[0].autoNumber).toBeUndefined();
  });

  it('follows numbering linked to a paragraph style (w:basedOn), w:start, w:startOverride, w:isLgl, w:suff, numId 0 and deleted text', () => {
    const numbering = `<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/><w:suff w:val="space"/></w:lvl></w:abstractNum>
      <w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const styles = `<w:styles xmlns:w="w"><w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
      <w:style w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>`;
    const para = (inner: string, pPr = '') => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${inner}</w:t></w:r></w:p>`;
    const body = [
      para('甲', '<w:pStyle w:val="H1b"/>'),
      para('乙', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr>'),
      para('丙', '<w:pStyle w:val="H1"/>'),
      para('丁', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>'),
      para('戊', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'),
      '<w:p><w:r><w:t>A</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">B </w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>',
    ].join('');
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`),
      'word/numbering.xml': strToU8(numbering),
      'word/styles.xml': strToU8(styles),
    });
    const d = readDraft({ fileName: 'x.docx', bytes });
    expect(d.paragraphs.map((p) => p.text)).toEqual(['三、 甲', '3.1 乙', '四、 丙', '八、 丁', '戊', 'A\tB']);
  });

  it('returns an error (never throws) for a broken file', () => {
    const d = readDraft({ fileName: 'broken.docx', bytes: new Uint8Array([0x50, 0x4b, 1, 2, 3]) });
    expect(d.paragraphs).toEqual([]);
    expect(d.error).toMatch(/^无法读取报告“broken.docx”/);
    const noDoc = readDraft({ fileName: 'empty.docx', bytes: zipSync({ 'a.txt': strToU8('x') }) });
    expect(noDoc.error).toContain('word/document.xml');
    expect(readDraft({ fileName: 'old.doc', bytes: new Uint8Array([0xd0, 0xcf]) }).error).toContain('只支持 .docx 与 .txt');
  });
});

describe('readDraft .txt', () => {
  it('one paragraph per line (1-based), UTF-8 with or without BOM, tab-led lines as table cells', () => {
    const bytes = strToU8('\ufeff标题\r\n一、部门基本情况\n\n\t649.24\n（一）主要职责');
    const d = readDraft({ fileName: 'draft.txt', bytes });
    expect(d.paragraphs).toEqual([
      { index: 1, text: '标题', inTable: false },
      { index: 2, text: '一、部门基本情况', inTable: false },
      { index: 3, text: '', inTable: false },
      { index: 4, text: '649.24', inTable: true },
      { index: 5, text: '（一）主要职责', inTable: false },
    ]);
  });
});

describe('formatCounter (w:numFmt)', () => {
  it.each([
    [1, 'decimal', '1'],
    [12, 'chineseCounting', '十二'],
    [20, 'chineseCountingThousand', '二十'],
    [3, 'ideographTraditional', '丙'],
    [4, 'upperRoman', 'IV'],
    [27, 'lowerLetter', 'aa'],
    [2, 'decimalEnclosedCircle', '②'],
    [5, 'decimalZero', '05'],
    [3, 'chineseLegalSimplified', '叁'],
    [7, 'decimalFullWidth', '７'],
  ])('%i as %s → %s', (n, fmt, shown) => {
    expect(formatCounter(n, fmt)).toBe(shown);
  });
});
