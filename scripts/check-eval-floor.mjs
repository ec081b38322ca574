#!/usr/bin/env node
// Runs `shahrnet eval --json` on a corpus and fails when overall F1 or precision is below the floor in
// .ci/eval-floor.json. Raise the floor as extraction improves; lowering it needs a written reason there.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/ensure.mjs';

const [texts, gold] = process.argv.slice(2);
const floor = JSON.parse(readFileSync(join(root, '.ci/eval-floor.json'), 'utf8'));
const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/shahrnet.mjs'), 'eval', '--texts', texts, '--gold', gold, '--json'], {
  cwd: root,
  encoding: 'utf8',
});
if (result.status !== 0) {
  console.error(result.stderr);
  console.error('eval: shahrnet eval failed');
  process.exit(1);
}
const report = JSON.parse(result.stdout);
const { f1, precision, recall } = report.overall;
console.log(`eval: overall P ${precision} R ${recall} F1 ${f1} (floor: F1 ${floor.f1}, P ${floor.precision})`);
if (f1 < floor.f1 || precision < floor.precision) {
  console.error('eval: below the floor recorded in .ci/eval-floor.json');
  process.exit(1);
}
