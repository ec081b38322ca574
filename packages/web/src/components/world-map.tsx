import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-110m.json';
import { entityPath } from './entity-link.tsx';

/** A place on the map. `weight` sets the dot's size (e.g. number of facts). */
export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
  weight?: number;
}

const WIDTH = 960;
const HEIGHT = 500;

// The country shapes ship with the app (world-atlas, Natural Earth 1:110m): no tile server, works offline.
const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

/**
 * A world map (Equal Earth projection) with a dot per place, linked to its page. Drawn as SVG from
 * bundled country shapes, so it needs no network. The SVG has a title and each dot a link with the
 * place's name, so the map is usable with a keyboard and a screen reader; maps are never mirrored.
 */
export function WorldMap({ points, title }: { points: readonly MapPoint[]; title: string }) {
  const { path, project } = useMemo(() => {
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    return { path: geoPath(projection), project: (lon: number, lat: number) => projection([lon, lat]) };
  }, []);
  const max = Math.max(1, ...points.map((p) => p.weight ?? 1));
  return (
    <div dir="ltr">
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title} className="world-map" data-testid="world-map">
      <title>{title}</title>
      <path d={path({ type: 'Sphere' }) ?? ''} fill="#eef6f8" stroke="#c9d6da" />
      <path d={path(geoGraticule10()) ?? ''} fill="none" stroke="#dfe9ec" strokeWidth={0.5} />
      {countries.features.map((c, i) => (
        <path key={i} d={path(c) ?? ''} fill="#dfe5e8" stroke="#ffffff" strokeWidth={0.5} />
      ))}
      {points.map((p) => {
        const xy = project(p.lon, p.lat);
        if (!xy) return null;
        const r = 3 + 9 * Math.sqrt((p.weight ?? 1) / max);
        return (
          <Link key={p.id} to={entityPath(p.id)} aria-label={p.label} className="map-point">
            <circle cx={xy[0]} cy={xy[1]} r={r} fill="var(--mantine-color-shahr-7)" fillOpacity={0.7} stroke="white" strokeWidth={1}>
              <title>{p.label}</title>
            </circle>
          </Link>
        );
      })}
    </svg>
    </div>
  );
}
