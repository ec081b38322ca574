import type { Gazetteer } from './gazetteer.js';
import type { Item, Mention, Ref, Title } from './chunker.js';
import type { EntityRef, Evidence, Fact, MembershipFact, PostFact, PostHow } from './types.js';
import { findYears } from './keyed-tokens.js';

/** One analysed sentence. */
export interface Sentence {
  idx: number;
  s: number;
  e: number;
  text: string;
  items: Item[];
  /** Names of the cues in the sentence (each rule family runs only when its trigger is present). */
  cues?: Set<string>;
  /** Memoized `sentenceDate` (null: none). */
  date?: string | null;
}

/** A holder as the rules see it: the entity and, for a mayor, the city represented. */
export interface Holder {
  ref: Ref;
  onBehalf?: Ref;
}

/**
 * The key of a ref for comparisons and deduplication: `id:<id>` for a linked entity, else `fa:` and
 * the surface form without spaces/ZWNJ. A pure function of `id` and `fa`, cached by those strings
 * (refs are created per mention, so a cache per ref object - a WeakMap - cost an insertion per
 * mention and ephemeron work in every GC; refs are never mutated). Bounded caches.
 */
export function refKey(r: Ref | EntityRef | undefined): string {
  if (!r) return '';
  const id = r.id;
  if (id) {
    let k = ID_KEYS.get(id);
    if (k === undefined) {
      k = `id:${id}`;
      if (ID_KEYS.size >= MAX_KEYS) ID_KEYS.clear();
      ID_KEYS.set(id, k);
    }
    return k;
  }
  let k = FA_KEYS.get(r.fa);
  if (k === undefined) {
    k = `fa:${r.fa.replace(/[\s\u200C]+/g, '')}`;
    if (FA_KEYS.size >= MAX_KEYS) FA_KEYS.clear();
    FA_KEYS.set(r.fa, k);
  }
  return k;
}

const ID_KEYS = new Map<string, string>();
const FA_KEYS = new Map<string, string>();
const MAX_KEYS = 50_000;

/** A ref in the corpus output format. `en` stays empty for candidates rather than guessed. */
export function outRef(r: Ref): EntityRef {
  const latin = r.candidate && !/[\u0600-\u06FF]/.test(r.fa);
  return {
    en: r.en ?? (latin ? r.fa : ''),
    fa: r.fa,
    type: r.type,
    ...(r.id ? { id: r.id } : {}),
    ...(r.candidate ? { candidate: true as const } : {}),
  };
}

const RELATIVE_TODAY = /امروز|صبح امروز|عصر امروز|today|this morning/;
const RELATIVE_YESTERDAY = /روز گذشته|دیروز|yesterday/;

/**
 * Everything the rules share for one article: the gazetteer, the publication date, title bindings
 * found in the article (apposition «X شهردار Y», speaker binding), and the fact collector with
 * deduplication (same key fields -> one fact, evidence merged).
 */
export class ArticleContext {
  /** `${role}|${orgKey}` -> the person the article names for that title. */
  readonly bindings = new Map<string, Ref>();
  /** Person key -> titles the article gives them. */
  readonly personTitles = new Map<string, Title[]>();
  /** Keys of people mentioned by name. */
  readonly named = new Set<string>();
  readonly facts: Fact[] = [];
  private readonly factIndex = new Map<string, Fact>();
  topicOrg?: Ref;
  lastVisitHost?: Ref;
  /** The analysed sentences, in order. */
  sentences: Sentence[] = [];

  constructor(
    readonly gz: Gazetteer,
    readonly lang: 'fa' | 'en',
    readonly published: string | null,
    readonly text: string,
  ) {}

  /** The organisation mentioned last before character offset `at` (this sentence or earlier ones). */
  lastOrgBefore(sent: Sentence, at: number): Ref | undefined {
    for (let k = sent.idx; k >= 0; k--) {
      const items = this.sentences[k]?.items ?? [];
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i] as Item;
        if (it.s >= at) continue;
        if (it.t === 'm' && !it.m.aside && it.m.ref?.type === 'org') return it.m.ref;
        if (it.t === 'm' && it.m.title?.org?.type === 'org') return it.m.title.org;
        if (it.t === 'ev' && it.org) return it.org;
      }
    }
    return undefined;
  }

  /** The last `n` distinct cities mentioned before offset `at` (titles count by their city). */
  recentCities(sent: Sentence, at: number, n: number): Ref[] {
    const out = new Map<string, Ref>();
    for (let k = sent.idx; k >= 0 && out.size < n; k--) {
      const items = this.sentences[k]?.items ?? [];
      for (let i = items.length - 1; i >= 0 && out.size < n; i--) {
        const it = items[i] as Item;
        if (it.s >= at || it.t !== 'm' || it.m.aside) continue;
        const c = it.m.ref?.type === 'city' ? it.m.ref : it.m.title?.org?.type === 'city' ? it.m.title.org : undefined;
        if (c && !out.has(refKey(c))) out.set(refKey(c), c);
      }
    }
    return [...out.values()];
  }

  /** Records an apposition NAME + TITLE. */
  bind(person: Ref, title: Title): void {
    if (title.org) this.bindings.set(`${title.role}|${refKey(title.org)}`, person);
    const k = refKey(person);
    const list = this.personTitles.get(k) ?? [];
    if (!list.some((t) => t.role === title.role && refKey(t.org) === refKey(title.org))) list.push(title);
    this.personTitles.set(k, list);
  }

  /** The dataset holder of a title at the article's date, if known. */
  datasetHolder(title: Title): Ref | undefined {
    if (!this.published || !title.org?.id) return undefined;
    const list = this.gz.holders.get(`${title.role}|${title.org.id}`);
    if (!list) return undefined;
    const d = this.published.slice(0, 10);
    for (const h of list) {
      const startOk = !h.start || h.start.slice(0, d.length) <= d;
      const endOk = !h.end || d <= h.end + '-99';
      if (startOk && endOk) {
        const e = this.gz.entities.get(h.person);
        if (e) return { id: e.id, type: 'person', fa: e.fa, en: e.en };
      }
    }
    return undefined;
  }

  /**
   * Who holds a title in this article: the person the article names for it, else the dataset's
   * holder at the article's date, else the organisation/city itself (annotation convention).
   */
  resolveTitle(title: Title): Holder | null {
    if (!title.org) return null;
    const bound = this.bindings.get(`${title.role}|${refKey(title.org)}`);
    const city = title.org.type === 'city' ? title.org : undefined;
    if (bound) return { ref: bound, ...(city ? { onBehalf: city } : {}) };
    const ds = this.datasetHolder(title);
    if (ds) return { ref: ds, ...(city ? { onBehalf: city } : {}) };
    return { ref: title.org };
  }

  /** The city a person represents: from «X از CITY», a mayor title in the article or the dataset. */
  cityOf(person: Ref, m?: Mention): Ref | undefined {
    if (m?.from) return m.from;
    const titles = this.personTitles.get(refKey(person)) ?? [];
    const mayor = titles.find((t) => t.role === 'mayor' && t.org?.type === 'city');
    if (mayor?.org) return mayor.org;
    if (person.id && this.published) {
      const e = this.gz.entities.get(person.id);
      const t = e?.terms.find((x) => x.role === 'mayor');
      if (t) {
        const c = this.gz.entities.get(t.org);
        if (c) return { id: c.id, type: c.type, fa: c.fa, en: c.en };
      }
    }
    return undefined;
  }

  /** The holder a mention stands for. */
  holderOf(m: Mention): Holder | null {
    if (m.kind === 'title' && m.title) return this.resolveTitle(m.title);
    if (!m.ref) return null;
    if (m.kind === 'person') {
      const city = this.cityOf(m.ref, m);
      return { ref: m.ref, ...(city ? { onBehalf: city } : {}) };
    }
    return { ref: m.ref };
  }

  /** A participant of a meeting/visit/agreement: a named person, or the city/org an unnamed title stands for. */
  participantOf(m: Mention): Ref | null {
    const h = this.holderOf(m);
    return h ? h.ref : null;
  }

  /** The date a sentence talks about: today/yesterday relative to publication, else a year. */
  sentenceDate(sent: Sentence): string | undefined {
    if (sent.date === undefined) sent.date = this.computeDate(sent) ?? null;
    return sent.date ?? undefined;
  }

  private computeDate(sent: Sentence): string | undefined {
    if (this.published && RELATIVE_TODAY.test(sent.text)) return this.published.slice(0, 10);
    if (this.published && RELATIVE_YESTERDAY.test(sent.text)) {
      const d = new Date(this.published.slice(0, 10) + 'T12:00:00Z');
      d.setUTCDate(d.getUTCDate() - 1);
      return d.toISOString().slice(0, 10);
    }
    const ys = findYears(sent.text);
    if (ys[0]) return String(ys[0].year);
    if (this.published && /سال جاری|امسال|this year/.test(sent.text)) return this.published.slice(0, 4);
    return undefined;
  }

  /** Evidence for a sentence. */
  evidence(sent: Sentence): Evidence {
    return { sentence: sent.text, start: sent.s, end: sent.e };
  }

  /** Adds a fact unless one with the same key exists (then merges evidence and missing fields). */
  add(fact: Fact, key: string): void {
    const old = this.factIndex.get(key);
    if (!old) {
      this.factIndex.set(key, fact);
      this.facts.push(fact);
      return;
    }
    for (const ev of fact.evidence) if (!old.evidence.some((x) => x.start === ev.start)) old.evidence.push(ev);
    old.confidence = Math.max(old.confidence, fact.confidence);
    const o = old as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(fact)) if (o[k] === undefined && v !== undefined) o[k] = v;
    if (old.kind === 'post' && fact.kind === 'post' && old.how === 'held' && fact.how && fact.how !== 'held') old.how = fact.how;
  }

  /** Adds a post fact (holder + role + org key). */
  addPost(h: Holder, role: string, org: Ref, how: PostHow, sent: Sentence, confidence: number, extra: Partial<PostFact> = {}): void {
    if (refKey(h.ref) === refKey(org) && role !== 'mayor') return;
    if (h.ref.type === 'country') return;
    let onBehalf = h.onBehalf;
    if (role === 'mayor' || org.type === 'city' || org.type === 'country' || refKey(onBehalf) === refKey(h.ref)) onBehalf = undefined;
    if (h.ref.type === 'city' && role === 'mayor') return;
    const fact: PostFact = {
      kind: 'post',
      holder: outRef(h.ref),
      role,
      org: outRef(org),
      ...(onBehalf ? { on_behalf_of: outRef(onBehalf) } : {}),
      how,
      ...extra,
      evidence: [this.evidence(sent)],
      confidence,
    };
    this.add(fact, `post|${refKey(h.ref)}|${role}|${refKey(org)}`);
  }

  /** Adds a membership fact (member + org key). Members are cities, organisations or countries. */
  addMembership(member: Ref, org: Ref, sent: Sentence, confidence: number, extra: Partial<MembershipFact> = {}): void {
    if (member.type === 'person' || org.type !== 'org' || refKey(member) === refKey(org)) return;
    const fact: MembershipFact = {
      kind: 'membership',
      member: outRef(member),
      org: outRef(org),
      ...extra,
      evidence: [this.evidence(sent)],
      confidence,
    };
    this.add(fact, `membership|${refKey(member)}|${refKey(org)}`);
  }
}
