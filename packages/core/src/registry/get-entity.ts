import type { Entity, EntitySummary } from '../domain/entity.js';
import { STATEMENT_KINDS, type Source, type Statement, type StatementKind } from '../domain/statement.js';
import { notFound } from '../errors.js';
import type { Db } from '../storage/database.js';
import { statementsAbout } from '../statements/statement.repository.js';
import { loadEntitySources } from './entity-references.repository.js';
import { loadLiveEntity } from './entity.repository.js';

/** How the entity takes part in a group's statements. */
export type StatementRole = 'subject' | 'object' | 'post' | 'on_behalf_of';

/**
 * Statements of one kind in which the entity plays one role, e.g. `membership`/`subject` (what a
 * city is a member of), `membership`/`object` (the members and officers of an organization),
 * `membership`/`on_behalf_of` (offices held for a city), `host`/`object` (events a city hosted).
 */
export interface StatementGroup {
  kind: StatementKind;
  as: StatementRole;
  statements: Statement[];
}

/** Everything an entity page shows. */
export interface EntityPage {
  entity: Entity;
  /** Set when the requested id was merged: the id asked for (the page is the survivor's). */
  redirectedFrom?: string;
  /** Sources of the entity record itself. */
  sources: Source[];
  /** Statement groups, in a fixed kind order, statements in time order (undated last). */
  groups: StatementGroup[];
  /** Summaries of every other entity the statements mention, by id, so a page needs no more requests. */
  related: Record<string, EntitySummary>;
}

const ROLE_ORDER: StatementRole[] = ['subject', 'object', 'post', 'on_behalf_of'];

function roleOf(s: Statement, ids: ReadonlySet<string>): StatementRole {
  if (ids.has(s.subjectId)) return 'subject';
  if (s.objectId !== undefined && ids.has(s.objectId)) return 'object';
  if (s.postId !== undefined && ids.has(s.postId)) return 'post';
  return 'on_behalf_of';
}

function byTime(a: Statement, b: Statement): number {
  const sa = a.start?.value ?? '\uffff';
  const sb = b.start?.value ?? '\uffff';
  return sa < sb ? -1 : sa > sb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The page of an entity: the entity (names, identifiers, attributes), its record sources, every
 * statement where it (or an id merged into it) is subject, object, post or on-behalf-of — each
 * with its references — grouped by kind and role, and the related entities' summaries. A merged
 * id resolves to the survivor with `redirectedFrom` set. Rejected statements are left out unless
 * `includeRejected`. Throws `not_found`.
 */
export async function getEntity(db: Db, id: string, options: { includeRejected?: boolean } = {}): Promise<EntityPage> {
  const live = await loadLiveEntity(db, id);
  if (!live) throw notFound('entity', id);
  const { entity } = live;
  const ids = new Set(entity.allIds);
  const [{ statements, related }, sources] = await Promise.all([
    statementsAbout(db, entity.allIds, options),
    loadEntitySources(db, entity.allIds),
  ]);
  const groups = new Map<string, StatementGroup>();
  for (const s of statements.sort(byTime)) {
    const as = roleOf(s, ids);
    const k = `${s.kind}\u0000${as}`;
    const group = groups.get(k) ?? { kind: s.kind, as, statements: [] };
    group.statements.push(s);
    groups.set(k, group);
  }
  const page: EntityPage = {
    entity,
    sources,
    groups: [...groups.values()].sort((a, b) =>
      STATEMENT_KINDS.indexOf(a.kind) - STATEMENT_KINDS.indexOf(b.kind) || ROLE_ORDER.indexOf(a.as) - ROLE_ORDER.indexOf(b.as),
    ),
    related: Object.fromEntries(related),
  };
  if (live.redirected) page.redirectedFrom = id;
  return page;
}
