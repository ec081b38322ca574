import { describe, it, expect } from 'vitest';
import { SignInLimiter, signInKey } from './sign-in-limiter.js';

describe('SignInLimiter', () => {
  it('blocks after the maximum failures until the window has passed, and forgets on success', () => {
    const limiter = new SignInLimiter(3, 60_000);
    const key = signInKey(' Root ', '10.0.0.1');
    expect(key).toBe(signInKey('root', '10.0.0.1'));
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter(key, 1000 + i)).toBe(0);
      limiter.fail(key, 1000 + i);
    }
    expect(limiter.retryAfter(key, 2000)).toBe(59_000);
    expect(limiter.retryAfter(signInKey('root', '10.0.0.2'), 2000)).toBe(0);
    expect(limiter.retryAfter(key, 61_000)).toBe(0);
    limiter.fail(key, 70_000);
    limiter.succeed(key);
    expect(limiter.retryAfter(key, 70_001)).toBe(0);
  });

  it('stays bounded under many distinct keys', () => {
    const limiter = new SignInLimiter(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.fail(signInKey(`user${i}`, '10.0.0.1'), i);
    // The newest key is still tracked; old ones were dropped to stay within the bound.
    expect(limiter.retryAfter(signInKey('user999', '10.0.0.1'), 1000)).toBeGreaterThan(0);
    expect(limiter.retryAfter(signInKey('user0', '10.0.0.1'), 1000)).toBe(0);
  });
});
