#!/usr/bin/env node
// Fails (never skips) when a system tool the test suite needs is missing, naming the apt package.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const need = [
  { what: 'Chromium (/usr/bin/chromium) for the task pane browser tests', ok: () => existsSync('/usr/bin/chromium'), pkg: 'chromium' },
  { what: 'LibreOffice (soffice) to open the workbooks and documents we write', ok: () => has('soffice'), pkg: 'libreoffice-calc-nogui libreoffice-writer-nogui' },
  { what: 'pdftoppm to render the report pages', ok: () => has('pdftoppm'), pkg: 'poppler-utils' },
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
