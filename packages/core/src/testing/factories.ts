import { isAppError, type AppError } from '../errors.js';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import type { ChangeContext } from '../domain/change.js';
import type { EntityType } from '../domain/entity.js';
import type { StatementInput } from '../statements/statement-input.js';
import type { CreateEntityInput } from '../registry/create-entity.js';

/** A test user actor. */
export const TEST_ACTOR: Actor = { kind: 'user', id: 'u-test', name: 'Test Editor' };

/** A change with a reason, by the test actor. */
export function change(reason = 'test'): ChangeContext {
  return { actor: TEST_ACTOR, reason };
}

/** A unique slug suffix. */
export function uid(): string {
  return randomBytes(3).toString('hex');
}

/** A source URL unique to this call (or to `tag`). */
export function sourceUrl(tag = uid()): string {
  return `https://news.example.org/${tag}`;
}

/** Builds an entity input of a type with a Persian and an English official name. */
export function entityInput(type: EntityType, fa: string, en: string, extra: Partial<CreateEntityInput> = {}): CreateEntityInput {
  return {
    type,
    names: [
      { lang: 'fa', text: fa, kind: 'official' },
      { lang: 'en', text: en, kind: 'official' },
    ],
    ...extra,
  };
}

/** A city input (country IR by default). */
export function cityInput(fa: string, en: string, extra: Partial<CreateEntityInput> = {}): CreateEntityInput {
  return entityInput('city', fa, en, { attributes: { country: 'IR' }, ...extra });
}

/** A city-network organization input. */
export function networkInput(fa: string, en: string, extra: Partial<CreateEntityInput> = {}): CreateEntityInput {
  return entityInput('organization', fa, en, { attributes: { classification: 'city_network' }, ...extra });
}

/** A person input. */
export function personInput(fa: string, en: string, extra: Partial<CreateEntityInput> = {}): CreateEntityInput {
  return entityInput('person', fa, en, extra);
}

/** A membership statement input with one reference. */
export function membershipInput(member: string, organization: string, extra: Partial<StatementInput> = {}): StatementInput {
  return {
    kind: 'membership',
    subjectId: member,
    objectId: organization,
    role: 'member',
    references: [{ source: { url: sourceUrl(), title: 'A test report' } }],
    ...extra,
  };
}

/** Awaits a promise that must fail with an AppError and returns the error (fails the test otherwise). */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected the call to fail with an AppError');
}
