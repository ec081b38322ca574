import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError, type ErrorDetail } from '../errors.js';
import { nameKindSchema, slugSchema } from '../data-format/shipped-data.schema.js';
import {
  attributeSchemas,
  entityTypeSchema,
  identifierSchemeSchema,
  type EntityName,
  type EntityType,
  type Identifier,
  type NameKind,
} from '../domain/entity.js';
import { parsePartialDate, type PartialDate } from '../domain/partial-date.js';

/** A name as callers give it: dates as partial ISO or `jalali:` strings. */
export interface NameInput {
  lang: string;
  text: string;
  kind?: NameKind;
  from?: string;
  to?: string;
}

/** An entity as callers give it (create) — `id` optional (a slug is generated from the label). */
export interface EntityInput {
  id?: string;
  type: EntityType;
  names: NameInput[];
  identifiers?: Identifier[];
  attributes?: Record<string, unknown>;
}

/** A validated entity, ready to store. */
export interface NormalizedEntity {
  id: string;
  type: EntityType;
  names: EntityName[];
  identifiers: Identifier[];
  attributes: Record<string, unknown>;
}

const nameInputSchema = z.object({
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as fa or en'),
  text: z.string().trim().min(1, 'a name cannot be empty'),
  kind: nameKindSchema.default('official'),
  from: z.string().optional(),
  to: z.string().optional(),
});

const identifierInputSchema = z.object({ scheme: identifierSchemeSchema, value: z.string().trim().min(1) });

/** Attribute keys holding partial dates: given as strings, stored as `PartialDate`. */
const DATE_ATTRIBUTES = new Set(['founding_date', 'dissolution_date', 'start', 'end', 'date']);

function toDetails(issues: readonly z.core.$ZodIssue[], prefix: (string | number)[]): ErrorDetail[] {
  return issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))],
    message: i.message,
  }));
}

function dateOrIssue(value: string | undefined, path: (string | number)[], details: ErrorDetail[]): PartialDate | undefined {
  if (value === undefined) return undefined;
  try {
    return parsePartialDate(value);
  } catch (e) {
    details.push({ path, message: e instanceof Error ? e.message : String(e) });
    return undefined;
  }
}

/** Validates names; every problem is reported with its path. */
export function normalizeNames(input: unknown, details: ErrorDetail[], prefix: (string | number)[] = ['names']): EntityName[] {
  const parsed = z.array(nameInputSchema).min(1, 'at least one name is required').safeParse(input);
  if (!parsed.success) {
    details.push(...toDetails(parsed.error.issues, prefix));
    return [];
  }
  return parsed.data.map((n, i) => {
    const name: EntityName = { lang: n.lang, text: n.text, kind: n.kind };
    const from = dateOrIssue(n.from, [...prefix, i, 'from'], details);
    const to = dateOrIssue(n.to, [...prefix, i, 'to'], details);
    if (from) name.from = from;
    if (to) name.to = to;
    return name;
  });
}

/** Validates the literal attributes of a type (date strings become `PartialDate`). */
export function normalizeAttributes(type: EntityType, input: unknown, details: ErrorDetail[]): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...((input ?? {}) as Record<string, unknown>) };
  for (const [k, v] of Object.entries(raw)) {
    if (DATE_ATTRIBUTES.has(k) && typeof v === 'string') raw[k] = dateOrIssue(v, ['attributes', k], details);
    if (v === null || v === undefined) delete raw[k];
  }
  const parsed = attributeSchemas[type].safeParse(raw);
  if (!parsed.success) {
    details.push(...toDetails(parsed.error.issues, ['attributes']));
    return {};
  }
  return parsed.data as Record<string, unknown>;
}

/** Validates identifiers and removes duplicates. */
export function normalizeIdentifiers(input: unknown, details: ErrorDetail[]): Identifier[] {
  const parsed = z.array(identifierInputSchema).safeParse(input ?? []);
  if (!parsed.success) {
    details.push(...toDetails(parsed.error.issues, ['identifiers']));
    return [];
  }
  const seen = new Set<string>();
  return parsed.data.filter((i) => {
    const k = `${i.scheme}\u0000${i.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A new id: the English (else any Latin) label as a slug plus a short random suffix, e.g. `kazan-7f3a2c`. */
export function newEntityId(type: EntityType, names: readonly EntityName[]): string {
  const latin = names.find((n) => n.lang === 'en')?.text ?? names.find((n) => /[a-z]/i.test(n.text))?.text ?? '';
  const base = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return `${base || type}-${randomBytes(3).toString('hex')}`;
}

/**
 * Validates a whole entity input and reports every problem at once
 * (`AppError('validation_failed')` with paths such as `names.0.lang`).
 */
export function normalizeEntityInput(input: EntityInput): NormalizedEntity {
  const details: ErrorDetail[] = [];
  const type = entityTypeSchema.safeParse(input.type);
  if (!type.success) {
    throw new AppError('validation_failed', `unknown entity type: ${String(input.type)}`, [{ path: ['type'], message: 'unknown entity type' }]);
  }
  if (input.id !== undefined && !slugSchema.safeParse(input.id).success) {
    details.push({ path: ['id'], message: 'an id is a lower-case slug: letters a-z, digits and single hyphens' });
  }
  const names = normalizeNames(input.names, details);
  const identifiers = normalizeIdentifiers(input.identifiers, details);
  const attributes = normalizeAttributes(type.data, input.attributes, details);
  if (details.length > 0) {
    throw new AppError('validation_failed', `invalid entity: ${details.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ')}`, details);
  }
  return { id: input.id ?? newEntityId(type.data, names), type: type.data, names, identifiers, attributes };
}
