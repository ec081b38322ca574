import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing with argon2id (the OWASP recommendation) at @node-rs/argon2's defaults
 * (19 MiB, 2 passes, 1 lane). Hashes are PHC strings, so the parameters travel with the hash and can be
 * raised later without invalidating old ones.
 */
export async function hashPassword(password: string): Promise<string> {
  // 2 = Algorithm.Argon2id; the enum is a `const enum`, which isolatedModules cannot import.
  return hash(password, { algorithm: 2 });
}

/** True when `password` matches `passwordHash`. A malformed hash counts as a mismatch, never a crash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification. Sign-in calls it for unknown usernames so that response
 * time does not reveal which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy password that nobody has');
  await verifyPassword(await dummyHash, password);
}
