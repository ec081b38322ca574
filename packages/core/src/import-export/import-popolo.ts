import { z } from 'zod';
import { roleSchema } from '../data-format/shipped-data.schema.js';
import type { Actor } from '../domain/actor.js';
import type { EntityType } from '../domain/entity.js';
import type { ReferenceInput, SourceInput } from '../domain/statement.js';
import { AppError } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import type { CreateEntityInput } from '../registry/create-entity.js';
import type { NameInput } from '../registry/entity-input.js';
import type { StatementInput } from '../statements/statement-input.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { applyRecords, type ImportReport, type Located } from './apply-records.js';
import { derivedStatementId } from './shipped-mapping.js';
import type { EntityBlock, PopoloLink, StatementOut } from './popolo.types.js';

const obj = z.looseObject({});
type ArrayKey = 'persons' | 'organizations' | 'areas' | 'posts' | 'events' | 'memberships' | 'agreements' | 'proposals' | 'merged' | 'statements';
const documentSchema = z.looseObject({
  persons: z.array(obj).default([]),
  organizations: z.array(obj).default([]),
  areas: z.array(obj).default([]),
  posts: z.array(obj).default([]),
  events: z.array(obj).default([]),
  memberships: z.array(obj).default([]),
  agreements: z.array(obj).default([]),
  proposals: z.array(obj).default([]),
  merged: z.array(obj).default([]),
  statements: z.array(obj).default([]),
});

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const FALLBACK: SourceInput = { url: 'urn:shahrnet:popolo-import', title: 'Imported Popolo document' };

function sourceOf(l: PopoloLink): SourceInput {
  const s: SourceInput = { url: l.url };
  const title = l.title ?? l.note;
  if (title !== undefined) s.title = title;
  if (l.publisher !== undefined) s.publisher = l.publisher;
  if (l.published !== undefined) s.published = l.published;
  if (l.retrieved !== undefined) s.retrieved = l.retrieved;
  if (l.content_hash !== undefined) s.contentHash = l.content_hash;
  return s;
}

function referencesOf(links: unknown): ReferenceInput[] {
  const list = Array.isArray(links) ? (links as PopoloLink[]).filter((l) => typeof l?.url === 'string') : [];
  if (list.length === 0) return [{ source: FALLBACK }];
  return list.map((l) => {
    const r: ReferenceInput = { source: sourceOf(l) };
    if (l.quote !== undefined) r.quote = l.quote;
    if (l.char_start !== undefined) r.charStart = l.char_start;
    if (l.char_end !== undefined) r.charEnd = l.char_end;
    if (l.extractor_version !== undefined) r.extractorVersion = l.extractor_version;
    if (l.confidence !== undefined) r.confidence = l.confidence;
    return r;
  });
}

const guessLang = (text: string): string => (/\p{Script=Arabic}/u.test(text) ? 'fa' : 'en');

/** An entity from a Popolo object: exact from its `shahrnet` block, else from Popolo fields. */
function entityOf(o: Obj, fallbackType: EntityType): CreateEntityInput {
  const block = o['shahrnet'] as EntityBlock | undefined;
  const identifiers = (Array.isArray(o['identifiers']) ? (o['identifiers'] as Obj[]) : [])
    .map((i) => ({ scheme: str(i['scheme']) ?? 'other', value: str(i['identifier']) ?? '' }));
  const sources = (Array.isArray(o['sources']) ? (o['sources'] as PopoloLink[]) : []).map(sourceOf);
  const id = str(o['id']) ?? '';
  if (block) {
    return { id, type: block.type as EntityType, names: block.names as NameInput[], identifiers, attributes: block.attributes, sources };
  }
  const names: NameInput[] = [];
  const main = str(o['name']) ?? str(o['label']);
  if (main) names.push({ lang: guessLang(main), text: main, kind: 'official' });
  for (const n of Array.isArray(o['other_names']) ? (o['other_names'] as Obj[]) : []) {
    const text = str(n['name']);
    if (!text || text === main) continue;
    const name: NameInput = { lang: str(n['lang']) ?? guessLang(text), text, kind: 'alias' };
    if (str(n['start_date'])) name.from = str(n['start_date']) as string;
    if (str(n['end_date'])) name.to = str(n['end_date']) as string;
    names.push(name);
  }
  const attributes: Obj = {};
  const type = fallbackType === 'city' && o['classification'] === 'country' ? 'country' : fallbackType;
  if (type === 'organization' && str(o['founding_date'])) attributes['founding_date'] = o['founding_date'];
  if (type === 'event') {
    if (str(o['start_date'])) attributes['start'] = str(o['start_date'])?.slice(0, 10);
    if (str(o['end_date'])) attributes['end'] = str(o['end_date'])?.slice(0, 10);
  }
  if (type === 'post' && roleSchema.safeParse(o['role']).success) attributes['role'] = o['role'];
  return { id, type, names, identifiers, attributes, sources };
}

/** A statement from Shahrnet's exact form. */
function statementOf(s: StatementOut, references: ReferenceInput[]): StatementInput {
  const out: StatementInput = { id: s.id, kind: s.kind as StatementInput['kind'], subjectId: s.subject_id, references };
  if (s.object_id !== undefined) out.objectId = s.object_id;
  if (s.post_id !== undefined) out.postId = s.post_id;
  if (s.role !== undefined) out.role = s.role;
  if (s.on_behalf_of_id !== undefined) out.onBehalfOfId = s.on_behalf_of_id;
  if (s.ordinal !== undefined) out.ordinal = s.ordinal;
  if (s.how !== undefined) out.how = s.how;
  if (s.start !== undefined) out.start = s.start;
  if (s.end !== undefined) out.end = s.end;
  if (s.data !== undefined) out.data = s.data;
  out.rank = s.rank as StatementInput['rank'];
  out.status = s.status as StatementInput['status'];
  return out;
}

/** A membership statement from a Popolo membership (exact when it has a `shahrnet` block). */
function membershipOf(m: Obj): StatementInput {
  const references = referencesOf(m['sources']);
  const block = m['shahrnet'] as StatementOut | undefined;
  if (block) return statementOf(block, references);
  const member = (m['member'] ?? {}) as Obj;
  const subjectId = str(m['person_id']) ?? str(member['id']) ?? '';
  const organization = str(m['organization_id']) ?? '';
  const role = roleSchema.safeParse(m['role']).success ? (m['role'] as string) : 'member';
  const out: StatementInput = {
    id: str(m['id']) ?? derivedStatementId('membership', subjectId, organization, role, str(m['start_date'])),
    kind: 'membership', subjectId, objectId: organization, role, references,
  };
  if (str(m['post_id'])) out.postId = str(m['post_id']) as string;
  if (str(m['on_behalf_of_id'])) out.onBehalfOfId = str(m['on_behalf_of_id']) as string;
  if (str(m['start_date'])) out.start = (str(m['start_date']) as string).slice(0, 10);
  if (str(m['end_date'])) out.end = (str(m['end_date']) as string).slice(0, 10);
  if (str(m['role']) && role !== m['role']) out.data = { role_label: m['role'] };
  return out;
}

/**
 * Imports a Popolo JSON document (Shahrnet's own export, or a plain Popolo file) in one
 * transaction, idempotently (the same document twice changes nothing). With `shahrnet` blocks
 * every value is restored exactly, so export → import into an empty database → export gives the
 * same document. Plain Popolo: persons, organizations, areas, posts, events and memberships are
 * read from Popolo fields (a membership without sources gets a placeholder source). Errors name the
 * array and index (`persons.3`). Throws `validation_failed` / `conflict`.
 */
export async function importPopolo(db: Db, document: unknown, actor: Actor, options: { reason?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<ImportReport> {
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ source: 'popolo', path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
    throw new AppError('validation_failed', 'not a Popolo document', details);
  }
  const d = parsed.data;
  const entities: Located<CreateEntityInput>[] = [];
  const add = (key: ArrayKey, type: EntityType): void =>
    d[key].forEach((o, i) => entities.push({ value: entityOf(o, type), source: 'popolo', path: [key, i] }));
  add('areas', 'city');
  add('organizations', 'organization');
  add('persons', 'person');
  add('posts', 'post');
  add('events', 'event');
  add('agreements', 'agreement');
  add('proposals', 'proposal');
  add('merged', 'person');

  const statements: Located<StatementInput>[] = [];
  d.memberships.forEach((m, i) => statements.push({ value: membershipOf(m), source: 'popolo', path: ['memberships', i] }));
  d.statements.forEach((s, i) => {
    const out = s as unknown as StatementOut;
    statements.push({ value: statementOf(out, referencesOf(out.references)), source: 'popolo', path: ['statements', i] });
  });
  const plainLinks: [ArrayKey, string, StatementInput['kind']][] = [['posts', 'organization_id', 'post_of'], ['events', 'organization_id', 'organizer'], ['organizations', 'parent_id', 'parent']];
  for (const [key, field, kind] of plainLinks) {
    d[key].forEach((o, i) => {
      const target = str(o[field]);
      const id = str(o['id']);
      if (o['shahrnet'] || !target || !id) return;
      statements.push({ value: { id: derivedStatementId(kind, id, target), kind, subjectId: id, objectId: target, references: referencesOf(o['sources']) }, source: 'popolo', path: [key, i, field] });
    });
  }

  const change = { actor, reason: options.reason ?? 'Popolo import' };
  return inTransaction(db, async (trx) => {
    const report = await applyRecords(trx, entities, statements, change, options.onProgress);
    for (const o of d.merged) {
      const id = str(o['id']);
      const into = str((o['shahrnet'] as EntityBlock | undefined)?.merged_into);
      if (!id || !into) continue;
      const res = await trx.updateTable('entities').set({ merged_into: into }).where('id', '=', id).where('merged_into', 'is', null).executeTakeFirst();
      if (Number(res.numUpdatedRows) > 0) {
        await recordChange(trx, change, { action: 'entity.redirect', targetType: 'entity', targetId: id, before: null, after: { mergedInto: into }, entityIds: [id, into] });
      }
    }
    return report;
  });
}
