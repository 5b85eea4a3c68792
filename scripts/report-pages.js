#!/usr/bin/env node
/**
 * Regenerates docs/report-page-<n>.png: the Word report of the bundled sample
 * (samples/seed-template.xlsx) as the CLI writes it, converted by LibreOffice to PDF and rendered
 * page by page with poppler (60 dpi). Run after `npm run build:cli`:
 *
 *   node scripts/report-pages.js [--workbook samples/seed-template.xlsx] [--dpi 60]
 *
 * Needs soffice (libreoffice-writer) and pdftoppm/pdfinfo (poppler-utils). Old page images beyond
 * the new page count are removed. Prints the page count.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const workbook = path.resolve(ROOT, arg('--workbook', 'samples/seed-template.xlsx'));
const dpi = arg('--dpi', '60');
const cli = path.join(ROOT, 'dist-cli/bin/jixiao.js');
if (!fs.existsSync(cli)) {
  console.error('dist-cli/bin/jixiao.js missing: run `npm run build:cli` first');
  process.exit(2);
}
for (const [cmd, pkg] of [['soffice', 'libreoffice-writer'], ['pdftoppm', 'poppler-utils'], ['pdfinfo', 'poppler-utils']]) {
  try {
    execFileSync('which', [cmd], { stdio: 'pipe' });
  } catch {
    console.error(`${cmd} not found: install the apt package ${pkg}`);
    process.exit(2);
  }
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-pages-'));
try {
  const docx = path.join(dir, 'report.docx');
  // The final report (no --draft); the gap list goes to stderr and is shown to whoever runs this.
  execFileSync(process.execPath, [cli, 'report', workbook, '-o', docx], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 180000 });
  const pdf = path.join(dir, 'report.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? '0');
  if (pages < 1) throw new Error('LibreOffice produced no pages');
  execFileSync('pdftoppm', ['-png', '-r', dpi, pdf, path.join(dir, 'page')]);
  const docs = path.join(ROOT, 'docs');
  for (const f of fs.readdirSync(docs)) if (/^report-page-\d+\.png$/.test(f)) fs.rmSync(path.join(docs, f));
  const rendered = fs.readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0]));
  rendered.forEach((f, i) => fs.copyFileSync(path.join(dir, f), path.join(docs, `report-page-${i + 1}.png`)));
  console.log(`${pages} pages → docs/report-page-1.png … report-page-${rendered.length}.png`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
