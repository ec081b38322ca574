import type { Entity } from '../domain/entity.js';
import type { Source } from '../domain/statement.js';
import { notFound } from '../errors.js';
import type { Db } from '../storage/database.js';
import { statementsJsonAbout } from '../statements/statement-json.repository.js';
import { loadEntitySources } from './entity-references.repository.js';
import { loadLiveEntity } from './entity.repository.js';

/** An entity page whose statements come as the API's JSON, in UTF-8 bytes (see `statementsJsonAbout`). */
export interface RenderedEntityPage {
  entity: Entity;
  /** Set when the requested id was merged: the id asked for (the page is the survivor's). */
  redirectedFrom?: string;
  /** Sources of the entity record itself. */
  sources: Source[];
  /** The page's statements (rejected ones left out) in the API's form and order: one JSON array, UTF-8. */
  statementsJson: Buffer;
}

/**
 * The entity page of `getEntity` for the HTTP API's read route: the same entity, redirect and record
 * sources, with the statements already written as JSON by the database instead of as domain objects
 * (the page is served as it comes; see `statementsJsonAbout` for why). Use `getEntity` for anything
 * that works with the statements. Throws `not_found`.
 */
export async function getEntityRendered(db: Db, id: string): Promise<RenderedEntityPage> {
  const live = await loadLiveEntity(db, id);
  if (!live) throw notFound('entity', id);
  const { entity } = live;
  const [statementsJson, sources] = await Promise.all([
    statementsJsonAbout(db, entity.allIds, { id: entity.id, type: entity.type, labels: entity.labels }),
    loadEntitySources(db, entity.allIds),
  ]);
  const page: RenderedEntityPage = { entity, sources, statementsJson };
  if (live.redirected) page.redirectedFrom = id;
  return page;
}
