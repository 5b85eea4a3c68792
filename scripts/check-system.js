#!/usr/bin/env node
// Fails (never skips) when a system tool the test suite needs is missing, naming the apt package.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const need = [
  { what: 'Chromium (/usr/bin/chromium) for the task pane browser tests', ok: () => existsSync('/usr/bin/chromium'), pkg: 'chromium' },
  { what: 'LibreOffice (soffice) to open the workbooks and documents we write', ok: () => has('soffice'), pkg: 'libreoffice-calc-nogui libreoffice-writer-nogui' },
  // soffice alone (core + calc) cannot load a .docx ("source file could not be loaded"): Writer is a separate package.
  { what: 'LibreOffice Writer to convert the Word report to PDF', ok: () => dpkgHas('libreoffice-writer-nogui') || dpkgHas('libreoffice-writer'), pkg: 'libreoffice-writer-nogui' },
  { what: 'pdftoppm and pdfinfo to render the report pages', ok: () => has('pdftoppm') && has('pdfinfo'), pkg: 'poppler-utils' },
  { what: 'CJK fonts for screenshots', ok: () => cjkFont(), pkg: 'fonts-noto-cjk' },
];

function has(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function dpkgHas(pkg) {
  try {
    return /install ok installed/.test(execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

function cjkFont() {
  try {
    return /CJK/i.test(execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }));
  } catch {
    return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  }
}

const missing = need.filter((n) => !n.ok());
if (missing.length > 0) {
  for (const m of missing) console.error(`缺少系统依赖：${m.what} — 请安装 apt 包：${m.pkg}`);
  console.error('运行 bash scripts/install-system-deps.sh 一次性安装全部系统依赖。');
  process.exit(1);
}
