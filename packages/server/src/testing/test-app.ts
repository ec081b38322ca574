import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createApiToken, createUser, loadConfig, type AuthDb, type User, type UserRole } from '@shahrnet/core';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../http/authentication.js';

/** A signed-in browser as tests see it: the session cookie and the CSRF token. */
export interface TestSession {
  user: User;
  cookie: string;
  csrf: string;
}

/**
 * Builds an app over a test database (from core's `forEachDialect`) with a quiet logger and no web
 * build. `env` overrides configuration variables, e.g. `{ SHAHRNET_PUBLIC_READ: 'true' }`.
 */
export async function buildTestApp(
  db: AuthDb,
  env: Record<string, string> = {},
  options: { webDist?: string; now?: () => Date } = {},
): Promise<FastifyInstance> {
  return buildApp({
    config: loadConfig({ SHAHRNET_LOG_LEVEL: 'silent', ...env }),
    db,
    sessionSecret: 'test session secret that is long enough',
    webDist: options.webDist ?? join(tmpdir(), 'shahrnet-no-web-build'),
    ...(options.now ? { now: options.now } : {}),
  });
}

/** The password every test user gets. */
export const TEST_PASSWORD = 'test passphrase';

/** Creates a user with `role` (username defaults to the role) and returns it. */
export async function addUser(db: AuthDb, role: UserRole, username: string = role): Promise<User> {
  return createUser(db, { username, password: TEST_PASSWORD, role });
}

/** Signs `username` in through the API and returns the cookie and CSRF token. */
export async function signInThroughApi(app: FastifyInstance, user: User): Promise<TestSession> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username: user.username, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { user, cookie, csrf: (res.json() as { csrf_token: string }).csrf_token };
}

/** Creates an API token for `user`. */
export async function tokenFor(db: AuthDb, user: User): Promise<string> {
  return (await createApiToken(db, user, { name: 'test' })).token;
}

/** Request options for a cookie-authenticated request, with the CSRF header unless `csrf: false`. */
export function asSession(session: TestSession, options: InjectOptions, csrf = true): InjectOptions {
  return {
    ...options,
    cookies: { ...(options.cookies ?? {}), [SESSION_COOKIE]: session.cookie },
    headers: { ...(options.headers ?? {}), ...(csrf ? { [CSRF_HEADER]: session.csrf } : {}) },
  };
}

/** Request options authenticated by an API token. */
export function asToken(token: string, options: InjectOptions): InjectOptions {
  return { ...options, headers: { ...(options.headers ?? {}), authorization: `Bearer ${token}` } };
}

/** The error code of an API error response, or undefined. */
export function errorCode(res: LightMyRequestResponse): string | undefined {
  try {
    return (res.json() as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
