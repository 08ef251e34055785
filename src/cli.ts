#!/usr/bin/env node
// Entry point of the bundled command line (dist/cli/index.js, the package's `bin`).
import { runCli } from './cli/program.ts';
import { VERSION } from './version.ts';

process.exitCode = await runCli(
  process.argv.slice(2),
  { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr },
  VERSION,
);
