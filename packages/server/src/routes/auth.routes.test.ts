import { it, expect, beforeEach, afterEach } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { SESSION_COOKIE } from '../http/authentication.js';
import { addUser, asSession, buildTestApp, errorCode, signInThroughApi, TEST_PASSWORD } from '../testing/test-app.js';

forEachDialect('auth routes', (getDb) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp(getDb().db);
  });
  afterEach(async () => {
    await app.close();
  });

  it('signs in with a signed, HttpOnly, SameSite=Lax cookie and returns the CSRF token', async () => {
    await addUser(getDb().db, 'editor', 'maryam');
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'Maryam', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'maryam', role: 'editor', disabled: false, display_name: 'maryam' });
    expect(body.csrf_token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    // Signed: "<id>.<signature>"; the stored session row is keyed by a hash, not this value.
    expect(cookie?.value).toMatch(/\./);

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: cookie!.value } });
    expect(me.json()).toEqual({ user: body.user, csrf_token: body.csrf_token, public_read: false });
  });

  it('marks the cookie Secure when SHAHRNET_SECURE_COOKIES is on', async () => {
    await addUser(getDb().db, 'viewer');
    const secureApp = await buildTestApp(getDb().db, { SHAHRNET_SECURE_COOKIES: 'true' });
    try {
      const res = await secureApp.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'viewer', password: TEST_PASSWORD } });
      expect(res.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    } finally {
      await secureApp.close();
    }
  });

  it('rejects a tampered cookie and treats the caller as anonymous', async () => {
    const session = await signInThroughApi(app, await addUser(getDb().db, 'viewer'));
    const [id] = session.cookie.split('.');
    const forged = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: `${id}.forged` } });
    expect(forged.json()).toMatchObject({ user: null, csrf_token: null });
    const unsigned = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: id ?? '' } });
    expect(unsigned.json().user).toBeNull();
  });

  it('signs out: the session stops working and the cookie is cleared', async () => {
    const session = await signInThroughApi(app, await addUser(getDb().db, 'viewer'));
    const withoutCsrf = await app.inject(asSession(session, { method: 'POST', url: '/api/auth/sign-out' }, false));
    expect(errorCode(withoutCsrf)).toBe('csrf_failed');
    const out = await app.inject(asSession(session, { method: 'POST', url: '/api/auth/sign-out' }));
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    const me = await app.inject(asSession(session, { method: 'GET', url: '/api/auth/me' }));
    expect(me.json().user).toBeNull();
  });

  it('answers a wrong password with 401 and throttles repeated failures per username and IP', async () => {
    await addUser(getDb().db, 'admin', 'root');
    const attempt = (password: string, remoteAddress = '10.0.0.1') =>
      app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'root', password }, remoteAddress });
    for (let i = 0; i < 5; i++) {
      const res = await attempt('wrong guess');
      expect(res.statusCode).toBe(401);
      expect(errorCode(res)).toBe('unauthenticated');
    }
    const limited = await attempt(TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(errorCode(limited)).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await attempt(TEST_PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  });

  it('signing in again from a browser with a session replaces that session (no CSRF needed)', async () => {
    const user = await addUser(getDb().db, 'editor', 'ali');
    const first = await signInThroughApi(app, user);
    const res = await app.inject(
      asSession(first, { method: 'POST', url: '/api/auth/sign-in', payload: { username: 'ali', password: TEST_PASSWORD } }, false),
    );
    expect(res.statusCode).toBe(200);
    const old = await app.inject(asSession(first, { method: 'GET', url: '/api/auth/me' }));
    expect(old.json().user).toBeNull();
    const fresh = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const now = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: fresh } });
    expect(now.json().user.username).toBe('ali');
  });

  it('does not let a disabled user sign in', async () => {
    const { db } = getDb();
    await addUser(db, 'admin', 'root');
    const viewer = await addUser(db, 'viewer', 'sara');
    const { updateUser } = await import('@shahrnet/core');
    await updateUser(db, viewer.id, { disabled: true });
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'sara', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(401);
  });
});
