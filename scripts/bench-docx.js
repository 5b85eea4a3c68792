#!/usr/bin/env node
/**
 * `npm run bench` §6 — a Word report: jixiao reading a generated 50-page .docx with 10 tables and
 * checking it (tables with every rule, text with the R rules: readDocx → analyseWorkbook →
 * checkDraft) vs mammoth merely converting the same file to HTML (mammoth.convertToHtml), side by
 * side in one process, alternating, median of 5 after one warm-up each. Target: ours ≤ 0.5×.
 * Needs dist-cli (npm run -s build:cli).
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { zipSync, strToU8 } = require('fflate');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist-cli');
const { readDocx } = require(path.join(DIST, 'hosts/docx/index.js'));
const { analyseWorkbook } = require(path.join(DIST, 'core/analyse.js'));
const { checkDraft, draftParagraphs } = require(path.join(DIST, 'report/index.js'));
const { readXlsxFile } = require(path.join(DIST, 'hosts/xlsx/file-io.js'));

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Runs as Word writes them: fonts and size on every run.
const RPR = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>';
const PPR = '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>';
// Tables in 五号 (10.5 pt) as the templates set them.
const RPR_TABLE = '<w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>';
const run = (t, rpr = RPR) => `<w:r>${rpr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const para = (t) => `<w:p>${PPR}${t.split('\n').map((x) => run(x)).join('<w:r><w:br/></w:r>')}</w:p>`;
const cellPara = (t) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${t.split('\n').map((x) => run(x, RPR_TABLE)).join('<w:r><w:br/></w:r>')}</w:p>`;

function tableXml(sheet) {
  const width = Math.max(...sheet.cells.map((r) => r.length));
  const rows = [];
  for (let r = 0; r < sheet.cells.length; r++) {
    const tcs = [];
    for (let c = 0; c < width; ) {
      const m = sheet.merges.find((g) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right);
      const span = m ? m.right - m.left + 1 : 1;
      const pr = `<w:tcW w:w="${1000 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${m && m.bottom > m.top ? (m.top === r ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : ''}<w:vAlign w:val="center"/>`;
      const v = m && m.top !== r ? null : (sheet.cells[r][c] && sheet.cells[r][c].value) ?? null;
      tcs.push(`<w:tc><w:tcPr>${pr}</w:tcPr>${v === null ? '<w:p/>' : cellPara(String(v))}</w:tc>`);
      c += span;
    }
    rows.push(`<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>${tcs.join('')}</w:tr>`);
  }
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(width)}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** 50 A4 pages as LibreOffice lays it out (checked with soffice --convert-to pdf; pdfinfo): 10 sections of 仿宋 三号 text, each with the seed's 自评表 in 五号. */
async function buildReport(file) {
  const { workbook } = await readXlsxFile(path.join(ROOT, 'samples', 'seed-hunan-pasted.xlsx'));
  const sheet = workbook.sheets.find((s) => s.name === '自评表');
  const SENTENCE = '2024年度我单位全年预算数1186.96万元，全年执行数1186.19万元，执行率99.94%，严格落实过紧日子要求，强化预算绩效管理。';
  const parts = [para('2024年度某局整体支出绩效自评报告')];
  const num = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  for (let s = 0; s < 10; s++) {
    parts.push(para(`${num[s]}、第${s + 1}部分绩效情况`));
    for (let p = 0; p < 20; p++) parts.push(para(SENTENCE + SENTENCE.slice(0, 20 + (p % 30))));
    parts.push(para('2024年度部门整体支出绩效自评表'));
    parts.push(tableXml(sheet));
  }
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${parts.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(doc),
  };
  fs.writeFileSync(file, zipSync(files, { level: 6 }));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const mammoth = require('mammoth');
  const file = path.join(os.tmpdir(), 'jixiao-bench-report-50p.docx');
  await buildReport(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const ours = () => {
    const doc = readDocx(path.basename(file), bytes);
    const analysis = analyseWorkbook(doc.workbook);
    const r = checkDraft({ fileName: path.basename(file), paragraphs: draftParagraphs(doc) }, analysis);
    return { tables: analysis.recognised.tables.length, findings: analysis.findings.length + r.length, paragraphs: doc.paragraphs.length };
  };
  const theirs = () => mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const first = ours();
  if (first.tables !== 10) throw new Error(`bench report: ${first.tables} tables recognised, expected 10`);
  await theirs();
  const a = [];
  const b = [];
  for (let i = 0; i < 5; i++) {
    let t0 = process.hrtime.bigint();
    ours();
    a.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    await theirs();
    b.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const kib = (fs.statSync(file).size / 1024).toFixed(0);
  console.log('\n6. A Word report: read + check (tables, every rule; text, R rules) vs mammoth.convertToHtml (same process, alternating, median of 5)');
  console.log(`   50 pages, 10 tables, ${first.paragraphs} paragraphs (${kib} KiB .docx): jixiao ${median(a).toFixed(0)} ms (${first.findings} findings); mammoth ${median(b).toFixed(0)} ms → ×${(median(a) / median(b)).toFixed(2)} (target ≤ 0.50); load ${os.loadavg()[0].toFixed(2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
