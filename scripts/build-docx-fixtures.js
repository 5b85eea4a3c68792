#!/usr/bin/env node
/**
 * Builds test/fixtures/docx/seed-report.docx: the seed report (岳阳市信访局 2024, the text in
 * test/fixtures/seed/seed-report.txt) as a Word document, its 自评表 laid out the way Word lays it
 * out — 9 grid columns, horizontal merges as w:gridSpan, the 年度预算申请 / 年度总体目标 / 绩效指标
 * and 一级 / 二级 columns merged vertically (w:vMerge), every amount typed as text, headings with
 * their own typed numbering (1、 2、 三、 …, not Word list numbering).
 *
 * Deterministic: the zip is rewritten with a fixed timestamp and docProps dates fixed, so running
 * it twice gives identical bytes. Usage: node scripts/build-docx-fixtures.js
 * (then `soffice --headless --convert-to 'docx:MS Word 2007 XML'` gives seed-report.lo.docx).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, VerticalMergeType, AlignmentType } = require('docx');
const { unzipSync, zipSync } = require('fflate');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'test/fixtures/docx');
const FIXED_DATE = '2025-03-31T00:00:00Z';
const TABLE_TITLE = '2024年度部门整体支出绩效自评表';

/** The report text around the table: the seed's lines, blank lines and the bookmark marker dropped. */
function reportText() {
  const lines = fs.readFileSync(path.join(ROOT, 'test/fixtures/seed/seed-report.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace('[bookmark: _GoBack]', ''));
  const titleAt = lines.indexOf(TABLE_TITLE);
  const afterAt = lines.findIndex((l) => l.startsWith('七、'));
  if (titleAt < 0 || afterAt < 0) throw new Error('seed-report.txt: table title or 七、 not found');
  const keep = (ls) => ls.filter((l) => l.trim() !== '');
  return { before: keep(lines.slice(0, titleAt)), after: keep(lines.slice(afterAt)) };
}

// One cell: text lines are the cell's paragraphs as Word shows them; span = w:gridSpan; v = vMerge.
const c = (text, span = 1, v) => ({ text, span, v });
const R = 'restart';
const C = 'continue';
const cont = () => c('', 1, C);

/** The 自评表 as typed in the seed (test/fixtures/seed/seed-report.txt lines 37–226). */
const TABLE = [
  [c('市级预算部门名称', 2), c('岳阳市信访局　', 7)],
  [c('年度预\n算申请\n（万元）', 1, R), c(''), c('年初预算数'), c('全年预算数'), c('全年执行数'), c('分值'), c('执行率'), c('得分', 2)],
  [cont(), c('年度资金总额'), c('649.24'), c('1186.96'), c('1186.19'), c('10'), c('99.94%'), c('9.94', 2)],
  [cont(), c('按收入性质分：', 3), c('按支出性质分：', 5)],
  [cont(), c('  其中：  一般公共预算：962.34', 3), c('其中：基本支出：586.11', 5)],
  [cont(), c('政府性基金拨款：', 3), c('项目支出：376.23', 5)],
  [cont(), c('纳入专户管理的非税收入拨款：', 3), c('', 5)],
  [cont(), c('其他资金：224.62', 3), c('', 5)],
  [c('年度总体目标', 1, R), c('预期目标', 4), c('实际完成情况　', 4)],
  [
    cont(),
    c(
      '任务1：高位推进信访工作，坚持习近平总书记“以人民为中心”的思想为指导，严格落实关于信访工作的各项批示指示精神\n' +
        '任务2：不断提升信访业务水平，保证人民群众信访满意率。\n' +
        '任务3：持续夯实基层治理，助力社会工作提升效能\n' +
        '任务4：着力抓好改进信访工作三项建议权，加大信访工作责任制落实力度\n',
      4,
    ),
    c('已按要求完成本年度各项工作。\n2024年信访工作考核为优秀等次\n\n', 4),
  ],
  [c('绩\n效\n指\n标\n', 1, R), c('一级指标'), c('二级指标'), c('三级指标'), c('年度指标值'), c('实际完成值'), c('分值'), c('得分'), c('偏差原因分析及改进措施')],
  [cont(), c('产出指标\n', 1, R), c('数量指标'), c('信访问题源头治理情况'), c('申诉求决类信访数量'), c('保障信访渠道畅通'), c('10'), c('10'), c('')],
  [cont(), cont(), c('质量指标'), c('行政三级办理情况'), c('在要求范围内'), c('在要求范围内'), c('10'), c('9.8'), c('')],
  [cont(), cont(), c('时效指标', 1, R), c('临时性、突发性任务'), c('在规定范围内'), c('在规定范围内'), c('10'), c('10'), c('')],
  [cont(), cont(), cont(), c('“三率”完成情况'), c('在规定范围内。'), c('在规定范围内'), c('10'), c('10'), c('')],
  [cont(), cont(), c('成本指标'), c('合理使用资金'), c('合理使用资金'), c('合理使用资金'), c('10'), c('9.8'), c('')],
  [cont(), c('效益指标\n\n　', 1, R), c('经济效\n益指标'), c('进一步提升工作效能，竭力保障群众合法权益。'), c('完成全年工作\n'), c('完成全年工作\n'), c('10'), c('9.8'), c('')],
  [cont(), cont(), c('社会效\n益指标'), c('推动合理解决信访问题，维护社会稳定。'), c('完成全年工作'), c('完成全年工作'), c('10'), c('9.8'), c('')],
  [cont(), cont(), c('生态效\n益指标'), c('提高处理办理群众来信来访和网上信访事项的工作效率'), c('完成全年工作\n'), c('完成全年工作\n'), c('10'), c('9.8'), c('')],
  [cont(), cont(), c('可持续影响指标'), c('加强部门协调， 发挥信访联席会议制度优势。'), c('完成全年工作'), c('完成全年工作\n'), c('10'), c('9.8'), c('')],
  [cont(), c('满意度\n指标'), c('服务对象满意度指标'), c('完善工作机制，群众满意度评价达到 90% 以上'), c('群众满意度评价达 90% 以上'), c('群众满意度评价达 90% \n以上。'), c('10'), c('10'), c('')],
  [cont(), c('\n总分\n', 5), c('100'), c('98.8'), c('')],
];

// Column widths in twips (a 15.6 cm type area), narrow label columns, wide text columns.
const WIDTHS = [500, 900, 1000, 1300, 1300, 1300, 700, 700, 1150];

function cellParagraphs(text) {
  return text.split('\n').map((line) => new Paragraph({ children: line === '' ? [] : [new TextRun({ text: line, size: 21 })] }));
}

function table() {
  for (const [i, row] of TABLE.entries()) {
    const cols = row.reduce((n, x) => n + x.span, 0);
    if (cols !== WIDTHS.length) throw new Error(`table row ${i + 1} spans ${cols} columns, not ${WIDTHS.length}`);
  }
  return new Table({
    columnWidths: WIDTHS,
    rows: TABLE.map(
      (row) =>
        new TableRow({
          children: row.map(
            (x) =>
              new TableCell({
                children: cellParagraphs(x.text),
                columnSpan: x.span > 1 ? x.span : undefined,
                verticalMerge: x.v === R ? VerticalMergeType.RESTART : x.v === C ? VerticalMergeType.CONTINUE : undefined,
              }),
          ),
        }),
    ),
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  });
}

function para(text, opts = {}) {
  return new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 24 })] });
}

async function buildSeed() {
  const { before, after } = reportText();
  const children = [
    ...before.map((t, i) => para(t, i < 2 ? { center: true, bold: true, size: 32 } : {})),
    para(TABLE_TITLE, { center: true, bold: true }),
    table(),
    ...after.map((t) => para(t)),
  ];
  const doc = new Document({
    creator: 'jixiao fixtures',
    title: '2024年度岳阳市信访局整体支出绩效自评报告',
    sections: [{ children }],
  });
  return deterministic(await Packer.toBuffer(doc));
}

/** Rewrites the package with fixed dates so the bytes do not depend on when it was built. */
function deterministic(buf) {
  const files = unzipSync(new Uint8Array(buf));
  const mtime = new Date(FIXED_DATE);
  const out = {};
  for (const name of Object.keys(files).sort()) {
    let data = files[name];
    if (name === 'docProps/core.xml') {
      const xml = Buffer.from(data).toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${FIXED_DATE}$3`);
      data = new Uint8Array(Buffer.from(xml, 'utf8'));
    }
    out[name] = [data, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(out, { mtime }));
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const target = path.join(OUT_DIR, 'seed-report.docx');
  fs.writeFileSync(target, await buildSeed());
  console.log(`wrote ${path.relative(ROOT, target)}`);
}

module.exports = { buildSeed, TABLE };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
