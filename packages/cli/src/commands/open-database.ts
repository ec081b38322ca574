import { createDb, migrateToLatest, type Config, type DbHandle } from '@shahrnet/core';

/**
 * Opens the configured database and brings its schema up to date, for commands that work on an
 * installation that may never have been served (`user add` before the first `serve`). The caller
 * closes the handle.
 */
export async function openMigratedDb(config: Config): Promise<DbHandle> {
  const handle = createDb(config);
  try {
    await migrateToLatest(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
