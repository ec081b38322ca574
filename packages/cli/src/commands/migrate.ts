import type { Command } from 'commander';
import { createDb, loadConfig, migrateToLatest } from '@shahrnet/core';
import type { CliCommand } from '../command.js';

/**
 * `shahrnet migrate`: brings the configured database (SQLite file, or PostgreSQL with DATABASE_URL)
 * to the latest schema and says which database it migrated. Safe to run repeatedly.
 */
export const migrateCommand: CliCommand = {
  register(program: Command): void {
    program
      .command('migrate')
      .description('Migrate the database (SHAHRNET_DB, or DATABASE_URL when set) to the latest schema')
      .action(async () => {
        const config = loadConfig();
        const handle = createDb(config);
        try {
          await migrateToLatest(handle.db);
        } finally {
          await handle.close();
        }
        const where = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : config.SHAHRNET_DB;
        process.stdout.write(`Database is up to date: ${where}\n`);
      });
  },
};
