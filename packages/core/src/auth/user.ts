import { z } from 'zod';
import type { Actor } from '../domain/actor.js';

/**
 * Accounts domain types. Roles are ordered: each role can do everything the ones before it can
 * (viewer < editor < reviewer < admin), which keeps authorization a single comparison.
 */
export const USER_ROLES = ['viewer', 'editor', 'reviewer', 'admin'] as const;

/** One of the four roles. */
export type UserRole = (typeof USER_ROLES)[number];

/** zod schema of a role, for HTTP and CLI inputs. */
export const userRoleSchema = z.enum(USER_ROLES);

/** True when `role` grants at least what `needed` grants. */
export function roleAtLeast(role: UserRole, needed: UserRole): boolean {
  return USER_ROLES.indexOf(role) >= USER_ROLES.indexOf(needed);
}

/**
 * Usernames: 2–64 characters of lower-case Latin letters, digits, `.`, `_` and `-`, starting with a
 * letter or digit. Kept ASCII so that they are unambiguous in logs, the CLI and URLs; the display name
 * may be anything (Persian included). Input is lower-cased before validation.
 */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'username: 2–64 of a-z, 0-9, ".", "_", "-", starting with a letter or digit');

/** Passwords: 8–1024 characters (the upper bound stops hashing huge inputs). */
export const passwordSchema = z.string().min(8, 'password must be at least 8 characters').max(1024);

/** An account as the rest of Shahrnet sees it (never the password hash). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  disabled: boolean;
  createdAt: string;
}

/**
 * The actor recorded in history for writes by `user`: kind `user` for a browser session, `token` for an
 * API token. The id and name are the user's in both cases, so history always names a person.
 */
export function actorOf(user: User, via: 'session' | 'token' = 'session'): Actor {
  return { kind: via === 'token' ? 'token' : 'user', id: user.id, name: user.username };
}

/** An API token as listed to its owner (never the secret or its hash). */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A live browser session. `csrfToken` must accompany every cookie-authenticated write. */
export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: string;
}
