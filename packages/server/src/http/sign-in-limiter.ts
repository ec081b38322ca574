/**
 * A small in-memory limiter of failed sign-ins per username+IP: after `maxFailures` failures within
 * `windowMs` the pair is refused until the window has passed since the first failure. In memory because
 * one server process serves an installation; a restart forgets attempts, which is acceptable for this
 * threat (online guessing), since argon2 already makes each guess slow.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly maxEntries = 10_000,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    if (now - entry.since >= this.windowMs) {
      this.failures.delete(key);
      return 0;
    }
    return entry.count >= this.maxFailures ? entry.since + this.windowMs - now : 0;
  }

  /** Records a failed attempt of `key`. */
  fail(key: string, now = Date.now()): void {
    const entry = this.failures.get(key);
    if (entry && now - entry.since < this.windowMs) {
      entry.count += 1;
      return;
    }
    if (this.failures.size >= this.maxEntries) this.prune(now);
    this.failures.set(key, { count: 1, since: now });
  }

  /** Forgets `key` after a successful sign-in. */
  succeed(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) if (now - entry.since >= this.windowMs) this.failures.delete(key);
    // Still full (an attack from many addresses): drop the oldest entries rather than grow without bound.
    for (const key of this.failures.keys()) {
      if (this.failures.size < this.maxEntries) break;
      this.failures.delete(key);
    }
  }
}

/** The limiter key of a sign-in attempt. */
export function signInKey(username: string, ip: string): string {
  return `${username.trim().toLowerCase()}\u0000${ip}`;
}
