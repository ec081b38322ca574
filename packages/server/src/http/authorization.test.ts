import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { signIn } from '@shahrnet/core';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { listRoutes } from '../app.js';
import { CSRF_HEADER, SESSION_COOKIE } from './authentication.js';
import type { Access } from './access.js';
import { addUser, buildTestApp, errorCode, TEST_PASSWORD, tokenFor } from '../testing/test-app.js';

/**
 * The authorization table: EVERY registered route, with the access level it must have and a sample
 * request. A route added without a row here fails "every route has a row" below. Sample bodies are
 * deliberately invalid or point at missing ids, so allowed calls end in 400/404 and change nothing.
 * `endsSession` marks routes that consume the session used to call them (each call gets a fresh one).
 */
interface Row {
  access: Access;
  request: InjectOptions;
  endsSession?: boolean;
  /** The route skips the CSRF check (sign-in only). */
  csrfExempt?: boolean;
}

const TABLE: Record<string, Row> = {
  'GET /api/health': { access: 'public', request: { url: '/api/health' } },
  'GET /api/openapi.json': { access: 'public', request: { url: '/api/openapi.json' } },
  'GET /api/docs': { access: 'public', request: { url: '/api/docs' } },
  'GET /api/docs/json': { access: 'public', request: { url: '/api/docs/json' } },
  'GET /api/docs/yaml': { access: 'public', request: { url: '/api/docs/yaml' } },
  'GET /api/docs/static/index.html': { access: 'public', request: { url: '/api/docs/static/index.html' } },
  'GET /api/docs/static/swagger-initializer.js': { access: 'public', request: { url: '/api/docs/static/swagger-initializer.js' } },
  'GET /api/docs/static/*': { access: 'public', request: { url: '/api/docs/static/swagger-ui.css' } },
  'POST /api/auth/sign-in': { access: 'public', request: { url: '/api/auth/sign-in', payload: {} }, csrfExempt: true },
  'POST /api/auth/sign-out': { access: 'public', request: { url: '/api/auth/sign-out' }, endsSession: true },
  'GET /api/auth/me': { access: 'public', request: { url: '/api/auth/me' } },
  'GET /api/users': { access: 'admin', request: { url: '/api/users' } },
  'POST /api/users': { access: 'admin', request: { url: '/api/users', payload: {} } },
  'PATCH /api/users/:id': { access: 'admin', request: { url: '/api/users/no-such-user', payload: {} } },
  'POST /api/tokens': { access: 'user', request: { url: '/api/tokens', payload: {} } },
  'GET /api/tokens': { access: 'user', request: { url: '/api/tokens' } },
  'DELETE /api/tokens/:id': { access: 'user', request: { url: '/api/tokens/no-such-token' } },
  'GET /api/entities': { access: 'read', request: { url: '/api/entities?q=tehran' } },
  'GET /api/entities/:id': { access: 'read', request: { url: '/api/entities/no-such-entity' } },
  'POST /api/entities': { access: 'editor', request: { url: '/api/entities', payload: {} } },
  'PATCH /api/entities/:id': { access: 'editor', request: { url: '/api/entities/no-such-entity', payload: {} } },
  'POST /api/entities/:id/merge': { access: 'editor', request: { url: '/api/entities/no-such-entity/merge', payload: {} } },
  'GET /api/entities/:id/history': { access: 'read', request: { url: '/api/entities/no-such-entity/history' } },
  'POST /api/statements': { access: 'editor', request: { url: '/api/statements', payload: {} } },
  'GET /api/statements/:id': { access: 'read', request: { url: '/api/statements/no-such-statement' } },
  'PATCH /api/statements/:id': { access: 'editor', request: { url: '/api/statements/no-such-statement', payload: {} } },
  'POST /api/statements/:id/end': { access: 'editor', request: { url: '/api/statements/no-such-statement/end', payload: {} } },
  'POST /api/statements/:id/deprecate': { access: 'editor', request: { url: '/api/statements/no-such-statement/deprecate', payload: {} } },
  'POST /api/statements/:id/reject': { access: 'reviewer', request: { url: '/api/statements/no-such-statement/reject', payload: {} } },
  'GET /api/claims': { access: 'user', request: { url: '/api/claims' } },
  'GET /api/claims/:id': { access: 'user', request: { url: '/api/claims/no-such-claim' } },
  'PATCH /api/claims/:id': { access: 'reviewer', request: { url: '/api/claims/no-such-claim', payload: {} } },
  'POST /api/claims/:id/accept': { access: 'reviewer', request: { url: '/api/claims/no-such-claim/accept', payload: { supersede: 'x' } } },
  'POST /api/claims/:id/reject': { access: 'reviewer', request: { url: '/api/claims/no-such-claim/reject', payload: {} } },
  'POST /api/claims/bulk': { access: 'reviewer', request: { url: '/api/claims/bulk', payload: {} } },
  'GET /api/reconciliation': { access: 'user', request: { url: '/api/reconciliation' } },
  'POST /api/reconciliation/resolve': { access: 'reviewer', request: { url: '/api/reconciliation/resolve', payload: {} } },
  'POST /api/reconciliation/split': { access: 'reviewer', request: { url: '/api/reconciliation/split', payload: {} } },
  'GET /api/entities/:id/timeline': { access: 'read', request: { url: '/api/entities/no-such-entity/timeline' } },
  'GET /api/organizations/:id/officers': { access: 'read', request: { url: '/api/organizations/no-such-entity/officers?date=2022' } },
  'GET /api/organizations/:id/members': { access: 'read', request: { url: '/api/organizations/no-such-entity/members?date=2022' } },
  'GET /api/cities/:id/mayor': { access: 'read', request: { url: '/api/cities/no-such-entity/mayor?date=jalali:1401-01-01' } },
  'GET /api/entities/:id/graph': { access: 'read', request: { url: '/api/entities/no-such-entity/graph' } },
  'GET /api/timeline': { access: 'read', request: { url: '/api/timeline?limit=1' } },
  'GET /api/cities/coordinates': { access: 'read', request: { url: '/api/cities/coordinates?ids=no-such-city' } },
  'GET /api/articles': { access: 'read', request: { url: '/api/articles?q=tehran' } },
  'GET /api/articles/:id': { access: 'read', request: { url: '/api/articles/no-such-article' } },
  'GET /api/exports/popolo': { access: 'read', request: { url: '/api/exports/popolo' } },
  'GET /api/exports/csv/:kind': { access: 'read', request: { url: '/api/exports/csv/entities' } },
  'GET /api/exports/quickstatements': { access: 'read', request: { url: '/api/exports/quickstatements' } },
  'GET /api/exports/events.ics': { access: 'read', request: { url: '/api/exports/events.ics' } },
};

type Principal =
  | { kind: 'anonymous' }
  | { kind: 'session'; role: 'viewer' | 'editor' | 'reviewer' | 'admin'; csrf: boolean }
  | { kind: 'token'; role: 'viewer' | 'editor' | 'reviewer' | 'admin' }
  | { kind: 'bad-token' };

const PRINCIPALS: { name: string; principal: Principal }[] = [
  { name: 'anonymous', principal: { kind: 'anonymous' } },
  { name: 'viewer', principal: { kind: 'session', role: 'viewer', csrf: true } },
  { name: 'editor', principal: { kind: 'session', role: 'editor', csrf: true } },
  { name: 'reviewer', principal: { kind: 'session', role: 'reviewer', csrf: true } },
  { name: 'admin', principal: { kind: 'session', role: 'admin', csrf: true } },
  { name: 'admin without CSRF', principal: { kind: 'session', role: 'admin', csrf: false } },
  { name: 'viewer token', principal: { kind: 'token', role: 'viewer' } },
  { name: 'admin token', principal: { kind: 'token', role: 'admin' } },
  { name: 'revoked/unknown token', principal: { kind: 'bad-token' } },
];

const RANK = { viewer: 0, editor: 1, reviewer: 2, admin: 3 } as const;

/** The expected answer, written from the rules in API.md (independently of the server's code). */
function expected(row: Row, method: string, principal: Principal, publicRead: boolean): 'allowed' | string {
  const { access } = row;
  if (principal.kind === 'bad-token') return 'unauthenticated';
  if (principal.kind === 'anonymous') {
    if (access === 'public') return 'allowed';
    if (access === 'read' && publicRead && method === 'GET') return 'allowed';
    return 'unauthenticated';
  }
  if (access !== 'public' && access !== 'read' && access !== 'user' && RANK[principal.role] < RANK[access]) return 'forbidden';
  if (principal.kind === 'session' && !principal.csrf && method !== 'GET' && !row.csrfExempt) return 'csrf_failed';
  return 'allowed';
}

function outcome(res: LightMyRequestResponse): 'allowed' | string {
  const code = errorCode(res);
  if (code === 'unauthenticated' || code === 'forbidden' || code === 'csrf_failed') return code;
  return 'allowed';
}

forEachDialect(
  'authorization of every route',
  (getDb) => {
    let app: FastifyInstance;
    let publicApp: FastifyInstance;
    const tokens: Record<string, string> = {};
    const sessions = new Map<string, { sessionId: string; csrf: string }>();

    beforeAll(async () => {
      const { db } = getDb();
      app = await buildTestApp(db);
      publicApp = await buildTestApp(db, { SHAHRNET_PUBLIC_READ: 'true' });
      for (const role of ['viewer', 'editor', 'reviewer', 'admin'] as const) {
        const user = await addUser(db, role);
        tokens[role] = await tokenFor(db, user);
      }
    });
    afterAll(async () => {
      await app?.close();
      await publicApp?.close();
    });

    async function send(target: FastifyInstance, key: string, row: Row, principal: Principal) {
      const [method] = key.split(' ');
      const options: InjectOptions = { ...row.request, method: method as InjectOptions['method'] };
      if (principal.kind === 'session') {
        // One session per role, except for rows that end the session they are called with.
        let held = row.endsSession ? undefined : sessions.get(principal.role);
        if (!held) {
          const { sessionId, session } = await signIn(getDb().db, { username: principal.role, password: TEST_PASSWORD });
          held = { sessionId, csrf: session.csrfToken };
          if (!row.endsSession) sessions.set(principal.role, held);
        }
        options.cookies = { [SESSION_COOKIE]: target.signCookie(held.sessionId) };
        if (principal.csrf) options.headers = { [CSRF_HEADER]: held.csrf };
      } else if (principal.kind === 'token') {
        options.headers = { authorization: `Bearer ${tokens[principal.role]}` };
      } else if (principal.kind === 'bad-token') {
        options.headers = { authorization: 'Bearer shn_this-token-was-never-issued' };
      }
      return target.inject(options);
    }

    it('every registered route has a row, and every row is a registered route with that access level', () => {
      const registered = listRoutes(app).map((r) => `${r.method} ${r.url}`);
      expect(registered.filter((key) => !(key in TABLE))).toEqual([]);
      expect(Object.keys(TABLE).filter((key) => !registered.includes(key))).toEqual([]);
      for (const route of listRoutes(app)) expect([`${route.method} ${route.url}`, route.access]).toEqual([`${route.method} ${route.url}`, TABLE[`${route.method} ${route.url}`]?.access]);
    });

    for (const [key, row] of Object.entries(TABLE)) {
      describe(key, () => {
        for (const { name, principal } of PRINCIPALS) {
          it(`${name}`, async () => {
            const res = await send(app, key, row, principal);
            expect(outcome(res)).toBe(expected(row, key.split(' ')[0] ?? '', principal, false));
            expect(res.statusCode).toBeLessThan(500);
          });
        }
        it('anonymous in public read-only mode', async () => {
          const res = await send(publicApp, key, row, { kind: 'anonymous' });
          expect(outcome(res)).toBe(expected(row, key.split(' ')[0] ?? '', { kind: 'anonymous' }, true));
        });
      });
    }
  },
  { reset: false },
);
