import { notFound } from '../errors.js';
import type { Db } from '../storage/database.js';
import { loadEntityPageJson } from './entity-page-json.repository.js';
import { resolveEntityId } from './entity.repository.js';

/** An entity page in the API's JSON form, written by the database (see `loadEntityPageJson`). */
export interface RenderedEntityPage {
  /** The live entity's id (the survivor's when the requested id was merged). */
  id: string;
  /** The entity's version, for the ETag. */
  version: number;
  /** Set when the requested id was merged: the id asked for. Not in `json`. */
  redirectedFrom?: string;
  /** The page as one JSON object in UTF-8: everything of the API's entity page but `redirected_from`. */
  json: Buffer;
}

/**
 * The entity page of `getEntity` for the HTTP API's read route, as the API's JSON written by the
 * database instead of domain objects (the page is served as it comes; see `loadEntityPageJson` for
 * why). A live id takes one query; a merged id is followed to its survivor first. Use `getEntity` for
 * anything that works with the page's content. Throws `not_found`.
 */
export async function getEntityRendered(db: Db, id: string): Promise<RenderedEntityPage> {
  const direct = await loadEntityPageJson(db, id);
  if (direct) return { id, ...direct };
  const resolved = await resolveEntityId(db, id);
  const page = resolved && (await loadEntityPageJson(db, resolved.id));
  if (!resolved || !page) throw notFound('entity', id);
  return { id: resolved.id, ...page, ...(resolved.redirected ? { redirectedFrom: id } : {}) };
}
