import type { AuthDb, Config } from '@shahrnet/core';
import type { SignInLimiter } from './sign-in-limiter.js';

/**
 * What route files receive, wired once in `buildApp`: configuration, the database (passed on to use
 * cases, never queried by routes), the clock (tests move it), and the sign-in limiter.
 */
export interface RouteDeps {
  config: Config;
  db: AuthDb;
  now: () => Date;
  signInLimiter: SignInLimiter;
}
