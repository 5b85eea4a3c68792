#!/usr/bin/env node
/**
 * Long fuzz run of grid → analyseWorkbook (test/fuzz): `node scripts/fuzz.js --runs 200000 [--seed N]`.
 * Without --seed a fresh seed is drawn and printed first, so any failure can be replayed with
 * `node scripts/fuzz.js --runs N --seed <seed>` (or FUZZ_SEED=<seed> FUZZ_RUNS=N npx jest test/fuzz).
 * The cases are split over the fuzz shards, which jest runs on parallel workers.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const runs = Number(arg('runs', '200000'));
const seed = Number(arg('seed', String(Math.floor(Math.random() * 2 ** 31))));
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: node scripts/fuzz.js [--runs N] [--seed N]');
  process.exit(2);
}
console.log(`fuzz: ${runs} cases, seed ${seed} (replay: node scripts/fuzz.js --runs ${runs} --seed ${seed})`);
const root = path.resolve(__dirname, '..');
// ~4.5 ms per case on one core; allow 3× that per shard.
const timeoutMs = Math.max(60_000, Math.ceil(runs * 4.5 * 3));
const r = spawnSync(process.execPath, [require.resolve('jest/bin/jest', { paths: [root] }), 'test/fuzz', `--testTimeout=${timeoutMs}`, '--maxWorkers=2'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
});
if (r.status !== 0) console.error(`fuzz FAILED — seed ${seed}, ${runs} cases`);
process.exit(r.status ?? 1);
