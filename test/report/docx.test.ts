/**
 * The .docx per GB/T 9704-2012: the XML carries the fonts, sizes, margins, spacing, page numbers
 * and section order; LibreOffice converts it and pdftoppm renders page 1 (kept in docs/).
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { reportDocx } from '../../src/report';
import { seedAnalysis } from './analysis-builder';

const unzip = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  return (name: string) => (files[name] ? strFromU8(files[name]) : '');
};

/** Body-level paragraphs (outside tables) with their text and run properties. */
function bodyParagraphs(xml: string): Array<{ text: string; xml: string }> {
  const withoutTables = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...withoutTables.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    xml: m[1],
    text: [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}
const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('reportDocx', () => {
  let bytes: Uint8Array;
  let part: (name: string) => string;
  beforeAll(async () => {
    bytes = await reportDocx(seedAnalysis());
    part = unzip(bytes);
  });

  it('is A4 with the GB/T 9704 margins (twips: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right → 156 × 225 mm type area)', () => {
    const doc = part('word/document.xml');
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(doc, 'w:pgSz', 'w:h')).toBe('16838');
    const m = (k: string) => Number(attr(doc, 'w:pgMar', k));
    expect([m('w:top'), m('w:bottom'), m('w:left'), m('w:right')]).toEqual([2098, 1984, 1587, 1474]);
    // 156 mm = 8844.09 twips, 225 mm = 12755.9 twips
    expect(Math.abs(11906 - m('w:left') - m('w:right') - 8844)).toBeLessThanOrEqual(2);
    expect(Math.abs(16838 - m('w:top') - m('w:bottom') - 12756)).toBeLessThanOrEqual(2);
  });

  it('sets the title in 方正小标宋简体 二号 (22 pt) centred', () => {
    const [title] = bodyParagraphs(part('word/document.xml'));
    expect(title.text).toBe('2024年度岳阳市信访局整体支出绩效自评报告');
    expect(attr(title.xml, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title.xml, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title.xml, 'w:jc', 'w:val')).toBe('center');
    // Two balanced lines (GB/T 9704 梯形/菱形): one explicit break, after the department's name.
    expect(title.xml.match(/<w:br\/>/g)).toHaveLength(1);
    expect(title.xml.replace(/<[^>]+>/g, (t) => (t === '<w:br/>' ? '|' : ''))).toBe('2024年度岳阳市信访局|整体支出绩效自评报告');
  });

  it('sets body text in 仿宋_GB2312 三号 (16 pt), 2-character first-line indent, exact 28.95 pt spacing', () => {
    const body = bodyParagraphs(part('word/document.xml')).filter((p) => p.text.startsWith('自评表中一般公共预算全年预算数'));
    expect(body).toHaveLength(1);
    const p = body[0].xml;
    expect(attr(p, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(p, 'w:sz', 'w:val')).toBe('32');
    expect(attr(p, 'w:ind', 'w:firstLine')).toBe('640'); // 2 × 16 pt × 20
    expect(attr(p, 'w:spacing', 'w:line')).toBe('579'); // 28.95 pt × 20
    expect(attr(p, 'w:spacing', 'w:lineRule')).toBe('exact');
  });

  it('sets headings: 一、 黑体, （一） 楷体_GB2312, （1） 仿宋_GB2312, all 三号', () => {
    const paras = bodyParagraphs(part('word/document.xml'));
    const font = (start: string) => {
      const p = paras.find((x) => x.text.startsWith(start))!;
      return [attr(p.xml, 'w:rFonts', 'w:eastAsia'), attr(p.xml, 'w:sz', 'w:val')];
    };
    expect(font('一、')).toEqual(['黑体', '32']);
    expect(font('（一）')).toEqual(['楷体_GB2312', '32']);
    expect(font('（1）')).toEqual(['仿宋_GB2312', '32']);
  });

  it('keeps the sections 一 … 九 in order', () => {
    const h1 = bodyParagraphs(part('word/document.xml')).map((p) => p.text).filter((t) => /^[一二三四五六七八九]、/.test(t));
    expect(h1.map((t) => t[0])).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九']);
  });

  it('numbers pages 「— 1 —」 in 四号宋体, odd pages right and even pages left', () => {
    expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const doc = part('word/document.xml');
    const rels = part('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)![1];
      return part('word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]);
    };
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const f = target(type);
      expect(attr(f, 'w:jc', 'w:val')).toBe(side);
      expect(attr(f, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
      expect(attr(f, 'w:sz', 'w:val')).toBe('28');
      expect(f).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
    }
  });

  it('has the 自评表 as a bordered table with horizontal and vertical merges', () => {
    const doc = part('word/document.xml');
    const tbl = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(doc)![0];
    expect(tbl).toMatch(/<w:tcBorders><w:top w:val="single"/);
    expect(tbl).toContain('<w:gridSpan w:val="6"/>');
    expect(tbl).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect((tbl.match(/<w:gridCol /g) ?? []).length).toBe(8);
    expect(tbl).toContain('1186.19');
    expect(tbl).toContain('99.94%');
  });

  it('generates identical text twice', async () => {
    const again = unzip(await reportDocx(seedAnalysis()));
    expect(again('word/document.xml')).toBe(part('word/document.xml'));
    expect(again('word/footer1.xml')).toBe(part('word/footer1.xml'));
  });

  it('converts with LibreOffice and renders page 1 (docs/report-page-1.png)', () => {
    const tool = (cmd: string, pkg: string) => {
      try {
        execFileSync('which', [cmd], { stdio: 'pipe' });
      } catch {
        throw new Error(`${cmd} not found: install the apt package ${pkg}`);
      }
    };
    tool('soffice', 'libreoffice-writer');
    tool('pdftoppm', 'poppler-utils');
    tool('pdfinfo', 'poppler-utils');
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120000 });
    const pdf = join(dir, 'report.pdf');
    expect(existsSync(pdf)).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? '0');
    expect(pages).toBeGreaterThanOrEqual(3);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page-1')]);
    const png = join(dir, 'page-1.png');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(10000);
    if (process.env.UPDATE_DOCS === '1') copyFileSync(png, join(__dirname, '../../docs/report-page-1.png'));
  });
});
