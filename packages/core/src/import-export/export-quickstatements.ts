import * as jalaali from 'jalaali-js';
import type { PartialDate } from '../domain/partial-date.js';
import { toJalaliParts } from '../domain/partial-date.js';
import type { Reference, Statement, StatementKind } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import { loadRegistrySnapshot, type SnapshotEntity } from './registry-snapshot.js';

/**
 * Why a fact was left out of a QuickStatements batch:
 * - `no_wikidata_id`: an entity it links has no Wikidata QID in the registry (Shahrnet never creates
 *   items: a new item for a city or mayor Wikidata already has would be a duplicate someone must merge);
 * - `no_wikidata_property`: its kind has no Wikidata property Shahrnet maps to (proposals, attributes,
 *   `post_of`, parties of agreements other than sister-city ones, a post held by a city);
 * - `role_without_post`: a membership with a role (president, board member…) but no post: "member of"
 *   would drop the role, and `position held` needs the post's item;
 * - `not_accepted`: proposed or rejected, or deprecated (superseded): only the registry's current
 *   reviewed facts go to Wikidata;
 * - `agreement_not_in_force`: a party of a sister-city agreement that is not signed or in force
 *   (proposed, expired, terminated, or of unknown status): no twinning to state, or none known to hold.
 */
export type QuickStatementsSkip = 'no_wikidata_id' | 'no_wikidata_property' | 'role_without_post' | 'not_accepted' | 'agreement_not_in_force';

/** A QuickStatements batch and what it left out. */
export interface QuickStatementsExport {
  /** QuickStatements V1 commands, one per line, tab-separated; empty when nothing could be mapped. */
  text: string;
  /** Wikidata statements written (a statement with several sources is one statement on several lines). */
  statements: number;
  /** Registry statements (or sister-city pairs) left out, by reason. */
  skipped: Record<QuickStatementsSkip, number>;
}

/** The Wikidata property of each statement kind that has one, read subject → object. */
const PROPERTY: Partial<Record<StatementKind, string>> = {
  seat: 'P159', // headquarters location
  host: 'P276', // location
  organizer: 'P664', // organizer
  participation: 'P1344', // participant in
  parent: 'P749', // parent organization
  located_in: 'P131', // located in the administrative territorial entity
  founded_in: 'P740', // location of formation
  founded_by: 'P112', // founded by
  signatory: 'P1891', // signatory (on the agreement's item, so read object → subject)
};
const MEMBER_OF = 'P463';
const POSITION_HELD = 'P39';
const TWINNED_WITH = 'P190';
const START = 'P580';
const END = 'P582';
const ORDINAL = 'P1545';
const REFERENCE_URL = 'S854';
const PUBLISHED = 'S577';
const RETRIEVED = 'S813';

/** Wikidata time precisions: 8 decade, 9 year, 10 month, 11 day. */
type TimePrecision = 8 | 9 | 10 | 11;

function wikidataTime(year: number, month: number, day: number, precision: TimePrecision): string {
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `+${String(year).padStart(4, '0')}-${p2(month)}-${p2(day)}T00:00:00Z/${precision}`;
}

/**
 * A stored date as a Wikidata time value, or `undefined` when Wikidata cannot hold it truthfully.
 * Gregorian dates keep their precision. A Jalali month or year is not a Gregorian month or year (the
 * Jalali year 1402 runs from 21 March 2023 to 19 March 2024): it becomes the finest Gregorian
 * precision that contains all of it — a Jalali month within one Gregorian year is that year, a Jalali
 * year is its decade — and is left out when even the decade does not contain it (1398, 2019-2020).
 * A Jalali day is a Gregorian day.
 */
export function toWikidataTime(date: PartialDate): string | undefined {
  const [y = 0, m = 1, d = 1] = date.value.split('-').map(Number);
  if (date.calendar === 'gregorian' || date.precision === 'day') {
    if (date.precision === 'day') return wikidataTime(y, m, d, 11);
    if (date.precision === 'month') return wikidataTime(y, m, 0, 10);
    return wikidataTime(y, 0, 0, 9);
  }
  const j = toJalaliParts(date);
  const lastMonth = date.precision === 'month' ? j.jm : 12;
  const last = jalaali.toGregorian(j.jy, lastMonth, jalaali.jalaaliMonthLength(j.jy, lastMonth));
  if (last.gy === y) return wikidataTime(y, 0, 0, 9);
  if (Math.floor(last.gy / 10) === Math.floor(y / 10)) return wikidataTime(y - (y % 10), 0, 0, 8);
  return undefined;
}

/** A day or a prefix of one (`YYYY`, `YYYY-MM`, `YYYY-MM-DD…`) as a Wikidata time; else `undefined`. */
function isoTime(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  return wikidataTime(y, mo, d, m[3] ? 11 : m[2] ? 10 : 9);
}

/** A string value: QuickStatements has no escape, so a URL's quote is percent-encoded and tabs/newlines dropped. */
function quoted(url: string): string {
  return `"${url.replace(/"/g, '%22').replace(/[\t\r\n]/g, '')}"`;
}

/** The reference pairs of one source: its URL, publication date and retrieval date when known. */
function referencePairs(ref: Reference): string[] {
  const pairs = [REFERENCE_URL, quoted(ref.source.url)];
  const published = isoTime(ref.source.published);
  if (published) pairs.push(PUBLISHED, published);
  const retrieved = isoTime(ref.source.retrieved);
  if (retrieved) pairs.push(RETRIEVED, retrieved);
  return pairs;
}

/**
 * One Wikidata statement as QuickStatements lines: the first carries the qualifiers and the first
 * source; each further source repeats the statement with its own source, which QuickStatements adds
 * as another reference of the same statement. Sources with one URL are written once.
 */
function lines(subject: string, property: string, value: string, qualifiers: string[], refs: readonly Reference[]): string[] {
  const head = [subject, property, value, ...qualifiers];
  const seen = new Set<string>();
  const unique = refs.filter((r) => !seen.has(r.source.url) && seen.add(r.source.url));
  if (unique.length === 0) return [head.join('\t')];
  return unique.map((r) => [...head, ...referencePairs(r)].join('\t'));
}

function termQualifiers(s: Statement): string[] {
  const out: string[] = [];
  const start = s.start && toWikidataTime(s.start);
  const end = s.end && toWikidataTime(s.end);
  if (start) out.push(START, start);
  if (end) out.push(END, end);
  return out;
}

const isCurrent = (s: Statement): boolean => s.status === 'accepted' && s.rank !== 'deprecated';

/**
 * The registry's current facts as a QuickStatements V1 batch for Wikidata (paste it into the
 * QuickStatements tool, which runs it under the user's own account). Only accepted, non-deprecated
 * statements between entities that carry a Wikidata QID (`identifiers`, scheme `wikidata`) are
 * written; the rest is counted in `skipped` so the user knows what to reconcile first. Mapping:
 * a membership is `member of` (P463), or, for a person with a post, `position held` (P39) of the post's item
 * (with `series ordinal` P1545 for "the 12th mayor"); the other kinds map as in `PROPERTY`; a
 * signed sister-city agreement becomes `twinned administrative body` (P190) from each party city
 * to each other one, dated by the agreement. Terms become start/end time (P580/P582, see
 * `toWikidataTime` for Jalali dates); every source becomes a reference (reference URL S854, with
 * publication date S577 and retrieved S813 when known). Quotes are not written: they are the news
 * sites' sentences, not ours to publish. Statements in id order, so the same registry gives the
 * same batch.
 */
export async function exportQuickStatements(db: Db): Promise<QuickStatementsExport> {
  const { entities, statements } = await loadRegistrySnapshot(db);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const live = (id: string | undefined): SnapshotEntity | undefined => {
    let e = id === undefined ? undefined : byId.get(id);
    for (let hops = 0; e?.mergedInto !== undefined && hops < 16; hops++) e = byId.get(e.mergedInto);
    return e;
  };
  const qid = (id: string | undefined): string | undefined =>
    live(id)?.identifiers.find((i) => i.scheme === 'wikidata' && /^Q[1-9]\d*$/.test(i.value))?.value;
  const skipped: Record<QuickStatementsSkip, number> = { no_wikidata_id: 0, no_wikidata_property: 0, role_without_post: 0, not_accepted: 0, agreement_not_in_force: 0 };
  const out: string[] = [];
  let written = 0;
  const emit = (subject: string | undefined, property: string, value: string | undefined, qualifiers: string[], refs: readonly Reference[]): void => {
    if (!subject || !value) {
      skipped.no_wikidata_id++;
      return;
    }
    out.push(...lines(subject, property, value, qualifiers, refs));
    written++;
  };

  const partiesOf = new Map<string, Statement[]>();
  for (const s of statements) {
    if (!isCurrent(s)) {
      skipped.not_accepted++;
      continue;
    }
    if (s.kind === 'membership') {
      const ordinal = s.ordinal === undefined ? [] : [ORDINAL, `"${s.ordinal}"`];
      // `position held` is a person's; a city's seat on a network's board has no Wikidata property.
      if (s.postId !== undefined && live(s.subjectId)?.type !== 'person') skipped.no_wikidata_property++;
      else if (s.postId !== undefined) emit(qid(s.subjectId), POSITION_HELD, qid(s.postId), [...termQualifiers(s), ...ordinal], s.references);
      else if (s.role !== undefined && s.role !== 'member') skipped.role_without_post++;
      else emit(qid(s.subjectId), MEMBER_OF, qid(s.objectId), termQualifiers(s), s.references);
    } else if (s.kind === 'party') {
      const agreement = live(s.objectId);
      const status = agreement?.attributes['status'];
      if (agreement?.attributes['agreement_type'] !== 'sister_city') skipped.no_wikidata_property++;
      else if (status !== 'signed' && status !== 'in_force') skipped.agreement_not_in_force++;
      else partiesOf.set(agreement.id, [...(partiesOf.get(agreement.id) ?? []), s]);
    } else if (s.kind === 'signatory') {
      emit(qid(s.objectId), PROPERTY.signatory as string, qid(s.subjectId), termQualifiers(s), s.references);
    } else {
      const property = PROPERTY[s.kind];
      if (property === undefined) skipped.no_wikidata_property++;
      else emit(qid(s.subjectId), property, qid(s.objectId), termQualifiers(s), s.references);
    }
  }

  for (const [agreementId, parties] of [...partiesOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const agreement = byId.get(agreementId) as SnapshotEntity;
    const date = agreement.attributes['date'] as PartialDate | undefined;
    const time = date && toWikidataTime(date);
    const cities = parties
      .filter((p) => live(p.subjectId)?.type === 'city')
      .sort((a, b) => ((live(a.subjectId)?.id ?? '') < (live(b.subjectId)?.id ?? '') ? -1 : 1));
    const refs = cities.flatMap((p) => p.references).sort((a, b) => (a.source.url < b.source.url ? -1 : a.source.url > b.source.url ? 1 : 0));
    for (const a of cities) {
      for (const b of cities) {
        if (live(a.subjectId)?.id === live(b.subjectId)?.id) continue;
        emit(qid(a.subjectId), TWINNED_WITH, qid(b.subjectId), time ? [START, time] : [], refs);
      }
    }
    // A party that is not a city (a country, an organization) has no twinning to take part in.
    skipped.no_wikidata_property += parties.length - cities.length;
  }
  return { text: out.length === 0 ? '' : `${out.join('\n')}\n`, statements: written, skipped };
}
