#!/usr/bin/env node
// `npm test`: everything — type checks, unit and integration tests on SQLite and PostgreSQL, and the
// browser tests in Debian Chromium. Ends with one line `tests: N passed, N failed` (what CI reads).
// Extra arguments go to Vitest (e.g. `npm test -- --project node packages/text`).
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureInstalled, ensureWebBuilt, root, run } from './lib/ensure.mjs';

const args = process.argv.slice(2);
let failedStep = null;
try {
  ensureInstalled();
  if (args.length === 0) {
    console.log('shahrnet: type-checking...');
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    if (existsSync(join(root, 'packages/web/tsconfig.json'))) {
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'packages/web/tsconfig.json']);
    }
    ensureWebBuilt();
  }
} catch (error) {
  failedStep = error.message;
}

const out = join(root, 'var', 'test-report.json');
mkdirSync(join(root, 'var'), { recursive: true });
rmSync(out, { force: true });
let passed = 0;
let failed = 0;
if (failedStep === null) {
  const vitest = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args],
    { stdio: 'inherit', cwd: root },
  );
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
    // A suite that fails to load has no failed tests; count it so the line cannot read "0 failed".
    failed += (report.testResults ?? []).filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  }
  if (vitest.status !== 0 && failed === 0) failed = 1;
} else {
  console.error(`shahrnet: ${failedStep}`);
  failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
