import { useQueries } from '@tanstack/react-query';
import type { EntitySummary } from '../api/types.ts';
import { useApi } from '../app/api-context.tsx';
import { useFormat } from '../format/use-format.ts';
import type { MapPoint } from './world-map.tsx';

/**
 * Map points for cities: their coordinates come from each city's record (shared with the entity page's
 * cache, so a city visited before costs nothing). At most `limit` cities are looked up; cities without
 * coordinates are left out. Weight = how often the city appears in `cities` (activity).
 */
export function useCityPoints(cities: readonly EntitySummary[], limit = 80): { points: MapPoint[]; loading: boolean } {
  const api = useApi();
  const f = useFormat();
  const weights = new Map<string, { city: EntitySummary; weight: number }>();
  for (const c of cities) {
    if (c.type !== 'city') continue;
    const w = weights.get(c.id);
    weights.set(c.id, { city: c, weight: (w?.weight ?? 0) + 1 });
  }
  const list = [...weights.values()].sort((a, b) => b.weight - a.weight).slice(0, limit);
  const results = useQueries({
    queries: list.map(({ city }) => ({
      queryKey: ['entity', city.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.entities.get(city.id, signal),
      staleTime: 5 * 60_000,
    })),
  });
  const points: MapPoint[] = [];
  results.forEach((r, i) => {
    const item = list[i];
    const coords = r.data?.attributes.coordinates;
    if (item && coords) points.push({ id: item.city.id, label: f.label(item.city.labels, item.city.id).text, lat: coords.lat, lon: coords.lon, weight: item.weight });
  });
  return { points, loading: results.some((r) => r.isPending) };
}
