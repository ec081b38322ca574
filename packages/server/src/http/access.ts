import { roleAtLeast, type User, type UserRole } from '@shahrnet/core';

/**
 * What a route requires, declared on every /api route as `config: { access }`:
 * - `public`: anyone (health, sign-in, me, the API docs);
 * - `read`: any signed-in user, or anonymous visitors when public read-only mode is on;
 * - `user`: any signed-in user (own API tokens, sign-out);
 * - `editor` / `reviewer` / `admin`: at least that role (roles are ordered viewer < editor < reviewer < admin).
 */
export const ACCESS_LEVELS = ['public', 'read', 'user', 'editor', 'reviewer', 'admin'] as const;

/** One access level. */
export type Access = (typeof ACCESS_LEVELS)[number];

/** Who is asking: a user through a browser session or an API token, or nobody. */
export interface RequestAuth {
  user: User | null;
  via: 'session' | 'token' | null;
  /** The session's CSRF token, when authenticated by cookie. */
  csrfToken: string | null;
  /** The raw session id from the cookie (for sign-out), when authenticated by cookie. */
  sessionId: string | null;
}

/** The anonymous request. */
export const ANONYMOUS: RequestAuth = Object.freeze({ user: null, via: null, csrfToken: null, sessionId: null });

/**
 * The decision for a request: `ok`, or the error code to answer with (`unauthenticated` when signing in
 * could help, `forbidden` when the role is too low).
 */
export function decideAccess(access: Access, user: User | null, publicRead: boolean): 'ok' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'ok';
  if (!user) return access === 'read' && publicRead ? 'ok' : 'unauthenticated';
  if (access === 'read' || access === 'user') return 'ok';
  const needed: UserRole = access;
  return roleAtLeast(user.role, needed) ? 'ok' : 'forbidden';
}
