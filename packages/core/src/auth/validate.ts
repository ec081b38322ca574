import type { z } from 'zod';
import { AppError } from '../errors.js';

/**
 * Parses `input` with `schema`, or throws `AppError('validation_failed')` listing every problem with
 * its path, so the accounts use cases report bad input the same way from HTTP and the CLI.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
  throw new AppError('validation_failed', `invalid ${what}: ${details.map((d) => d.message).join('; ')}`, details);
}
