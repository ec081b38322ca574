import { formatPartialDateInput, type PartialDate } from '../domain/partial-date.js';
import type { Reference, Source, Statement } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import type { EntityBlock, PopoloDocument, PopoloEntityBase, PopoloLink, PopoloMembership, StatementOut } from './popolo.types.js';
import { loadRegistrySnapshot, type SnapshotEntity } from './registry-snapshot.js';

/** Format version of the `shahrnet` extension blocks. */
export const POPOLO_FORMAT_VERSION = 1;

function isPartialDate(v: unknown): v is PartialDate {
  return typeof v === 'object' && v !== null && 'value' in v && 'precision' in v && 'calendar' in v;
}

/** Attributes with dates in input form (`jalali:1378`), the form the importer reads back. */
function attributesOut(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, isPartialDate(v) ? formatPartialDateInput(v) : v]));
}

/** A source as a Popolo link (title also as `note`, Popolo's human-readable field). */
export function sourceLink(s: Source): PopoloLink {
  const link: PopoloLink = { url: s.url };
  if (s.title !== undefined) {
    link.note = s.title;
    link.title = s.title;
  }
  if (s.publisher !== undefined) link.publisher = s.publisher;
  if (s.published !== undefined) link.published = s.published;
  if (s.retrieved !== undefined) link.retrieved = s.retrieved;
  if (s.contentHash !== undefined) link.content_hash = s.contentHash;
  return link;
}

function referenceLink(r: Reference): PopoloLink {
  const link = sourceLink(r.source);
  if (r.quote !== undefined) link.quote = r.quote;
  if (r.charStart !== undefined) link.char_start = r.charStart;
  if (r.charEnd !== undefined) link.char_end = r.charEnd;
  if (r.extractorVersion !== undefined) link.extractor_version = r.extractorVersion;
  if (r.confidence !== undefined) link.confidence = r.confidence;
  return link;
}

/** A statement in Shahrnet's exact exchange form (dates as input strings). */
export function statementOut(s: Statement, withReferences: boolean): StatementOut {
  const out: StatementOut = { id: s.id, kind: s.kind, subject_id: s.subjectId, rank: s.rank, status: s.status };
  if (s.objectId !== undefined) out.object_id = s.objectId;
  if (s.postId !== undefined) out.post_id = s.postId;
  if (s.role !== undefined) out.role = s.role;
  if (s.onBehalfOfId !== undefined) out.on_behalf_of_id = s.onBehalfOfId;
  if (s.ordinal !== undefined) out.ordinal = s.ordinal;
  if (s.how !== undefined) out.how = s.how;
  if (s.start) out.start = formatPartialDateInput(s.start);
  if (s.end) out.end = formatPartialDateInput(s.end);
  if (Object.keys(s.data).length > 0) out.data = s.data;
  if (withReferences) out.references = s.references.map(referenceLink);
  return out;
}

function entityBase(e: SnapshotEntity): PopoloEntityBase {
  const block: EntityBlock = {
    type: e.type,
    names: e.names.map((n) => {
      const out: EntityBlock['names'][number] = { lang: n.lang, text: n.text, kind: n.kind };
      if (n.from) out.from = formatPartialDateInput(n.from);
      if (n.to) out.to = formatPartialDateInput(n.to);
      return out;
    }),
    attributes: attributesOut(e.attributes),
  };
  if (e.mergedInto) block.merged_into = e.mergedInto;
  return {
    id: e.id,
    name: e.labels.en ?? e.labels.fa ?? e.names[0]?.text ?? e.id,
    other_names: e.names.map((n) => {
      const o: PopoloEntityBase['other_names'][number] = { name: n.text, lang: n.lang, note: n.kind };
      if (n.from) o.start_date = n.from.value;
      if (n.to) o.end_date = n.to.value;
      return o;
    }),
    identifiers: e.identifiers.map((i) => ({ scheme: i.scheme, identifier: i.value })),
    sources: e.sources.map(sourceLink),
    shahrnet: block,
  };
}

/** Sets `key` on `o` when `value` is defined (Popolo fields are optional). */
function put(o: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && value !== null) o[key] = value;
}

/**
 * Exports the whole registry as a Popolo JSON document that validates against the official Popolo
 * schemas: persons, organizations, areas (cities and countries), posts, events, memberships (every
 * `membership` statement, with its references as `sources`), names as `other_names`, identifiers,
 * dates as reduced ISO. Extension arrays carry agreements, proposals, merged entities and the
 * other statements; `shahrnet` blocks carry exact values. Deterministic (id order) except
 * `meta.exported_at`, which is only set when given.
 */
export async function exportPopolo(db: Db, options: { exportedAt?: string } = {}): Promise<PopoloDocument> {
  const { entities, statements } = await loadRegistrySnapshot(db);
  const live = (s: Statement): boolean => s.status !== 'rejected' && s.rank !== 'deprecated';
  const firstObject = (kind: string, subject: string): string | undefined =>
    statements.find((s) => s.kind === kind && s.subjectId === subject && live(s))?.objectId;
  const countryByIso = new Map(entities.filter((e) => e.type === 'country').map((e) => [e.attributes['iso2'], e.id]));
  const types = new Map(entities.map((e) => [e.id, e.type]));

  const doc: PopoloDocument = {
    persons: [], organizations: [], areas: [], posts: [], events: [], memberships: [],
    agreements: [], proposals: [], merged: [], statements: [],
    meta: { generator: 'shahrnet', format_version: POPOLO_FORMAT_VERSION },
  };
  if (options.exportedAt && doc.meta) doc.meta.exported_at = options.exportedAt;

  for (const e of entities) {
    const o = entityBase(e);
    const a = e.attributes;
    if (e.mergedInto) {
      doc.merged?.push(o);
      continue;
    }
    if (e.allIds.length > 1) o['all_ids'] = e.allIds;
    switch (e.type) {
      case 'person':
        put(o, 'gender', a['gender']);
        doc.persons.push(o);
        break;
      case 'organization':
        put(o, 'classification', a['classification']);
        put(o, 'founding_date', isPartialDate(a['founding_date']) ? a['founding_date'].value : undefined);
        put(o, 'dissolution_date', isPartialDate(a['dissolution_date']) ? a['dissolution_date'].value : undefined);
        put(o, 'parent_id', firstObject('parent', e.id));
        put(o, 'area_id', firstObject('located_in', e.id));
        doc.organizations.push(o);
        break;
      case 'city':
      case 'country': {
        o['classification'] = e.type;
        if (e.type === 'city') put(o, 'parent_id', countryByIso.get(a['country']));
        const c = a['coordinates'] as { lat: number; lon: number } | undefined;
        if (c) o['geometry'] = { type: 'Point', coordinates: [c.lon, c.lat] };
        doc.areas.push(o);
        break;
      }
      case 'post':
        o['label'] = o.name;
        put(o, 'role', a['role']);
        put(o, 'organization_id', firstObject('post_of', e.id));
        if (e.labels.fa && e.labels.fa !== o.name) o['other_label'] = [e.labels.fa];
        doc.posts.push(o);
        break;
      case 'event':
        put(o, 'classification', a['event_type']);
        put(o, 'start_date', isPartialDate(a['start']) ? a['start'].value : undefined);
        put(o, 'end_date', isPartialDate(a['end']) ? a['end'].value : undefined);
        put(o, 'organization_id', firstObject('organizer', e.id));
        put(o, 'location', a['place']);
        doc.events.push(o);
        break;
      case 'agreement':
        doc.agreements?.push(o);
        break;
      case 'proposal':
        doc.proposals?.push(o);
        break;
    }
  }

  for (const s of statements) {
    if (s.kind !== 'membership') {
      doc.statements?.push(statementOut(s, true));
      continue;
    }
    const m: PopoloMembership = { id: s.id, organization_id: s.objectId ?? '', sources: s.references.map(referenceLink) };
    const memberType = types.get(s.subjectId);
    if (memberType === 'person') m.person_id = s.subjectId;
    else m.member = { '@type': memberType === 'organization' ? 'Organization' : 'Area', id: s.subjectId };
    put(m, 'post_id', s.postId);
    put(m, 'role', s.role);
    put(m, 'on_behalf_of_id', s.onBehalfOfId);
    put(m, 'start_date', s.start?.value);
    put(m, 'end_date', s.end?.value);
    m.shahrnet = statementOut(s, false);
    doc.memberships.push(m);
  }
  return doc;
}
