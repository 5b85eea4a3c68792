#!/usr/bin/env node
/**
 * Offline guarantee, static half: scan the built pane (dist/, after `npx webpack --mode
 * production`) for every way code could reach the network — `fetch(`, `XMLHttpRequest`,
 * `WebSocket`, `sendBeacon`, `EventSource`, `importScripts`, `new Worker(`, `serviceWorker`
 * — and for every external URL (http(s)://, ws(s)://, protocol-relative //host/), and compare
 * each occurrence with the reviewed allowlist (network-allowlist.json at the repository root).
 *
 *   node scripts/scan-bundle.js [--dist DIR] [--allowlist FILE] [--list]
 *
 *   node scripts/scan-bundle.js --dist dist-wps --allowlist network-allowlist.wps.json   (the WPS add-in)
 *
 * Exit 0 when every occurrence is covered by an allowlist entry and every entry still matches
 * something (entries an allowlist inherits through "extends" excepted); 1 otherwise (unreviewed occurrences and stale entries are printed); 2 when dist/ is
 * missing. `--list` prints every occurrence with its entry. The dynamic half is the browser test
 * (test/e2e/offline.e2e.test.ts), which fails on any request leaving 127.0.0.1.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** What is searched, by kind. URLs are captured whole; API names by their token. */
const PATTERNS = [
  { kind: 'fetch', re: /\bfetch\s*\(/g },
  { kind: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/g },
  { kind: 'WebSocket', re: /\bWebSocket\b/g },
  { kind: 'sendBeacon', re: /\bsendBeacon\b/g },
  { kind: 'EventSource', re: /\bEventSource\b/g },
  { kind: 'importScripts', re: /\bimportScripts\b/g },
  { kind: 'Worker', re: /\bnew\s+(?:Shared)?Worker\s*\(/g },
  { kind: 'serviceWorker', re: /\bserviceWorker\b/g },
  { kind: 'url', re: /\b(?:https?|wss?):\/\/[^\s"'`<>()\\{}]+/g },
];

const TEXT_EXT = /\.(js|mjs|cjs|html?|css|json|xml|txt|svg|map|webmanifest)$/i;

function walk(dir, base = dir, out = []) {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    if (st.isDirectory()) walk(p, base, out);
    else if (TEXT_EXT.test(name)) out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

/** Glob → RegExp: `**` any path (incl. /), `*` anything but /, `?` one char; the rest literal. */
function globRe(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** An entry's `match`: exact text, or a prefix when it ends with `*`, or `*` for anything of that kind. */
function matches(entryMatch, text) {
  if (entryMatch === '*') return true;
  if (entryMatch.endsWith('*')) return text.startsWith(entryMatch.slice(0, -1));
  return text === entryMatch;
}

/**
 * The entries of `file`, then those of the allowlist it `extends` (a path relative to it), marked
 * `inherited`: an inherited entry may match nothing here (the WPS build has no office.js), its
 * own entries must each match something.
 */
function loadAllowlist(file, inherited = false, seen = new Set()) {
  if (seen.has(path.resolve(file))) throw new Error(`${file}: "extends" loops`);
  seen.add(path.resolve(file));
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const entries = json.entries || [];
  entries.forEach((e, i) => {
    for (const k of ['file', 'kind', 'match', 'reason']) {
      if (typeof e[k] !== 'string' || e[k].trim() === '') throw new Error(`${file}: entry ${i} lacks "${k}"`);
    }
    if (!PATTERNS.some((p) => p.kind === e.kind)) throw new Error(`${file}: entry ${i} has unknown kind "${e.kind}"`);
  });
  const own = entries.map((e) => ({ ...e, fileRe: globRe(e.file), inherited }));
  if (json.extends === undefined) return own;
  return [...own, ...loadAllowlist(path.resolve(path.dirname(file), json.extends), true, seen)];
}

/** Scan `dist` against `allowlistFile`: { occurrences, unreviewed, stale, files }. */
function scanBundle(dist = path.join(ROOT, 'dist'), allowlistFile = path.join(ROOT, 'network-allowlist.json')) {
  if (!fs.existsSync(dist)) {
    const err = new Error(`${dist} does not exist: run \`npx webpack --mode production\` first`);
    err.code = 'NO_DIST';
    throw err;
  }
  const entries = loadAllowlist(allowlistFile);
  const used = new Array(entries.length).fill(0);
  const occurrences = [];
  const files = walk(dist);
  for (const file of files) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const { kind, re } of PATTERNS) {
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(text))) {
        const found = kind === 'url' ? m[0].replace(/[.,;:]+$/, '') : m[0].replace(/\s+/g, '');
        const index = entries.findIndex((e) => e.kind === kind && e.fileRe.test(file) && matches(e.match, found));
        if (index >= 0) used[index] += 1;
        occurrences.push({ file, kind, text: found, offset: m.index, context: text.slice(Math.max(0, m.index - 60), m.index + found.length + 60).replace(/\s+/g, ' '), entry: index >= 0 ? entries[index] : undefined });
      }
    }
  }
  const unreviewed = occurrences.filter((o) => !o.entry);
  const stale = entries.filter((e, i) => used[i] === 0 && !e.inherited).map(({ fileRe, inherited, ...e }) => e);
  return { files, occurrences, unreviewed, stale, counts: entries.map(({ fileRe, inherited, ...e }, i) => ({ ...e, count: used[i] })) };
}

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dist = path.resolve(arg('dist') || path.join(ROOT, 'dist'));
  const allowlist = path.resolve(arg('allowlist') || path.join(ROOT, 'network-allowlist.json'));
  let r;
  try {
    r = scanBundle(dist, allowlist);
  } catch (e) {
    console.error(e.message);
    return e.code === 'NO_DIST' ? 2 : 1;
  }
  console.log(`scanned ${r.files.length} files in ${path.relative(process.cwd(), dist) || dist}: ${r.occurrences.length} occurrences`);
  for (const c of r.counts) console.log(`  ${String(c.count).padStart(5)}  ${c.kind.padEnd(14)} ${c.file}  ${c.match}\n         ${c.reason}`);
  if (argv.includes('--list')) for (const o of r.occurrences) console.log(`${o.file}:${o.offset} ${o.kind} ${o.text}  ← ${o.entry ? o.entry.match : 'UNREVIEWED'}`);
  for (const o of r.unreviewed) console.error(`UNREVIEWED ${o.file}:${o.offset} ${o.kind} ${o.text}\n    …${o.context}…`);
  for (const s of r.stale) console.error(`STALE allowlist entry (matches nothing): ${s.kind} ${s.file} ${s.match}`);
  return r.unreviewed.length === 0 && r.stale.length === 0 ? 0 : 1;
}

module.exports = { scanBundle, globRe, PATTERNS };

if (require.main === module) process.exit(main(process.argv.slice(2)));
