import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';

/**
 * The database handle of the accounts repositories and use cases: the one `Database` of storage/
 * (a transaction also fits, being a Kysely). Use cases that open their own transaction
 * (`updateUser`) must be given the root instance.
 */
export type AuthDb = Kysely<Database>;
