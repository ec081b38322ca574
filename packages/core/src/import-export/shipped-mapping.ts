import { createHash } from 'node:crypto';
import type { ShippedDataset } from '../data-format/read-shipped-data.js';
import type {
  CityRecord, CountryRecord, MembershipRecord, OrganizationRecord, PersonRecord, PostRecord,
} from '../data-format/shipped-data.schema.js';
import type { Identifier } from '../domain/entity.js';
import type { ReferenceInput, SourceInput, StatementKind } from '../domain/statement.js';
import type { CreateEntityInput } from '../registry/create-entity.js';
import type { NameInput } from '../registry/entity-input.js';
import type { StatementInput } from '../statements/statement-input.js';
import type { Located } from './apply-records.js';

type Sourced = { sources?: { url: string; title?: string | undefined; publisher?: string | undefined; published?: string | undefined; retrieved?: string | undefined; quote?: string | undefined }[] };

/**
 * The source used when a shipped record lists none (countries, cities and posts usually do not):
 * the dataset file itself, so that every statement still has a reference.
 */
export function datasetSource(file: string): SourceInput {
  return { url: `urn:shahrnet:data:${file}`, title: `Shahrnet shipped data (${file})`, publisher: 'Shahrnet' };
}

function sourcesOf(r: Sourced): SourceInput[] {
  return (r.sources ?? []).map((s) => {
    const out: SourceInput = { url: s.url };
    if (s.title !== undefined) out.title = s.title;
    if (s.publisher !== undefined) out.publisher = s.publisher;
    if (s.published !== undefined) out.published = s.published;
    if (s.retrieved !== undefined) out.retrieved = s.retrieved;
    return out;
  });
}

function referencesOf(r: Sourced, file: string): ReferenceInput[] {
  const refs = (r.sources ?? []).map((s, i): ReferenceInput => {
    const ref: ReferenceInput = { source: sourcesOf(r)[i] ?? { url: s.url } };
    if (s.quote !== undefined) ref.quote = s.quote;
    return ref;
  });
  return refs.length > 0 ? refs : [{ source: datasetSource(file) }];
}

function identifiersOf(ids: Record<string, string | undefined> | undefined): Identifier[] {
  return Object.entries(ids ?? {})
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([scheme, value]) => ({ scheme, value }));
}

function namesOf(names: readonly { lang: string; text: string; kind: NameInput['kind']; from?: string | undefined; to?: string | undefined }[]): NameInput[] {
  return names.map((n) => {
    const out: NameInput = { lang: n.lang, text: n.text };
    if (n.kind !== undefined) out.kind = n.kind;
    if (n.from !== undefined) out.from = n.from;
    if (n.to !== undefined) out.to = n.to;
    return out;
  });
}

/** A readable fallback name for records that may have none (events, agreements). */
function fallbackNames(id: string): NameInput[] {
  return [{ lang: 'en', text: id.replace(/-/g, ' ') }];
}

/** A deterministic statement id from its identifying parts, so re-imports find the same row. */
export function derivedStatementId(...parts: (string | number | undefined)[]): string {
  return `st-${createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u0000')).digest('hex').slice(0, 20)}`;
}

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Turns a validated shipped dataset into registry records: entities (shipped ids kept) and
 * statements (links between entities, with the record's sources as references). Links that the
 * format keeps on a record become statements: an organization's parent/city/founding place and
 * initiator/seats, a post's organization, an event's organizer/host/participants, an agreement's
 * parties and signatories.
 */
export function mapShippedDataset(d: ShippedDataset): { entities: Located<CreateEntityInput>[]; statements: Located<StatementInput>[] } {
  const entities: Located<CreateEntityInput>[] = [];
  const statements: Located<StatementInput>[] = [];
  const link = (file: string, id: string, kind: StatementKind, subjectId: string, objectId: string, refs: ReferenceInput[], extra: Partial<StatementInput> = {}): void => {
    const value: StatementInput = compact({ id: derivedStatementId(kind, subjectId, objectId, extra.role, extra.start), kind, subjectId, objectId, references: refs, ...extra });
    statements.push({ value, source: file, path: [id] });
  };
  const entity = (file: string, value: CreateEntityInput): void => {
    entities.push({ value, source: file, path: [value.id ?? ''] });
  };
  const base = (r: CountryRecord | CityRecord | OrganizationRecord | PersonRecord) => ({
    id: r.id, names: namesOf(r.names), identifiers: identifiersOf(r.identifiers), sources: sourcesOf(r),
  });

  for (const r of d.countries) entity('countries.jsonl', { ...base(r), type: 'country', attributes: { iso2: r.iso2 } });
  for (const r of d.cities) {
    entity('cities.jsonl', { ...base(r), type: 'city', attributes: compact({ country: r.country, province: r.province, coordinates: r.coordinates, population: r.population, capital: r.capital }) });
  }
  for (const r of d.organizations) {
    const f = 'organizations.jsonl';
    entity(f, { ...base(r), type: 'organization', attributes: compact({ classification: r.classification, founding_date: r.founding_date, dissolution_date: r.dissolution_date }) });
    const refs = referencesOf(r, f);
    if (r.parent) link(f, r.id, 'parent', r.id, r.parent, refs);
    if (r.city) link(f, r.id, 'located_in', r.id, r.city, refs);
    if (r.founding_place) link(f, r.id, 'founded_in', r.id, r.founding_place, refs, compact({ start: r.founding_date }));
    if (r.founding_initiator) link(f, r.id, 'founded_by', r.id, r.founding_initiator, refs, compact({ start: r.founding_date }));
    for (const seat of r.seats) {
      const kind = (seat as { kind?: string }).kind;
      link(f, r.id, 'seat', r.id, seat.city, refs, compact({ start: seat.since, end: seat.until, data: kind ? { kind } : undefined }));
    }
  }
  for (const r of d.people) entity('people.jsonl', { ...base(r), type: 'person', attributes: compact({ gender: r.gender }) });
  for (const r of d.posts) {
    entity('posts.jsonl', postEntity(r));
    link('posts.jsonl', r.id, 'post_of', r.id, r.organization, [{ source: datasetSource('posts.jsonl') }], { role: r.role });
  }
  for (const r of d.memberships) {
    const id = r.id ?? derivedStatementId('membership', r.member, r.organization, r.post, r.role, r.start);
    statements.push({ value: membershipStatement(r, id), source: 'memberships.jsonl', path: [id] });
  }
  for (const r of d.events) {
    const f = 'events.jsonl';
    entity(f, {
      id: r.id, type: 'event', names: r.names.length ? namesOf(r.names) : fallbackNames(r.id), sources: sourcesOf(r),
      attributes: compact({ event_type: r.event_type, ordinal: r.ordinal, place: r.place, virtual: r.virtual, start: r.start, end: r.end }),
    });
    const refs = referencesOf(r, f);
    if (r.organization) link(f, r.id, 'organizer', r.id, r.organization, refs);
    if (r.host) link(f, r.id, 'host', r.id, r.host, refs, compact({ start: r.start, end: r.end }));
    for (const p of r.participants) {
      link(f, r.id, 'participation', p.entity, r.id, refs, compact({ role: p.role, onBehalfOfId: p.on_behalf_of, start: r.start, end: r.end }));
    }
  }
  for (const r of d.agreements) {
    const f = 'agreements.jsonl';
    entity(f, {
      id: r.id, type: 'agreement', names: r.names.length ? namesOf(r.names) : fallbackNames(r.id), sources: sourcesOf(r),
      attributes: compact({ agreement_type: r.agreement_type, status: r.status, date: r.date }),
    });
    const refs = referencesOf(r, f);
    for (const p of r.parties) link(f, r.id, 'party', p, r.id, refs, compact({ start: r.date }));
    for (const s of r.signatories) link(f, r.id, 'signatory', s, r.id, refs, compact({ start: r.date }));
  }
  return { entities, statements };
}

function postEntity(r: PostRecord): CreateEntityInput {
  const names: NameInput[] = [];
  if (r.labels.fa) names.push({ lang: 'fa', text: r.labels.fa });
  names.push({ lang: 'en', text: r.labels.en });
  return { id: r.id, type: 'post', names, attributes: { role: r.role } };
}

function membershipStatement(r: MembershipRecord, id: string): StatementInput {
  return compact({
    id,
    kind: 'membership' as const,
    subjectId: r.member,
    objectId: r.organization,
    postId: r.post,
    role: r.role,
    onBehalfOfId: r.on_behalf_of,
    ordinal: r.ordinal,
    how: r.how,
    start: r.start,
    end: r.end,
    data: r.category ? { category: r.category } : undefined,
    references: referencesOf(r, 'memberships.jsonl'),
  });
}
