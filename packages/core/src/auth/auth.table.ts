import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Row types of the accounts tables (users, sessions, API tokens). They are composed into the one
 * `Database` interface of `storage/`. Timestamps are ISO-8601 UTC strings (`2024-01-02T03:04:05.678Z`)
 * on both dialects so that comparisons and ordering behave the same on SQLite and PostgreSQL; booleans
 * are integers 0/1 for the same reason. Row types never leave the repositories: use cases return the
 * domain types of `user.ts`.
 */
export interface UsersTable {
  /** Random UUID. */
  id: string;
  /** Unique, compared case-insensitively: stored lower-cased. */
  username: string;
  display_name: string;
  role: string;
  /** argon2id PHC string. */
  password_hash: string;
  /** 0 or 1. A disabled user cannot sign in and their sessions and tokens stop working. */
  disabled: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<string, string, never>;
  updated_at: string;
}

/** A signed-in browser session. The cookie carries the random id; only its SHA-256 is stored. */
export interface SessionsTable {
  /** SHA-256 (hex) of the random session id. */
  id_hash: string;
  user_id: string;
  /** Per-session CSRF token returned to the client and required as X-CSRF-Token on cookie writes. */
  csrf_token: string;
  created_at: ColumnType<string, string, never>;
  expires_at: string;
  /** Client address and user agent at sign-in, for the operator's eyes only. */
  ip: string | null;
  user_agent: string | null;
}

/** An API token for scripts. The secret is shown once; only its SHA-256 is stored. */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 (hex) of the full token string `shn_...`. */
  token_hash: string;
  /** The first characters of the token (`shn_abcd`), so a user can tell tokens apart. */
  prefix: string;
  created_at: ColumnType<string, string, never>;
  last_used_at: string | null;
  /** Set when revoked; revoked tokens are kept (nothing is deleted) but never accepted. */
  revoked_at: string | null;
}

/** The accounts part of the `Database` interface. */
export interface AuthTables {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserRowUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
