import type { ShippedRecord } from '../data-format/shipped-data.schema.js';
import { KeyTrie } from './trie.js';
import { keyOf, phraseKey } from './keyed-tokens.js';
import type { EntityType, GazetteerEntry, GazetteerTerm } from './types.js';
import {
  FA_COREF, FA_CUES, FA_EVENTS, FA_HONORIFICS, FA_ROLE_SPELLINGS, FA_ROLES, FA_TYPE_WORDS, type RoleWord,
} from './lexicon-fa.js';
import { EN_COREF, EN_CUES, EN_EVENTS, EN_ROLES, EN_TYPE_WORDS } from './lexicon-en.js';
import { EN_COMMON_WORDS, EN_GIVEN_NAMES, FA_COMMON_WORDS, FA_GIVEN_NAMES } from './lexicon-names.js';

/** What a matched phrase is. One phrase can be several things; the chunker picks by context. */
export type Payload =
  | { k: 'ent'; id: string; type: EntityType; nameKind: string; lang: string }
  | { k: 'role'; w: RoleWord }
  | { k: 'cue'; cue: string }
  | { k: 'ev'; eventType: string }
  | { k: 'tw'; t: string }
  | { k: 'coref'; ref: string }
  | { k: 'given' }
  | { k: 'honor' };

/**
 * A payload with every field of every kind present (undefined where the kind has none), in one order:
 * payloads of eight literal shapes made the linker's `p.k` reads, run for every matched token, V8's
 * generic (megamorphic) property look-up.
 */
function payload(p: Payload): Payload {
  const f = p as Partial<Record<'id' | 'type' | 'nameKind' | 'lang' | 'w' | 'cue' | 'eventType' | 't' | 'ref', unknown>>;
  return { k: p.k, id: f.id, type: f.type, nameKind: f.nameKind, lang: f.lang, w: f.w, cue: f.cue, eventType: f.eventType, t: f.t, ref: f.ref } as Payload;
}

/** A linked entity's labels and facts the linker needs. */
export interface GazetteerEntity {
  id: string;
  type: EntityType;
  en: string;
  fa: string;
  country?: string;
  capital?: boolean;
  /** For a city council: the id of its city («Tehran City Council member X» is a council_member of Tehran). */
  councilOf?: string;
  terms: GazetteerTerm[];
}

/** Holder of a post over a period, for titles resolved by date. */
export interface TermHolder {
  person: string;
  start?: string;
  end?: string;
}

/** The compiled gazetteer: one phrase trie for names and vocabulary, plus lookups. */
export interface Gazetteer {
  trie: KeyTrie<Payload>;
  entities: Map<string, GazetteerEntity>;
  /** `${role}|${orgId}` -> holders with terms. */
  holders: Map<string, TermHolder[]>;
  /** Capital city id by country ISO code. */
  capitals: Map<string, string>;
  /** Country id by ISO code. */
  countryByIso: Map<string, string>;
  /** Match keys of common words (never part of a name). */
  common: Set<string>;
}

/** The kinds of name that may link on their own (surnames link only with context, in the chunker). */
const FA_ORG_HEADS_FOR_HEADLESS = ['مجمع', 'انجمن', 'اتحادیه', 'سازمان', 'شبکه'];

/**
 * Compiles gazetteer entries (shipped data or database) and the built-in vocabulary into a
 * matcher. Names are indexed by their match key; for organisations also the name without its head
 * word («شهرداران کلانشهرهای ایران» for «مجمع شهرداران کلانشهرهای ایران», kind `headless`: it links
 * only after an event noun) and «کشور» for a trailing «ایران»; for people their last name alone
 * (kind `surname`).
 */
export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const trie = new KeyTrie<Payload>();
  const entities = new Map<string, GazetteerEntity>();
  const holders = new Map<string, TermHolder[]>();
  const capitals = new Map<string, string>();
  const countryByIso = new Map<string, string>();
  const common = new Set([...FA_COMMON_WORDS, ...EN_COMMON_WORDS].map(keyOf));

  for (const e of entries) {
    const label = (lang: string): string =>
      e.names.find((n) => n.lang === lang && n.kind === 'official')?.text ?? e.names.find((n) => n.lang === lang)?.text ?? '';
    // (every field present, unset ones undefined: one hidden class for all entities, see `payload`)
    const ent: GazetteerEntity = {
      id: e.id,
      type: e.type,
      en: label('en') || e.id,
      fa: label('fa'),
      terms: e.terms ?? [],
      country: e.country ? e.country : undefined,
      capital: e.capital ? true : undefined,
      councilOf: e.councilOf ? e.councilOf : undefined,
    };
    entities.set(e.id, ent);
    if (e.type === 'country' && e.country) countryByIso.set(e.country, e.id);
    if (e.type === 'city' && e.capital && e.country) capitals.set(e.country, e.id);
    const seen = new Set<string>();
    const add = (text: string, nameKind: string, lang: string): void => {
      const key = phraseKey(text);
      if (key.length < 2 || seen.has(key)) return;
      seen.add(key);
      trie.add(key, payload({ k: 'ent', id: e.id, type: e.type, nameKind, lang }));
    };
    for (const n of e.names) {
      add(n.text, n.kind, n.lang);
      if (e.type === 'org' && n.lang === 'fa') {
        const words = n.text.trim().split(/\s+/);
        if (words.length >= 3 && FA_ORG_HEADS_FOR_HEADLESS.includes(words[0] as string)) {
          add(words.slice(1).join(' '), 'headless', 'fa');
        }
        if (words.at(-1) === 'ایران') add([...words.slice(0, -1), 'کشور'].join(' '), n.kind, 'fa');
      }
      if (e.type === 'person') {
        const words = n.text.trim().split(/\s+/);
        const last = words.at(-1) as string;
        if (words.length >= 2 && last.length >= 3 && !common.has(keyOf(last))) add(last, 'surname', n.lang);
      }
    }
    for (const t of e.terms ?? []) {
      const k = `${t.role}|${t.org}`;
      const list = holders.get(k) ?? [];
      list.push({ person: e.id, ...(t.start ? { start: t.start } : {}), ...(t.end ? { end: t.end } : {}) });
      holders.set(k, list);
    }
  }

  const vocab = (phrase: string, p: Payload): void => trie.add(phraseKey(phrase), payload(p));
  for (const [phrase, w] of Object.entries(FA_ROLES)) {
    vocab(phrase, { k: 'role', w });
    for (const [a, b] of FA_ROLE_SPELLINGS) if (phrase.includes(a)) vocab(phrase.replace(a, b), { k: 'role', w });
  }
  for (const [phrase, w] of Object.entries(EN_ROLES)) vocab(phrase, { k: 'role', w });
  for (const [phrase, c] of [...Object.entries(FA_CUES), ...Object.entries(EN_CUES)]) vocab(phrase, { k: 'cue', cue: c });
  for (const [phrase, t] of [...Object.entries(FA_EVENTS), ...Object.entries(EN_EVENTS)]) vocab(phrase, { k: 'ev', eventType: t });
  for (const [phrase, t] of [...Object.entries(FA_TYPE_WORDS), ...Object.entries(EN_TYPE_WORDS)]) vocab(phrase, { k: 'tw', t });
  for (const [phrase, r] of [...Object.entries(FA_COREF), ...Object.entries(EN_COREF)]) vocab(phrase, { k: 'coref', ref: r });
  for (const n of [...FA_GIVEN_NAMES, ...EN_GIVEN_NAMES]) vocab(n, { k: 'given' });
  for (const h of FA_HONORIFICS) vocab(h, { k: 'honor' });
  for (const h of ['mr', 'mrs', 'ms', 'dr']) vocab(h, { k: 'honor' });

  return { trie, entities, holders, capitals, countryByIso, common };
}

/**
 * Gazetteer entries from shipped-data records: countries, cities, organisations, people (with their
 * post holdings from memberships, so titles can be resolved by date).
 */
export function gazetteerEntriesFromShipped(records: readonly ShippedRecord[]): GazetteerEntry[] {
  const out = new Map<string, GazetteerEntry>();
  for (const r of records) {
    if (r.type === 'country') out.set(r.id, { id: r.id, type: 'country', names: r.names, country: r.iso2 });
    else if (r.type === 'city')
      out.set(r.id, { id: r.id, type: 'city', names: r.names, country: r.country, ...(r.capital === 'country' ? { capital: true } : {}) });
    // a municipality is its city in the corpus conventions: «شهرداری تهران» links through the type word
    else if (r.type === 'organization' && !(r.classification === 'municipality' && r.city))
      out.set(r.id, { id: r.id, type: 'org', names: r.names, ...(r.classification === 'city_council' && r.city ? { councilOf: r.city } : {}) });
    else if (r.type === 'person') out.set(r.id, { id: r.id, type: 'person', names: r.names, terms: [] });
  }
  for (const r of records) {
    if (r.type !== 'membership') continue;
    const p = out.get(r.member);
    if (!p || p.type !== 'person') continue;
    (p.terms ??= []).push({ role: r.role, org: r.organization, ...(r.start ? { start: r.start } : {}), ...(r.end ? { end: r.end } : {}) });
  }
  return [...out.values()];
}
