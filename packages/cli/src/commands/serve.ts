import { z } from 'zod';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import {
  AppError,
  defaultDataDir,
  hasAnyUser,
  importShippedData,
  IMPORT_ACTOR,
  isRegistryEmpty,
  loadConfig,
  type AuthDb,
  type Config,
} from '@shahrnet/core';
import { startServer } from '@shahrnet/server';
import type { CliCommand } from '../command.js';
import { openMigratedDb } from './open-database.js';

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).optional(),
  host: z.string().min(1).optional(),
});

/**
 * Loads the shipped dataset (`SHAHRNET_DATA_DIR`, default the repository's data/) when the registry
 * is empty, with a progress bar on a terminal. Later starts skip it; `shahrnet import` reloads.
 */
async function loadShippedDataOnFirstRun(db: AuthDb, config: Config): Promise<void> {
  if (!(await isRegistryEmpty(db))) return;
  const dir = config.SHAHRNET_DATA_DIR ?? defaultDataDir();
  process.stdout.write(`Empty registry: loading the shipped data from ${dir}\n`);
  const bar = process.stdout.isTTY ? new cliProgress.SingleBar({ clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
  let started = false;
  try {
    const report = await importShippedData(db, dir, IMPORT_ACTOR, {
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    bar?.stop();
    process.stdout.write(`Loaded ${report.entities.created} entities and ${report.statements.created} statements.\n`);
  } catch (error) {
    bar?.stop();
    throw error;
  }
}

/**
 * `shahrnet serve [--port N] [--host H]`: migrates the database, loads the shipped data on first run,
 * serves the API and web app, and prints the URL and how to sign in. Runs until interrupted
 * (SIGINT/SIGTERM close the server and the database cleanly).
 */
export const serveCommand: CliCommand = {
  register(program: Command): void {
    program
      .command('serve')
      .description('Serve the web app and API (migrates and loads the shipped data on first run)')
      .option('--port <port>', 'HTTP port (default: PORT or 8080)')
      .option('--host <host>', 'bind address (default: HOST or 127.0.0.1)')
      .action(async (raw: unknown) => {
        const parsed = optionsSchema.safeParse(raw);
        if (!parsed.success) {
          const details = parsed.error.issues.map((i) => ({ source: `--${String(i.path[0])}`, message: i.message }));
          throw new AppError('validation_failed', details.map((d) => `${d.source}: ${d.message}`).join('; '), details);
        }
        const base = loadConfig();
        const config = Object.freeze({
          ...base,
          ...(parsed.data.port !== undefined ? { PORT: parsed.data.port } : {}),
          ...(parsed.data.host !== undefined ? { HOST: parsed.data.host } : {}),
        });
        const handle = await openMigratedDb(config);
        let server;
        try {
          await loadShippedDataOnFirstRun(handle.db, config);
          server = await startServer(config, { db: handle.db });
        } catch (error) {
          await handle.close();
          throw error;
        }
        const out = process.stdout;
        out.write(`Shahrnet is running at ${server.url}\n`);
        if (await hasAnyUser(handle.db)) {
          out.write(`Sign in at ${server.url} with your account (accounts: npx shahrnet user list).\n`);
        } else {
          out.write('No accounts yet. Create the first admin in another terminal:\n  npx shahrnet user add --admin <username>\n');
          out.write(`then sign in at ${server.url}.\n`);
        }
        if (config.SHAHRNET_PUBLIC_READ) out.write('Public read-only mode is on: anyone can browse without signing in.\n');
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await server.close();
        await handle.close();
      });
  },
};
