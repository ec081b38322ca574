import { formatPartialDateInput, type PartialDate } from '../domain/partial-date.js';
import type { Statement } from '../domain/statement.js';
import { AppError } from '../errors.js';
import type { Db } from '../storage/database.js';
import { loadRegistrySnapshot, type SnapshotEntity } from './registry-snapshot.js';

/** What a CSV export lists: entities, membership statements, or every statement. */
export type CsvKind = 'entities' | 'memberships' | 'statements';
export const CSV_KINDS: readonly CsvKind[] = ['entities', 'memberships', 'statements'];

/** The byte-order mark that makes Excel read the file as UTF-8 (Persian text stays readable). */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled).
 * Text that a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) gets a leading
 * apostrophe — CSV injection — unless it is a plain number.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text: CRLF line ends (RFC 4180), header first. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const date = (d: PartialDate | undefined): string => (d ? d.value : '');
const stated = (d: PartialDate | undefined): string => (d && d.calendar !== 'gregorian' ? formatPartialDateInput(d) : '');
const attrDate = (v: unknown): string =>
  typeof v === 'object' && v !== null && 'value' in v ? String((v as PartialDate).value) : '';

const ENTITY_HEADER = [
  'id', 'type', 'label_fa', 'label_en', 'other_names', 'identifiers', 'country', 'province', 'latitude', 'longitude',
  'population', 'classification', 'founding_date', 'dissolution_date', 'event_type', 'ordinal', 'start', 'end',
  'merged_into', 'all_ids', 'source_urls', 'attributes_json',
] as const;

function entityRow(e: SnapshotEntity): unknown[] {
  const a = e.attributes;
  const c = a['coordinates'] as { lat: number; lon: number } | undefined;
  return [
    e.id, e.type, e.labels.fa, e.labels.en,
    e.names.map((n) => `${n.lang}:${n.kind}:${n.text}`).join(' | '),
    e.identifiers.map((i) => `${i.scheme}:${i.value}`).join(' '),
    a['country'] ?? a['iso2'], a['province'], c?.lat, c?.lon, a['population'], a['classification'],
    attrDate(a['founding_date']), attrDate(a['dissolution_date']), a['event_type'], a['ordinal'],
    attrDate(a['start']), attrDate(a['end']), e.mergedInto, e.allIds.join(' '),
    e.sources.map((s) => s.url).join(' '), JSON.stringify(a),
  ];
}

const STATEMENT_HEADER = [
  'id', 'kind', 'subject_id', 'subject_label_fa', 'subject_label_en', 'object_id', 'object_label_fa', 'object_label_en',
  'post_id', 'post_label_en', 'role', 'on_behalf_of_id', 'on_behalf_of_label_en', 'start', 'start_precision',
  'start_stated', 'end', 'end_precision', 'end_stated', 'how', 'ordinal', 'rank', 'status', 'source_urls', 'quotes',
] as const;

function statementRowOf(s: Statement, labels: Map<string, { fa?: string; en?: string }>): unknown[] {
  const l = (id: string | undefined) => (id === undefined ? undefined : labels.get(id));
  return [
    s.id, s.kind, s.subjectId, l(s.subjectId)?.fa, l(s.subjectId)?.en, s.objectId, l(s.objectId)?.fa, l(s.objectId)?.en,
    s.postId, l(s.postId)?.en, s.role, s.onBehalfOfId, l(s.onBehalfOfId)?.en,
    date(s.start), s.start?.precision, stated(s.start), date(s.end), s.end?.precision, stated(s.end),
    s.how, s.ordinal, s.rank, s.status,
    [...new Set(s.references.map((r) => r.source.url))].join(' '),
    s.references.flatMap((r) => (r.quote ? [r.quote] : [])).join(' | '),
  ];
}

/**
 * A CSV of the registry for spreadsheets: `entities` (one row per entity, merged ones included
 * with `merged_into`), `memberships` (membership statements with labels) or `statements` (all).
 * UTF-8 WITH a byte-order mark (Excel otherwise garbles Persian), RFC 4180 quoting, CRLF line
 * ends; multi-valued cells are joined with " | " or spaces; dates are reduced ISO with their
 * precision, plus the stated form (`jalali:1402`) for Jalali dates. Rows in id order.
 * Throws `validation_failed` for an unknown kind.
 */
export async function exportCsv(db: Db, kind: CsvKind): Promise<string> {
  if (!CSV_KINDS.includes(kind)) {
    throw new AppError('validation_failed', `unknown CSV export ${String(kind)}`, [{ path: ['kind'], message: `one of ${CSV_KINDS.join(', ')}` }]);
  }
  const { entities, statements } = await loadRegistrySnapshot(db);
  if (kind === 'entities') return UTF8_BOM + toCsv(ENTITY_HEADER, entities.map(entityRow));
  const labels = new Map(entities.map((e) => [e.id, e.labels]));
  const rows = statements.filter((s) => kind === 'statements' || s.kind === 'membership').map((s) => statementRowOf(s, labels));
  return UTF8_BOM + toCsv(STATEMENT_HEADER, rows);
}
