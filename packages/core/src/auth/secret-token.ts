import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Random secrets (session ids, CSRF tokens, API tokens) and their storage hashes. These secrets carry
 * 256 bits of entropy, so a plain SHA-256 is enough to store them (a slow hash protects guessable
 * passwords, not random keys).
 */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of `value`, hex. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  if (ab.length !== bb.length) {
    // Still compare something of equal length so the early exit does not depend on content.
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}
