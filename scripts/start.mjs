#!/usr/bin/env node
// `npm start`: install what is missing, build what is stale, then `shahrnet serve`, which migrates the
// embedded database, loads the shipped data on first run, serves http://127.0.0.1:8080 and prints the URL.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, ensureWebBuilt, root } from './lib/ensure.mjs';

try {
  ensureInstalled();
  ensureWebBuilt();
} catch (error) {
  console.error(`shahrnet: ${error.message}`);
  process.exit(error.exitCode ?? 1);
}

const child = spawn(process.execPath, [join(root, 'packages/cli/bin/shahrnet.mjs'), 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
