import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it, expect, beforeEach, afterEach, describe } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { forEachDialect, openTestDb } from '@shahrnet/core/testing/dialects.js';
import { addUser, buildTestApp, errorCode, signInThroughApi, asSession } from './testing/test-app.js';

forEachDialect('app errors', (getDb) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp(getDb().db, { SHAHRNET_BODY_LIMIT: '2048' });
  });
  afterEach(async () => {
    await app.close();
  });

  it('GET /api/health answers {"status":"ok"}', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown /api routes with not_found in the error shape, for every method', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const res = await app.inject({ method, url: '/api/no-such-thing?x=1' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not_found', message: `no route ${method} /api/no-such-thing`, details: [] } });
    }
  });

  it('reports every invalid field with its path', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 7 } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      { path: ['body', 'username'], message: expect.any(String) },
      { path: ['body', 'password'], message: expect.any(String) },
    ]);
  });

  it('maps malformed JSON to validation_failed, a foreign content type to 415 and a big body to 413', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect([malformed.statusCode, errorCode(malformed)]).toEqual([400, 'validation_failed']);

    const form = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a&password=b',
    });
    expect([form.statusCode, errorCode(form)]).toEqual([415, 'unsupported_media_type']);

    const big = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'a', password: 'x'.repeat(5000) },
    });
    expect([big.statusCode, errorCode(big)]).toEqual([413, 'payload_too_large']);
  });

  it('hides the message of unexpected failures', async () => {
    const admin = await addUser(getDb().db, 'admin');
    const session = await signInThroughApi(app, admin);
    // A real failure below the use case: the users table disappears under the running app.
    await getDb().db.schema.alterTable('users').renameTo('users_gone').execute();
    try {
      const res = await app.inject(asSession(session, { method: 'GET', url: '/api/users' }));
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: { code: 'internal', message: 'internal error', details: [] } });
      expect(res.body).not.toMatch(/users|sqlite|relation|table/i);
    } finally {
      await getDb().db.schema.alterTable('users_gone').renameTo('users').execute();
    }
  });
});

describe('web app serving', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('without a build, / explains how to build, in an RTL Persian page', async () => {
    const handle = await openTestDb('sqlite');
    const app = await buildTestApp(handle.db);
    try {
      for (const url of ['/', '/city/tehran']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.body).toContain('<html lang="fa" dir="rtl">');
        expect(res.body).toContain('npm run build');
      }
    } finally {
      await app.close();
      await handle.close();
    }
  });

  it('serves the build: hashed assets cached immutably, index.html for client routes, JSON 404 under /api', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'shahrnet-dist-'));
    dirs.push(dist);
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="fa" dir="rtl"><body>SPA</body></html>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    const handle = await openTestDb('sqlite');
    const app = await buildTestApp(handle.db, {}, { webDist: dist });
    try {
      const root = await app.inject({ method: 'GET', url: '/' });
      expect(root.statusCode).toBe(200);
      expect(root.body).toContain('SPA');
      expect(root.headers['cache-control']).toBe('no-cache');

      const deep = await app.inject({ method: 'GET', url: '/entity/Q3616?lang=en' });
      expect([deep.statusCode, deep.body.includes('SPA')]).toEqual([200, true]);

      const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
      expect(icon.headers['cache-control']).toBe('no-cache');

      const api = await app.inject({ method: 'GET', url: '/api/nothing' });
      expect([api.statusCode, errorCode(api)]).toEqual([404, 'not_found']);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
