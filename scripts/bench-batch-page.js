#!/usr/bin/env node
/**
 * `npm run bench`, the bureau page step (also alone, after `npm run build` and `npm run build:cli`):
 *
 *   node scripts/bench-batch-page.js [--files 1000] [--runs 3] [--dir DIR]
 *
 * The same generated bureau as the CLI's batch bench (scripts/bench-workbooks.js writeBureau, in
 * the temp folder named by that generator's hash; or `--dir`) checked two ways, paired and in
 * alternating order, median of `--runs`:
 *  - the page: dist/batch.html opened from file:// in headless Chromium (/usr/bin/chromium,
 *    playwright-core), the folder given to its folder input; time from the pick to the last result
 *    (the page's own clock, data-jx-elapsed-ms), then 下载汇总表 (data-jx-summary-ms). Workers:
 *    navigator.hardwareConcurrency;
 *  - the CLI: `jixiao check DIR --summary … --jobs <cores>` from no cache, wall time of the process.
 * Throughput = files ÷ seconds (page: check + roll-up, as the CLI's run includes its roll-up).
 * Target: page ≥ CLI ÷ 2. The 1-minute load average before each run is printed: on a shared
 * machine the figures are noisy.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'dist-cli', 'bin', 'jixiao.js');
const PAGE = path.join(ROOT, 'dist', 'batch.html');

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The bureau folder: --dir, else the CLI bench's generated one (generated here if missing). */
function bureau(n) {
  const given = arg('--dir');
  if (given) return path.resolve(given);
  return require('./bench-workbooks.js').generatedBureau(n);
}

function countWorkbooks(dir) {
  let n = 0;
  const walk = (d) => {
    for (const name of fs.readdirSync(d)) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(xlsx|xlsm|xls|et)$/i.test(name)) n++;
    }
  };
  walk(dir);
  return n;
}

function runCli(dir, jobs) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-page-cli-'));
  const out = path.join(tmp, '汇总.xlsx');
  const load = os.loadavg()[0];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, 'check', dir, '--summary', out, '--jobs', String(jobs)], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.rmSync(tmp, { recursive: true, force: true });
  if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao exited ${r.status}: ${r.stderr}`);
  return { ms, load };
}

async function runPage(context, dir, files) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(PAGE).href);
  await page.getByTestId('drop-zone').waitFor();
  const load = os.loadavg()[0];
  const workers = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.getByTestId('pick-folder-input').setInputFiles(dir);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-jx-state') === 'done', undefined, { timeout: 30 * 60_000 });
  const checkMs = Number(await page.evaluate(() => document.documentElement.getAttribute('data-jx-elapsed-ms')));
  const rows = await page.locator('[data-testid="results"] tbody tr').count();
  if (rows !== files) throw new Error(`page listed ${rows} files, the folder has ${files}`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10 * 60_000 }), page.getByTestId('download').click()]);
  await download.path();
  const summaryMs = Number(await page.evaluate(() => document.documentElement.getAttribute('data-jx-summary-ms')));
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return { ms: checkMs + summaryMs, checkMs, summaryMs, load, workers };
}

async function main() {
  for (const [f, how] of [
    [PAGE, 'npm run build'],
    [BIN, 'npm run build:cli'],
  ])
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} missing: ${how}`);
  const n = Number(arg('--files', '1000'));
  const runs = Number(arg('--runs', '3'));
  const dir = bureau(n);
  const files = countWorkbooks(dir);
  const cores = os.cpus().length;
  console.log(`\n5. Bureau page: dist/batch.html (file://, headless Chromium) vs the CLI over ${files} workbooks of ${dir}, ${cores} cores, median of ${runs}`);
  const { launchChromium } = require(path.join(ROOT, 'test', 'e2e', 'chromium.js'));
  const browser = await launchChromium();
  const page = [];
  const cli = [];
  try {
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ['page', 'cli'] : ['cli', 'page'];
      for (const which of order) {
        if (which === 'page') {
          const r = await runPage(browser.context, dir, files);
          page.push(r);
          console.log(`   page  run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s (check ${(r.checkMs / 1000).toFixed(2)} s + 汇总 ${(r.summaryMs / 1000).toFixed(2)} s, ${r.workers} workers)  load ${r.load.toFixed(2)}`);
        } else {
          const r = runCli(dir, cores);
          cli.push(r);
          console.log(`   cli   run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s (--jobs ${cores})  load ${r.load.toFixed(2)}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const pageS = median(page.map((r) => r.ms)) / 1000;
  const cliS = median(cli.map((r) => r.ms)) / 1000;
  const ratio = files / pageS / (files / cliS);
  console.log(`   median: page ${pageS.toFixed(2)} s = ${(files / pageS).toFixed(1)} files/s; CLI ${cliS.toFixed(2)} s = ${(files / cliS).toFixed(1)} files/s`);
  console.log(`   page throughput = ${ratio.toFixed(2)} × the CLI's (target ≥ 0.50)  load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  return ratio >= 0.5 ? 0 : 1;
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(2);
    },
  );

module.exports = { median };
