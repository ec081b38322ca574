import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/**
 * Browser-test harness: builds the web app when stale, starts the real server (the `shahrnet serve`
 * command, which migrates a fresh SQLite database and loads the shipped data on first run) on a
 * random port with a test admin, and launches Debian's Chromium through playwright-core.
 * Nothing is downloaded: a missing /usr/bin/chromium fails the test with instructions.
 */

/** packages/web */
export const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The browser tests' own articles (see fixtures/README.md). */
export const FIXTURES_DIR = join(WEB_DIR, 'e2e', 'fixtures');
/** Where screenshots go (gitignored). */
export const RESULTS_DIR = join(WEB_DIR, 'test-results');
/** Debian's Chromium; the only browser these tests use. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Runs `vite build` when dist/index.html is missing or older than any source of the app (src, public,
 * index.html, vite.config.ts, package.json). Returns the dist folder.
 */
export function ensureWebBuild(): string {
  const dist = join(WEB_DIR, 'dist');
  const built = newestMtime(join(dist, 'index.html'));
  const sources = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newestMtime(join(WEB_DIR, p))),
  );
  if (built > 0 && built >= sources) return dist;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: WEB_DIR, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return dist;
}

/** A running server for one test file. */
export interface TestServer {
  url: string;
  admin: { username: string; password: string };
  /** What the server printed, for failure messages. */
  output(): string;
  /** Runs a `shahrnet` command on the server's database (e.g. `ingest <folder>`); returns its stdout. */
  cli(args: string[], input?: string): string;
  close(): Promise<void>;
}

const CLI = join(REPO_ROOT, 'packages', 'cli', 'bin', 'shahrnet.mjs');

function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env, input, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`shahrnet ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Starts `shahrnet serve` on a random port over a new SQLite file in a temp folder, waits for the URL
 * it prints, then adds an admin account (`shahrnet user add --admin --password-stdin`). The server
 * is a child process so the test drives exactly what `npm start` runs.
 */
export async function startTestServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'shahrnet-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SHAHRNET_DB: join(dir, 'shahrnet.sqlite'),
    PORT: '0',
    HOST: '127.0.0.1',
    SHAHRNET_LOG_LEVEL: 'warn',
    SHAHRNET_SESSION_SECRET: randomBytes(32).toString('hex'),
    SHAHRNET_PUBLIC_READ: 'false',
  };
  delete env.DATABASE_URL; // always the embedded SQLite here, whatever the caller's environment says
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`shahrnet serve printed no URL within 120 s:\n${log}`)), 120_000);
    const onData = (chunk: string) => {
      log += chunk;
      const match = /running at (http:\/\/[^\s]+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: string) => {
      log += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`shahrnet serve exited with ${code} before listening:\n${log}`));
    });
  });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const admin = { username: 'e2e-admin', password: `e2e ${randomBytes(9).toString('base64url')}` };
  try {
    runCli(['user', 'add', admin.username, '--admin', '--display-name', 'آزمون‌گر', '--password-stdin'], env, `${admin.password}\n`);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, admin, output: () => log, cli: (args, input) => runCli(args, env, input), close };
}

/** Chromium flags for a quiet, offline, container-friendly headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Debian's Chromium. Fails (never skips) when it is missing, saying how to install it:
 * a browser test that silently skips would let a broken UI pass CI.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: the browser tests need Debian's Chromium. Install it with ` +
        '`apt-get install -y chromium` (as root). Do not run `playwright install`.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Collects console errors and uncaught page errors; the tests assert the list stays empty. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** Saves a full-page screenshot to packages/web/test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
