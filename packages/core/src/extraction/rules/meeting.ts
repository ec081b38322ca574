import type { Item, Mention, Ref } from '../chunker.js';
import { type ArticleContext, outRef, refKey, type Sentence } from '../article-context.js';
import type { MeetingFact } from '../types.js';
import { clauseStart, findCue, firstMention, isCue, listAfter, listBefore, nextMentionAfter } from './helpers.js';

/** A meeting participant: a person, or a titled office (its holder or the city/org it stands for). */
function participant(ctx: ArticleContext, m: Mention): Ref | null {
  if (m.kind === 'entity') return m.delegation && m.ref ? m.ref : null;
  return ctx.participantOf(m);
}

/**
 * Adds the participants of mentions to `people`. An unnamed mayor resolved to a person by the registry
 * also brings the city (the corpus gives unnamed participants as their city; both identities stay).
 */
function addParticipants(ctx: ArticleContext, people: Map<string, Ref>, ms: readonly Mention[]): number {
  const cities: Ref[] = [];
  for (const m of ms) {
    const r = participant(ctx, m);
    if (!r || r.type === 'country') continue;
    people.set(refKey(r), r);
    const city = m.kind === 'title' && r.type === 'person' && m.title?.role === 'mayor' ? m.title.org : undefined;
    if (city?.type === 'city') cities.push(city);
  }
  // (the sides are counted before the cities are added: a meeting needs two of them)
  const sides = people.size;
  for (const c of cities) people.set(refKey(c), c);
  return sides;
}

/**
 * «<X> در این مراسم که با حضور <Y> برگزار شد، گفت»: a ceremony (a signing, a video conference) where two
 * named officials take part is a meeting of the subject and those present.
 */
function presenceMeeting(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue' || it.cue !== 'regarding' || it.key !== 'باحضور') continue;
    const present = listAfter(items, i + 1).ms;
    const subj = firstMention(items, clauseStart(items, i), i);
    if (!subj || subj.m.kind === 'entity' || present.length === 0) return;
    const people = new Map<string, Ref>();
    const sides = addParticipants(ctx, people, [subj.m, ...present]);
    if (sides < 2 || ![...people.values()].some((r) => r.type === 'person')) return;
    const date = ctx.sentenceDate(sent);
    addMeeting(ctx, sent, people, undefined, date);
    return;
  }
}

/** Adds a meeting, merged with an overlapping one of the same article. */
function addMeeting(ctx: ArticleContext, sent: Sentence, people: Map<string, Ref>, place: Ref | undefined, date: string | undefined): void {
  const keys = new Set(people.keys());
  const old = ctx.facts.find((f) => f.kind === 'meeting' && f.participants.filter((p) => keys.has(refKey(p as Ref))).length >= Math.min(2, keys.size));
  if (old && old.kind === 'meeting') {
    const have = new Set(old.participants.map((p) => refKey(p as Ref)));
    for (const [k, r] of people) if (!have.has(k)) old.participants.push(outRef(r));
    if (place) old.place ??= outRef(place);
    old.date ??= date;
    old.evidence.push(ctx.evidence(sent));
    return;
  }
  ctx.facts.push({
    kind: 'meeting',
    participants: [...people.values()].map(outRef),
    ...(place ? { place: outRef(place) } : {}),
    ...(date ? { date } : {}),
    evidence: [ctx.evidence(sent)],
    confidence: 0.75,
  });
}

/**
 * Meeting facts: a meeting word (دیدار, ملاقات, گفت‌وگو, met with...) and «با»: one side is the
 * list right after «با», the other the list between the meeting word and «با» («دیدار X با Y») or the
 * clause subject («X با Y دیدار کرد», «X دیداری با Y داشت»). Needs two different participants.
 */
export function meetingRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  if (!sent.cues?.has('meet')) {
    presenceMeeting(ctx, sent);
    return;
  }
  for (let i = 0; i < items.length; i++) {
    if (!isCue(items[i], 'meet')) continue;
    let a: Mention[] = [];
    let b: Mention[] = [];
    const withAfter = findCue(items, i + 1, 'with');
    const withBefore = (() => {
      for (let j = i - 1; j >= 0; j--) {
        if (isCue(items[j], 'with')) return j;
        if (isCue(items[j], 'meet', 'speech', 'regarding')) return -1;
      }
      return -1;
    })();
    if (withAfter >= 0 && withAfter - i <= 6 && !items.slice(i + 1, withAfter).some((x) => isCue(x, 'meet', 'speech', 'regarding'))) {
      // «دیدار X با Y», «X دیداری با Y داشت», «در جریان ملاقات با Y»
      a = listAfter(items, i + 1).ms;
      b = listAfter(items, withAfter + 1).ms;
      if (a.length === 0) a = listBefore(items, i).ms;
      if (a.length === 0) {
        // the clause's subject: its first person or title (a place such as the source in «به گزارش زاهدان نیوز» is none)
        for (let k = clauseStart(items, i); k < i && a.length === 0; k++) {
          const x = items[k] as Item;
          if (x.t === 'm' && !x.m.aside && (x.m.kind !== 'entity' || x.m.delegation)) a = [x.m];
        }
        const f = a.length === 0 ? firstMention(items, clauseStart(items, i), i) : null;
        if (f) a = [f.m];
      }
      // «با هیئتی از شهر X به سرپرستی/ریاست <person>»: the head of the delegation takes part too
      const led = listAfter(items, withAfter + 1).end;
      if (isCue(items[led], 'to') && items[led + 1]?.t === 'w' && /^(سرپرستی|ریاست)$/.test((items[led + 1] as { key: string }).key) && items[led + 2]?.t === 'm') b = [...b, (items[led + 2] as { m: Mention }).m];
    } else if (withBefore >= 0) {
      // «X [در C] با Y دیدار کرد»
      b = listAfter(items, withBefore + 1).ms;
      // «با همتای ترکیه‌ای خود <name> ...»: a descriptive phrase before the guest's name
      if (b.length === 0) {
        let k = withBefore + 1;
        while (k < i && k - withBefore <= 4 && items[k]?.t === 'w') k++;
        if (k > withBefore + 1 && items[k]?.t === 'm') b = listAfter(items, k).ms;
      }
      let start = 0;
      for (let j = withBefore - 1; j >= 0; j--) {
        const x = items[j] as Item;
        if ((x.t === 'sep' && x.ch === ':') || isCue(x, 'speech')) {
          start = j + 1;
          break;
        }
      }
      for (let j = start; j < withBefore; j++) {
        const x = items[j] as Item;
        if (x.t === 'm' && !x.m.aside && (x.m.kind !== 'entity' || x.m.delegation)) a.push(x.m);
      }
    } else if (ctx.lang === 'en' && isCue(items[i + 1], 'with') === false) {
      // «X met Y»
      const y = nextMentionAfter(items, i + 1, 1);
      const f = firstMention(items, 0, i);
      if (y && f) {
        a = listBefore(items, i).ms.length ? listBefore(items, i).ms : [f.m];
        b = listAfter(items, y.i).ms;
      }
    }
    // «وی افزود: در دیدار با X ...», «... با شهردار X دیدار کردیم»: the clause has no subject, the speaker met X
    if (a.length === 0 && b.length > 0) {
      const cs = clauseStart(items, i);
      if (cs > 0) {
        const sp = firstMention(items, 0, cs);
        if (sp && sp.m.kind !== 'entity') a = [sp.m];
      }
    }
    if (a.length + b.length === 0 && withAfter < 0 && withBefore < 0) {
      // «X و Y دیدار کردند», «دیدار X و Y»
      const before = listBefore(items, i);
      // («درباره سفر A و B گفتگو کرد»: a list inside the topic is no side of the meeting)
      const topic = items.slice(Math.max(0, before.start - 3), before.start).some((x) => x.t === 'w' && /^(درباره|پیرامون|مورد)$/.test(x.key));
      a = topic ? [] : before.ms;
      if (a.length < 2) a = listAfter(items, i + 1).ms;
      // «A و B پیش از مراسم درباره X گفت‌وگو کردند»: the clause's subject list, the verb plural, adjuncts between
      const verb = items[i + 1];
      if (a.length < 2 && ctx.lang === 'fa' && (verb?.t === 'w' || verb?.t === 'cue') && /^(کردند|داشتند|نمودند)$/.test(verb.key)) {
        const f = firstMention(items, clauseStart(items, i), i);
        const subject = f ? listAfter(items, f.i).ms : [];
        if (subject.length >= 2) a = subject;
      }
    }
    const people = new Map<string, Ref>();
    const sides = addParticipants(ctx, people, [...a, ...b]);
    if (sides < 2) continue;
    // meetings of unnamed officials only are not annotated (corpus convention)
    let named = false;
    for (const r of people.values()) if (r.type === 'person') named = true;
    if (!named) continue;
    const date = ctx.sentenceDate(sent);
    let place: Ref | undefined;
    const inAt = findCue(items, 0, 'in');
    if (inAt >= 0) {
      const p = nextMentionAfter(items, inAt + 1, 0);
      if (p?.m.kind === 'entity' && p.m.ref?.type === 'city') place = p.m.ref;
    }
    place ??= ctx.lastVisitHost;
    const fact: MeetingFact = {
      kind: 'meeting',
      participants: [...people.values()].map(outRef),
      ...(place ? { place: outRef(place) } : {}),
      ...(date ? { date } : {}),
      evidence: [ctx.evidence(sent)],
      confidence: 0.8,
    };
    // one meeting per article per pair of sides: merge with an overlapping one
    const keys = new Set(people.keys());
    const old = ctx.facts.find((f) => f.kind === 'meeting' && f.participants.filter((p) => keys.has(refKey(p as Ref))).length >= Math.min(2, keys.size));
    if (old && old.kind === 'meeting') {
      const have = new Set(old.participants.map((p) => refKey(p as Ref)));
      for (const [k, r] of people) if (!have.has(k)) old.participants.push(outRef(r));
      old.place ??= fact.place;
      old.date ??= fact.date;
      old.evidence.push(ctx.evidence(sent));
    } else ctx.facts.push(fact);
    return;
  }
}
