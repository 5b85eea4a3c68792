#!/usr/bin/env node
/**
 * `node scripts/compare-baseline.js [--baseline <commit>] [--speed] [--no-build] [--keep] [--only <text>]`
 * (--only: just the inputs whose path contains <text>; --no-build: use both CLIs as built.)
 *
 * Proves a refactor changed no behaviour: builds the CLI of a baseline commit in a side worktree
 * (under the system temp directory, node_modules linked to this checkout's) and runs both builds
 * over the same inputs, comparing
 *   - `check F --json`: stdout and exit code (every finding, its fields and their order);
 *   - `check F`: the Chinese text a person reads, and the exit code;
 *   - `recompute F -o out.xlsx`: the output bytes, and what it prints;
 *   - `report F -o out.docx`: the text of word/document.xml (paragraphs and table cells; the
 *     package's creation date differs run to run, the text must not);
 *   - `report F --sheet -o out.xlsx`: every part of the package but docProps/core.xml (dates);
 *   - for a .docx input, `check F --json` only;
 *   - once, a folder holding every input: `check DIR --summary 汇总.xlsx --json` (stdout, and the
 *     roll-up workbook's parts with its 生成时间 masked).
 * Inputs: samples/*.xlsx, every .xlsx/.docx under test/ (fixtures, corpus tables as built and as
 * re-saved by LibreOffice) and generated bench workbooks (1 and 20 sheets of 100 indicator rows,
 * and 20 department workbooks of a bureau, one of them broken).
 *
 * --speed also times, one run, alternating old/new, median of 5 (--runs N: of N) (ratio new/old,
 * target ≤ 1.05):
 *   - the engine: analyseWorkbook over the bench grid of 10,000 indicator rows, each build in its own
 *     process (warmed up, median of 5 runs inside), processes alternating;
 *   - `check --json` of a 10,000-row workbook: one process per run.
 *
 * Exit 0 when every output is identical (and, with --speed, both ratios ≤ 1.05); 1 otherwise.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_BASELINE = 'cc21366';

function parseArgs(argv) {
  const o = { baseline: DEFAULT_BASELINE, speed: false, build: true, keep: false, only: null, runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--baseline') o.baseline = argv[++i];
    else if (a === '--speed') o.speed = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else {
      console.error(`未知参数：${a}`);
      process.exit(2);
    }
  }
  return o;
}

function git(args, cwd = ROOT) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${(r.stderr || '').slice(-2000)}`);
}

/** The baseline's worktree with its CLI built; reused while its commit and build are there. */
function baselineCheckout(commit, build) {
  const sha = git(['rev-parse', '--verify', `${commit}^{commit}`]);
  const dir = path.join(os.tmpdir(), `jixiao-baseline-${sha.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: ROOT });
    git(['worktree', 'add', '--detach', dir, sha]);
  }
  const nm = path.join(dir, 'node_modules');
  if (!fs.existsSync(nm)) fs.symlinkSync(path.join(ROOT, 'node_modules'), nm, 'dir');
  const cli = path.join(dir, 'dist-cli', 'bin', 'jixiao.js');
  if (!fs.existsSync(cli) || build === 'always') {
    console.log(`building the baseline CLI (${sha.slice(0, 12)}) in ${dir} …`);
    run('npm', ['run', '-s', 'build:cli'], dir);
  }
  return { sha, dir, cli };
}

// ---------------------------------------------------------------------------------------------
// Inputs

function listFiles(dir, exts, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') listFiles(p, exts, out);
    } else if (exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
  }
  return out.sort();
}

async function generatedInputs(work) {
  const { writeBenchXlsx, writeBureau } = require('./bench-workbooks.js');
  const dir = path.join(work, 'bench');
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (const [sheets, rows] of [[1, 100], [20, 100]]) {
    const f = path.join(dir, `bench-${sheets}x${rows}.xlsx`);
    await writeBenchXlsx(f, sheets, rows);
    files.push(f);
  }
  const bureau = path.join(dir, 'bureau');
  for (const name of writeBureau(bureau, 20)) files.push(path.join(bureau, name));
  return files;
}

// ---------------------------------------------------------------------------------------------
// Outputs

function cli(bin, args, cwd) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function unzip(file) {
  const { unzipSync } = require('fflate');
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}

/** The visible text of a .docx body: paragraphs on their own lines, table cells separated by tabs. */
function docxText(file) {
  const xml = Buffer.from(unzip(file)['word/document.xml']).toString('utf8');
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br[^>]*\/>/g, '\n')
    .replace(/<\/w:tc>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every part of a package but its dates (docProps/core.xml), as name → bytes hex digest. */
function packageParts(file, mask = (xml) => xml) {
  const crypto = require('node:crypto');
  const parts = unzip(file);
  const out = {};
  for (const name of Object.keys(parts).sort()) {
    if (name === 'docProps/core.xml') continue;
    const bytes = name.endsWith('.xml') ? Buffer.from(mask(Buffer.from(parts[name]).toString('utf8')), 'utf8') : parts[name];
    out[name] = crypto.createHash('sha256').update(bytes).digest('hex');
  }
  return out;
}

/** Every part of a package but docProps/core.xml, as text (XML parts masked), a part per line. */
function packageText(file, mask) {
  const parts = unzip(file);
  return Object.keys(parts)
    .sort()
    .filter((name) => name !== 'docProps/core.xml')
    .map((name) => `${name}: ${name.endsWith('.xml') || name.endsWith('.rels') ? mask(Buffer.from(parts[name]).toString('utf8')).replace(/\n/g, ' ') : Buffer.from(parts[name]).toString('base64')}`)
    .join('\n');
}

/**
 * Every output of one build for one input, as a list of [label, value] (strings). A file that
 * was not written is recorded as such: the two builds must agree on that too. Paths in the text
 * are this run's own (the input's, the output's): both builds get the same ones.
 */
function outputsFor(bin, input, outDir) {
  const res = [];
  const tag = (label, v) => res.push([label, v]);
  const isDocx = input.toLowerCase().endsWith('.docx');
  const json = cli(bin, ['check', input, '--json']);
  tag('check --json', `exit ${json.status}\n${json.stdout}\n--- stderr\n${json.stderr}`);
  if (isDocx) return res;
  const text = cli(bin, ['check', input]);
  tag('check', `exit ${text.status}\n${text.stdout}\n--- stderr\n${text.stderr}`);

  const recomputed = path.join(outDir, 'recomputed.xlsx');
  const rc = cli(bin, ['recompute', input, '-o', recomputed]);
  tag('recompute (printed)', `exit ${rc.status}\n${rc.stdout}\n--- stderr\n${rc.stderr}`);
  tag('recompute (bytes)', fs.existsSync(recomputed) ? require('node:crypto').createHash('sha256').update(fs.readFileSync(recomputed)).digest('hex') : '(no file)');

  const docx = path.join(outDir, 'report.docx');
  const rp = cli(bin, ['report', input, '-o', docx]);
  tag('report (printed)', `exit ${rp.status}\n${rp.stdout}\n--- stderr\n${rp.stderr}`);
  tag('report .docx text', fs.existsSync(docx) ? docxText(docx) : '(no file)');

  const sheet = path.join(outDir, 'report-sheet.xlsx');
  const rs = cli(bin, ['report', input, '--sheet', '-o', sheet]);
  tag('report --sheet (printed)', `exit ${rs.status}\n${rs.stdout}\n--- stderr\n${rs.stderr}`);
  tag('report --sheet (parts)', fs.existsSync(sheet) ? JSON.stringify(packageParts(sheet), null, 1) : '(no file)');
  return res;
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      // Long lines (a sheet's XML is one line): show the stretch around the first differing character.
      const x = la[i] ?? '(end)';
      const y = lb[i] ?? '(end)';
      let k = 0;
      while (k < x.length && k < y.length && x[k] === y[k]) k++;
      const from = Math.max(0, k - 120);
      return `line ${i + 1}, from character ${from + 1}:\n      baseline: ${JSON.stringify(x.slice(from, k + 180))}\n      this:     ${JSON.stringify(y.slice(from, k + 180))}`;
    }
  }
  return '(same lines, different bytes)';
}

// ---------------------------------------------------------------------------------------------
// Speed

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * The engine of each build in its own process (one heap, one JIT, no garbage of the other build's
 * runs): a process loads one build's analyseWorkbook, warms it up on the 10,000-row bench grid,
 * then prints the median of 5 runs. Processes alternate old/new `runs` times; the figure of a
 * build is the median of its processes' medians.
 */
function timeEngine(oldDir, runs) {
  const script = `
    const { benchWorkbookGrid } = require(${JSON.stringify(path.join(__dirname, 'bench-workbooks.js'))});
    const analyse = require(process.argv[1] + '/dist-cli/core/analyse.js').analyseWorkbook;
    const wb = benchWorkbookGrid(100, 100);
    for (let i = 0; i < 3; i++) analyse(wb);
    const t = [];
    for (let i = 0; i < 5; i++) { const t0 = process.hrtime.bigint(); analyse(wb); t.push(Number(process.hrtime.bigint() - t0) / 1e6); }
    t.sort((a, b) => a - b);
    process.stdout.write(String(t[2]));`;
  const once = (dir) => {
    const r = spawnSync(process.execPath, ['-e', script, dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`engine timing failed in ${dir}: ${r.stderr}`);
    return Number(r.stdout);
  };
  const times = { old: [], new: [] };
  for (let i = 0; i < runs; i++) {
    for (const k of i % 2 ? ['new', 'old'] : ['old', 'new']) times[k].push(once(k === 'old' ? oldDir : ROOT));
  }
  return { old: median(times.old), new: median(times.new) };
}

async function timeCheck(oldCli, newCli, work, runs) {
  const { writeBenchXlsx } = require('./bench-workbooks.js');
  const file = path.join(work, 'bench-speed-100x100.xlsx');
  await writeBenchXlsx(file, 100, 100);
  const once = (bin) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'check', file, '--json'], { stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}) with ${bin}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  once(oldCli);
  once(newCli); // warm the file cache
  const times = { old: [], new: [] };
  for (let i = 0; i < runs; i++) {
    for (const k of i % 2 ? ['new', 'old'] : ['old', 'new']) times[k].push(once(k === 'old' ? oldCli : newCli));
  }
  return { old: median(times.old), new: median(times.new) };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const base = baselineCheckout(opts.baseline, opts.build ? 'if-missing' : 'never');
  if (opts.build) {
    console.log('building this checkout\'s CLI …');
    run('npm', ['run', '-s', 'build:cli'], ROOT);
  }
  const newCli = path.join(ROOT, 'dist-cli', 'bin', 'jixiao.js');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-compare-'));
  const inputs = [
    ...listFiles(path.join(ROOT, 'samples'), ['.xlsx']),
    ...listFiles(path.join(ROOT, 'test'), ['.xlsx', '.docx']),
    ...(await generatedInputs(work)),
  ].filter((f) => !opts.only || f.includes(opts.only));
  console.log(`baseline ${base.sha.slice(0, 12)} vs this checkout (${git(['rev-parse', '--short=12', 'HEAD'])}${git(['status', '--porcelain']) ? ', with uncommitted changes' : ''}): ${inputs.length} inputs`);

  let differences = 0;
  let compared = 0;
  for (const input of inputs) {
    // Each input is copied to one path both builds read, so file names in the output agree.
    const dir = path.join(work, 'run');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    const copy = path.join(dir, path.basename(input));
    fs.copyFileSync(input, copy);
    const outOld = path.join(dir, 'old');
    const outNew = path.join(dir, 'new');
    fs.mkdirSync(outOld);
    fs.mkdirSync(outNew);
    // Outputs are written under the same relative name: rename so printed paths agree.
    const a = outputsFor(base.cli, copy, outOld).map(([k, v]) => [k, v.split(outOld).join('<out>')]);
    const b = outputsFor(newCli, copy, outNew).map(([k, v]) => [k, v.split(outNew).join('<out>')]);
    const rel = path.relative(ROOT, input).startsWith('..') ? path.relative(work, input) : path.relative(ROOT, input);
    for (let i = 0; i < a.length; i++) {
      compared++;
      if (!b[i] || a[i][1] !== b[i][1]) {
        differences++;
        console.log(`  DIFFERS ${rel} · ${a[i][0]}\n    ${firstDifference(a[i][1], b[i] ? b[i][1] : '')}`);
      }
    }
  }
  // The bureau's roll-up: one folder of every workbook and report above, `check DIR --summary`.
  if (!opts.only) {
    const dir = path.join(work, 'folder');
    fs.mkdirSync(dir, { recursive: true });
    inputs.forEach((f, i) => fs.copyFileSync(f, path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(f)}`)));
    const summaryOf = (bin, tag) => {
      const out = path.join(work, `summary-${tag}`);
      fs.mkdirSync(out, { recursive: true });
      const file = path.join(out, '汇总.xlsx');
      const r = cli(bin, ['check', dir, '--summary', file, '--json']);
      const parts = fs.existsSync(file) ? packageText(file, (xml) => xml.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, '<生成时间>')) : '(no file)';
      return [
        ['check DIR --summary --json', `exit ${r.status}\n${r.stdout.split(out).join('<out>')}\n--- stderr\n${r.stderr.split(out).join('<out>')}`],
        ['summary workbook (parts, 生成时间 masked)', typeof parts === 'string' ? parts : parts],
      ];
    };
    const a = summaryOf(base.cli, 'old');
    const b = summaryOf(newCli, 'new');
    for (let i = 0; i < a.length; i++) {
      compared++;
      if (a[i][1] !== b[i][1]) {
        differences++;
        console.log(`  DIFFERS (folder of all ${inputs.length} inputs) · ${a[i][0]}\n    ${firstDifference(a[i][1], b[i][1])}`);
      }
    }
  }
  console.log(`${compared} outputs compared over ${inputs.length} inputs: ${differences === 0 ? 'all identical' : `${differences} differ`}`);

  let slow = false;
  if (opts.speed) {
    const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
    console.log(`speed (alternating, median of ${opts.runs}; load ${load()}):`);
    const e = timeEngine(base.dir, opts.runs);
    const c = await timeCheck(base.cli, newCli, work, opts.runs);
    const re = e.new / e.old;
    const rc = c.new / c.old;
    console.log(`  engine, 10,000 indicator rows: baseline ${e.old.toFixed(1)} ms, this ${e.new.toFixed(1)} ms → new/old ${re.toFixed(3)} (target ≤ 1.05)`);
    console.log(`  check --json, 10,000 rows in 100 sheets: baseline ${c.old.toFixed(0)} ms, this ${c.new.toFixed(0)} ms → new/old ${rc.toFixed(3)} (target ≤ 1.05)`);
    console.log(`  load after: ${load()}`);
    slow = re > 1.05 || rc > 1.05;
  }
  if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`outputs kept in ${work}`);
  process.exit(differences === 0 && !slow ? 0 : 1);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(2);
});
