import { ENTITY_TYPES, type EntityType, type SearchHit } from '../../api/types.ts';

/** Hits of one entity type, in the order the server ranked them. */
export interface HitGroup {
  type: EntityType;
  hits: SearchHit[];
}

/**
 * Groups search hits by entity type. Groups come in the order their best hit was ranked (so the
 * group holding the best match is first), hits keep their rank inside a group, and a hit that
 * appears on two pages (the index changed between requests) is shown once.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<EntityType, SearchHit[]>();
  const seen = new Set<string>();
  for (const hit of hits) {
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    const type = (ENTITY_TYPES as readonly string[]).includes(hit.type) ? hit.type : 'organization';
    const list = groups.get(type) ?? [];
    list.push(hit);
    groups.set(type, list);
  }
  return [...groups].map(([type, list]) => ({ type, hits: list }));
}
