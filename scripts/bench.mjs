#!/usr/bin/env node
// `npm run bench -- <name> [--json] [options]`: runs scripts/bench/<name>.ts through tsx.
// Each benchmark prints one JSON object with --json; figures are ratios against a baseline measured
// in the same run, so they compare across machines and loads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root } from './lib/ensure.mjs';

const [name, ...rest] = process.argv.slice(2);
const available = readdirSync(join(root, 'scripts/bench')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [--json]`);
  process.exit(2);
}
ensureInstalled();
const file = join(root, 'scripts/bench', `${name}.ts`);
if (!existsSync(file)) process.exit(2);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file, ...rest], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
