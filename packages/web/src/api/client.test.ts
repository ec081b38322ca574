import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fake-server.ts';
import { AppError, createApiClient, errorFromResponse, isAppError } from './client.ts';
import { createApi } from './endpoints.ts';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('errorFromResponse', () => {
  it('parses the one error shape, keeping code, message and located details', async () => {
    const error = await errorFromResponse(
      json(400, {
        error: {
          code: 'validation_failed',
          message: 'invalid body',
          details: [{ path: ['references', 0, 'url'], message: 'must be a URL' }, { source: 'q', message: 'too long' }, 'junk'],
        },
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('validation_failed');
    expect(error.status).toBe(400);
    expect(error.message).toBe('invalid body');
    expect(error.details).toEqual([
      { path: ['references', 0, 'url'], message: 'must be a URL' },
      { source: 'q', message: 'too long' },
    ]);
  });

  it('maps a response that is not the error shape to a code from its status', async () => {
    expect((await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }))).code).toBe('unavailable');
    expect((await errorFromResponse(new Response('', { status: 404 }))).code).toBe('not_found');
    expect((await errorFromResponse(json(500, { error: { code: 'nonsense', message: 'x' } }))).code).toBe('internal');
  });
});

describe('createApiClient', () => {
  it('sends the CSRF token from sign-in on writes, not on reads, and forgets it on sign-out', async () => {
    const server = fakeFetch({
      'POST /api/auth/sign-in': () => ({ body: { user: { id: 'u1', username: 'ed', display_name: 'Ed', role: 'editor', disabled: false }, csrf_token: 'tok-1' } }),
      'GET /api/entities': () => ({ body: { items: [], next_cursor: null } }),
      'POST /api/statements': () => ({ status: 201, body: { id: 's1' } }),
      'POST /api/auth/sign-out': () => ({ status: 204 }),
    });
    const client = createApiClient({ fetch: server.fetch });
    const api = createApi(client);
    await api.auth.signIn('ed', 'secret');
    await api.entities.search({ q: 'تهران', type: 'city', cursor: null });
    await api.statements.create({ kind: 'membership', subject: 'tehran', object: 'metropolis', references: [{ url: 'https://example.org/a' }] });
    await api.auth.signOut();
    const [signIn, search, create, signOut] = server.requests;
    expect(signIn?.headers['x-csrf-token']).toBeUndefined();
    expect(search?.headers['x-csrf-token']).toBeUndefined();
    expect(search?.query.get('q')).toBe('تهران');
    expect(search?.query.get('type')).toBe('city');
    expect(search?.query.has('cursor')).toBe(false);
    expect(create?.headers['x-csrf-token']).toBe('tok-1');
    expect(create?.body).toMatchObject({ subject: 'tehran', references: [{ url: 'https://example.org/a' }] });
    expect(signOut?.headers['x-csrf-token']).toBe('tok-1');
    expect(client.csrfToken()).toBeNull();
  });

  it('rejects with the server AppError, and with `unavailable` when the network fails', async () => {
    const api = createApi(
      createApiClient({ fetch: fakeFetch({ 'GET /api/entities/:id': () => ({ status: 404, body: { error: { code: 'not_found', message: 'entity nowhere not found', details: [] } } }) }).fetch }),
    );
    const notFound = await api.entities.get('nowhere').catch((e: unknown) => e);
    expect(isAppError(notFound) && notFound.code).toBe('not_found');

    const offline = createApi(createApiClient({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) }));
    const error = await offline.auth.me().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('unavailable');
  });

  it('returns the ETag with an entity', async () => {
    const api = createApi(
      createApiClient({
        fetch: fakeFetch({
          'GET /api/entities/:id': (req) => ({ body: { id: req.path.split('/').pop(), version: 3 }, headers: { etag: '"3"' } }),
        }).fetch,
      }),
    );
    const entity = await api.entities.get('tehran');
    expect(entity.id).toBe('tehran');
    expect(entity.etag).toBe('"3"');
  });
});
