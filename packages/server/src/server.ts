import { createDb, hasAnyUser, migrateToLatest, resolveSessionSecret, type AuthDb, type Config } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from './app.js';

/** A listening server. */
export interface RunningServer {
  app: FastifyInstance;
  /** The URL it listens on, e.g. http://127.0.0.1:8080 */
  url: string;
  /** False on a fresh installation: nobody can sign in until `shahrnet user add --admin` ran. */
  hasUsers: boolean;
  /** Stops listening and closes the database when `startServer` opened it. */
  close(): Promise<void>;
}

/** The instruction printed while no account exists (there is no default password). */
export const FIRST_ADMIN_HINT =
  'No user accounts yet. Create the first admin with: npx shahrnet user add --admin <username>  ' +
  '(it asks for the password; or pipe it with --password-stdin)';

/**
 * Starts Shahrnet's HTTP server on `HOST`:`PORT`. With `options.db` it uses that (already migrated)
 * database; otherwise it opens the configured one and migrates it. Logs the URL, and on an installation
 * without accounts how to create the first admin.
 */
export async function startServer(
  config: Config,
  options: { db?: AuthDb; webDist?: string; logger?: AppDeps['logger'] } = {},
): Promise<RunningServer> {
  const handle = options.db ? undefined : createDb(config, { readers: config.SHAHRNET_SQLITE_READERS });
  const db = options.db ?? handle!.db;
  try {
    if (handle) await migrateToLatest(handle.db);
    const app = await buildApp({
      config,
      db,
      sessionSecret: resolveSessionSecret(config),
      ...(options.webDist ? { webDist: options.webDist } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    const address = await app.listen({ port: config.PORT, host: config.HOST });
    const hasUsers = await hasAnyUser(db);
    if (!hasUsers) app.log.warn(FIRST_ADMIN_HINT);
    const url = address.replace('://[::1]', '://localhost');
    return {
      app,
      url,
      hasUsers,
      close: async () => {
        await app.close();
        await handle?.close();
      },
    };
  } catch (error) {
    await handle?.close();
    throw error;
  }
}
