import { defaultDataDir, readShippedData, type ShippedDataset } from '../data-format/read-shipped-data.js';
import type { ShippedRecord } from '../data-format/shipped-data.schema.js';
import { buildGazetteer, gazetteerEntriesFromShipped, type Gazetteer } from './gazetteer.js';

/**
 * A partial date of the shipped data as Gregorian ISO: `jalali:1385` -> `1385+621` (the Gregorian year
 * the Jalali year starts in), `jalali:1400-09-29` -> an approximate day (±1). Precise conversion
 * belongs to `@shahrnet/text`; for resolving titles by date a day's error does not matter.
 */
export function gregorianOf(date: string | undefined): string | undefined {
  if (!date || !date.startsWith('jalali:')) return date;
  const [y, m, d] = date.slice(7).split('-').map(Number) as [number, number?, number?];
  if (!m) return String(y + 621);
  const dayOfYear = (m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + (d ?? 1) - 1;
  const t = new Date(Date.UTC(y + 621, 2, 21) + dayOfYear * 86_400_000);
  const iso = t.toISOString().slice(0, 10);
  return d ? iso : iso.slice(0, 7);
}

/** All records of a dataset as one list, term dates in Gregorian. */
export function datasetRecords(ds: ShippedDataset): ShippedRecord[] {
  const ms = ds.memberships.map((r) => {
    const start = gregorianOf(r.start);
    const end = gregorianOf(r.end);
    const { start: _s, end: _e, ...rest } = r;
    return { ...rest, ...(start ? { start } : {}), ...(end ? { end } : {}) };
  });
  return [...ds.countries, ...ds.cities, ...ds.organizations, ...ds.people, ...ms];
}

/** The gazetteer of a shipped-data folder (default: the repository's `data/`). */
export async function loadGazetteer(dir: string = defaultDataDir()): Promise<Gazetteer> {
  const ds = await readShippedData(dir);
  return buildGazetteer(gazetteerEntriesFromShipped(datasetRecords(ds)));
}
