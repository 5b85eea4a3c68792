/**
 * The corpus harness shared by `npm run corpus` (scripts/corpus.js) and the jest test
 * (test/corpus/corpus.test.ts): loads the table folders, validates them, and scores the checker's
 * findings against each hand-derived key. Plain CommonJS so the script runs without a TypeScript
 * build; its types are in harness.d.ts. Format: test/corpus/README.md.
 */
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { unzipSync, strFromU8 } = require('fflate');

const CORPUS = __dirname;
const FOLDER = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)+$/;
const KINDS = ['project', 'department'];
const SEVERITIES = ['error', 'warning', 'info'];
const RULE = /^[A-Z]\d{2}$/;
const CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const RANGE = /^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/;

function tableFolders() {
  return readdirSync(CORPUS)
    .filter((n) => FOLDER.test(n) && statSync(join(CORPUS, n)).isDirectory())
    .sort();
}

function readJson(path, problems) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${path}: ${e.message}`);
    return undefined;
  }
}

/** Loads one folder; `problems` lists everything incomplete or invalid in it (empty = valid). */
function loadTable(folder) {
  const dir = join(CORPUS, folder);
  const problems = [];
  const need = ['source.json', 'excerpt.txt', 'table.json', 'key.json', 'table.xlsx', 'table.lo.xlsx'];
  for (const f of need) if (!existsSync(join(dir, f))) problems.push(`${folder}: ${f} 缺失`);
  const source = existsSync(join(dir, 'source.json')) ? readJson(join(dir, 'source.json'), problems) : undefined;
  const table = existsSync(join(dir, 'table.json')) ? readJson(join(dir, 'table.json'), problems) : undefined;
  const key = existsSync(join(dir, 'key.json')) ? readJson(join(dir, 'key.json'), problems) : undefined;
  const excerpt = existsSync(join(dir, 'excerpt.txt')) ? readFileSync(join(dir, 'excerpt.txt'), 'utf8') : '';
  if (source) {
    for (const f of ['url', 'title', 'publisher', 'province']) {
      if (typeof source[f] !== 'string' || !source[f].trim()) problems.push(`${folder}/source.json: ${f} 缺失`);
    }
    if (!/^https?:\/\//.test(source.url || '')) problems.push(`${folder}/source.json: url 不是网址`);
    if (!KINDS.includes(source.kind)) problems.push(`${folder}/source.json: kind 应为 project|department`);
    if (!Number.isInteger(source.year)) problems.push(`${folder}/source.json: year 应为整数`);
    if (typeof source.debris !== 'boolean') problems.push(`${folder}/source.json: debris 应为 true|false`);
  }
  if (!excerpt.trim()) problems.push(`${folder}/excerpt.txt: 为空`);
  if (table) {
    if (typeof table.sheet !== 'string' || !table.sheet) problems.push(`${folder}/table.json: sheet 缺失`);
    if (!['typed', 'text'].includes(table.numbers)) problems.push(`${folder}/table.json: numbers 应为 typed|text`);
    if (!Array.isArray(table.rows) || table.rows.length === 0) problems.push(`${folder}/table.json: rows 为空`);
    else {
      table.rows.forEach((row, i) => {
        if (!Array.isArray(row) || row.some((c) => typeof c !== 'string')) {
          problems.push(`${folder}/table.json: 第${i + 1}行应为字符串数组`);
        }
      });
    }
    for (const m of table.merges || []) if (!RANGE.test(m)) problems.push(`${folder}/table.json: 合并区域 ${m} 无效`);
  }
  if (table && Array.isArray(table.rows)) {
    const hash = createHash('sha256').update(readFileSync(join(dir, 'table.json'))).digest('hex');
    for (const build of ['table.xlsx', 'table.lo.xlsx']) {
      const path = join(dir, build);
      if (existsSync(path) && builtFrom(path) !== hash) {
        problems.push(`${folder}/${build}: 不是由当前 table.json 生成的，请运行 npm run corpus:build`);
      }
    }
  }
  const height = table && Array.isArray(table.rows) ? table.rows.length : 0;
  const width = table && Array.isArray(table.rows) ? Math.max(0, ...table.rows.map((r) => (Array.isArray(r) ? r.length : 0))) : 0;
  const inGrid = (a1) => {
    const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(a1);
    return !!m && colNumber(m[1]) <= width && Number(m[2]) <= height;
  };
  for (const m of (table && table.merges) || []) {
    if (RANGE.test(m) && !m.split(':').every(inGrid)) problems.push(`${folder}/table.json: 合并区域 ${m} 超出表格`);
  }
  if (key) {
    // An empty must list is allowed: a clean published table measures false alarms only.
    if (!Array.isArray(key.must)) problems.push(`${folder}/key.json: must 缺失`);
    if (!Array.isArray(key.tolerated)) problems.push(`${folder}/key.json: tolerated 缺失`);
    const items = [...(key.must || []).map((k) => ['must', k]), ...(key.tolerated || []).map((k) => ['tolerated', k])];
    for (const [kind, k] of items) {
      const where = `${folder}/key.json ${kind} ${k && k.rule} ${k && k.cell}`;
      if (!k || !RULE.test(k.rule || '')) problems.push(`${where}: rule 无效`);
      if (!k || !(CELL.test(k.cell || '') || (kind === 'tolerated' && k.cell === '*'))) problems.push(`${where}: cell 无效`);
      else if (k.cell !== '*' && height > 0 && !inGrid(k.cell)) problems.push(`${where}: cell 在表格之外`);
      if (k && k.severity !== undefined && !SEVERITIES.includes(k.severity)) problems.push(`${where}: severity 无效`);
      if (!k || typeof k.why !== 'string' || k.why.trim().length < 4) problems.push(`${where}: why 缺失`);
    }
  }
  return { folder, dir, source, table, key, excerpt, problems };
}

function loadCorpus() {
  return tableFolders().map(loadTable);
}

const squash = (s) => s.replace(/\s+/gu, '');

/** Non-empty cells of table.json whose text (whitespace removed) does not occur in the excerpt. */
function cellsMissingFromExcerpt(t) {
  const hay = squash(t.excerpt);
  const missing = [];
  (t.table && t.table.rows ? t.table.rows : []).forEach((row, r) => {
    row.forEach((text, c) => {
      const needle = squash(text);
      if (needle && !hay.includes(needle)) missing.push(`${colName(c + 1)}${r + 1}: ${JSON.stringify(text)}`);
    });
  });
  return missing;
}

function colNumber(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The table.json sha256 that scripts/build-corpus.js recorded in the workbook's description. */
function builtFrom(xlsxPath) {
  try {
    const files = unzipSync(readFileSync(xlsxPath), { filter: (f) => f.name === 'docProps/core.xml' });
    const core = files['docProps/core.xml'];
    const m = core && /table\.json sha256 ([0-9a-f]{64})/.exec(strFromU8(core));
    return m ? m[1] : null;
  } catch {
    return null;
  }
}

function colName(n) {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const BUILDS = ['table.xlsx', 'table.lo.xlsx'];

function sameSpot(item, f, sheet) {
  return item.rule === f.rule && f.sheet === sheet && (item.cell === '*' || item.cell === f.cell)
    && (item.severity === undefined || item.severity === f.severity);
}

/**
 * Scores one table. `results` maps a build name (table.xlsx / table.lo.xlsx) to the checker's
 * result for that file: `{ findings }` or `{ error }`. A must item is found when a finding with
 * its rule, sheet and cell (and severity, if the key states one) exists. An error or warning that
 * is neither a must item nor tolerated is a false alarm; infos are counted only.
 */
function scoreTable(t, results) {
  const sheet = t.table.sheet;
  const out = { folder: t.folder, mustTotal: 0, mustFound: 0, misses: [], falseAlarms: [], tolerated: 0, infos: 0, unreadable: [] };
  for (const build of BUILDS) {
    const r = results[build];
    const must = t.key.must;
    out.mustTotal += must.length;
    if (!r || r.error || !Array.isArray(r.findings)) {
      out.unreadable.push({ build, error: r ? r.error : 'no result' });
      for (const m of must) out.misses.push({ build, ...m });
      continue;
    }
    const findings = r.findings;
    for (const m of must) {
      if (findings.some((f) => sameSpot(m, f, sheet))) out.mustFound++;
      else {
        const near = findings.filter((f) => f.rule === m.rule || f.cell === m.cell)
          .map((f) => `${f.rule} ${f.cell} ${f.severity}`);
        out.misses.push({ build, rule: m.rule, cell: m.cell, severity: m.severity, why: m.why, near });
      }
    }
    for (const f of findings) {
      if (f.severity === 'info') { out.infos++; continue; }
      if (must.some((m) => sameSpot(m, f, sheet))) continue;
      if (t.key.tolerated.some((k) => sameSpot(k, f, sheet))) { out.tolerated++; continue; }
      out.falseAlarms.push({ build, rule: f.rule, cell: f.cell, sheet: f.sheet, severity: f.severity, message: f.message });
    }
  }
  return out;
}

function totals(scores) {
  const t = { tables: scores.length, mustTotal: 0, mustFound: 0, falseErrors: 0, falseWarnings: 0, infos: 0, tolerated: 0, unreadable: 0 };
  for (const s of scores) {
    t.mustTotal += s.mustTotal;
    t.mustFound += s.mustFound;
    t.infos += s.infos;
    t.tolerated += s.tolerated;
    t.unreadable += s.unreadable.length;
    for (const f of s.falseAlarms) {
      if (f.severity === 'error') t.falseErrors++;
      else t.falseWarnings++;
    }
  }
  t.recall = t.mustTotal === 0 ? 0 : t.mustFound / t.mustTotal;
  return t;
}

/** Splits the CLI's `check --json` output ({ files: [{ file, findings|error }] }) per table/build. */
function resultsByTable(json, tables) {
  const map = new Map(tables.map((t) => [t.folder, {}]));
  for (const f of json.files) {
    const norm = f.file.replace(/\\/g, '/');
    const m = /(\d{2}-[a-z0-9-]+)\/(table(?:\.lo)?\.xlsx)$/.exec(norm);
    if (!m || !map.has(m[1])) continue;
    map.get(m[1])[m[2]] = f.error ? { error: f.error } : { findings: f.findings };
  }
  return map;
}

function corpusFiles(tables) {
  return tables.flatMap((t) => BUILDS.map((b) => join(t.dir, b)));
}

function formatReport(scores) {
  const lines = [];
  const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  for (const s of scores) {
    const fe = s.falseAlarms.filter((f) => f.severity === 'error').length;
    const fw = s.falseAlarms.length - fe;
    lines.push(`${s.folder}  recall ${s.mustFound}/${s.mustTotal} (${pct(s.mustFound, s.mustTotal)})  false errors ${fe}  false warnings ${fw}  tolerated ${s.tolerated}  infos ${s.infos}`);
    for (const u of s.unreadable) lines.push(`  UNREADABLE ${u.build}: ${JSON.stringify(u.error)}`);
    for (const m of s.misses) {
      lines.push(`  MISS  ${m.build} ${m.rule} ${m.cell}${m.severity ? ' ' + m.severity : ''}${m.near && m.near.length ? `  (nearby: ${m.near.join(', ')})` : ''}`);
    }
    for (const f of s.falseAlarms) lines.push(`  FALSE ${f.severity} ${f.build} ${f.rule} ${f.sheet}!${f.cell ?? '（无单元格）'}  ${f.message}`);
  }
  const t = totals(scores);
  lines.push('');
  lines.push(`TOTAL ${t.tables} tables  recall ${t.mustFound}/${t.mustTotal} (${pct(t.mustFound, t.mustTotal)})  false errors ${t.falseErrors}  false warnings ${t.falseWarnings}  tolerated ${t.tolerated}  infos ${t.infos}  unreadable ${t.unreadable}`);
  return lines.join('\n');
}

module.exports = {
  CORPUS,
  BUILDS,
  tableFolders,
  loadTable,
  loadCorpus,
  builtFrom,
  cellsMissingFromExcerpt,
  scoreTable,
  totals,
  resultsByTable,
  corpusFiles,
  formatReport,
};
