import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import type { SourceInput } from './statement.js';

/**
 * What every write carries besides its data: who does it and why. A reason (free text) or a source
 * (the document that justifies it) is required — "require a source on every edit, machine or human".
 */
export interface ChangeContext {
  actor: Actor;
  reason?: string;
  source?: SourceInput;
}

/** Throws `AppError('validation_failed')` unless the change has an actor and a reason or a source. */
export function requireJustification(change: ChangeContext): void {
  const problems: { path: string[]; message: string }[] = [];
  if (!change.actor || !change.actor.id || !change.actor.kind) {
    problems.push({ path: ['actor'], message: 'an actor is required' });
  }
  const reason = change.reason?.trim();
  if (!reason && !change.source?.url) {
    problems.push({ path: ['reason'], message: 'a reason or a source is required for every change' });
  }
  if (problems.length > 0) {
    throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), problems);
  }
}
