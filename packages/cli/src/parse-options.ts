import type { z } from 'zod';
import { AppError } from '@shahrnet/core';

/**
 * Validates a command's parsed options (and positional arguments merged in by the caller) with a zod
 * schema. Every problem is reported at once as `--option: message`, in one `validation_failed` error,
 * so the CLI prints them together and exits with code 2.
 */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => {
    const name = issue.path.length ? String(issue.path[0]) : 'arguments';
    const source = name === 'arguments' || name === 'file' || name === 'paths' ? name : `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return { source, message: issue.message };
  });
  throw new AppError('validation_failed', details.map((d) => `${d.source}: ${d.message}`).join('; '), details);
}
