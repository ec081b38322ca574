import { actorOf, AppError, type ChangeContext, type SourceInput } from '@shahrnet/core';
import type { FastifyRequest } from 'fastify';

/**
 * The "who and why" of a write, from the authenticated request: the actor (kind `user` for a
 * browser session, `token` for an API token) and the reason or source the client gave.
 */
export function changeContext(request: FastifyRequest, reason: string | undefined, source?: SourceInput): ChangeContext {
  const user = request.auth.user;
  if (!user) throw new AppError('unauthenticated', 'sign in first');
  return {
    actor: actorOf(user, request.auth.via === 'token' ? 'token' : 'session'),
    ...(reason !== undefined ? { reason } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

/** The ETag of a versioned resource. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version a client read, from `If-Match`. `required`: a missing header is
 * `precondition_required` (428); an unparseable one is `precondition_failed` (412) because it cannot
 * match any version.
 */
export function versionFromIfMatch(request: FastifyRequest, required: true): number;
export function versionFromIfMatch(request: FastifyRequest, required: false): number | undefined;
export function versionFromIfMatch(request: FastifyRequest, required: boolean): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    if (required) throw new AppError('precondition_required', 'send If-Match with the ETag you read (GET the resource first)');
    return undefined;
  }
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match?.[1]) throw new AppError('precondition_failed', `If-Match ${header} is not an ETag of this resource`);
  return Number(match[1]);
}
