#!/usr/bin/env node
/**
 * `npm run bench` — prints the figures recorded in BENCHMARKS.md.
 *  1. Engine (analyseWorkbook over an in-memory grid) at 1k / 10k / 100k indicator rows, with the
 *     growth ratio (linear ⇒ ≈10 per ×10 rows). Target: ≤ 100 ms at 10k rows.
 *  2. CLI end-to-end `check` of generated .xlsx workbooks (≈10k and ≈50k indicator rows) vs exceljs
 *     merely loading the same file, side by side in one run: wall time and peak RSS ratios.
 *     Targets: ≤ 0.4× time, ≤ 0.5× memory.
 *  3. The task pane (scripts/measure-pane.js): initial JS (gzip) and first paint in headless Chromium,
 *     and 重新计算 → preview → 应用 over a generated 10k-row workbook in the preview host. Builds the
 *     pane first (npx webpack --mode production) when dist/taskpane.html is missing.
 *  4. The bureau's batch check (scripts/bench-batch.js): 1,000 generated department workbooks,
 *     --jobs 2 vs --jobs 1 throughput (paired, alternating, median of 5, load average) and peak
 *     memory of the process (main + workers) at 100 vs 1,000 files.
 *  5. The bureau's batch page (scripts/bench-batch-page.js): dist/batch.html in headless Chromium
 *     (file://, Web Workers) over the same 1,000 workbooks vs the CLI's `check DIR --summary`
 *     (paired, alternating, median of 3, load average). Target: page throughput ≥ ½ the CLI's.
 *  6. A Word report (scripts/bench-docx.js): reading + checking a generated 50-page .docx with 10
 *     tables vs mammoth.convertToHtml on the same file (one process, alternating, median of 5).
 *     Target: ≤ 0.5× mammoth's time.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist-cli');
const { analyseWorkbook } = require(path.join(DIST, 'core/analyse.js'));
const { recogniseWorkbook } = require(path.join(DIST, 'core/recognition/index.js'));
const { benchWorkbookGrid, writeBenchXlsx } = require('./bench-workbooks.js');
const GENERATOR_HASH = require('node:crypto').createHash('sha256').update(fs.readFileSync(path.join(__dirname, 'bench-workbooks.js'))).digest('hex').slice(0, 8);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median ms of analyseWorkbook, and of recognition alone (the first step of it), over the same grid. */
function timeEngine(rows) {
  const wb = benchWorkbookGrid(rows / 100, 100);
  analyseWorkbook(wb); // warm-up (JIT)
  const times = [];
  const recognition = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    const a = analyseWorkbook(wb);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (a.recognised.tables.length !== rows / 100) throw new Error(`bench workbook not recognised: ${a.recognised.tables.length} tables`);
  }
  // Separately, so that neither loop's garbage is collected inside the other's timings.
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    recogniseWorkbook(wb);
    recognition.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), recognitionMs: median(recognition) };
}

function runProbe(args) {
  const out = path.join(os.tmpdir(), `jixiao-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'rss-probe.js'), ...args], {
    env: { ...process.env, RSS_PROBE_OUT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const kib = Number(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out, { force: true });
  return { ms, kib };
}

function compareWithExceljs(file) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < 5; i++) {
    ours.push(runProbe([path.join(DIST, 'bin/jixiao.js'), 'check', file, '--json']));
    theirs.push(runProbe(['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`]));
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  return { oursMs: m(ours, 'ms'), oursKiB: m(ours, 'kib'), exceljsMs: m(theirs, 'ms'), exceljsKiB: m(theirs, 'kib') };
}

async function main() {
  console.log(`jixiao bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log('\n1. Engine: analyseWorkbook (recognise → compute → check → plan), in-memory grid, median of 5');
  const e = {};
  for (const rows of [1000, 10000, 100000]) {
    const t = timeEngine(rows);
    e[rows] = t.ms;
    console.log(`   ${String(rows).padStart(6)} indicator rows (${rows / 100} sheets × 100): ${t.ms.toFixed(1)} ms (recognition alone ${t.recognitionMs.toFixed(1)} ms)`);
  }
  console.log(`   growth 1k→10k: ×${(e[10000] / e[1000]).toFixed(1)}, 10k→100k: ×${(e[100000] / e[10000]).toFixed(1)} (linear ≈ ×10)`);
  console.log(`   target ≤ 100 ms at 10k rows: ${e[10000] <= 100 ? 'met' : 'NOT MET'}`);
  // Peak memory of one analysis per size, each in a fresh process (grid built in memory, then analysed once).
  const peaks = [1000, 10000, 100000].map((rows) => {
    const script = `const {benchWorkbookGrid}=require(${JSON.stringify(path.join(__dirname, 'bench-workbooks.js'))});` +
      `const {analyseWorkbook}=require(${JSON.stringify(path.join(DIST, 'core/analyse.js'))});` +
      `analyseWorkbook(benchWorkbookGrid(${rows / 100}, 100));`;
    return `${rows / 1000}k ${(runProbe(['-e', script]).kib / 1024).toFixed(0)} MiB`;
  });
  console.log(`   peak RSS of one analysis (grid in memory + engine, fresh process): ${peaks.join(', ')}`);

  console.log('\n2. CLI `check --json` end to end vs exceljs merely loading the same file (median of 5, separate processes, alternating)');
  const dir = path.join(os.tmpdir(), 'jixiao-bench');
  fs.mkdirSync(dir, { recursive: true });
  // One sheet first: the fixed costs (Node start-up, loading the code, the first sheet run cold).
  for (const [sheets, rows] of [[1, 100], [100, 100], [500, 100]]) {
    // Named by the generator's own hash: a changed generator never reuses an older file.
    const file = path.join(dir, `bench-${GENERATOR_HASH}-${sheets}x${rows}.xlsx`);
    if (!fs.existsSync(file)) await writeBenchXlsx(file, sheets, rows);
    const c = compareWithExceljs(file);
    const mb = (fs.statSync(file).size / 2 ** 20).toFixed(1);
    console.log(`   ${sheets * rows} indicator rows (${sheets} sheet${sheets === 1 ? "" : "s"}, ${mb} MiB): jixiao ${c.oursMs.toFixed(0)} ms / ${(c.oursKiB / 1024).toFixed(0)} MiB; exceljs load ${c.exceljsMs.toFixed(0)} ms / ${(c.exceljsKiB / 1024).toFixed(0)} MiB → time ×${(c.oursMs / c.exceljsMs).toFixed(2)} (target ≤ 0.40), memory ×${(c.oursKiB / c.exceljsKiB).toFixed(2)} (target ≤ 0.50)`);
  }

  console.log('\n3. Task pane: built pane in headless Chromium, preview host (scripts/measure-pane.js)');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) {
    console.log('   dist/taskpane.html missing: building the pane first (npx webpack --mode production) …');
    const b = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', shell: process.platform === 'win32' });
    if (b.status !== 0) {
      console.log(`   pane build failed (${b.status}): ${String(b.stderr || b.error || '').trim().split('\n').slice(-5).join(' | ')}`);
      process.exitCode = 1;
      return;
    }
  }
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'measure-pane.js')], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;

  // 4. The bureau's batch check (worker threads, 1,000 files): scripts/bench-batch.js.
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-batch.js')], { stdio: 'inherit' });
  if (b.status !== 0) process.exitCode = 1;

  // 5. The bureau's batch page vs the CLI (needs dist/batch.html: built with the pane above).
  const p = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-batch-page.js')], { stdio: 'inherit' });
  if (p.status !== 0) process.exitCode = 1;

  // 6. A Word report vs mammoth: scripts/bench-docx.js.
  const d = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-docx.js')], { stdio: 'inherit' });
  if (d.status !== 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
