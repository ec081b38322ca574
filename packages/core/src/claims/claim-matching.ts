import { nameKey } from '../registry/fold-key.js';
import { CERTAIN_LINKS, type ClaimArgument, type ClaimFact } from './claim.js';

/**
 * The identity of an argument for matching: the entity id when the link is certain, else the
 * folded name and type (`?city:کازان`), so two reports naming the same unknown city still meet.
 */
export function argumentIdentity(a: Pick<ClaimArgument, 'link' | 'entityId' | 'entityType' | 'nameKey'>): string {
  return CERTAIN_LINKS.has(a.link) && a.entityId ? a.entityId : `?${a.entityType}:${a.nameKey}`;
}

function ids(args: readonly ClaimArgument[], slot: string): string[] {
  return args.filter((a) => a.slot === slot).sort((x, y) => x.position - y.position).map(argumentIdentity);
}

function one(args: readonly ClaimArgument[], slot: string): string {
  return ids(args, slot)[0] ?? '';
}

/**
 * The clustering key: kind plus the key arguments (README scoring keys). Claims with one key are
 * one claim when `compatible` also holds. Events and meetings are bucketed coarsely (type and year,
 * or month) because their reports name the organizer, host and participants unevenly; `compatible`
 * decides within the bucket.
 */
export function matchKey(fact: ClaimFact, args: readonly ClaimArgument[], date: string | undefined): string {
  const f = fact as unknown as Record<string, unknown>;
  switch (fact.kind) {
    case 'post':
      return `post|${one(args, 'holder')}|${String(f.role)}|${one(args, 'org')}`;
    case 'membership':
      return `membership|${one(args, 'member')}|${one(args, 'org')}`;
    case 'event':
      return `event|${String(f.event_type)}|${date?.slice(0, 4) ?? 'undated'}`;
    case 'meeting':
      return `meeting|${date?.slice(0, 7) ?? 'undated'}`;
    case 'agreement':
      return `agreement|${String(f.agreement_type)}|${[...ids(args, 'parties')].sort().join('+')}`;
    case 'founded':
      return `founded|${one(args, 'org')}`;
    case 'seat':
      return `seat|${one(args, 'org')}|${one(args, 'city')}`;
    case 'proposal':
      return `proposal|${one(args, 'proposer')}|${nameKey(String(f.subject ?? ''))}`;
  }
}

/**
 * The cluster terms of an event or meeting claim: what `compatible` can require it to share with a
 * report, as strings looked up through an index (`claim_match_terms`) instead of scanning the claim's
 * coarse match-key bucket. An event gives `oh:<org>|<host>` (`-` for a missing one), `o:<org>`,
 * `h:<host>` and `p:<participant>` for each participant; a meeting gives its participants. Prefixed by
 * kind. Other kinds give none: their match keys already hold their key arguments. Derived from the
 * arguments only (not from the match key), so every writer of arguments keeps them true.
 */
export function clusterTerms(kind: string, args: readonly ClaimArgument[]): string[] {
  if (kind !== 'event' && kind !== 'meeting') return [];
  const terms = new Set(ids(args, 'participants').map((p) => `${kind}|p:${p}`));
  if (kind === 'event') {
    const [org, host] = [one(args, 'org'), one(args, 'host')];
    terms.add(`event|oh:${org || '-'}|${host || '-'}`);
    if (org) terms.add(`event|o:${org}`);
    if (host) terms.add(`event|h:${host}`);
  }
  return [...terms];
}

/**
 * The cluster terms a claim must have one of to be `compatible` with a report of `kind` whose
 * arguments are `args` (an empty list: no claim can be, e.g. a meeting without participants; null:
 * the kind is matched by its match key alone). Every compatible claim has one, so looking claims up
 * by these terms finds a superset of the compatible ones, whatever the size of the match-key bucket:
 * - event naming organizer o and host h: a claim with the same pair, or one of them and nothing for
 *   the other (sharing it), or neither named and a shared participant;
 * - event naming only o (only h): a claim with that organizer (host), or a shared participant;
 * - event naming neither: a claim naming neither, or a shared participant;
 * - meeting: a shared participant.
 */
export function candidateTerms(kind: string, args: readonly ClaimArgument[]): string[] | null {
  if (kind !== 'event' && kind !== 'meeting') return null;
  const terms = new Set(ids(args, 'participants').map((p) => `${kind}|p:${p}`));
  if (kind === 'event') {
    const [org, host] = [one(args, 'org'), one(args, 'host')];
    if (org && host) for (const t of [`oh:${org}|${host}`, `oh:${org}|-`, `oh:-|${host}`]) terms.add(`event|${t}`);
    else if (org) terms.add(`event|o:${org}`);
    else if (host) terms.add(`event|h:${host}`);
    else terms.add('event|oh:-|-');
  }
  return [...terms];
}

/** Two partial dates agree when either is unknown or one is a prefix of the other (2021 and 2021-06). */
export function datesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

function dayNumber(value: string, end: boolean): number {
  const [y, m, d] = value.split('-').map(Number);
  const year = y ?? 1970;
  if (m === undefined) return Date.UTC(end ? year + 1 : year, 0, 1) / 86_400_000 - (end ? 1 : 0);
  if (d === undefined) return Date.UTC(year, end ? m : m - 1, 1) / 86_400_000 - (end ? 1 : 0);
  return Date.UTC(year, m - 1, d) / 86_400_000;
}

/**
 * Event dates agree when either is unknown or their spans (a month spans its days) come within
 * `windowDays` of each other: reports of one meeting give its day, the day after, or only the month.
 */
export function datesClose(a: string | undefined, b: string | undefined, windowDays: number): boolean {
  if (!a || !b) return true;
  const gap = Math.max(dayNumber(a, false) - dayNumber(b, true), dayNumber(b, false) - dayNumber(a, true), 0);
  return gap <= windowDays;
}

/** What `compatible` compares: a claim's fact, main date and arguments. */
export interface MatchSubject {
  fact: ClaimFact;
  date: string | undefined;
  args: readonly ClaimArgument[];
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((x) => set.has(x)).length;
}

/** Days between two reports of one event that still cluster them. */
export const EVENT_WINDOW_DAYS = 45;

/**
 * Whether two claims with the same `matchKey` state the same fact ("count events, not articles"):
 * - events: same type (in the key), same ordinal/organizer/host where both say, dates within the
 *   window, and something shared (organizer, host or a participant) unless neither names any;
 * - meetings: at least two shared participants (all, when one side names fewer), same place where both say, dates close;
 * - everything else: compatible dates.
 */
export function compatible(a: MatchSubject, b: MatchSubject): boolean {
  const fa = a.fact as unknown as Record<string, unknown>;
  const fb = b.fact as unknown as Record<string, unknown>;
  if (a.fact.kind === 'event') {
    if (fa.ordinal !== undefined && fb.ordinal !== undefined && fa.ordinal !== fb.ordinal) return false;
    const [oa, ob, ha, hb] = [one(a.args, 'org'), one(b.args, 'org'), one(a.args, 'host'), one(b.args, 'host')];
    if (oa && ob && oa !== ob) return false;
    if (ha && hb && ha !== hb) return false;
    if (!datesClose(a.date, b.date, EVENT_WINDOW_DAYS)) return false;
    const shared = (oa && oa === ob) || (ha && ha === hb) || overlap(ids(a.args, 'participants'), ids(b.args, 'participants')) > 0;
    const anyNamed = oa || ob || ha || hb;
    return Boolean(shared || !anyNamed);
  }
  if (a.fact.kind === 'meeting') {
    const pa = ids(a.args, 'participants');
    const pb = ids(b.args, 'participants');
    const need = Math.min(2, pa.length, pb.length);
    if (need === 0 || overlap(pa, pb) < need) return false;
    const [la, lb] = [one(a.args, 'place'), one(b.args, 'place')];
    if (la && lb && la !== lb) return false;
    return datesClose(a.date, b.date, 3);
  }
  return datesCompatible(a.date, b.date);
}
