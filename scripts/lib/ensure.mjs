// Shared by `npm start` and `npm test`: make a fresh clone runnable with no manual steps.
// Plain Node (no dependencies), because it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Newest modification time of the files below `dir` (skipping node_modules and dist). */
export function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) {
        if (name === 'node_modules' || name === 'dist' || name === 'test-results') continue;
        walk(join(p, name));
      }
    } else if (s.mtimeMs > newest) newest = s.mtimeMs;
  };
  for (const p of paths) walk(p);
  return newest;
}

/** Runs a command with inherited output; throws with its exit code on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const error = new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
    error.exitCode = result.status ?? 1;
    throw error;
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Installs dependencies when node_modules is missing or older than the lockfile (or package.json files). */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const manifests = [join(root, 'package-lock.json'), join(root, 'package.json')];
  for (const ws of ['text', 'core', 'server', 'cli', 'web']) manifests.push(join(root, 'packages', ws, 'package.json'));
  const newestManifest = Math.max(...manifests.map(mtime));
  if (existsSync(marker) && mtime(marker) >= newestManifest) return false;
  console.log('shahrnet: installing dependencies (npm install)...');
  run(npm, ['install', '--no-audit', '--no-fund']);
  return true;
}

/** Builds the web app when its output is missing or older than its sources. */
export function ensureWebBuilt() {
  const web = join(root, 'packages', 'web');
  if (!existsSync(join(web, 'package.json')) || !existsSync(join(web, 'index.html'))) return false;
  const built = mtime(join(web, 'dist', 'index.html'));
  const sources = newestMtime([join(web, 'src'), join(web, 'index.html'), join(web, 'vite.config.ts'), join(web, 'public')]);
  if (built > 0 && built >= sources) return false;
  console.log('shahrnet: building the web app...');
  run(npm, ['run', 'build', '--workspace', '@shahrnet/web']);
  return true;
}
