#!/usr/bin/env node
/**
 * `npm run bench`, section 4 (also alone: `node scripts/bench-batch.js [--files 1000] [--runs 5]`,
 * after `npm run build:cli`): the bureau's batch check over a generated bureau of department
 * workbooks (scripts/bench-workbooks.js writeBureau: 1–3 project tables of 20–150 rows each, 5 %
 * broken in seven ways), generated once into the temp folder and reused.
 *  - Throughput of `check DIR --summary` with --jobs 2 vs --jobs 1: paired runs, alternating
 *    order, median of `--runs`; the load average before each run is reported (other jobs on the
 *    machine skew the ratio: on a quiet 2-core machine the target is ≥ 1.7×).
 *  - Peak memory of the whole process (main thread + worker threads: one process) at 100 and at
 *    1,000 files (`/usr/bin/time -f %M`, max RSS). Target: 1,000 ≤ 1.2 × 100.
 * Each run starts from no cache (the cache beside the summary is deleted first).
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { generatedBureau } = require('./bench-workbooks.js');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'dist-cli', 'bin', 'jixiao.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const FILES = arg('--files', 1000);
const RUNS = arg('--runs', 5);
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * One batch run from no cache: wall ms, max RSS KiB and CPU seconds (user + system; undefined
 * without /usr/bin/time), load average before.
 */
function run(dir, jobs) {
  const out = path.join(os.tmpdir(), `jixiao-bench-summary-${process.pid}.xlsx`);
  fs.rmSync(out, { force: true });
  fs.rmSync(path.join(path.dirname(out), `.${path.basename(out)}.jixiao-cache.json`), { force: true });
  const load = os.loadavg()[0];
  const argv = [BIN, 'check', dir, '--summary', out, '--jobs', String(jobs)];
  const t0 = process.hrtime.bigint();
  const r = TIME ? spawnSync(TIME, ['-f', '%M %U %S', process.execPath, ...argv], { encoding: 'utf8' }) : spawnSync(process.execPath, argv, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao exited ${r.status}: ${r.stderr}`);
  const [kib, user, sys] = TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  fs.rmSync(out, { force: true });
  return { ms, kib, cpu: TIME ? user + sys : undefined, load, line: r.stdout.trim() };
}

function main() {
  if (!fs.existsSync(BIN)) throw new Error('dist-cli/bin/jixiao.js missing: npm run build:cli');
  console.log(`\n4. Bureau batch: check DIR --summary over ${FILES} generated department workbooks (5 % broken), ${os.cpus().length} cores`);
  const big = generatedBureau(FILES);
  const small = generatedBureau(Math.max(1, Math.round(FILES / 10)));
  const one = [];
  const two = [];
  let line = '';
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so a drift in machine load hits both alike.
    const order = i % 2 === 0 ? [1, 2] : [2, 1];
    for (const jobs of order) {
      const r = run(big, jobs);
      (jobs === 1 ? one : two).push(r);
      line = r.line;
      console.log(`   run ${i + 1} --jobs ${jobs}: ${(r.ms / 1000).toFixed(2)} s${r.kib ? `, CPU ${r.cpu.toFixed(1)} s, peak ${(r.kib / 1024).toFixed(0)} MiB` : ''} (load average before: ${r.load.toFixed(2)})`);
    }
  }
  console.log(`   last run: ${line}`);
  const m1 = median(one.map((r) => r.ms));
  const m2 = median(two.map((r) => r.ms));
  const paired = median(one.map((r, i) => r.ms / two[i].ms));
  const loads = [...one, ...two].map((r) => r.load);
  console.log(`   --jobs 1: ${(m1 / 1000).toFixed(2)} s (${((FILES * 1000) / m1).toFixed(1)} files/s); --jobs 2: ${(m2 / 1000).toFixed(2)} s (${((FILES * 1000) / m2).toFixed(1)} files/s)`);
  console.log(`   throughput --jobs 2 ÷ --jobs 1: ×${(m1 / m2).toFixed(2)} (ratio of medians), ×${paired.toFixed(2)} (median of paired ratios); target ≥ 1.7 on a quiet 2-core machine`);
  if (TIME) {
    // CPU is what a loaded machine cannot distort much: 2 × (CPU of --jobs 1 ÷ CPU of --jobs 2) is the
    // speed-up --jobs 2 would reach on two otherwise idle cores with perfect overlap.
    const c1 = median(one.map((r) => r.cpu));
    const c2 = median(two.map((r) => r.cpu));
    console.log(`   CPU (user + system): --jobs 1 ${c1.toFixed(1)} s, --jobs 2 ${c2.toFixed(1)} s → on two idle cores at most ×${((2 * c1) / c2).toFixed(2)}`);
  }
  console.log(`   load average (1 min) before the runs: min ${Math.min(...loads).toFixed(2)}, median ${median(loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`);
  if (TIME) {
    const smallRuns = [];
    for (let i = 0; i < 3; i++) smallRuns.push(run(small, 2));
    const peakSmall = median(smallRuns.map((r) => r.kib));
    const peakBig = median(two.map((r) => r.kib));
    console.log(
      `   peak memory, whole process (main + 2 workers), --jobs 2, median: ${Math.round(FILES / 10)} files ${(peakSmall / 1024).toFixed(0)} MiB, ${FILES} files ${(peakBig / 1024).toFixed(0)} MiB → ×${(peakBig / peakSmall).toFixed(2)} (target ≤ 1.2)`,
    );
  } else console.log('   peak memory: /usr/bin/time not found, not measured');
}

main();
