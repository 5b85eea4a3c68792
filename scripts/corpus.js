#!/usr/bin/env node
/**
 * `npm run corpus`: checks every corpus table (test/corpus/<NN>-…/table.xlsx and table.lo.xlsx)
 * with the built CLI (`jixiao check --json`) and scores the findings against each hand-derived
 * key (test/corpus/README.md). Prints per table and in total: recall, false alarms by severity
 * with their messages, the misses. Exit 1 on any false error or warning, on recall < 95 %, or on an
 * invalid folder / unreadable workbook.
 *
 *   node scripts/corpus.js [FOLDER…] [--json]
 */
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { spawnSync } = require('node:child_process');
const harness = require('../test/corpus/harness.js');

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'dist-cli', 'bin', 'jixiao.js');
const MIN_RECALL = 0.95;

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/** Builds the CLI only when dist-cli is missing or older than a source file. */
function ensureCli() {
  const stale = !existsSync(BIN) || newestMtime(join(ROOT, 'src')) > statSync(BIN).mtimeMs;
  if (!stale) return;
  console.error('dist-cli 缺失或已过期，正在构建 CLI（npm run -s build:cli）…');
  const r = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(2);
}

function runCheck(usable) {
  ensureCli();
  const r = spawnSync(process.execPath, [BIN, 'check', ...harness.corpusFiles(usable), '--json'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  try {
    return JSON.parse(r.stdout);
  } catch {
    console.error(`jixiao check 输出不是 JSON（退出码 ${r.status}）：\n${r.stderr}`);
    process.exit(2);
  }
}

function main() {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const only = args.filter((a) => !a.startsWith('--'));
  const tables = harness.loadCorpus().filter((t) => only.length === 0 || only.includes(t.folder));
  if (tables.length === 0) {
    console.error('没有找到语料表（test/corpus/NN-…）');
    process.exit(2);
  }
  const invalid = tables.filter((t) => t.problems.length > 0);
  for (const t of invalid) for (const p of t.problems) console.error(`INVALID ${p}`);
  const usable = tables.filter((t) => t.problems.length === 0);
  let json = { files: [] };
  if (usable.length > 0) json = runCheck(usable);
  const byTable = harness.resultsByTable(json, usable);
  const scores = usable.map((t) => harness.scoreTable(t, byTable.get(t.folder)));
  const totals = harness.totals(scores);
  if (asJson) console.log(JSON.stringify({ scores, totals }, null, 2));
  else console.log(harness.formatReport(scores));
  // Issue 11's breadth target; printed, not a failure (see test/corpus/README.md, "Breadth").
  const provinces = new Set(usable.map((t) => t.source.province)).size;
  const debris = usable.filter((t) => t.source.debris === true).length;
  if (!asJson) console.log(`广度：${usable.length} 张表（目标 ≥ 20），${provinces} 个省份（目标 ≥ 8），${debris} 张含模板残留（目标 ≥ 5）`);
  const fail = invalid.length > 0 || totals.falseErrors > 0 || totals.falseWarnings > 0
    || totals.recall < MIN_RECALL || totals.unreadable > 0;
  process.exit(fail ? 1 : 0);
}

main();
