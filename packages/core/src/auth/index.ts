/**
 * Accounts and access: users with roles, password sign-in with server-side sessions, API tokens.
 * HTTP specifics (cookies, CSRF header, throttling) live in @shahrnet/server; this area only knows
 * users, secrets and the database.
 */
export * from './auth.table.js';
export * from './auth-db.js';
export * as authMigration from './auth.migration.js';
export * from './user.js';
export * from './password.js';
export * from './secret-token.js';
export * from './session-secret.js';
export { usersRepository, toUser } from './users.repository.js';
export { sessionsRepository } from './sessions.repository.js';
export { apiTokensRepository } from './api-tokens.repository.js';
export * from './create-user.js';
export * from './list-users.js';
export * from './update-user.js';
export * from './disable-user.js';
export * from './sign-in.js';
export * from './sign-out.js';
export * from './get-session.js';
export * from './create-api-token.js';
export * from './list-api-tokens.js';
export * from './revoke-api-token.js';
export * from './authenticate-api-token.js';
