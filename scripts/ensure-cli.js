#!/usr/bin/env node
'use strict';
/**
 * `npm run jixiao -- …`: run the built CLI, rebuilding it first only when a source it is built
 * from is newer than the bundle (or the bundle is missing). A built checkout answers like a CLI
 * (npm's own start-up + the bin) instead of rebuilding with tsc + webpack on every call.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'dist-cli', 'bin', 'jixiao.js');
const WORKER = path.join(ROOT, 'dist-cli', 'bin', 'batch-worker.js');
const INPUTS = ['src', 'webpack.cli.config.js', 'tsconfig.cli.json', 'tsconfig.json', 'package.json'];
// Sources the CLI bundle is not built from (the pane, the WPS add-in, the bureau page).
const NOT_CLI = /^src[\\/](taskpane|wps-entry|batch-page|hosts[\\/](excel|wps|memory))([\\/]|$)/;

function newest(p) {
  if (NOT_CLI.test(path.relative(ROOT, p))) return 0;
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const name of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, name)));
  return m;
}

function builtAt() {
  try {
    return Math.min(fs.statSync(BIN).mtimeMs, fs.statSync(WORKER).mtimeMs);
  } catch {
    return -1;
  }
}

const built = builtAt();
if (built < 0 || INPUTS.some((i) => newest(path.join(ROOT, i)) > built)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status === null ? 2 : r.status);
}
// Run the bin in this process (no second Node start-up): it reads process.argv from index 2.
process.argv = [process.argv[0], BIN, ...process.argv.slice(2)];
require(BIN);
