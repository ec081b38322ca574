import ical, { escape } from 'ical-generator';
import type { z } from 'zod';
import type { eventTypeSchema } from '../data-format/shipped-data.schema.js';
import type { PartialDate } from '../domain/partial-date.js';
import type { Statement } from '../domain/statement.js';
import { AppError, notFound } from '../errors.js';
import { KIND_RULES } from '../statements/statement-input.js';
import type { Db } from '../storage/database.js';
import { loadRegistrySnapshot, type SnapshotEntity } from './registry-snapshot.js';

/** The languages an iCalendar export can be written in (labels and description headings). */
export type ICalendarLang = 'fa' | 'en';

/** Options of `exportICalendar`. */
export interface ExportICalendarOptions {
  /** Language of summaries, locations and description headings; `fa` by default. */
  lang?: ICalendarLang;
  /** Public address of the web app (e.g. `https://shahrnet.example.org`); gives each event a URL. */
  baseUrl?: string;
  /** Only the events this entity organizes (accepted, non-deprecated `organizer` statements). */
  organizationId?: string;
}

type EventType = z.output<typeof eventTypeSchema>;

/** Words of the file per language. Event types mirror the web app's `eventTypes` translations. */
const WORDS: Record<ICalendarLang, {
  calendar: string;
  organizers: string;
  type: string;
  virtual: string;
  sources: string;
  eventTypes: Record<EventType, string>;
}> = {
  fa: {
    calendar: 'رویدادهای شهرنت',
    organizers: 'برگزارکنندگان',
    type: 'نوع رویداد',
    virtual: 'رویداد مجازی',
    sources: 'منابع',
    eventTypes: {
      congress: 'کنگره', general_assembly: 'مجمع عمومی', session: 'اجلاس', summit: 'نشست سران', forum: 'همایش',
      conference: 'کنفرانس', visit: 'بازدید', meeting: 'دیدار',
    },
  },
  en: {
    calendar: 'Shahrnet events',
    organizers: 'Organizers',
    type: 'Event type',
    virtual: 'Virtual event',
    sources: 'Sources',
    eventTypes: {
      congress: 'Congress', general_assembly: 'General assembly', session: 'Session', summit: 'Summit', forum: 'Forum',
      conference: 'Conference', visit: 'Visit', meeting: 'Meeting',
    },
  },
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored date attribute known to the day, as its Gregorian `YYYY-MM-DD`; undefined otherwise. */
function dayOf(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const d = v as Partial<PartialDate>;
  return d.precision === 'day' && typeof d.value === 'string' && DAY.test(d.value) ? d.value : undefined;
}

/** UTC midnight of a `YYYY-MM-DD` day plus `plusDays` (ical-generator writes all-day dates in UTC). */
function utcDay(day: string, plusDays = 0): Date {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays));
}

/** The label in `lang`, else in the other language, else the id. */
function labelOf(e: Pick<SnapshotEntity, 'id' | 'labels'> | undefined, id: string, lang: ICalendarLang): string {
  const other: ICalendarLang = lang === 'fa' ? 'en' : 'fa';
  return e?.labels[lang] ?? e?.labels[other] ?? id;
}

/** A statement that counts as current: accepted and not superseded (rank deprecated). */
const current = (s: Statement): boolean => s.status === 'accepted' && s.rank !== 'deprecated';

/** A link a calendar reader can open: http(s) only (the shipped data's `urn:` placeholder is left out). */
const openable = (url: string): boolean => /^https?:\/\//i.test(url);

/**
 * The registry's events as an iCalendar file (RFC 5545), for a city-network secretariat to
 * subscribe to. A pure read over the database (one `loadRegistrySnapshot`); serialization
 * (escaping, 75-octet UTF-8-safe line folding, CRLF) is ical-generator's.
 *
 * What is in it:
 * - One all-day VEVENT per live (not merged) event whose `start` is known to the **day**. Events
 *   known only to the month or year cannot be placed on a calendar and are left out, as are
 *   events without a start. DTSTART is a DATE; DTEND is exclusive: the day after `end` when
 *   `end` is known to the day (and not before `start`), else the day after `start`.
 * - UID `<id>@shahrnet`, so a calendar that re-reads the feed updates events instead of
 *   duplicating them. DTSTAMP and LAST-MODIFIED are the latest `updatedAt` of the event entity and
 *   of the statements about it (RFC 5545 allows DTSTAMP to be the last revision when there is no
 *   METHOD; a renamed host city does not count): nothing in the file depends on the clock, so the
 *   same data gives byte-identical output.
 * - SUMMARY: the label in `lang` (default `fa`), else the other language, else the id. Ordinal
 *   events use their label as is (labels already say "the 12th session").
 * - LOCATION: the labels of the host places (cities, countries) of accepted, non-deprecated
 *   `host` statements, joined with ", "; else the `place` attribute; else none. An organization
 *   as host is not a place and is not listed.
 * - DESCRIPTION (plain text, one item a line, headings in `lang`): the organizers (accepted,
 *   non-deprecated `organizer` statements), the event type, "virtual event" when `virtual`, and
 *   the source URLs: of the event record and of the references of every accepted statement that
 *   has the event as subject or object (deprecated ones too: superseded facts keep their
 *   evidence); http(s) only, deduplicated and sorted.
 * - URL `${baseUrl}/entities/<id>` when `baseUrl` is given.
 * - The calendar is named "Shahrnet events" (in `lang`), or after the organization when filtered.
 * - Events in start-date order, then id.
 *
 * `organizationId` keeps only the events it organizes (the same organizer statements the
 * description lists); a merged id stands for its survivor. Throws `not_found` for an unknown id,
 * `validation_failed` for an entity that cannot organize (not an organization, city or country)
 * or an unknown `lang`.
 */
export async function exportICalendar(db: Db, options: ExportICalendarOptions = {}): Promise<string> {
  const lang = options.lang ?? 'fa';
  if (lang !== 'fa' && lang !== 'en') {
    throw new AppError('validation_failed', `unknown calendar language ${String(lang)}`, [{ path: ['lang'], message: 'one of fa, en' }]);
  }
  const words = WORDS[lang];
  const { entities, statements } = await loadRegistrySnapshot(db);
  const byId = new Map(entities.map((e) => [e.id, e]));

  let organization: SnapshotEntity | undefined;
  if (options.organizationId !== undefined) {
    organization = byId.get(options.organizationId);
    // Statements of a merged entity were moved to its survivor: follow the redirect (bounded).
    for (let hops = 0; organization?.mergedInto !== undefined && hops < 16; hops++) organization = byId.get(organization.mergedInto);
    if (!organization) throw notFound('entity', options.organizationId);
    if (!KIND_RULES.organizer.object?.includes(organization.type)) {
      throw new AppError('validation_failed', `${options.organizationId} is a ${organization.type}, which does not organize events`, [
        { path: ['organizationId'], message: `an organizer is one of ${(KIND_RULES.organizer.object ?? []).join(', ')}` },
      ]);
    }
  }

  const about = new Map<string, Statement[]>();
  for (const s of statements) {
    for (const id of new Set([s.subjectId, s.objectId])) {
      if (id === undefined) continue;
      const list = about.get(id);
      if (list) list.push(s);
      else about.set(id, [s]);
    }
  }

  const events = entities
    .flatMap((e) => {
      const start = e.type === 'event' && e.mergedInto === undefined ? dayOf(e.attributes['start']) : undefined;
      return start === undefined ? [] : [{ e, start }];
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));

  const calendar = ical({
    prodId: { company: 'Shahrnet', product: 'Events', language: 'EN' }, // PRODID:-//Shahrnet//Events//EN
    // ical-generator writes the calendar name unescaped; a label with a comma must not break it.
    name: escape(organization ? labelOf(organization, organization.id, lang) : words.calendar, false),
  });

  const baseUrl = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : undefined;
  for (const { e, start } of events) {
    const mine = about.get(e.id) ?? [];
    const links = (kind: 'host' | 'organizer') =>
      mine.filter((s) => s.kind === kind && s.subjectId === e.id && s.objectId !== undefined && current(s)).map((s) => s.objectId as string);
    const organizers = [...new Set(links('organizer'))];
    if (organization && !organizers.includes(organization.id)) continue;

    const a = e.attributes;
    const end = dayOf(a['end']);
    const lastDay = end !== undefined && end >= start ? end : start;
    const hosts = links('host').filter((id) => {
      const type = byId.get(id)?.type;
      return type === 'city' || type === 'country';
    });
    const place = typeof a['place'] === 'string' && a['place'].trim() !== '' ? a['place'].trim() : undefined;
    const location = hosts.length > 0 ? [...new Set(hosts.map((id) => labelOf(byId.get(id), id, lang)))].join(', ') : place;

    const lines: string[] = [];
    if (organizers.length > 0) lines.push(`${words.organizers}: ${organizers.map((id) => labelOf(byId.get(id), id, lang)).join(', ')}`);
    const type = a['event_type'];
    if (typeof type === 'string') lines.push(`${words.type}: ${words.eventTypes[type as EventType] ?? type}`);
    if (a['virtual'] === true) lines.push(words.virtual);
    const urls = [...new Set([
      ...e.sources.map((s) => s.url),
      ...mine.filter((s) => s.status === 'accepted').flatMap((s) => s.references.map((r) => r.source.url)),
    ])].filter(openable).sort();
    if (urls.length > 0) lines.push(`${words.sources}:`, ...urls);

    // The latest change to the event or to a statement about it: a new host or source changes the VEVENT.
    const updated = new Date(mine.reduce((latest, s) => (s.updatedAt > latest ? s.updatedAt : latest), e.updatedAt));
    calendar.createEvent({
      id: `${e.id}@shahrnet`,
      allDay: true,
      start: utcDay(start),
      end: utcDay(lastDay, 1),
      stamp: updated,
      lastModified: updated,
      summary: labelOf(e, e.id, lang),
      location: location ?? null,
      description: lines.length > 0 ? lines.join('\n') : null,
      url: baseUrl !== undefined ? `${baseUrl}/entities/${encodeURIComponent(e.id)}` : null,
    });
  }
  // RFC 5545's grammar ends the object with "END:VCALENDAR" CRLF; ical-generator omits the last CRLF.
  return `${calendar.toString()}\r\n`;
}
