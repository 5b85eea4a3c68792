#!/usr/bin/env node
/**
 * Builds the corpus workbooks (test/corpus/README.md): for every table folder, table.xlsx from
 * table.json (exceljs authors a fresh file — allowed: it never reads a user's workbook), then
 * table.lo.xlsx, the same file re-saved by LibreOffice the way an office suite does.
 *
 *   node scripts/build-corpus.js            (re)build folders whose table.json changed
 *   node scripts/build-corpus.js --force    rebuild all
 *   node scripts/build-corpus.js 03-sichuan-x  only the named folder(s)
 *
 * "Changed" = the sha256 of table.json differs from the one recorded in the workbook's
 * description property (LibreOffice keeps it; the jest test checks both builds against it) (so an unchanged table is not rewritten and git sees no churn).
 * Deterministic where possible: fixed document dates and zip entry dates; LibreOffice's own
 * re-save is not byte-reproducible, which is why both files are committed.
 */
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { spawnSync } = require('node:child_process');

const { builtFrom } = require('../test/corpus/harness.js');

const ROOT = resolve(__dirname, '..');
const CORPUS = join(ROOT, 'test', 'corpus');
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** Folders that hold a table: `<NN>-<province>-<short>`. */
function tableFolders() {
  return readdirSync(CORPUS)
    .filter((n) => /^\d{2}-[a-z0-9-]+$/.test(n) && statSync(join(CORPUS, n)).isDirectory())
    .sort();
}

const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const PERCENT = /^([+-]?\d+(?:\.(\d+))?)%$/;

/**
 * How a person's typing lands in Excel when numbers are typed (numbers: "typed"): a plain number
 * becomes a number shown with the decimals it was published with; `99.5%` becomes 0.995 shown
 * as 0.0%; `1,397.90` a number shown #,##0.00. Anything else stays text, exactly as published.
 * Decimal-free string arithmetic for the percent (no float division of the published digits).
 */
function typedCell(text) {
  const t = text;
  let m = PLAIN_NUMBER.exec(t);
  if (m) {
    const grouped = t.includes(',');
    const decimals = m[1] ? m[1].length : 0;
    // Leading zeros ("007") or a sign-only oddity stay text, as Excel would keep them only if typed as text.
    if (/^[+-]?0\d/.test(t)) return { value: t };
    const num = Number(t.replace(/,/g, ''));
    const frac = decimals ? '.' + '0'.repeat(decimals) : '';
    const fmt = grouped ? `#,##0${frac}` : decimals ? `0${frac}` : undefined;
    return { value: num, numFmt: fmt };
  }
  m = PERCENT.exec(t);
  if (m) {
    const decimals = m[2] ? m[2].length : 0;
    const digits = m[1];
    // shift the decimal point two places left, as text, then parse once.
    const neg = digits.startsWith('-');
    const body = digits.replace(/^[+-]/, '');
    const [ip, fp = ''] = body.split('.');
    const all = (ip.padStart(3, '0') + fp);
    const pointAt = ip.padStart(3, '0').length - 2;
    const shifted = `${all.slice(0, pointAt)}.${all.slice(pointAt)}`;
    const num = Number((neg ? '-' : '') + shifted);
    return { value: num, numFmt: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  return { value: t };
}

function colName(n) {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

async function buildXlsx(folder, table, hash) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao corpus';
  wb.lastModifiedBy = 'jixiao corpus';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.description = `table.json sha256 ${hash}`;
  const ws = wb.addWorksheet(table.sheet);
  const typed = table.numbers === 'typed';
  table.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === '') return;
      const cell = ws.getCell(`${colName(c + 1)}${r + 1}`);
      const { value, numFmt } = typed ? typedCell(text) : { value: text };
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      if (typeof value === 'string') cell.alignment = { wrapText: true, vertical: 'middle' };
    });
  });
  for (const m of table.merges || []) ws.mergeCells(m);
  const width = Math.max(...table.rows.map((r) => r.length));
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = 14;
  const buf = await wb.xlsx.writeBuffer();
  return normaliseZipDates(Buffer.from(buf));
}

/** Sets every local/central zip entry's DOS date to FIXED_DATE (the entries' bytes are unchanged). */
function normaliseZipDates(buf) {
  const d = FIXED_DATE;
  const dosTime = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const dosDate = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  for (let i = 0; i + 4 <= buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 14 <= buf.length) {
      buf.writeUInt16LE(dosTime, i + 10);
      buf.writeUInt16LE(dosDate, i + 12);
    } else if (sig === 0x02014b50 && i + 16 <= buf.length) {
      buf.writeUInt16LE(dosTime, i + 12);
      buf.writeUInt16LE(dosDate, i + 14);
    }
  }
  return buf;
}

function soffice() {
  for (const p of ['soffice', 'libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']) {
    const r = spawnSync(p, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return p;
  }
  return null;
}

function resaveWithLibreOffice(bin, xlsxPath, outPath) {
  const work = mkdtempSync(join(tmpdir(), 'jixiao-corpus-lo-'));
  try {
    const profile = join(work, 'profile');
    const r = spawnSync(
      bin,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, xlsxPath],
      { encoding: 'utf8', timeout: 180000 },
    );
    const produced = join(work, 'table.xlsx');
    if (r.status !== 0 || !existsSync(produced)) {
      throw new Error(`LibreOffice could not re-save ${xlsxPath}: ${r.stderr || r.stdout}`);
    }
    renameSync(produced, outPath);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const only = args.filter((a) => !a.startsWith('--'));
  const folders = tableFolders().filter((f) => only.length === 0 || only.includes(f));
  const lo = soffice();
  if (!lo) {
    console.error('未找到 LibreOffice（soffice）：无法生成 table.lo.xlsx。请先安装 libreoffice-calc（scripts/install-system-deps.sh）。');
    process.exit(2);
  }
  let built = 0;
  for (const f of folders) {
    const dir = join(CORPUS, f);
    const jsonText = readFileSync(join(dir, 'table.json'), 'utf8');
    const hash = createHash('sha256').update(jsonText).digest('hex');
    const stampPath = join(dir, 'table.xlsx');
    const loPath = join(dir, 'table.lo.xlsx');
    const stamp = existsSync(stampPath) ? builtFrom(stampPath) : null;
    if (!force && stamp === hash && existsSync(loPath)) continue;
    const buf = await buildXlsx(f, JSON.parse(jsonText), hash);
    writeFileSync(stampPath, buf);
    resaveWithLibreOffice(lo, stampPath, loPath);
    built++;
    console.log(`built ${f}/table.xlsx, table.lo.xlsx`);
  }
  console.log(`${built} of ${folders.length} table(s) rebuilt`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
}

module.exports = { typedCell, tableFolders };
