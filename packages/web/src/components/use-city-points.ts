import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EntitySummary } from '../api/types.ts';
import { useApi } from '../app/api-context.tsx';
import { useFormat } from '../format/use-format.ts';
import type { MapPoint } from './world-map.tsx';

/**
 * Map points for cities, from ONE call (GET /api/cities/coordinates) instead of reading each city's
 * record. The `limit` most active cities are asked for; cities without coordinates are left out.
 * Weight = how often the city appears in `cities` (activity).
 */
export function useCityPoints(cities: readonly EntitySummary[], limit = 200): { points: MapPoint[]; loading: boolean } {
  const api = useApi();
  const f = useFormat();
  const weights = new Map<string, { city: EntitySummary; weight: number }>();
  for (const c of cities) {
    if (c.type !== 'city') continue;
    const w = weights.get(c.id);
    weights.set(c.id, { city: c, weight: (w?.weight ?? 0) + 1 });
  }
  const list = [...weights.values()].sort((a, b) => b.weight - a.weight || (a.city.id < b.city.id ? -1 : 1)).slice(0, limit);
  const ids = list.map((x) => x.city.id).sort();
  const coordinates = useQuery({
    queryKey: ['city-coordinates', ids.join(',')],
    queryFn: ({ signal }) => api.queries.cityCoordinates(ids, signal),
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
  const byId = new Map((coordinates.data?.items ?? []).map((c) => [c.city.id, c]));
  const points: MapPoint[] = [];
  for (const item of list) {
    const c = byId.get(item.city.id);
    if (c) points.push({ id: item.city.id, label: f.label(item.city.labels, item.city.id).text, lat: c.lat, lon: c.lon, weight: item.weight });
  }
  return { points, loading: ids.length > 0 && coordinates.isPending };
}
