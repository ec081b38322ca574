import type { Item, Mention, Ref } from '../chunker.js';
import { type ArticleContext, outRef, refKey, type Sentence } from '../article-context.js';
import type { EventFact, EventType } from '../types.js';
import { clauseStart, findCue, findCueBack, firstMention, isCue, listAfter, listBefore, nextMentionAfter } from './helpers.js';

const SPECIFIC: ReadonlySet<string> = new Set(['congress', 'general_assembly', 'forum']);
/** Words that make the next event noun the occasion of another event («در حاشیه/جریان/خلال کنگره», «during the congress»). */
const VENUE_WORDS: ReadonlySet<string> = new Set(['حاشیه', 'جریان', 'خلال', 'طی', 'ضمن', 'during', 'sidelines']);

function cityOfMention(ctx: ArticleContext, m: Mention | undefined): Ref | undefined {
  if (!m) return undefined;
  if (m.kind === 'title') return m.title?.org?.type === 'city' ? m.title.org : undefined;
  if (m.ref?.type === 'city') return m.ref;
  return undefined;
}

/**
 * Event facts. An event noun (کنگره, مجمع عمومی, اجلاس, نشست, همایش...) becomes an event only with
 * a predicate: «برگزار شد/می‌شود», «برگزاری <event>», «به میزبانی <city>», «<city> میزبان <event>».
 * Host from «به میزبانی», «میزبان», a trip's destination in the sentence or «در <city>»; events need
 * an organisation or a host. Visits: «سفر <people> به <city>», «<people> به <city> سفر کرد».
 */
export function eventRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  const virtual = findCue(items, 0, 'virtual') >= 0;
  const visitHost = visitRules(ctx, sent);
  const triggered = new Map<number, { host?: Ref }>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue') continue;
    if (it.cue === 'held') {
      let j = i - 1;
      while (j >= 0 && items[j]?.t !== 'ev' && !isCue(items[j], 'held')) j--;
      // «نشست هیئت مدیره X در حاشیه این کنگره برگزار شد»: «این کنگره» is where, the event is the one before
      if ((items[j] as { isThis?: boolean } | undefined)?.isThis) {
        let k = j - 1;
        while (k >= 0 && items[k]?.t !== 'ev' && !isCue(items[k], 'held', 'speech')) k--;
        if (k >= 0 && items[k]?.t === 'ev') j = k;
      }
      if (j >= 0 && items[j]?.t === 'ev' && !triggered.has(j)) triggered.set(j, {});
      // «مجمع عمومی X در حاشیه/جریان کنگره Y ... برگزار شد»: the event held is the one before the venue event
      const venue = items[j - 1];
      if (j > 0 && venue?.t === 'w' && VENUE_WORDS.has(venue.key)) {
        let k = j - 2;
        while (k >= clauseStart(items, j) && items[k]?.t !== 'ev' && !isCue(items[k], 'held', 'speech')) k--;
        if (k >= 0 && items[k]?.t === 'ev' && !triggered.has(k)) triggered.set(k, {});
      }
    } else if (it.cue === 'holding') {
      let j = i + 1;
      while (items[j]?.t === 'sep') j++;
      if (items[j]?.t === 'ev') triggered.set(j, triggered.get(j) ?? {});
    } else if (it.cue === 'hostedby') {
      const hm = nextMentionAfter(items, i + 1, 1);
      const host = cityOfMention(ctx, hm?.m);
      // the event: nearest event noun before, else after
      let j = i - 1;
      while (j >= 0 && items[j]?.t !== 'ev') j--;
      if (j < 0) {
        j = i + 1;
        while (j < items.length && items[j]?.t !== 'ev') j++;
      }
      if (j < items.length && items[j]?.t === 'ev') triggered.set(j, { ...triggered.get(j), ...(host ? { host } : {}) });
    } else if (it.cue === 'host' && ctx.lang === 'fa') {
      // «<city> میزبان <event> ... است/خواهد بود»; «آمادگی برای میزبانی» is only an offer
      if (findCueBack(items, i, 'readiness') >= Math.max(0, i - 4)) continue;
      let j = i + 1;
      while (j < items.length && j - i < 4 && items[j]?.t !== 'ev') j++;
      if (items[j]?.t !== 'ev') continue;
      const subj = listBefore(items, i).ms[0] ?? firstMention(items, 0, i)?.m;
      const host = cityOfMention(ctx, subj);
      if (host) triggered.set(j, { ...triggered.get(j), host });
    } else if (it.cue === 'host' && ctx.lang === 'en') {
      // «<city> hosted the <event>» / «will host»
      let j = i + 1;
      while (j < items.length && j - i < 5 && items[j]?.t !== 'ev') j++;
      if (items[j]?.t !== 'ev') continue;
      const host = cityOfMention(ctx, listBefore(items, i).ms[0]);
      if (host) triggered.set(j, { ...triggered.get(j), host });
    }
  }
  for (const [j, t] of triggered) {
    const ev = items[j] as Extract<Item, { t: 'ev' }>;
    // hoped for, a candidacy, an invitation or a proposal: not an event that is set
    if (findCueBack(items, j, 'hope', 'propose', 'proposeverb') >= clauseStart(items, j)) continue;
    let host = t.host;
    if (!host) {
      // «<event> <org> ... در <city> ... برگزار شد»: a place between the event noun and its predicate
      const stop = findCue(items, j + 1, 'held');
      const end = stop >= 0 ? stop : Math.min(items.length, j + 8);
      for (let k = j + 1; k < end; k++) {
        if (!isCue(items[k], 'in')) continue;
        const c = cityOfMention(ctx, nextMentionAfter(items, k + 1, 0)?.m);
        if (c) host = c;
      }
    }
    if (!host) {
      const h = findCue(items, j + 1, 'held');
      // («opened in the southeastern city of Kerman»)
      if (h >= 0 && isCue(items[h + 1], 'in')) host = cityOfMention(ctx, nextMentionAfter(items, h + 2, ctx.lang === 'en' ? 2 : 0)?.m);
    }
    host ??= ev.host ?? visitHost;
    // «<org> ... نشستی ... برگزار کرد»: the organisation holding it is the clause's subject
    let org = ev.org;
    if (!org) {
      const heldAt = findCue(items, j + 1, 'held');
      if (heldAt >= 0 && /کرد|کردند|کند|کنند$/.test((items[heldAt] as { key: string }).key)) {
        const f = firstMention(items, 0, j);
        if (f?.m.ref?.type === 'org') org = f.m.ref;
      }
    }
    if (!org && !host) continue;
    const date = ctx.sentenceDate(sent);
    const fact: EventFact = {
      kind: 'event',
      event_type: ev.eventType as EventType,
      ...(org?.en ? { name: `${org.en} ${ev.eventType.replace('_', ' ')}` } : {}),
      ...(ev.ordinal ? { ordinal: ev.ordinal } : {}),
      ...(org ? { org: outRef(org) } : {}),
      ...(host ? { host: outRef(host) } : {}),
      ...(date ? { date } : {}),
      ...(virtual ? { virtual: true } : {}),
      evidence: [ctx.evidence(sent)],
      confidence: t.host || org ? 0.8 : 0.6,
    };
    addEvent(ctx, fact, ev.body === true);
  }
}

/** Events of an organisation's board («نشست هیئت مدیره X»): never merged into X's congress or assembly. */
const BODY_EVENTS = new WeakSet<EventFact>();

/** Adds an event, merging it with an event of the same article it refers to. */
function addEvent(ctx: ArticleContext, fact: EventFact, body = false): void {
  for (const old of ctx.facts) {
    if (old.kind !== 'event' || old.event_type === 'visit') continue;
    // a board's session («نشست هیئت مدیره X») is an event of its own beside the congress of X
    if ((body || BODY_EVENTS.has(old)) && old.event_type !== fact.event_type) continue;
    const sameOrg = !!old.org && !!fact.org && refKey(old.org as Ref) === refKey(fact.org as Ref);
    const sameHost = !!old.host && !!fact.host && refKey(old.host as Ref) === refKey(fact.host as Ref);
    const ordOk = !old.ordinal || !fact.ordinal || old.ordinal === fact.ordinal;
    const sameType = old.event_type === fact.event_type;
    const generic = !SPECIFIC.has(fact.event_type) || !SPECIFIC.has(old.event_type);
    // two events of one organisation in different cities are two events
    const hostClash = !!old.host && !!fact.host && !sameHost;
    const merge = ordOk && !hostClash && ((sameType && (sameOrg || (sameHost && (!old.org || !fact.org)))) || (sameOrg && generic && !(SPECIFIC.has(fact.event_type) && SPECIFIC.has(old.event_type))));
    if (!merge) continue;
    if (SPECIFIC.has(fact.event_type) && !SPECIFIC.has(old.event_type)) old.event_type = fact.event_type;
    old.org ??= fact.org;
    old.host ??= fact.host;
    old.ordinal ??= fact.ordinal;
    old.date ??= fact.date;
    old.virtual ??= fact.virtual;
    old.name ??= fact.name;
    for (const e of fact.evidence) if (!old.evidence.some((x) => x.start === e.start)) old.evidence.push(e);
    return;
  }
  if (body) BODY_EVENTS.add(fact);
  ctx.facts.push(fact);
}

/** A linked city of country `iso`. */
function inCountry(ctx: ArticleContext, iso: string, r: Ref | undefined): boolean {
  return !!r && r.type === 'city' && !!r.id && ctx.gz.entities.get(r.id)?.country === iso;
}

/** A city of country `iso` named in the sentence, else the latest one named before in the article. */
function cityIn(ctx: ArticleContext, sent: Sentence, iso: string, at: number): Ref | undefined {
  for (const it of sent.items) {
    if (it.t === 'm' && inCountry(ctx, iso, it.m.ref)) return it.m.ref;
    if (it.t === 'ev' && inCountry(ctx, iso, it.host)) return it.host;
  }
  for (const c of ctx.recentCities(sent, at, 6)) if (inCountry(ctx, iso, c)) return c;
  // the next sentences often name the city («... به ازبکستان سفر کرده است. همایش تاشکند ...»)
  for (let k = sent.idx + 1; k <= sent.idx + 2; k++) {
    for (const it of ctx.sentences[k]?.items ?? []) {
      if (it.t === 'm' && !it.m.aside && inCountry(ctx, iso, it.m.ref)) return it.m.ref;
      if (it.t === 'ev' && inCountry(ctx, iso, it.host)) return it.host;
    }
  }
  return undefined;
}

/** Visits; returns the destination of a visit in this sentence (the host of an event there). */
function visitRules(ctx: ArticleContext, sent: Sentence): Ref | undefined {
  const items = sent.items;
  let found: Ref | undefined;
  for (let i = 0; i < items.length; i++) {
    if (isCue(items[i], 'arrive')) {
      // «<X> [صبح امروز] وارد/عازم [شهر] <city> [در <country>] شد»
      let h = items[i + 1];
      let v = i + 2;
      // «... در شهر سئول کره جنوبی ... عازم این کشور شد»: the city of the sentence
      if (isCue(h, 'this') && items[i + 2]?.t === 'w' && (items[i + 2] as { key: string }).key === 'کشور') {
        for (let k = i - 1; k >= 0; k--) {
          const x = items[k] as Item;
          if (x.t === 'm' && x.m.kind === 'entity' && !x.m.aside && x.m.ref?.type === 'city' && isCue(items[k - 1], 'in')) {
            h = x;
            break;
          }
        }
        v = i + 3;
      }
      if (isCue(items[v], 'in') && items[v + 1]?.t === 'm') v += 2;
      // (English «arrived in <city>» needs no copula; a plan «will arrive» is not read: «arrive» is no cue)
      if (h?.t !== 'm' || h.m.ref?.type !== 'city' || (ctx.lang === 'fa' && !isCue(items[v], 'copula'))) continue;
      let ps = listBefore(items, i).ms;
      if (ps.length === 0) {
        const f = firstMention(items, clauseStart(items, i), i);
        if (f) ps = [f.m];
      }
      found = addVisit(ctx, sent, h.m.ref, ps.filter((m) => m.kind !== 'entity' || m.delegation));
      continue;
    }
    if (!isCue(items[i], 'visit')) continue;
    if (isCue(items[i - 1], 'this')) continue;
    // an invitation «برای سفر به X» («از شهردار … برای سفر به دوشنبه دعوت کرد») is no visit yet
    const forTrip = items[i - 1]?.t === 'w' && (items[i - 1] as { key: string }).key === 'برای';
    if (forTrip && (findCue(items, 0, 'hope') >= 0 || /دعوت/.test(sent.text))) continue;
    // English «<people> visited <city>» (a past visit: «will visit» has no «visited»)
    const vk = (items[i] as { key: string }).key;
    if (ctx.lang === 'en' && vk === 'visited' && items[i + 1]?.t === 'm' && (items[i + 1] as { m: Mention }).m.ref?.type === 'city') {
      let ps = listBefore(items, i).ms;
      if (ps.length === 0) {
        const f = firstMention(items, clauseStart(items, i), i);
        if (f) ps = [f.m];
      }
      found = addVisit(ctx, sent, (items[i + 1] as { m: Mention }).m.ref as Ref, ps.filter((m) => m.kind !== 'entity' || m.delegation));
      continue;
    }
    let participants: Mention[] = [];
    let host: Ref | undefined;
    // «سفر <people> به <city>», English «a visit by <people> to <city>»
    const after = listAfter(items, isCue(items[i + 1], 'initiative') && ctx.lang === 'en' ? i + 2 : i + 1);
    let k = after.end;
    while (items[k]?.t === 'w' && k - after.end < 3) k++;
    if (isCue(items[k], 'to')) {
      const h = nextMentionAfter(items, k + 1, ctx.lang === 'en' ? 1 : 0);
      host = h?.m.ref?.type === 'city' ? h.m.ref : undefined;
      participants = after.ms;
    }
    // «<people> به <city> سفر کرد»; «به <country> سفر کرد»: the city of that country the sentence or the article names
    const dest = items[i - 1];
    if (!host && isCue(items[i - 2], 'to') && (dest?.t === 'm' || (dest?.t === 'w' && dest.key === 'ایران'))) {
      const h = dest.t === 'm' ? dest.m.ref : undefined;
      if (h?.type === 'city') host = h;
      else {
        const iso = h?.type === 'country' && h.id ? ctx.gz.entities.get(h.id)?.country : dest.t === 'w' ? 'IR' : undefined;
        if (iso) host = cityIn(ctx, sent, iso, dest.s);
      }
      participants = listBefore(items, i - 2).ms.filter((m) => m.kind !== 'entity' || m.delegation);
      if (participants.length === 0) {
        // (the clause's subject: a speaker before «گفت:» is not the traveller)
        const f = firstMention(items, clauseStart(items, i - 2), i - 2);
        if (f && (f.m.kind !== 'entity' || f.m.delegation)) participants = [f.m];
      }
      // «زائران هر سال به مشهد سفر می‌کنند»: a habit of nobody named is no visit
      const verb = items[i + 1];
      if (participants.length === 0 && verb?.t === 'w' && /^می/.test(verb.key)) continue;
    }
    if (!host) continue;
    found = addVisit(ctx, sent, host, participants);
  }
  return found;
}

/** Adds (or merges into one of the same host) a visit event; returns the host. */
function addVisit(ctx: ArticleContext, sent: Sentence, host: Ref, participants: readonly Mention[]): Ref {
  {
    ctx.lastVisitHost = host;
    const date = ctx.sentenceDate(sent);
    const people = participants.map((m) => (m.delegation ? (m.ref ?? null) : ctx.participantOf(m))).filter((r): r is Ref => !!r && refKey(r) !== refKey(host));
    const fact: EventFact = {
      kind: 'event',
      event_type: 'visit',
      host: outRef(host),
      ...(date ? { date } : {}),
      ...(people.length ? { participants: people.map(outRef) } : {}),
      evidence: [ctx.evidence(sent)],
      confidence: 0.7,
    };
    const old = ctx.facts.find((f) => f.kind === 'event' && f.event_type === 'visit' && f.host && refKey(f.host as Ref) === refKey(host));
    if (old && old.kind === 'event') {
      const have = new Set((old.participants ?? []).map((p) => refKey(p as Ref)));
      for (const p of people) if (!have.has(refKey(p))) (old.participants ??= []).push(outRef(p));
      old.date ??= date;
      old.evidence.push(ctx.evidence(sent));
    } else ctx.facts.push(fact);
  }
  return host;
}
