#!/usr/bin/env node
/**
 * How cold the CLI's code runs: analyse one workbook N times in one process (as `check` does:
 * sheet by sheet, no plan) and print each pass's time. Pass 1 is what a `check` pays; the later
 * passes show V8's warm speed. After `npm run build:cli`:
 *
 *   node scripts/bench-passes.js FILE.xlsx [passes=6]
 */
'use strict';
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', 'dist-cli');
const { openXlsxSheets } = require(path.join(DIST, 'hosts/xlsx/file-io.js'));
const { analyseSheets } = require(path.join(DIST, 'core/analyse.js'));

async function main(file, passes) {
  for (let p = 1; p <= passes; p++) {
    const t0 = process.hrtime.bigint();
    const { sheets } = await openXlsxSheets(file);
    const a = analyseSheets(sheets, { plan: false });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`pass ${p}: ${ms.toFixed(0)} ms (read + recognise + compute + check, ${a.tableCount} tables, ${a.findings.length} findings)`);
  }
}

const [file, passes] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench-passes.js FILE.xlsx [passes]');
  process.exit(2);
}
main(path.resolve(file), Number(passes) || 6).catch((e) => {
  console.error(e);
  process.exit(1);
});
