/**
 * Issue 12 (report pages, reviewer's notes): the 自评表 in the .docx gives each figure column the
 * width its widest figure needs (no "10. / 00", "100 / .00", "99.94 / %"), and the document ends
 * with the 单位 and 日期 lines, right-aligned as 公文 sign.
 *
 * Widths derived by hand from the font metrics, not from the layout code: DejaVu Sans (what
 * LibreOffice substitutes for 仿宋_GB2312 on a machine without it; the widest of the stand-ins)
 * advances a digit 1303/2048 = 0.636 em, `.` 651/2048 = 0.318 em and `%` 1946/2048 = 0.950 em. At
 * 五号 10.5 pt one em is 210 twips; Word's default cell margins are 108 twips a side:
 *   "100.00"  = 5 × 0.636 + 0.318         = 3.498 em → 734.6 + 216 = 951 twips
 *   "99.94%"  = 4 × 0.636 + 0.318 + 0.950 = 3.812 em → 800.5 + 216 = 1017 twips
 *   "1186.96" = 6 × 0.636 + 0.318         = 4.134 em → 868.1 + 216 = 1085 twips
 *   "98.80"   = 4 × 0.636 + 0.318         = 2.862 em → 601.0 + 216 = 818 twips
 *   "9.94"    = 3 × 0.636 + 0.318         = 2.226 em → 467.5 + 216 = 684 twips
 * The type area is 210 − 28 − 26 = 156 mm = 11906 − 1587 − 1474 = 8845 twips.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readXlsxFile } from '../../src/hosts/xlsx/file-io';
import { reportDocx, reportOfWorkbook, type BuiltReport, type ReportTable } from '../../src/report';
import { fitColumnWidths } from '../../src/report/docx-layout';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'seed-template.xlsx');
const TYPE_AREA = 8845;

function tableOf(doc: BuiltReport): ReportTable {
  const b = doc.blocks.find((x) => x.kind === 'table');
  if (!b || b.kind !== 'table') throw new Error('no table');
  return b.table;
}

describe('the 自评表 column widths in the .docx (sample workbook)', () => {
  let doc: BuiltReport;
  let xml: string;
  beforeAll(async () => {
    doc = reportOfWorkbook((await readXlsxFile(SAMPLE)).workbook);
    xml = strFromU8(unzipSync(await reportDocx(doc))['word/document.xml']);
  });

  it('the figures the reviewer saw broken are in the columns the widths are checked for', () => {
    const rows = tableOf(doc).rows.map((r) => r.map((c) => c.text));
    const col = (i: number) => rows.map((r) => r[i]);
    expect(col(2)).toContain('649.24');
    expect(col(3)).toContain('1186.96');
    expect(col(4)).toContain('1186.19');
    expect(col(5)).toEqual(expect.arrayContaining(['10.00', '100.00'])); // 资金 and 总分 rows' 分值
    expect(col(6)).toEqual(expect.arrayContaining(['99.94%', '98.80'])); // 执行率, then the indicators' 得分 and 总分
    expect(col(7)).toContain('9.94'); // 资金得分
  });

  it('tblGrid fills the 156 mm type area and each figure column is at least as wide as its widest figure', () => {
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(8);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TYPE_AREA);
    expect(grid[2]).toBeGreaterThanOrEqual(1085);
    expect(grid[3]).toBeGreaterThanOrEqual(1085);
    expect(grid[4]).toBeGreaterThanOrEqual(1085);
    expect(grid[5]).toBeGreaterThanOrEqual(951); // 100.00
    expect(grid[6]).toBeGreaterThanOrEqual(1017); // 99.94% (wider than 98.80: 818)
    expect(grid[7]).toBeGreaterThanOrEqual(684); // 9.94 = 3 × 0.636 + 0.318 = 2.226 em → 467.5 + 216
    // Before: 分值 was 7/100 of the type area = 619 twips, narrower than "10.00" (2.862 em → 818).
    // The cell widths (w:tcW) of a one-column cell follow the grid: the 年度资金总额 row's 分值 cell.
    const fundsTotalRow = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?年度资金总额[\s\S]*?<\/w:tr>/.exec(xml)![0];
    const tcW = [...fundsTotalRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/g)].map((m) => Number(m[1] ?? m[2]));
    expect(tcW.slice(-3)).toEqual(grid.slice(5, 8));
  });

  it('LibreOffice lays out every figure of the table on one line (pdftotext of the converted page)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-widths-'));
    const docx = join(dir, 'report.docx');
    return reportDocx(doc).then((bytes) => {
      writeFileSync(docx, bytes);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120000 });
      execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), join(dir, 'report.txt')]);
      const text = readFileSync(join(dir, 'report.txt'), 'utf8');
      // Every figure of the table's figure columns appears whole on some line of the PDF text.
      const figures = new Set(tableOf(doc).rows.flatMap((r) => r.slice(2, 8).map((c) => c.text)).filter((t) => /^[\d.]+%?$/.test(t)));
      expect(figures.size).toBeGreaterThan(8);
      for (const f of figures) expect({ f, whole: new RegExp(`(^|[^\\d.])${f.replace(/[.%]/g, '\\$&')}($|[^\\d.%])`, 'm').test(text) }).toEqual({ f, whole: true });
      // No fragment of a broken figure: a line ending in “10.” or starting with “.00” / “%”.
      expect(text).not.toMatch(/\d\.\s*$|^\s*\.\d|^\s*%/m);
    });
  }, 180000);
});

describe('fitColumnWidths', () => {
  const cells = [
    [{ text: '分值' }, { text: '偏差原因分析及改进措施' }],
    [{ text: '100.00' }, { text: '（文字）' }],
  ];
  it('gives a figure column what its figure needs and takes it from the text column; widths sum to the total', () => {
    // Proportional 1 : 4 of 2000 twips would give 400 to the figure column, less than "100.00" needs (≥ 951).
    const w = fitColumnWidths([1, 4], cells, [], 2000, 21);
    expect(w[0]).toBeGreaterThanOrEqual(951);
    expect(w[0] + w[1]).toBe(2000);
  });
  it('keeps the proportional split when it already fits the figures', () => {
    expect(fitColumnWidths([1, 1], cells, [], 4000, 21)).toEqual([2000, 2000]);
  });
  it('ignores figures in cells merged across columns (they have the merged width)', () => {
    const merged = [[{ text: '123456789.00' }, { text: '' }]];
    expect(fitColumnWidths([1, 4], merged, [{ top: 0, left: 0, bottom: 0, right: 1 }], 2000, 21)).toEqual([400, 1600]);
  });
});

describe('the sign-off at the end of the .docx', () => {
  let doc: BuiltReport;
  let xml: string;
  beforeAll(async () => {
    doc = reportOfWorkbook((await readXlsxFile(SAMPLE)).workbook);
    xml = strFromU8(unzipSync(await reportDocx(doc))['word/document.xml']);
  });

  it('the document model carries the unit (自评表 B2 / 基本情况: 岳阳市信访局) and a 年 月 日 line to fill in', () => {
    expect(doc.signOff).toEqual({ unit: '岳阳市信访局', date: '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日' });
  });

  it('the last paragraphs of the body are the unit then the date, right-aligned, the date 右空四字, the unit centred over it', () => {
    const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').replace(/<w:sectPr[\s\S]*<\/w:sectPr>/, '');
    const paras = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((m) => m[1] ?? '');
    const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const last = paras.slice(-4);
    expect(last.map(textOf)).toEqual(['', '', '岳阳市信访局', '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日']);
    const rightIndent = (p: string) => Number(/<w:ind\b[^>]*w:right="(\d+)"/.exec(p)?.[1]);
    for (const p of last.slice(2)) expect(/<w:jc w:val="(\w+)"\/>/.exec(p)?.[1]).toBe('right');
    // 4 characters of 三号 (16 pt = 320 twips) → 1280; the unit (6 characters) centred over the
    // date (11 characters): 1280 + (11 − 6) / 2 × 320 = 2080.
    expect(rightIndent(last[3])).toBe(1280);
    expect(rightIndent(last[2])).toBe(2080);
    expect(/w:eastAsia="([^"]+)"/.exec(last[2])?.[1]).toBe('仿宋_GB2312');
  });
});
