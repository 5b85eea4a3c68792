'use strict';
/**
 * Generated workbooks for the benchmark: `sheets` project tables (national 项目支出绩效自评表 shape)
 * with `rows` indicator rows each. The same cells as an in-memory grid (engine timing) and as an
 * .xlsx authored by exceljs (a fresh file; exceljs never reads users' workbooks in the product).
 */
const LEVELS = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

function tableRows(index, rows) {
  const out = [];
  out.push(['项目支出绩效自评表']);
  out.push(['项目名称', `测试项目${index + 1}`]);
  out.push(['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  out.push(['', '年度资金总额', 100 + index, 120 + index, 110.37 + index, 10, null, null]);
  out.push(['', '其中：当年财政拨款', 100 + index, 110 + index, 100.37 + index, null, null, null]);
  out.push(['', '上年结转资金', 0, 10, 10, null, null, null]);
  out.push(['', '其他资金', 0, 0, 0, null, null, null]);
  out.push(['年度总体目标', '预期目标', '', '', '实际完成情况']);
  out.push(['', '完成年度任务', '', '', '已完成']);
  out.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  // Varied like a real department's tables (not one value repeated 10,000 times, which would let
  // any cache flatter the figures): 分值 cycle around their mean and total 90 exactly, targets and
  // actuals (one decimal) differ by row and by sheet. All generated in integer tenths/hundredths,
  // so the generator needs no float rounding.
  const weights = weightTenths(rows);
  for (let r = 0; r < rows; r++) {
    const [l1, l2] = LEVELS[Math.floor((r * LEVELS.length) / rows)];
    const t = 400 + ((r * 37 + index * 11) % 600); // target, tenths: 40.0 – 99.9
    const a = t - ((r * 13 + index * 7) % 60); // actual, tenths: up to 5.9 below the target
    const wt = weights[r]; // 分值, tenths
    // Staff type the scores: most as the rule gives (分值 × actual ÷ target, rounded half-up to
    // 2 decimals, in integer hundredths), every tenth row off by 0.5 so the checker has findings.
    const hundredths = Math.floor((2 * wt * 10 * a + t) / (2 * t));
    const typed = (hundredths - (r % 10 === 0 ? 50 : 0)) / 100;
    out.push([l1, l2, `指标${r + 1}`, `≥${t / 10}个`, `${a / 10}个`, wt / 10, typed, a < t ? '受客观因素影响' : '']);
  }
  out.push(['总分', '', '', '', '', 100, null, '']); // 总分 left for recompute to fill
  return out;
}

/** 分值 of `rows` indicators in tenths, cycling below/at/above their mean, summing to exactly 900 (90 points). */
function weightTenths(rows) {
  const base = Math.floor(900 / rows);
  const step = Math.floor(base / 3);
  const out = [];
  let sum = 0;
  for (let r = 0; r < rows - 1; r++) {
    const w = Math.max(1, base + ((r % 3) - 1) * step);
    out.push(w);
    sum += w;
  }
  out.push(900 - sum);
  return out;
}

/** The in-memory Workbook (src/core/grid/types.ts shape) of `sheets` tables × `rows` indicators. */
function benchWorkbookGrid(sheets, rows) {
  const list = [];
  for (let s = 0; s < sheets; s++) {
    const values = tableRows(s, rows);
    list.push({ name: `项目${s + 1}`, merges: [], cells: values.map((r) => r.map((v) => (v === null || v === '' ? undefined : { value: v }))) });
  }
  return { sheets: list };
}

async function writeBenchXlsx(file, sheets, rows) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`项目${s + 1}`);
    for (const r of tableRows(s, rows)) ws.addRow(r.map((v) => (v === '' ? null : v))).commit();
    ws.commit();
  }
  await wb.commit();
}

// ---------------------------------------------------------------------------------------------
// A generated bureau (`npm run bench`, section 4): `n` department workbooks as a 财政局 receives
// them — 1–3 项目支出 tables each (20–150 indicator rows, 主管部门 named), 5 % broken or
// unreadable in assorted ways. Written directly as OOXML zips by fflate (inline strings, no
// styles: what a simple exporter writes), fast enough to generate 1,000 files in seconds.

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function colName(c) {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(rows) {
  let data = '';
  rows.forEach((row, r) => {
    let x = `<row r="${r + 1}">`;
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const ref = `${colName(c)}${r + 1}`;
      x += typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
    });
    data += x + '</row>';
  });
  return `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;
}

/** An .xlsx of named sheets (rows of values) as bytes. */
function xlsxBytes(sheets) {
  const { strToU8, zipSync } = require('fflate');
  const files = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
        sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        '</Relationships>',
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows))));
  return zipSync(files, { level: 6, mtime: new Date('2025-03-01T00:00:00Z') });
}

/** Department `d`'s workbook: 1–3 project tables of 20–150 rows, 主管部门 = 单位d, varied by d. */
function departmentSheets(d) {
  const sheets = 1 + ((d * 7) % 3);
  const out = [];
  for (let s = 0; s < sheets; s++) {
    const rows = 20 + ((d * 37 + s * 53) % 131);
    const t = tableRows(d * 3 + s, rows);
    t[0] = ['2024年度项目支出绩效自评表'];
    t.splice(2, 0, ['主管部门', `第${d + 1}号单位`, '', '实施单位', `第${d + 1}号单位`]);
    out.push({ name: `项目${s + 1}`, rows: t });
  }
  return out;
}

/** A broken file of kind `k` (cycling): truncated, encrypted, old .xls, zip bomb, empty, CSV renamed, scrambled. */
function brokenFile(d, k) {
  const good = xlsxBytes(departmentSheets(d));
  switch (k % 7) {
    case 0:
      return { ext: '.xlsx', bytes: good.slice(0, Math.floor(good.length * 0.6)) };
    case 1: {
      // An encrypted .xlsx: a compound file holding EncryptionInfo + EncryptedPackage.
      return { ext: '.xlsx', bytes: cfb(['EncryptionInfo', 'EncryptedPackage']) };
    }
    case 2:
      return { ext: '.xls', bytes: cfb(['Workbook', 'SummaryInformation']) };
    case 3: {
      const b = new Uint8Array(good);
      const dv = new DataView(b.buffer);
      for (let i = b.length - 22; i >= 0; i--)
        if (dv.getUint32(i, true) === 0x06054b50) {
          dv.setUint32(dv.getUint32(i + 16, true) + 24, 600 * 1024 * 1024, true); // declares 600 MB
          break;
        }
      return { ext: '.xlsx', bytes: b };
    }
    case 4:
      return { ext: '.xlsx', bytes: new Uint8Array(0) };
    case 5:
      return { ext: '.xlsx', bytes: Buffer.from('项目,金额\n年度资金总额,1186.96\n', 'utf8') };
    default: {
      const b = new Uint8Array(good);
      for (let i = Math.floor(b.length * 0.3); i < Math.floor(b.length * 0.6); i++) b[i] = (b[i] * 31 + 7) & 0xff;
      return { ext: '.xlsx', bytes: b };
    }
  }
}

/**
 * A minimal OLE Compound File (header, one FAT sector, one directory sector) holding the given
 * stream names (at most 3: the directory sector has 4 entries, the root's included): what an .xls,
 * a WPS .et or an encrypted .xlsx is on disk. The streams are empty — readers decide from the
 * names. Shared with the tests (test/reliability/cfb.ts).
 */
function cfb(names) {
  const b = new Uint8Array(512 * 3);
  const dv = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((x, i) => (b[i] = x));
  dv.setUint16(0x18, 0x3e, true);
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true);
  dv.setUint32(0x30, 1, true);
  dv.setUint32(0x3c, 0xfffffffe, true);
  dv.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, 0xffffffff, true);
  dv.setUint32(0x4c, 0, true);
  for (let i = 0; i < 128; i++) dv.setUint32(512 + i * 4, 0xffffffff, true);
  dv.setUint32(512, 0xfffffffd, true);
  dv.setUint32(516, 0xfffffffe, true);
  const entries = ['Root Entry', ...names].slice(0, 4);
  entries.forEach((name, i) => {
    const o = 1024 + i * 128;
    for (let k = 0; k < name.length; k++) dv.setUint16(o + k * 2, name.charCodeAt(k), true);
    dv.setUint16(o + 0x40, (name.length + 1) * 2, true);
    b[o + 0x42] = i === 0 ? 5 : 2;
    dv.setUint32(o + 0x44, 0xffffffff, true);
    dv.setUint32(o + 0x48, i > 0 && i + 1 < entries.length ? i + 1 : 0xffffffff, true);
    dv.setUint32(o + 0x4c, i === 0 && entries.length > 1 ? 1 : 0xffffffff, true);
  });
  return b;
}

/**
 * Write a bureau of `n` department workbooks into `dir` (created): every 20th file (5 %) broken in
 * one of seven ways. Returns the file names. Deterministic: the same `n` gives the same bytes.
 */
function writeBureau(dir, n) {
  const fs = require('fs');
  const path = require('path');
  fs.mkdirSync(dir, { recursive: true });
  const names = [];
  for (let d = 0; d < n; d++) {
    const stem = `单位${String(d + 1).padStart(4, '0')}`;
    let ext = '.xlsx';
    let bytes;
    if (d % 20 === 13) ({ ext, bytes } = brokenFile(d, Math.floor(d / 20)));
    else bytes = xlsxBytes(departmentSheets(d));
    fs.writeFileSync(path.join(dir, stem + ext), bytes);
    names.push(stem + ext);
  }
  return names;
}

/**
 * A generated bureau of `n` workbooks in the temp folder, named by this generator's own hash (a
 * changed generator never reuses an older folder), written once and reused (`.complete` marks a
 * finished folder). Shared by the batch bench and the batch-page bench.
 */
function generatedBureau(n) {
  const crypto = require('crypto');
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const hash = crypto.createHash('sha256').update(fs.readFileSync(__filename)).digest('hex').slice(0, 8);
  const dir = path.join(os.tmpdir(), `jixiao-bureau-${hash}-${n}`);
  const done = path.join(dir, '.complete');
  if (!fs.existsSync(done)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const t = Date.now();
    writeBureau(dir, n);
    fs.writeFileSync(done, '');
    console.log(`   generated ${n} workbooks into ${dir} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return dir;
}

module.exports = { cfb, benchWorkbookGrid, writeBenchXlsx, tableRows, writeBureau, generatedBureau, xlsxBytes, departmentSheets };
