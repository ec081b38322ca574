import type { Kysely, Transaction } from 'kysely';
import type {
  EntitiesTable,
  EntityIdentifiersTable,
  EntityNamesTable,
  EntityReferencesTable,
} from './entity.table.js';
import type { SourcesTable, StatementReferencesTable, StatementsTable } from './statement.table.js';
import type { HistoryEntitiesTable, HistoryTable } from './history.table.js';
import type { ApiTokensTable, SessionsTable, UsersTable } from '../auth/auth.table.js';
import type { ClaimArgumentsTable, ClaimEvidenceTable, ClaimMatchTermsTable, ClaimsTable, ReconciliationsTable } from '../claims/claims.table.js';
import type { ArticleEntitiesTable, ArticleLshTable, ArticleSearchTable, ArticlesTable, ExtractedFactsTable } from '../articles/articles.table.js';

/**
 * The one `Database` interface Kysely is typed with, composed from the `*.table.ts` row types.
 * Another area adds its tables with one line each (and a migration in `migrations/`).
 */
export interface Database {
  entities: EntitiesTable;
  entity_names: EntityNamesTable;
  entity_identifiers: EntityIdentifiersTable;
  entity_references: EntityReferencesTable;
  statements: StatementsTable;
  sources: SourcesTable;
  statement_references: StatementReferencesTable;
  history: HistoryTable;
  history_entities: HistoryEntitiesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  articles: ArticlesTable;
  article_lsh: ArticleLshTable;
  extracted_facts: ExtractedFactsTable;
  article_entities: ArticleEntitiesTable;
  article_search: ArticleSearchTable;
  claims: ClaimsTable;
  claim_evidence: ClaimEvidenceTable;
  claim_arguments: ClaimArgumentsTable;
  claim_match_terms: ClaimMatchTermsTable;
  reconciliations: ReconciliationsTable;
}

/** The database or a transaction on it: repositories accept either. */
export type Db = Kysely<Database> | Transaction<Database>;
