#!/usr/bin/env node
import { runCli } from './run';

runCli(process.argv.slice(2), {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`内部错误：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
