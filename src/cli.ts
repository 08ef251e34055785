#!/usr/bin/env node
// Entry point of the bundled command line (dist/cli/index.js, the package's `bin`).
import { enableCompileCache } from 'node:module';
import { stderr, stdout } from './stdio.ts';

// A command line runs again and again (pre-commit hooks, editors): Node keeps the compiled code of the command in
// its compile cache (NODE_COMPILE_CACHE, else a folder under the system's temporary folder) and the next run skips
// compiling it. Enabled before the command's code is imported, which is why that import is dynamic.
enableCompileCache();
const [{ runCli }, { VERSION }] = await Promise.all([import('./cli/program.ts'), import('./version.ts')]);

process.exitCode = await runCli(
  process.argv.slice(2),
  { cwd: process.cwd(), env: process.env, stdout, stderr },
  VERSION,
);
