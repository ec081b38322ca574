import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError, type ErrorDetail } from '../errors.js';
import { roleSchema, tenureStartSchema } from '../data-format/shipped-data.schema.js';
import type { EntityType } from '../domain/entity.js';
import { parsePartialDate, type PartialDate } from '../domain/partial-date.js';
import {
  RANKS,
  STATEMENT_KINDS,
  STATEMENT_STATUSES,
  type Rank,
  type ReferenceInput,
  type StatementKind,
  type StatementLinks,
  type StatementStatus,
} from '../domain/statement.js';
import { validateSourceInput } from './source.repository.js';

/** A statement as callers give it. Dates as partial ISO or `jalali:` strings. */
export interface StatementInput extends StatementLinks {
  id?: string;
  start?: string;
  end?: string;
  rank?: Rank;
  status?: StatementStatus;
  data?: Record<string, unknown>;
  references: ReferenceInput[];
}

/** A validated statement ready to store (ids not yet checked against the database). */
export interface NormalizedStatement extends StatementLinks {
  id: string;
  start?: PartialDate;
  end?: PartialDate;
  rank: Rank;
  status: StatementStatus;
  data: Record<string, unknown>;
  references: ReferenceInput[];
}

const AGENTS: EntityType[] = ['person', 'city', 'organization', 'country'];
const PLACES: EntityType[] = ['city', 'country'];
const BODIES: EntityType[] = ['organization', 'city', 'country'];

/** Which entity types each kind links, and whether it needs a role from the role vocabulary. */
export const KIND_RULES: Record<StatementKind, { subject: EntityType[]; object: EntityType[] | null; vocabularyRole?: boolean }> = {
  membership: { subject: AGENTS, object: BODIES, vocabularyRole: true },
  participation: { subject: AGENTS, object: ['event'] },
  host: { subject: ['event'], object: [...PLACES, 'organization'] },
  organizer: { subject: ['event'], object: BODIES },
  party: { subject: AGENTS, object: ['agreement'] },
  signatory: { subject: AGENTS, object: ['agreement'] },
  proposer: { subject: AGENTS, object: ['proposal'] },
  seat: { subject: ['organization'], object: PLACES },
  parent: { subject: ['organization'], object: ['organization'] },
  located_in: { subject: ['organization', 'city'], object: PLACES },
  founded_in: { subject: ['organization'], object: PLACES },
  founded_by: { subject: ['organization'], object: AGENTS },
  post_of: { subject: ['post'], object: BODIES },
  attribute: { subject: ['city', 'country', 'organization', 'person', 'post', 'event', 'agreement', 'proposal'], object: null },
};

const inputSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/).optional(),
  kind: z.enum(STATEMENT_KINDS),
  subjectId: z.string().min(1),
  objectId: z.string().min(1).optional(),
  postId: z.string().min(1).optional(),
  role: z.string().trim().min(1).optional(),
  onBehalfOfId: z.string().min(1).optional(),
  ordinal: z.number().int().positive().optional(),
  how: tenureStartSchema.optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  rank: z.enum(RANKS).default('normal'),
  status: z.enum(STATEMENT_STATUSES).default('accepted'),
  data: z.record(z.string(), z.unknown()).default({}),
  references: z.array(z.object({
    source: z.object({ url: z.string() }).passthrough(),
    quote: z.string().min(1).optional(),
    charStart: z.number().int().nonnegative().optional(),
    charEnd: z.number().int().nonnegative().optional(),
    extractorVersion: z.string().min(1).optional(),
    confidence: z.number().min(0).max(1).optional(),
  })).min(1, 'a statement needs at least one reference (a source)'),
});

/** A new random statement id. */
export function newStatementId(): string {
  return `st-${randomBytes(8).toString('hex')}`;
}

/**
 * Validates a statement input (shape, kind rules that need no database, dates, references) and
 * reports every problem at once as `AppError('validation_failed')`.
 */
export function normalizeStatementInput(input: StatementInput): NormalizedStatement {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
    throw new AppError('validation_failed', `invalid statement: ${details.map((d) => `${d.path.join('.')}: ${d.message}`).join('; ')}`, details);
  }
  const v = parsed.data;
  const details: ErrorDetail[] = [];
  const rule = KIND_RULES[v.kind];
  if (rule.object && !v.objectId) details.push({ path: ['objectId'], message: `a ${v.kind} statement needs an object` });
  if (!rule.object && v.objectId) details.push({ path: ['objectId'], message: `a ${v.kind} statement has no object` });
  if (rule.vocabularyRole && !roleSchema.safeParse(v.role).success) {
    details.push({ path: ['role'], message: `role must be one of ${roleSchema.options.join(', ')}` });
  }
  if (v.postId && v.kind !== 'membership') details.push({ path: ['postId'], message: 'only a membership holds a post' });
  if (v.kind === 'attribute' && typeof v.data['property'] !== 'string') {
    details.push({ path: ['data', 'property'], message: 'an attribute statement names its property' });
  }
  const date = (s: string | undefined, field: string): PartialDate | undefined => {
    if (s === undefined) return undefined;
    try {
      return parsePartialDate(s);
    } catch (e) {
      details.push({ path: [field], message: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  };
  const start = date(v.start, 'start');
  const end = date(v.end, 'end');
  if (start && end && end.value < start.value.slice(0, end.value.length)) {
    details.push({ path: ['end'], message: `ends (${end.value}) before it starts (${start.value})` });
  }
  const references: ReferenceInput[] = [];
  v.references.forEach((r, i) => {
    try {
      const ref: ReferenceInput = { source: validateSourceInput(r.source as ReferenceInput['source'], ['references', i, 'source']) };
      if (r.quote !== undefined) ref.quote = r.quote;
      if (r.charStart !== undefined) ref.charStart = r.charStart;
      if (r.charEnd !== undefined) ref.charEnd = r.charEnd;
      if (r.extractorVersion !== undefined) ref.extractorVersion = r.extractorVersion;
      if (r.confidence !== undefined) ref.confidence = r.confidence;
      if (r.charStart !== undefined && r.charEnd !== undefined && r.charEnd < r.charStart) {
        details.push({ path: ['references', i, 'charEnd'], message: 'charEnd is before charStart' });
      }
      references.push(ref);
    } catch (e) {
      if (e instanceof AppError) details.push(...e.details);
      else throw e;
    }
  });
  if (details.length > 0) {
    throw new AppError('validation_failed', `invalid statement: ${details.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ')}`, details);
  }
  const out: NormalizedStatement = {
    id: v.id ?? newStatementId(), kind: v.kind, subjectId: v.subjectId, rank: v.rank, status: v.status, data: v.data, references,
  };
  if (v.objectId !== undefined) out.objectId = v.objectId;
  if (v.postId !== undefined) out.postId = v.postId;
  if (v.role !== undefined) out.role = v.role;
  if (v.onBehalfOfId !== undefined) out.onBehalfOfId = v.onBehalfOfId;
  if (v.ordinal !== undefined) out.ordinal = v.ordinal;
  if (v.how !== undefined) out.how = v.how;
  if (start) out.start = start;
  if (end) out.end = end;
  return out;
}
