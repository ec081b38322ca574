import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-registry.js';
import * as m0002 from '../../auth/auth.migration.js';
import * as m0003 from '../../articles/articles.migration.js';
import * as m0004 from '../../claims/claims.migration.js';
import * as m0005 from '../../queries/queries.migration.js';
import * as m0006 from './0006-name-key-prefix.js';
import * as m0007 from './0007-evidence-cover.js';
import * as m0008 from '../../claims/claim-match-terms.migration.js';
import * as m0009 from '../../claims/claim-source-counts.migration.js';
import * as m0010 from '../../claims/drop-evidence-cover.migration.js';

/**
 * Every migration, in order, as imported modules (no file-system scanning: works from source with
 * tsx and in bundles alike). Add a migration by adding a file `NNNN-name.ts` and ONE line here;
 * names sort lexically, so keep the four-digit prefix.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-registry': m0001,
  '0002-auth-accounts': m0002,
  '0003-articles': m0003,
  '0004-claims': m0004,
  '0005-query-indexes': m0005,
  '0006-name-key-prefix': m0006,
  '0007-evidence-cover': m0007,
  '0008-claim-match-terms': m0008,
  '0009-claim-source-counts': m0009,
  '0010-drop-evidence-cover': m0010,
};

/** A static provider over `MIGRATIONS` for Kysely's `Migrator`. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
