import type { EntitySummary } from '../domain/entity.js';
import { toSummary } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';

/** A city's place on a map. */
export interface CityCoordinates {
  city: EntitySummary;
  lat: number;
  lon: number;
}

/**
 * The coordinates of many cities in one read (for maps, which would otherwise fetch each city's
 * record). Ids that are not cities, are unknown, or have no coordinates are simply left out; a merged
 * id answers with its survivor (one step, as merges are flattened). At most 500 ids are read.
 */
export async function cityCoordinates(db: Db, ids: readonly string[]): Promise<CityCoordinates[]> {
  const unique = [...new Set(ids)].slice(0, 500);
  if (unique.length === 0) return [];
  const rows = await db.selectFrom('entities').select(['id', 'type', 'label_fa', 'label_en', 'attributes', 'merged_into']).where('id', 'in', unique).execute();
  const survivors = [...new Set(rows.map((r) => r.merged_into).filter((x): x is string => x !== null))];
  const extra = survivors.length > 0 ? await db.selectFrom('entities').select(['id', 'type', 'label_fa', 'label_en', 'attributes', 'merged_into']).where('id', 'in', survivors).execute() : [];
  const out = new Map<string, CityCoordinates>();
  for (const r of [...rows, ...extra]) {
    if (r.type !== 'city' || r.merged_into !== null || out.has(r.id)) continue;
    const coords = (JSON.parse(r.attributes) as { coordinates?: { lat?: unknown; lon?: unknown } }).coordinates;
    if (typeof coords?.lat !== 'number' || typeof coords.lon !== 'number') continue;
    out.set(r.id, { city: toSummary(r), lat: coords.lat, lon: coords.lon });
  }
  return [...out.values()];
}
