import type { Gazetteer, Payload } from './gazetteer.js';
import type { RoleWord } from './lexicon-fa.js';
import { FA_ORG_HEADS } from './lexicon-fa.js';
import { EN_DEMONYMS } from './lexicon-en.js';
import { parseOrdinal } from '@shahrnet/text';
import { isWordChar, keyOf, scanTokens, tokenColumns, tokenIdEpoch } from './keyed-tokens.js';
import { EN_HEADS as EN_ORG_HEAD_KEYS, enOrgPhraseAt, orgPhraseAt } from './org-phrase.js';
import { CITY_HOMOGRAPHS, inCitySlot } from './city-slot.js';
import { namePartKey, notNameKey, patronymicKey, plausibleNameKeys } from './person-names.js';
import type { EntityType } from './types.js';

/**
 * Turns one sentence into a flat list of items the rules read: mentions (people, titles, entities),
 * predicate cues, event nouns, bare roles, separators and plain words. Linking happens here: the
 * longest gazetteer/vocabulary match at each token, then names found by context (given names,
 * honorifics, a run of unknown words before a title), titles with their organisation, plural titles
 * over lists («شهرداران برلین، مونته‌ویدئو و مونترال»), type words («شهر X», «شهرداری X») and
 * coreference words (resolved through the `ArticleState`).
 */

/** A reference to an entity: linked (`id`) or a candidate (surface form only). */
export interface Ref {
  id?: string;
  type: EntityType;
  fa: string;
  en?: string;
  candidate?: boolean;
}

/** A title: a role in an organisation/city/country («شهردار تهران»). */
export interface Title {
  role: string;
  org?: Ref;
  /** The org kind the role expects. */
  orgKind: RoleWord['org'];
  /** A board named without «عضو» (a post only with an election verb). */
  seat?: boolean;
  /** A post in a city council named by the bare word «شورا» («به ریاست شورا رسید»). */
  council?: boolean;
}

/** A mention: a person (maybe with an appositive title), an unnamed title, or a city/org/country. */
export interface Mention {
  kind: 'person' | 'title' | 'entity';
  /** The person or entity; for an unnamed title, unset until resolved by the article. */
  ref?: Ref;
  title?: Title;
  /** `X از CITY`: the city a person comes from / represents. */
  from?: Ref;
  /** Inside parentheses after another mention, or an appositive («پایتخت کلمبیا»): not a participant. */
  aside?: boolean;
  /** «هیئتی از شهر X»: a delegation standing for city X (a meeting/visit participant). */
  delegation?: boolean;
  /** Reached through a coreference word. */
  coref?: boolean;
  /** Further appositive titles of a person («... و رئیس مجمع»). */
  more?: Title[];
  /** One of several offices of a plural title («شهرداران A و B»): never unified with a name. */
  group?: boolean;
}

export type Item =
  | { t: 'm'; m: Mention; s: number; e: number }
  | { t: 'cue'; cue: string; s: number; e: number; key: string }
  | { t: 'ev'; eventType: string; ordinal?: number; org?: Ref; host?: Ref; isThis?: boolean; body?: boolean; s: number; e: number }
  | { t: 'role'; w: RoleWord; s: number; e: number }
  | { t: 'sep'; ch: string; s: number; e: number }
  | { t: 'w'; key: string; text: string; s: number; e: number; ui?: number };

/** What the chunker remembers across sentences of one article. */
export interface ArticleState {
  lang: 'fa' | 'en';
  lastCity?: Ref;
  /** The first city of the last sentence that named one (its subject, usually): «این شهر» at a sentence start. */
  subjCity?: Ref;
  /** The city of the council the article last named («شورای [اسلامی] شهر X»): the bare «شورا» is its council. */
  councilCity?: Ref;
  /** The first city of the current sentence. */
  sentCity?: Ref;
  lastOrg?: Ref;
  lastEventItem?: { eventType: string; org?: Ref };
  lastPerson?: Ref;
  /** Person candidates by key of their full name; single words resolve to a known full name. */
  people: Map<string, Ref>;
  /** Tails of full names seen in the article («قلندر شریف», «فتحی») -> the person, keyed by first tail token. */
  tails: Map<string, { keys: string[]; ref: Ref }[]>;
  /** Count of org mentions by id, to find the article's main network. */
  orgCounts: Map<string, { ref: Ref; n: number }>;
  /** Organisations mentioned, most recent first (a few), for «این شبکه» by its head noun. */
  recentOrgs: Ref[];
}

/**
 * A fresh article state. Every field is present from the start (undefined until set): fields added
 * later in a different order per article gave every state object its own hidden class, and each
 * `state.x` access in the chunker went through V8's megamorphic property lookup.
 */
export function newArticleState(lang: 'fa' | 'en'): ArticleState {
  return {
    lang,
    lastCity: undefined,
    subjCity: undefined,
    councilCity: undefined,
    sentCity: undefined,
    lastOrg: undefined,
    lastEventItem: undefined,
    lastPerson: undefined,
    people: new Map(),
    tails: new Map(),
    orgCounts: new Map(),
    recentOrgs: [],
  };
}

/*
 * Constructors of the chunker's objects. Each kind of object is built with all its fields (undefined
 * when unused) in one order, so V8 gives it one hidden class: items, units and mentions of many
 * literal shapes made every `item.t`, `m.kind`, `u.pl` access in the rules a megamorphic (generic)
 * property look-up. Items come in three shapes (a mention, a token, an event noun) that share the
 * offsets of `t`, `s` and `e`.
 */

/** A mention item. */
function mentionItem(m: Mention, s: number, e: number): Item {
  return { t: 'm', s, e, m };
}

/** A token item: a word (with its unit index), a cue, a bare role or a separator. */
function tokenItem(t: 'w' | 'cue' | 'role' | 'sep', s: number, e: number, key: string | undefined, text: string | undefined, ui: number | undefined, cue: string | undefined, w: RoleWord | undefined, ch: string | undefined): Item {
  return { t, s, e, key, text, ui, cue, w, ch } as Item;
}

function wordItem(key: string, text: string, s: number, e: number, ui: number | undefined): Item {
  return tokenItem('w', s, e, key, text, ui, undefined, undefined, undefined);
}

function cueItem(cue: string, key: string, s: number, e: number): Item {
  return tokenItem('cue', s, e, key, undefined, undefined, cue, undefined, undefined);
}

function roleItem(w: RoleWord, s: number, e: number): Item {
  return tokenItem('role', s, e, undefined, undefined, undefined, undefined, w, undefined);
}

function sepItem(ch: string, s: number, e: number): Item {
  return tokenItem('sep', s, e, undefined, undefined, undefined, undefined, undefined, ch);
}

/** An event noun item. */
function eventItem(eventType: string, s: number, e: number, ordinal: number | undefined, org: Ref | undefined, host: Ref | undefined, isThis: true | undefined, body: true | undefined): Item {
  return { t: 'ev', s, e, eventType, ordinal, org, host, isThis, body };
}

/** A mention (the optional marks are set on it afterwards). */
function newMention(kind: Mention['kind'], ref: Ref | undefined, title: Title | undefined): Mention {
  return { kind, ref, title, from: undefined, aside: undefined, delegation: undefined, coref: undefined, more: undefined, group: undefined };
}

/** A title. */
function newTitle(role: string, org: Ref | undefined, orgKind: RoleWord['org'], seat: true | undefined, council: true | undefined): Title {
  return { role, org, orgKind, seat, council };
}

/** A unit. */
function unit(k: Unit['k'], s: number, e: number, text: string, key: string, pl: Payload | undefined, part: boolean): Unit {
  return { k, s, e, text, key, pl, part };
}

interface Unit {
  k: 'ent' | 'role' | 'cue' | 'ev' | 'tw' | 'coref' | 'given' | 'honor' | 'w' | 'p';
  s: number;
  e: number;
  text: string;
  key: string;
  pl: Payload | undefined;
  /** A name particle inside a name («بن», «آل», «وان در», «دلا»). */
  part: boolean;
}

const SEPS = new Set(['،', ',', ':', '؛', ';', '(', ')', '«', '»', '"', '“', '”', "'", '-', '–', '/', '|', '[', ']']);
const ORG_HEAD_KEYS = new Set(FA_ORG_HEADS.map(keyOf));
const ORG_TAIL_KEYS = new Set(['بانک', 'شرکت', 'گروه', 'bank', 'association', 'network', 'union', 'forum'].map(keyOf));
const LATIN = /^[A-Za-z]/;
/** Plural/comparative/place endings: never the last word of a name. */
/** Whether a unit is the cue `cue`. */
function unitCue(u: Unit | undefined, cue: string): boolean {
  return u?.pl?.k === 'cue' && u.pl.cue === cue;
}

/** Adverbs of continuance that may stand between a person and their title («همچنان», «اکنون»). */
const CONTINUANCE = new Set(['همچنان', 'اکنون', 'هماکنون', 'هنوز', 'همواره'].map(keyOf));

const NOT_NAME_END = /(ها|های|هایی|ترین|گاه|انه|ات)$/;
/** Words after which a clause (and so a name) may start. */
const BOUNDARY_WORDS = new Set(['همچنین', 'سپس', 'نیز', 'هم', 'اما', 'ولی', 'که', 'تا', 'also', 'while'].map(keyOf));

/** English words after a council's name that make it a role phrase («... City Council member/chairman»). */
const COUNCIL_ROLE_NEXT = new Set(['member', 'members', 'chairman', 'chair', 'head', 'president', 'speaker']);
/**
 * The shape of a Persian surname standing alone before a title («میرزاخانی سرکنسول», «وکیلی مدیرعامل»):
 * the usual endings, not those of abstract nouns («همکاری», «آمادگی», «جمهوری»).
 */
const SURNAME_SHAPE = /^(?!.*(?:گی|اری|وری|یی|ای)$).{3,}(?:ی|زاده|پور|یان|فر|نیا|اف|وف|یف|لو|کیا|راد|مند)$/;
/** Words for a delegation («هیئتی از شهر X»). */
const DELEGATION = new Set(['هیئت', 'هیئتی', 'هیات', 'هیاتی', 'گروهی', 'کاروانی', 'delegation'].map(keyOf));
/** Words of countries' official names before the name itself. */
const COUNTRY_FORM = new Set(['جمهوری', 'اسلامی', 'بولیواری', 'فدرال', 'فدرالی', 'عربی', 'سلطنت', 'سلطنتی', 'پادشاهی', 'دموکراتیک', 'دمکراتیک', 'خلق', 'سوسیالیستی', 'امیرنشین', 'دولت', 'متحده', 'کشور', 'the', 'republic', 'kingdom', 'of', 'sultanate', 'state', 'federal', 'islamic', 'bolivarian', 'democratic', 'people', 'peoples'].map(keyOf));
/** Cues that end a deputy's portfolio (verbs and prepositions). */
const PORTFOLIO_STOP = new Set(['speech', 'copula', 'was', 'in', 'with', 'from', 'to', 'meet', 'elected', 'appointed', 'reelected', 'as']);
/** English head nouns of «the network/assembly/...» and the names they fit. */
const EN_HEADS: [string, RegExp][] = [
  ['network', /network|net\b/i], ['assembly', /assembly/i], ['organization', /organi[sz]ation/i], ['organisation', /organi[sz]ation/i],
  ['association', /association/i], ['union', /union/i], ['forum', /forum/i], ['league', /league/i],
];
const HEAD_EN: Record<string, RegExp> = { شبکه: /network|net\b/i, مجمع: /assembly|forum/i, سازمان: /organi[sz]ation/i, انجمن: /association/i, اتحادیه: /union|league/i };

function noteOrg(st: ArticleState, r: Ref): void {
  const k = r.id ?? r.fa;
  const at = st.recentOrgs.findIndex((x) => (x.id ?? x.fa) === k);
  // the latest mention's ref (its surface form) replaces an older one of the same organisation
  if (at >= 0) st.recentOrgs.splice(at, 1);
  st.recentOrgs.unshift(r);
  if (st.recentOrgs.length > 8) st.recentOrgs.length = 8;
}

/** The org head noun a name starts with («شبکه ...»), if any. */
function headOf(r: Ref): string | undefined {
  const w = keyOf(r.fa.split(/\s+/)[0] ?? '');
  return ORG_HEAD_KEYS.has(w) ? w : undefined;
}

/**
 * «این شبکه», «the network»: the latest organisation whose name has that head noun («شبکه ...»,
 * «... Network»); else the latest one whose name does not announce another kind («سازمان ملل» is not
 * «این شبکه»). Undefined when the phrase has no head noun («its», «این نهاد»).
 */
function orgByHead(st: ArticleState, key: string): Ref | undefined {
  const rest = key.replace(/^(این|the)/, '');
  let fa: string | undefined;
  let en: RegExp | undefined;
  for (const h of ORG_HEAD_KEYS) if (rest.startsWith(h)) fa = h;
  if (fa) en = HEAD_EN[fa];
  else for (const [w, re] of EN_HEADS) if (rest.startsWith(w)) en = re;
  if (!fa && !en) return undefined;
  for (const r of st.recentOrgs) if ((fa && headOf(r) === fa) || (en && en.test(r.en ?? ''))) return r;
  for (const r of st.recentOrgs) {
    const h = headOf(r);
    if (!h && !EN_HEADS.some(([, re]) => re.test(r.en ?? ''))) return r;
  }
  return undefined;
}

/** Words before «شهر X» that make X a description («چند شهر ساحلی», «هر شهر بزرگ»). */
const QUANTIFIERS = new Set(['چند', 'برخی', 'دیگر', 'هر', 'بسیاری', 'همه', 'یک', 'دو', 'سه', 'این', 'آن', 'هیچ']);
/** Ordinal words («سومین», «دومین») and adjectives that never start a name. */
const NOT_NAME_WORD = /(مین|ترین)$/;

/**
 * Preference among payloads of one phrase: entity, role, event noun, cue, coreference, type word,
 * honorific, given name. (A switch, not an object indexed by the kind: a keyed load with many
 * different names is a generic look-up in V8, and this runs for every matched token.)
 */
function rankOf(k: Payload['k']): number {
  switch (k) {
    case 'ent':
      return 0;
    case 'role':
      return 1;
    case 'ev':
      return 2;
    case 'cue':
      return 3;
    case 'coref':
      return 4;
    case 'tw':
      return 5;
    case 'honor':
      return 6;
    case 'given':
      return 7;
  }
}

function choose(items: readonly Payload[], prev: Unit | undefined): Payload | undefined {
  if (items.length === 1) {
    const p = items[0] as Payload;
    return p.k === 'ent' && p.nameKind === 'headless' && prev?.k !== 'ev' ? undefined : p;
  }
  let best: Payload | undefined;
  let bestRank = 99;
  for (const p of items) {
    let rank = rankOf(p.k);
    if (p.k === 'ent' && p.nameKind === 'headless' && prev?.k !== 'ev') continue;
    // a surname alone yields to a given name («علی» in «علی رحیمی» starts a name)
    if (p.k === 'ent' && p.nameKind === 'surname') rank = 7.5;
    if (rank < bestRank) {
      best = p;
      bestRank = rank;
    }
  }
  return best;
}

/** Particles inside foreign and Arabic names («عبدالله بن محمد», «یوهان وان در برگ», «ماریا دلا روسا»); some are also city names (بن, وان). */
const NAME_PARTICLES = new Set(['بن', 'بنت', 'ابن', 'ابو', 'آل', 'ال', 'وان', 'فان', 'فون', 'دلا', 'دل', 'دی', 'دا', 'لا', 'د'].map(keyOf));
/** The longest particle's key length (a cheap test before the set look-up, made for every token). */
const NAME_PARTICLE_MAX = Math.max(...[...NAME_PARTICLES].map((k) => k.length));

/** Words allowed between a membership subject and «عضو»/«به عضویت» («از سال ۲۰۲۳», «نیز», «سال گذشته»). */
const MEMBER_GAP = new Set(['از', 'سال', 'نیز', 'هم', 'همچنین', 'گذشته', 'اخیرا', 'رسما', 'هماکنون', 'اکنون']);

function membershipAhead(keys: readonly string[], from: number): boolean {
  for (let k = from; k < keys.length && k - from < 6; k++) {
    const w = keys[k] as string;
    if (w === 'عضو' || (w === 'به' && keys[k + 1] === 'عضویت')) return true;
    // (also time phrases: «از ابتدای سال ۲۰۲۴ میلادی», «از تیرماه ۱۴۰۲»)
    if (!MEMBER_GAP.has(w) && !/^\p{Nd}+$/u.test(w) && !/^(ابتدای|اوایل|اواخر|میلادی|شمسی|خورشیدی|ماه|.+ماه)$/.test(w)) return false;
  }
  return false;
}

/**
 * Whether the items of a match over tokens [at, end) may stand there, `prev` being the unit before
 * (see `units`).
 */
/** Whether a known city's name starts at token k (a list neighbour of a homograph, city-slot.ts). */
function cityStartsAt(gz: Gazetteer, keys: readonly string[], k: number): boolean {
  const m = k >= 0 && k < keys.length ? gz.trie.longestAt(keys, k) : null;
  return !!m && m.items.some((x) => x.k === 'ent' && x.type === 'city') && !(m.end === k + 1 && gz.common.has(keys[k] as string));
}

/** Whether the longest match's items may stand at the current token (see `units`). */
function acceptUnit(gz: Gazetteer, keys: readonly string[], at: number, prev: Unit | undefined, items: readonly Payload[], end: number): boolean {
  const p = choose(items, prev);
  if (!p) return false;
  // the conjunction «و» never starts a name: match keys drop spaces, so «و لی مینگ» would read as the given
  // name «ولی» and «و» would join the person
  if (end > at + 1 && keys[at] === 'و') return false;
  // a one-word name that is also a common word links only after a type word or a title
  // (or a country as the subject of a membership: «ایران عضو X است», «ایران به عضویت X درآمد»)
  if (p.k === 'ent' && end === at + 1 && gz.common.has(keys[at] as string) && prev?.k !== 'tw' && prev?.k !== 'role' && !(p.type === 'country' && membershipAhead(keys, end)) && !(p.type === 'city' && CITY_HOMOGRAPHS.has(keys[at] as string) && inCitySlot(keys, at, prev, (k) => cityStartsAt(gz, keys, k)))) return false;
  // «Tehran City Council member X»: the council name yields to «Tehran» + the council role
  if (p.k === 'ent' && p.type === 'org' && COUNCIL_ROLE_NEXT.has(keys[end] ?? '') && gz.entities.get(p.id)?.councilOf) return false;
  return true;
}

/** The tokenizer's reusable output for `units`. */
const COLS = tokenColumns();

/** Units of a sentence: longest vocabulary/gazetteer matches, other tokens as words/punctuation. */
function units(full: string, from: number, to: number, gz: Gazetteer): Unit[] {
  // (the token columns are reused from sentence to sentence: nothing below scans again before
  // the loop is done)
  const nTok = scanTokens(full, from, to, COLS);
  const keys = COLS.key.slice(0, nTok);
  const texts = COLS.text;
  const starts = COLS.start;
  const ends = COLS.end;
  const ids = COLS.id;
  const epoch = tokenIdEpoch();
  const out: Unit[] = [];
  let prev: Unit | undefined;
  const trie = gz.trie;
  for (let i = 0; i < nTok; ) {
    const text = texts[i] as string;
    const start = starts[i] as number;
    prev = i > 0 ? out[out.length - 1] : undefined;
    if (text.length === 1 && !isWordChar(text.charCodeAt(0))) {
      out.push(unit('p', start, ends[i] as number, text, keys[i] as string, undefined, false));
      i++;
      continue;
    }
    // a particle between two name words is part of the name, not a city («بن», «وان») or «در» after «وان»
    const key = keys[i] as string;
    if ((key.length <= NAME_PARTICLE_MAX && NAME_PARTICLES.has(key)) || (key === 'در' && prev?.part)) {
      if (i > 0 && i + 1 < nTok && (texts[i + 1] as string).length > 1 && (!gz.common.has(keys[i + 1] as string) || (keys[i + 1] === 'در' && (keys[i] === 'وان' || keys[i] === 'فان'))) && (prev?.part || (prev?.k === 'w' && !gz.common.has(prev.key)) || prev?.k === 'given' || (prev?.pl?.k === 'ent' && prev.pl.type === 'person'))) {
        out.push(unit('w', start, ends[i] as number, text, keys[i] as string, undefined, true));
        i++;
        continue;
      }
    }
    // the longest match whose items may stand here (shorter ones when the longest may not)
    let mEnd = -1;
    let mItems: readonly Payload[] | undefined;
    let mKey = '';
    for (let c = trie.matchesAt(keys, i, ids, epoch) - 1; c >= 0; c--) {
      const items = trie.matchHits[c] as readonly Payload[];
      const end = trie.matchEnds[c] as number;
      if (acceptUnit(gz, keys, i, prev, items, end)) {
        mEnd = end;
        mItems = items;
        mKey = trie.matchKeys[c] as string;
        break;
      }
    }
    if (mItems && mEnd > i + 1 && choose(mItems, prev)?.k === 'coref') {
      // «the Assembly of Mayors ...»: a longer name starting inside the coreference phrase wins
      const inner = trie.longestAt(keys, i + 1);
      if (inner && inner.end > mEnd && inner.items.some((x) => x.k === 'ent')) {
        out.push(unit('w', start, ends[i] as number, text, keys[i] as string, undefined, false));
        i++;
        continue;
      }
    }
    if (mItems) {
      const p = choose(mItems, prev) as Payload;
      const last = ends[mEnd - 1] as number;
      const k = p.k;
      const single = mEnd === i + 1;
      out.push(unit(k, start, last, single ? text : full.slice(start, last), single ? (keys[i] as string) : mKey, p, false));
      i = mEnd;
      continue;
    }
    const isWord = text.length > 1 || isWordChar(text.charCodeAt(0));
    out.push(unit(isWord ? 'w' : 'p', start, ends[i] as number, text, keys[i] as string, undefined, false));
    i++;
  }
  return out;
}

/** An entity mention item of that type (not an aside). */
function entityItemOf(x: Item | undefined, kind: EntityType): x is Extract<Item, { t: 'm' }> {
  return x?.t === 'm' && x.m.kind === 'entity' && x.m.ref?.type === kind && !x.m.aside;
}

/** The article-level chunker over sentences (keeps coreference state between calls). */
export class Chunker {
  constructor(
    private readonly gz: Gazetteer,
    readonly state: ArticleState,
  ) {}

  /** A linked entity; `fa` is the surface form as written (the corpus convention), `en` the label. */
  private refOf(id: string, surface: string, canonical = false): Ref {
    const e = this.gz.entities.get(id);
    if (!e) return { type: 'org', fa: surface, candidate: true };
    const fa = canonical || !/[؀-ۿ]/.test(surface) ? e.fa || surface : surface.replace(/\s+/g, ' ');
    return { id, type: e.type, fa, en: e.en };
  }

  private nameLike(u: Unit | undefined): boolean {
    if (!u) return false;
    if (u.k === 'given' || u.part) return true;
    if (u.k === 'ent' && u.pl?.k === 'ent' && u.pl.type === 'person') return true;
    if (u.k !== 'w') return false;
    if (this.gz.common.has(u.key) || u.key.length < 2 || notNameKey(u.key)) return false;
    if (/[0-9]/.test(u.key)) return false;
    if (this.state.lang === 'en') return /^[A-Z]/.test(u.text);
    return !LATIN.test(u.text);
  }

  /**
   * The end of a Central Asian name starting at unit a (2–4 name-like words with a «جان/بیک» part or a
   * patronymic last word: «عبدالله جان نظراف», «اولوغ‌بیک رسولاف», «علی اف»), or a when there is none.
   */
  private centralAsianName(us: Unit[], a: number): number {
    let b = a;
    let part = false;
    let end = a;
    while (b < us.length && b - a < 4 && (this.nameLike(us[b]) || ((us[b] as Unit).k === 'w' && namePartKey((us[b] as Unit).key)))) {
      const k = (us[b] as Unit).key;
      if (b > a && namePartKey(k)) part = true;
      b++;
      if (b - a >= 2 && (patronymicKey(k) || k === 'اف' || k === 'اوف')) end = b;
    }
    if (end > a) return end;
    return part && b - a >= 3 ? b : a;
  }

  /** A person from units [a, b): linked if the gazetteer knows the name, else a (deduplicated) candidate. */
  private person(us: Unit[], a: number, b: number, text: string): Ref {
    const parts = us.slice(a, b);
    if (parts.length === 1 && parts[0]?.pl?.k === 'ent' && parts[0].pl.type === 'person') {
      // a surname the article already gave with a full name is that person, not a dataset namesake
      if (parts[0].pl.nameKind === 'surname') {
        const own = this.state.tails.get(parts[0].key)?.find((t) => t.keys.length === 1);
        if (own) return own.ref;
      }
      return this.refOf(parts[0].pl.id, parts[0].text);
    }
    const surface = text.slice((parts[0] as Unit).s, (parts.at(-1) as Unit).e);
    const key = parts.map((p) => p.key).join('');
    const known = this.state.people.get(key);
    if (known) return known;
    if (parts.length === 1) {
      for (const [k, r] of this.state.people) if (k.endsWith(key) && r.fa.split(/\s+/).length > 1 && keyOf(r.fa.split(/\s+/).at(-1) ?? '') === key) return r;
    }
    const ref: Ref = { type: 'person', fa: surface.replace(/\s+/g, ' '), candidate: true };
    this.state.people.set(key, ref);
    if (parts.length >= 2) {
      const keys = parts.map((p) => p.key);
      for (let t = keys.length - 1; t >= 1 && t >= keys.length - 2; t--) {
        const tail = keys.slice(t);
        if (tail.length === 1 && this.gz.common.has(tail[0] as string)) continue;
        const list = this.state.tails.get(tail[0] as string) ?? [];
        list.push({ keys: tail, ref });
        this.state.tails.set(tail[0] as string, list);
      }
    }
    return ref;
  }

  /** Chunks one sentence. `text` is the whole cleaned text; [s, e) the sentence. */
  chunk(full: string, s: number, e: number): Item[] {
    const us = units(full, s, e, this.gz);
    // A sentence without any name, title, event noun, type/coreference word or re-mentioned person
    // cannot yield a mention: skip the item building (most sentences of an article).
    let significant = false;
    for (const u of us) {
      // (a bare «معاون» is significant only with a municipality after it, and «شهرداری» is significant itself)
      if (u.k === 'w' ? this.state.tails.has(u.key) || ORG_HEAD_KEYS.has(u.key) || EN_ORG_HEAD_KEYS.has(u.key) : u.k !== 'cue' && u.k !== 'p' && !(u.pl?.k === 'role' && u.pl.w.portfolio)) {
        significant = true;
        break;
      }
    }
    if (!significant) return [];
    const items: Item[] = [];
    const st = this.state;
    if (st.sentCity) st.subjCity = st.sentCity;
    st.sentCity = undefined;
    const fullText = full;

    let i = 0;
    const n = us.length;
    // «به گزارش <source>، <name> ...»: the words right after the reporting prefix are a name
    let reportEnd = -1;
    if (us[0]?.key === 'به' && us[1]?.key === 'گزارش') {
      for (let k = 2; k < n && k < 16; k++) if (us[k]?.k === 'p' && (us[k]?.text === '،' || us[k]?.text === ',')) { reportEnd = k + 1; break; }
    }

    while (i < n) {
      const u = us[i] as Unit;
      // «به گزارش <source>، <name>» and «دیدار با <name>»: a run of unknown words there is a name
      // (English "X met Rustam Minnikhanov": capitalised words right after "met" are a name too)
      const afterMeetWith = u.k === 'w' && ((unitCue(us[i - 1], 'with') && unitCue(us[i - 2], 'meet')) || (this.state.lang === 'en' && unitCue(us[i - 1], 'meet')));
      if ((i === reportEnd || afterMeetWith) && u.k === 'w') {
        let b = i;
        while (b < n && b - i < 5 && this.nameLike(us[b]) && (us[b]?.k === 'w' || us[b]?.k === 'given') && !NOT_NAME_END.test((us[b] as Unit).key) && !NOT_NAME_WORD.test((us[b] as Unit).key)) b++;
        const nx = us[b];
        // «فعالان اقتصادی», «مسئولان استانی»: a plural noun and its adjective, not a name
        const plural = /(ان|ها|های|هایی)$/.test(u.key);
        if (b - i >= 2 && !plural && nx && (nx.k !== 'w' || this.gz.common.has(nx.key)) && plausibleNameKeys(us.slice(i, b).map((x) => x.key))) {
          const ref = this.person(us, i, b, fullText);
          this.pushM(items, newMention('person', ref, undefined), u.s, (us[b - 1] as Unit).e);
          i = b;
          continue;
        }
      }
      // honorific + name
      if (u.k === 'honor' || u.k === 'given' || (u.k === 'ent' && u.pl?.k === 'ent' && u.pl.type === 'person')) {
        const a = u.k === 'honor' ? i + 1 : i;
        let b = a;
        // a gazetteer name is matched whole (longest match): the words after it are not part of it
        // (a surname-only match that is also a first name, «علی اکبر فتحی», goes on through another given name)
        const whole = u.k === 'ent' && !(u.pl?.k === 'ent' && u.pl.nameKind === 'surname' && (us[a + 1]?.k === 'given' || (us[a + 1]?.pl?.k === 'ent' && (us[a + 1]?.pl as { type: string }).type === 'person')));
        if (whole) b = a + 1;
        else while (b < n && (b - a < 3 || (b - a < 5 && us.slice(a, b).some((x) => x.part))) && this.nameLike(us[b])) b++;
        if (u.k === 'given' && b - a < 2 && !(us[b]?.k === 'role')) {
          items.push(wordItem(u.key, u.text, u.s, u.e, i));
          i++;
          continue;
        }
        if (b > a) {
          const ref = this.person(us, a, b, fullText);
          const m: Mention = newMention('person', ref, undefined);
          i = b;
          // X از CITY
          if (us[i]?.k === 'cue' && unitCue(us[i], 'from')) {
            const ent = this.entityAt(us, i + 1, 'city');
            if (ent) {
              m.from = ent[0];
              i = ent[1];
            }
          }
          this.pushM(items, m, (us[a] as Unit).s, (us[b - 1] as Unit).e);
          continue;
        }
        if (u.k === 'honor') {
          i++;
          continue;
        }
      }
      // «به ریاست شورا رسید», «سخنگوی شورا», «منشی شورا», «عضو شورا»: the council of the city the article is about
      if ((u.k === 'role' || u.k === 'cue' || u.key === 'منشی') && us[i + 1]?.key === 'شورا' && this.state.lang === 'fa') {
        const r = u.pl?.k === 'role' ? u.pl.w.role : u.pl?.k === 'cue' && u.pl.cue === 'member' ? 'council_member' : u.key === 'منشی' ? 'council_member' : undefined;
        const role = r === 'president' ? 'council_president' : r === 'spokesperson' || r === 'council_member' || r === 'council_president' ? r : r === 'vice_president' ? 'council_member' : undefined;
        const city = st.councilCity ?? st.subjCity ?? st.lastCity;
        if (role && city) {
          const title: Title = newTitle(role, city, 'city', undefined, true);
          const prev = items.at(-1);
          const p2 = items.at(-2);
          // «X دیگر عضو شورا»: the person before «دیگر» holds it
          if (prev?.t === 'm' && prev.m.kind === 'person' && !prev.m.title) {
            prev.m.title = title;
            prev.e = (us[i + 1] as Unit).e;
          } else if (prev?.t === 'w' && prev.key === 'دیگر' && p2?.t === 'm' && p2.m.kind === 'person' && !p2.m.title) {
            items.pop();
            p2.m.title = title;
            p2.e = (us[i + 1] as Unit).e;
          } else this.pushM(items, newMention('title', undefined, title), u.s, (us[i + 1] as Unit).e);
          i += 2;
          continue;
        }
      }
      if (u.k === 'role' && u.pl?.k === 'role') {
        const w = u.pl.w;
        const t = this.title(us, i, w);
        if (w.ignore) {
          items.push(wordItem(u.key, u.text, u.s, u.e, undefined));
          i = t.end;
          continue;
        }
        if (w.portfolio && !t.orgs[0]) {
          items.push(wordItem(u.key, u.text, u.s, u.e, i));
          i++;
          continue;
        }
        if (w.plural && t.orgs.length > 0) {
          for (const [idx, org] of t.orgs.entries()) {
            if (idx > 0) items.push(sepItem('و', u.s, u.s));
            const gm = newMention('title', undefined, newTitle(w.role, org, w.org, undefined, undefined));
            gm.group = true;
            this.pushM(items, gm, u.s, t.spanEnd);
          }
          i = t.end;
          continue;
        }
        if (!t.orgs[0] && this.state.lang === 'en' && w.org !== 'org' && !w.plural) {
          const pre = this.orgBefore(items, w.org);
          if (pre) {
            t.orgs.push(pre.ref);
            items.length = pre.at;
            // «Ambassador to Iran»: the host country is not the org
            if (w.org === 'country' && us[t.end]?.key === 'to') {
              const host = this.entityAt(us, t.end + 1, 'country');
              if (host) t.end = host[1];
            }
            t.spanEnd = (us[t.end - 1] as Unit).e;
          }
        }
        if (!t.orgs[0] && !(w.org === 'country' && this.state.lang === 'fa' && /کشورمان|کشور$/.test(u.key))) {
          items.push(roleItem(w, u.s, u.e));
          i = t.end;
          continue;
        }
        const org = t.orgs[0] ?? this.refOf(this.gz.countryByIso.get('IR') ?? 'iran', 'ایران');
        // «the spokesperson of the Tehran City Council»: municipal council roles take the city (corpus convention)
        const councilOf = org.type === 'org' && org.id ? this.gz.entities.get(org.id)?.councilOf : undefined;
        const councilRole = councilOf ? (w.role === 'president' ? 'council_president' : w.role === 'spokesperson' ? 'spokesperson' : w.role === 'vice_president' || w.role === 'board_member' ? 'council_member' : undefined) : undefined;
        const title: Title = councilOf && councilRole ? newTitle(councilRole, this.refOf(councilOf, org.fa, true), 'city', undefined, undefined) : newTitle(w.role, org, w.org, w.seat ? true : undefined, undefined);
        // apposition: a person right before, or a run of unknown words before
        let prev = items.at(-1);
        // «X، شهردار Y» / «X, the mayor of Y»: drop the comma (and «the») between name and title
        if ((prev?.t === 'sep' && (prev.ch === ',' || prev.ch === '،')) || (prev?.t === 'w' && prev.key === 'the')) {
          const p2 = items.at(-2);
          const p3 = items.at(-3);
          if (p2?.t === 'm' && p2.m.kind === 'person' && (!p2.m.title || this.state.lang === 'en')) {
            items.pop();
            prev = p2;
          } else if (prev.t === 'w' && p2?.t === 'sep' && p3?.t === 'm' && p3.m.kind === 'person' && (!p3.m.title || this.state.lang === 'en')) {
            items.pop();
            items.pop();
            prev = p3;
          }
          else if ((prev.t === 'sep' && p2?.t === 'w') || (this.state.lang === 'en' && prev.t === 'w' && p2?.t === 'sep' && p3?.t === 'w')) {
            // «یوهان وان در برگ، سرکنسول هلند», «Hans Keller, the mayor of X»: a run of two or more name words between boundaries
            if (prev.t === 'w') items.pop();
            let r0 = items.length - 1;
            let particle = false;
            while (r0 > 0 && items.length - 1 - r0 < 5) {
              const it = items[r0 - 1] as Item;
              const uu = it.t === 'w' && it.ui !== undefined ? us[it.ui] : undefined;
              if (!uu || !this.nameLike(uu) || NOT_NAME_END.test(uu.key) || NOT_NAME_WORD.test(uu.key)) break;
              if (uu.part) particle = true;
              r0--;
            }
            const len = items.length - 1 - r0;
            const bef = items[r0 - 1];
            if (len >= 2 && (len <= 3 || particle) && plausibleNameKeys(items.slice(r0, -1).map((x) => (x as { key: string }).key)) && (r0 === 0 || (bef?.t === 'sep' && bef.ch !== '(') || (bef?.t === 'w' && BOUNDARY_WORDS.has(bef.key)))) {
              const a = (items[r0] as { ui?: number }).ui as number;
              const b = ((items[items.length - 2] as { ui?: number }).ui as number) + 1;
              items.length = r0;
              const ref = this.person(us, a, b, fullText);
              this.pushM(items, newMention('person', ref, title), (us[a] as Unit).s, t.spanEnd);
              i = t.end;
              continue;
            }
          }
          // a person who already has a title: this is a second one («, the mayor of X and president of Y» handled below)
          if (prev?.t === 'm' && prev.m.title) {
            items.push(sepItem('و', u.s, u.s));
            prev = items.at(-1);
          }
        }
        // «X, mayor of Y and president of Z»: a second title of the same person
        const p2 = items.at(-2);
        if (prev?.t === 'sep' && prev.ch === 'و' && p2?.t === 'm' && p2.m.kind === 'person' && p2.m.title && p2.m.ref && p2.m.title.role !== w.role && org.type === 'org') {
          (p2.m.more ??= []).push(title);
          items.pop();
          p2.e = t.spanEnd;
          st.lastOrg = org;
          i = t.end;
          continue;
        }
        // «"سالم بن ناصر آل حارثی" سرکنسول عمان»: a quoted name right before its title
        if (prev?.t === 'sep' && (prev.ch === '»' || prev.ch === '"' || prev.ch === '”') && items.at(-2)?.t === 'm' && items.at(-3)?.t === 'sep') {
          const q = items.at(-2) as Extract<Item, { t: 'm' }>;
          if (q.m.kind === 'person' && !q.m.title) {
            items.pop();
            prev = q;
          }
        }
        // «محمد دومان همچنان دبیرکل …»: an adverb of continuance between a person and the title they hold
        const beforeAdverb = items.at(-2);
        if (prev?.t === 'w' && CONTINUANCE.has(prev.key) && beforeAdverb?.t === 'm' && beforeAdverb.m.kind === 'person' && !beforeAdverb.m.title) {
          items.pop();
          prev = beforeAdverb;
        }
        if (prev?.t === 'm' && prev.m.kind === 'person' && !prev.m.title) {
          prev.m.title = title;
          prev.e = t.spanEnd;
          if (org.type === 'org') st.lastOrg = org;
          i = t.end;
          continue;
        }
        let r = items.length;
        // (up to three words, five with a particle: «یوهان وان در برگ، سرکنسول ...»)
        let particle = false;
        while (r > 0 && items.length - r < (particle ? 5 : 3)) {
          const it = items[r - 1] as Item;
          if (it.t !== 'w') break;
          const uu = it.ui !== undefined ? us[it.ui] : undefined;
          if (!this.nameLike(uu) || NOT_NAME_END.test(it.key)) break;
          if (uu?.part) particle = true;
          r--;
        }
        if (items.length - r >= 3 && !particle) r = items.length - 3;
        const before = items[r - 1];
        // «به سخنرانی شهردار»: one word after a preposition is a noun in construct, not a name
        const afterPreposition = before?.t === 'cue' && ['to', 'from', 'with', 'in', 'regarding'].includes(before.cue) && items.length - r === 1;
        const boundary = !afterPreposition && (r === 0 || before?.t === 'sep' || before?.t === 'cue' || before?.t === 'ev' || (before?.t === 'w' && BOUNDARY_WORDS.has(before.key)));
        // one unknown word is no evidence of a name («بازگشت شهردار X», «حکم شهردار X»): a given name or a known person is
        const single = items.length - r === 1 ? (items[r] as Extract<Item, { t: 'w' }>) : undefined;
        const weak = single !== undefined && !st.tails.has(single.key) && !(single.ui !== undefined && us[single.ui]?.k === 'given') && !SURNAME_SHAPE.test(single.key);
        if (r < items.length && boundary && !w.plural && !weak && plausibleNameKeys(items.slice(r).map((x) => (x as { key: string }).key))) {
          const run = items.slice(r) as { s: number; e: number }[];
          const a = (run[0] as { ui?: number }).ui ?? -1;
          const b = ((run.at(-1) as { ui?: number }).ui ?? -2) + 1;
          if (a < 0 || b <= a) {
            this.pushM(items, newMention('title', undefined, title), u.s, t.spanEnd);
            i = t.end;
            continue;
          }
          items.length = r;
          const ref = this.person(us, a, b, fullText);
          this.pushM(items, newMention('person', ref, title), (us[a] as Unit).s, t.spanEnd);
          i = t.end;
          continue;
        }
        // title then name («شهردار تهران، علیرضا زاکانی»), not «حکم شهردار مشهد، X» (a noun in construct)
        let j = t.end;
        // «سرکنسول ترکیه در تبریز، مراد اوزتورک»: a diplomat's post city between title and name
        if (w.org === 'country' && unitCue(us[j], 'in') && us[j + 1]?.pl?.k === 'ent' && (us[j + 1]?.pl as { type: string }).type === 'city' && us[j + 2]?.text === '،') j += 2;
        const commaAfter = us[j]?.k === 'p' && us[j]?.text === '،';
        if (us[j]?.k === 'p' && (us[j]?.text === '،' || (us[j]?.text === ',' && this.state.lang === 'en'))) j++;
        const nu = us[j];
        // «دبیرکل X، کیم سونگ هو، گفت»: two or three unknown words closed by a comma or a speech verb are the name
        if (commaAfter && this.state.lang === 'fa' && nu?.k === 'w' && this.nameLike(nu)) {
          let b = j;
          while (b < n && b - j < 3 && us[b]?.k === 'w' && this.nameLike(us[b]) && !NOT_NAME_END.test((us[b] as Unit).key)) b++;
          const close = us[b];
          const closed = close?.k === 'p' && (close.text === '،' || close.text === '.');
          const speech = close?.k === 'cue' && close.pl?.k === 'cue' && close.pl.cue === 'speech';
          if (b - j >= 2 && (closed || speech) && plausibleNameKeys(us.slice(j, b).map((x) => x.key))) {
            this.pushM(items, newMention('person', this.person(us, j, b, fullText), title), u.s, (us[b - 1] as Unit).e);
            i = b;
            continue;
          }
        }
        // (a noun before the title — an unknown word, or one of the nouns that are never a name, «حکم» — makes a construct)
        const construct = prev?.t === 'w' && prev.ui !== undefined && (this.nameLike(us[prev.ui]) || notNameKey(prev.key)) && this.state.lang === 'fa';
        const enName = this.state.lang === 'en' && nu?.k === 'w' && this.nameLike(nu);
        // «سفیر ازبکستان اولوغ‌بیک رسولاف»: a Central Asian name (a «جان/بیک» part or a patronymic ending) (person-names.ts)
        const caName = this.state.lang === 'fa' && nu?.k === 'w' && this.centralAsianName(us, j) > j + 1;
        if (nu && !construct && (enName || caName || nu.k === 'given' || (nu.k === 'ent' && nu.pl?.k === 'ent' && nu.pl.type === 'person'))) {
          let b = j;
          const maxName = this.state.lang === 'en' ? 4 : 3;
          while (b < n && b - j < maxName && this.nameLike(us[b])) b++;
          if (caName || this.state.lang === 'fa') b = Math.max(b, this.centralAsianName(us, j));
          if (b - j >= (nu.k === 'given' || enName || caName ? 2 : 1)) {
            this.pushM(items, newMention('person', this.person(us, j, b, fullText), title), u.s, (us[b - 1] as Unit).e);
            i = b;
            continue;
          }
        }
        this.pushM(items, newMention('title', undefined, title), u.s, t.spanEnd);
        i = t.end;
        continue;
      }
      if (u.k === 'ev' && u.pl?.k === 'ev') {
        const prevU = us[i - 1];
        let ord = prevU && prevU.k === 'w' ? parseOrdinal(prevU.text) : null;
        if (ord !== null && items.at(-1)?.t === 'w') items.pop();
        // «بیست و یکمین کنگره»: a compound ordinal (tens «و» units)
        const tens = us[i - 3];
        if (ord !== null && ord < 10 && tens?.k === 'w' && unitCue(us[i - 2], 'and')) {
          const whole = parseOrdinal(fullText.slice(tens.s, (prevU as Unit).e));
          if (whole !== null && whole > ord) {
            ord = whole;
            if (items.at(-1)?.t === 'sep') items.pop();
            if (items.at(-1)?.t === 'w') items.pop();
          }
        }
        const isThis = prevU?.k === 'cue' && prevU.pl?.k === 'cue' && prevU.pl.cue === 'this';
        let j = i + 1;
        let org: Ref | undefined;
        let end = u.e;
        let body = false;
        for (let skip = 0; j < n && skip < 5; skip++) {
          const x = us[j] as Unit;
          const ent = this.entityAt(us, j, 'org');
          if (ent) {
            org = ent[0];
            end = (us[ent[1] - 1] as Unit).e;
            j = ent[1];
            break;
          }
          if (x.k === 'p' && /["«»“”(]/.test(x.text)) { j++; continue; }
          if (x.k === 'cue' && x.pl?.k === 'cue' && x.pl.cue === 'virtual') { j++; continue; }
          // «نشست هیئت اجرایی مجمع ...»: the board is part of the event's name
          if (x.k === 'role' && x.pl?.k === 'role' && x.pl.w.seat) { body = true; j++; continue; }
          // «نشست دفتر اجرایی X», «session of the executive bureau of X»: a board of X
          if ((x.key === 'دفتر' || x.key === 'executive') && /^(اجرایی|bureau|board|committee)$/.test(us[j + 1]?.key ?? '')) { body = true; j += 2; continue; }
          // «نشست سالانه اتحادیه شهرهای ...»: an unknown organisation named after the event noun (org-phrase.ts)
          const ph = x.k === 'w' && ORG_HEAD_KEYS.has(x.key) && this.state.lang === 'fa' ? orgPhraseAt(us, j, this.gz, fullText) : null;
          const known = ph?.known !== undefined ? this.entityAt(us, ph.known, 'org') : null;
          if (ph && (ph.known === undefined || known)) {
            org = known ? known[0] : { type: 'org', fa: ph.fa, candidate: true };
            end = (us[ph.end - 1] as Unit).e;
            j = ph.end;
            break;
          }
          if (x.k === 'w' && ORG_HEAD_KEYS.has(x.key) && us[j + 1]?.k !== 'w' && st.lastOrg && keyOf(st.lastOrg.fa).startsWith(x.key)) {
            // «مجمع عمومی اتحادیه»: a bare head word names the organisation last mentioned
            org = st.lastOrg;
            end = x.e;
            j++;
            break;
          }
          if (x.k === 'w') { j++; continue; }
          // English «session of the Asian Mayors Forum»
          if (this.state.lang === 'en' && x.k === 'cue' && x.key === 'of') { j++; continue; }
          break;
        }
        let evHost: Ref | undefined;
        if (!org) {
          for (let k = i + 1; k < n && k - i <= 4; k++) {
            const x = us[k] as Unit;
            if (x.k === 'w') continue;
            if (x.k === 'ent' && x.pl?.k === 'ent' && x.pl.type === 'city') {
              evHost = this.refOf(x.pl.id, x.text);
              end = x.e;
              j = k + 1;
            }
            break;
          }
        }
        if (!org && !evHost) j = i + 1;
        const before = items.at(-1);
        if (!org && this.state.lang === 'en' && before?.t === 'm' && before.m.ref?.type === 'org') org = before.m.ref;
        let evOrg = org;
        if (!evOrg && isThis && st.lastEventItem) evOrg = st.lastEventItem.org;
        const item: Item = eventItem(u.pl.eventType, u.s, end, ord !== null ? ord : undefined, evOrg, evHost, isThis ? true : undefined, body ? true : undefined);
        items.push(item);
        if (org) {
          const c = st.orgCounts.get(org.id ?? org.fa) ?? { ref: org, n: 0 };
          c.n++;
          st.orgCounts.set(org.id ?? org.fa, c);
          st.lastOrg = org;
          noteOrg(st, org);
        }
        if (!isThis || !st.lastEventItem) st.lastEventItem = { eventType: u.pl.eventType, ...(evOrg ? { org: evOrg } : {}) };
        i = j;
        continue;
      }
      // plain words and punctuation: the common case, no lookups
      // a person named earlier in the article, by the tail of the name («قلندر شریف»)
      const tails = u.k === 'w' ? st.tails.get(u.key) : undefined;
      if (tails) {
        let hit: { keys: string[]; ref: Ref } | undefined;
        for (const t of tails) if ((!hit || t.keys.length > hit.keys.length) && t.keys.every((k, d) => us[i + d]?.key === k)) hit = t;
        if (hit && (!this.nameLike(us[i + hit.keys.length]) || i === 0 || us[i - 1]?.k === 'p')) {
          const end = i + hit.keys.length;
          this.pushM(items, newMention('person', hit.ref, undefined), u.s, (us[end - 1] as Unit).e);
          i = end;
          continue;
        }
      }
      // English «the Azerbaijani capital»: the capital city of that country
      if (u.k === 'w' && this.state.lang === 'en' && us[i + 1]?.key === 'capital' && EN_DEMONYMS[u.key]) {
        const cap = this.gz.capitals.get(EN_DEMONYMS[u.key] as string);
        if (cap) {
          this.pushM(items, newMention('entity', this.refOf(cap, u.text, true), undefined), u.s, (us[i + 1] as Unit).e);
          i += 2;
          continue;
        }
      }
      // «هیئتی از شهر X»: the delegation stands for its city
      if (u.k === 'w' && DELEGATION.has(u.key) && unitCue(us[i + 1], 'from')) {
        const c = this.entityAt(us, i + 2, 'city');
        if (c) {
          const dm = newMention('entity', c[0], undefined);
          dm.delegation = true;
          this.pushM(items, dm, u.s, (us[c[1] - 1] as Unit).e);
          i = c[1];
          continue;
        }
      }
      // an unknown English organisation («the Silk Road Cities Alliance», org-phrase.ts)
      const enOrg = st.lang === 'en' && (u.k === 'w' || u.k === 'tw' || u.k === 'ent') && /^[A-Z]/.test(u.text) ? enOrgPhraseAt(us, i) : null;
      if (enOrg) {
        this.pushM(items, newMention('entity', { type: 'org', fa: enOrg.fa, en: enOrg.fa, candidate: true }, undefined), u.s, (us[enOrg.end - 1] as Unit).e);
        i = enOrg.end;
        continue;
      }
      if (u.k === 'w' && !ORG_HEAD_KEYS.has(u.key)) {
        items.push(wordItem(u.key, u.text, u.s, u.e, i));
        i++;
        continue;
      }
      if (u.k === 'p') {
        if (SEPS.has(u.text)) items.push(sepItem(u.text, u.s, u.e));
        else items.push(wordItem(u.key, u.text, u.s, u.e, i));
        i++;
        continue;
      }
      if (u.k === 'cue' && u.pl?.k === 'cue') {
        if (u.pl.cue === 'and') items.push(sepItem('و', u.s, u.e));
        else items.push(cueItem(u.pl.cue, u.key, u.s, u.e));
        i++;
        continue;
      }
      // entity (with optional type word), or «(X)» aside
      const ent = u.k === 'ent' || u.k === 'tw' || u.k === 'coref' ? this.entityAt(us, i) : null;
      if (ent) {
        const [ref, end] = ent;
        const prevItem = items.at(-1);
        const aside = prevItem?.t === 'sep' && prevItem.ch === '(' && items.at(-2)?.t === 'm';
        const m: Mention = newMention('entity', ref, undefined);
        if (aside) m.aside = aside;
        if (us[i]?.k === 'coref') m.coref = true;
        // «بوگوتا پایتخت کلمبیا»: the appositive country is an aside
        this.pushM(items, m, (us[i] as Unit).s, (us[end - 1] as Unit).e);
        i = end;
        if (ref.type === 'city' && us[i]?.k === 'coref' && us[i]?.pl?.k === 'coref' && (us[i]?.pl as { ref: string }).ref === 'capital') {
          const c = this.entityAt(us, i + 1, 'country');
          if (c) i = c[1];
        }
        continue;
      }
      // org head word + unknown words + «(ORG)»: the bracketed org names the phrase
      if (u.k === 'w' && ORG_HEAD_KEYS.has(u.key)) {
        let j = i + 1;
        while (j < n && j - i < 8 && (us[j]?.k === 'w' || us[j]?.k === 'tw')) j++;
        // «شبکه جهانی دولت های محلی برای پایداری (ایکلی)»: a known name inside a longer one, maybe with its acronym after
        // (a one- or two-word name inside, «شبکه شهرهای یادگیری یونسکو», is the parent organisation, not this one)
        const innerOrg = j > i + 1 && j - i <= 4 ? this.entityAt(us, j, 'org') : null;
        let end = innerOrg ? innerOrg[1] : -1;
        let sure = innerOrg !== null && (us[end - 1] as Unit).text.split(/\s+/).length >= 3;
        if (innerOrg && us[end]?.text === '(') {
          const acr = this.entityAt(us, end + 1, 'org');
          if (acr && us[acr[1]]?.text === ')' && acr[0].id !== undefined && acr[0].id === innerOrg[0].id) {
            end = acr[1] + 1;
            sure = true;
          }
        }
        if (innerOrg && sure) {
          this.pushM(items, newMention('entity', innerOrg[0], undefined), u.s, (us[end - 1] as Unit).e);
          i = end;
          continue;
        }
        if (us[j]?.text === '(') {
          const inner = this.entityAt(us, j + 1, 'org');
          if (inner && us[inner[1]]?.text === ')') {
            this.pushM(items, newMention('entity', inner[0], undefined), u.s, (us[inner[1]] as Unit).e);
            i = inner[1] + 1;
            continue;
          }
        }
        // an unknown organisation: the head word and its genitive chain (org-phrase.ts)
        const ph = this.state.lang === 'fa' && !QUANTIFIERS.has(us[i - 1]?.key ?? '') ? orgPhraseAt(us, i, this.gz, fullText) : null;
        const known = ph?.known !== undefined ? this.entityAt(us, ph.known, 'org') : null;
        // «سیتی‌نت، شبکه منطقه‌ای شهرها ...»: a description in apposition to the organisation just named is
        // that organisation, not a new one; its words stay plain words
        const before = us[i - 2];
        const appositive = us[i - 1]?.text === '،' && before?.k === 'ent' && before.pl?.k === 'ent' && before.pl.type === 'org';
        if (ph && !appositive) {
          this.pushM(items, newMention('entity', known ? known[0] : { type: 'org', fa: ph.fa, candidate: true }, undefined), u.s, (us[ph.end - 1] as Unit).e);
          i = ph.end;
          continue;
        }
      }
      if (u.k === 'coref' && u.pl?.k === 'coref' && u.pl.ref === 'he' && st.lastPerson) {
        const cm = newMention('person', st.lastPerson, undefined);
        cm.coref = true;
        this.pushM(items, cm, u.s, u.e);
        i++;
        continue;
      }
      items.push(wordItem(u.key, u.text, u.s, u.e, i));
      i++;
    }
    // a dateline «تبریز - ایرنا -» names where the article was filed, not a participant
    const d0 = items[0];
    if (d0?.t === 'm' && d0.m.kind === 'entity' && d0.m.ref?.type === 'city' && items[1]?.t === 'sep' && /^[-–/]$/.test((items[1] as { ch: string }).ch)) d0.m.aside = true;
    else if (d0?.t === 'm' && d0.m.kind === 'entity' && d0.m.ref?.type === 'city' && items[1]?.t === 'sep' && /^[,،]$/.test((items[1] as { ch: string }).ch)) {
      for (let k = 2; k <= 4; k++) {
        const x = items[k];
        if (x?.t === 'sep' && /^[-–]$/.test(x.ch)) d0.m.aside = true;
        if (!x || x.t === 'm' || d0.m.aside) break;
      }
    }
    const first = items.find((x) => x.t === 'm' && !x.m.aside);
    if (first?.t === 'm' && first.m.kind === 'person' && first.m.ref) st.lastPerson = first.m.ref;
    return items;
  }

  /** Pushes a mention item and updates the article state (last city/org, counts, the council city). */
  private pushM(items: Item[], m: Mention, a: number, b: number): void {
    const st = this.state;
    items.push(mentionItem(m, a, b));
    if (m.ref && !m.aside) {
      if (m.ref.type === 'city') {
        st.lastCity = m.ref;
        if (!m.coref) st.sentCity ??= m.ref;
      }
      if (m.ref.type === 'org') {
        st.lastOrg = m.ref;
        if (!m.coref) noteOrg(st, m.ref);
        const k = m.ref.id ?? m.ref.fa;
        const c = st.orgCounts.get(k) ?? { ref: m.ref, n: 0 };
        c.n++;
        st.orgCounts.set(k, c);
      }
    }
    if (m.title?.org?.type === 'city' && (m.title.role === 'council_president' || m.title.role === 'council_member')) st.councilCity = m.title.org;
    if (m.ref?.type === 'city' && !m.aside) {
      const b1 = items.at(-2);
      const b2 = items.at(-3);
      if ((b1?.t === 'w' && b1.key === 'شورای') || (b2?.t === 'w' && b2.key === 'شورای')) st.councilCity = m.ref;
    }
    if (m.title?.org?.type === 'org' && !m.aside) {
      st.lastOrg = m.title.org;
      noteOrg(st, m.title.org);
    }
  }

  /** An entity at unit j (after an optional type word): [ref, end] or null. */
  private entityAt(us: Unit[], j: number, want?: EntityType): [Ref, number] | null {
    let u = us[j];
    let k = j;
    let viaTw: string | undefined;
    if (u?.k === 'tw' && u.pl?.k === 'tw') {
      viaTw = u.pl.t;
      k = j + 1;
      u = us[k];
    }
    if (u?.k === 'ent' && u.pl?.k === 'ent' && u.pl.type !== 'person') {
      const ref = this.refOf(u.pl.id, u.text);
      if (want && ref.type !== want) return null;
      return [ref, k + 1];
    }
    if (u?.k === 'coref' && u.pl?.k === 'coref') {
      const r = this.coref(u.pl.ref, us, k);
      if (r && (!want || r[0].type === want) && r[0].type !== 'person') return [r[0], r[1]];
    }
    // «شهر X» names a city; «شهرهای مرزی/دیگری/جهان» is a description, not a list of names
    if (viaTw === 'city' && this.nameLike(u) && u && !(us[j] as Unit).key.endsWith('های') && !/^\p{Nd}+$/u.test(us[j - 1]?.key ?? '') && !QUANTIFIERS.has(us[j - 1]?.key ?? '') && !(us[j - 1]?.pl?.k === 'ent' && (us[j - 1]?.pl as { type: string }).type === 'city') && !/ست$/.test(u.key)) {
      return [{ type: 'city', fa: u.text, candidate: true }, k + 1];
    }
    return null;
  }

  /** English «Tehran Mayor», «Kazakhstan's Ambassador»: the city/country right before a role word. */
  private orgBefore(items: Item[], kind: 'city' | 'country'): { ref: Ref; at: number } | null {
    const last = items.at(-1);
    if (entityItemOf(last, kind)) return { ref: last.m.ref as Ref, at: items.length - 1 };
    // «Omani Ambassador»: a demonym names the country
    const iso = kind === 'country' && last?.t === 'w' ? EN_DEMONYMS[last.key] : undefined;
    const id = iso ? this.gz.countryByIso.get(iso) : undefined;
    if (id && last?.t === 'w') return { ref: this.refOf(id, last.text, true), at: items.length - 1 };
    const apo = items.at(-2);
    const owner = items.at(-3);
    if (last?.t === 'w' && last.key === 's' && apo?.t === 'sep' && (apo.ch === "'" || apo.ch === '’') && entityItemOf(owner, kind)) return { ref: owner.m.ref as Ref, at: items.length - 3 };
    return null;
  }

  /** Resolves a coreference word at unit j. */
  private coref(ref: string, us: Unit[], j: number): [Ref, number] | null {
    const st = this.state;
    if (ref === 'capital') {
      // «پایتخت کلمبیا» is an appositive, not Tehran
      const next = us[j + 1];
      if (next?.k === 'ent' && next.pl?.k === 'ent' && next.pl.type === 'country') return null;
      const cap = this.gz.capitals.get('IR');
      return cap ? [this.refOf(cap, 'تهران', true), j + 1] : null;
    }
    if (ref === 'our_country') {
      const id = this.gz.countryByIso.get('IR');
      return id ? [this.refOf(id, 'ایران', true), j + 1] : null;
    }
    // «این شهر» before any city of its sentence is the previous sentence's subject, not its last list item
    if (ref === 'this_city' && (st.sentCity ? st.lastCity : st.subjCity ?? st.lastCity)) return [(st.sentCity ? st.lastCity : st.subjCity ?? st.lastCity) as Ref, j + 1];
    if (ref === 'this_org') {
      const r = orgByHead(st, (us[j] as Unit).key) ?? st.lastOrg;
      return r ? [r, j + 1] : null;
    }
    return null;
  }

  /** An entity (after an optional type word) or a resolved coreference at unit k, for a title's org. */
  private titleEntAt(us: Unit[], k: number): [Ref, number] | null {
    let x = us[k];
    let kk = k;
    if (x?.k === 'tw') { kk++; x = us[kk]; }
    if (x?.k === 'ent' && x.pl?.k === 'ent' && x.pl.type !== 'person') return [this.refOf(x.pl.id, x.text), kk + 1];
    if (x?.k === 'coref' && x.pl?.k === 'coref') return this.coref(x.pl.ref, us, kk);
    return null;
  }

  /** Parses the organisation part of a title starting at role unit i. */
  private title(us: Unit[], i: number, w: RoleWord): { orgs: Ref[]; end: number; spanEnd: number } {
    const n = us.length;
    const u = us[i] as Unit;
    let j = i + 1;
    const orgs: Ref[] = [];
    // «معاون فرهنگی اجتماعی شهرداری اصفهان», «معاون حمل و نقل شهردار تهران»: a portfolio, then the municipality
    if (w.portfolio) {
      let k = j;
      // (portfolio words may be vocabulary too: «معاون برنامه ریزی و توسعه شهری»)
      while (k < n && k - j < 7 && (us[k]?.k === 'w' || (us[k]?.k === 'cue' && us[k]?.pl?.k === 'cue' && !PORTFOLIO_STOP.has((us[k]?.pl as { cue: string }).cue)))) k++;
      const x = us[k];
      const viaMayor = x?.k === 'role' && x.pl?.k === 'role' && x.pl.w.role === 'mayor' && !x.pl.w.plural;
      if ((x?.k === 'tw' && x.pl?.k === 'tw' && x.pl.t === 'municipality') || viaMayor) {
        const e = this.titleEntAt(us, viaMayor ? k + 1 : k);
        if (e && e[0].type === 'city') return { orgs: [e[0]], end: e[1], spanEnd: (us[e[1] - 1] as Unit).e };
      }
      return { orgs, end: j, spanEnd: u.e };
    }
    // «سفیر/سرکنسول کشورمان»: the role phrase names the country itself
    if (w.org === 'country' && u.key.endsWith('کشورمان')) {
      const iran = this.gz.countryByIso.get('IR');
      if (iran) return { orgs: [this.refOf(iran, 'ایران', true)], end: j, spanEnd: u.e };
    }
    // English «mayor of (the city of) X», «mayors of X and Y»
    while (this.state.lang === 'en' && (us[j]?.key === 'of' || us[j]?.key === 'the')) j++;
    if (w.plural) {
      // «شهرداران [شهرهای] A، B و C»
      let k = j;
      for (;;) {
        const e = this.titleEntAt(us, k);
        if (!e || e[0].type !== (w.org === 'city' ? 'city' : e[0].type)) break;
        orgs.push(e[0]);
        k = e[1];
        const sep = us[k];
        if (sep && ((sep.k === 'p' && (sep.text === '،' || sep.text === ',')) || (sep.k === 'cue' && sep.pl?.k === 'cue' && sep.pl.cue === 'and'))) {
          const nx = this.titleEntAt(us, k + 1);
          if (nx) { k = k + 1; continue; }
          // an unknown city in the list («شهرداران سئول و مالمو»)
          const cand = us[k + 1];
          if (w.org === 'city' && cand && this.nameLike(cand) && cand.k === 'w' && !this.nameLike(us[k + 2])) {
            orgs.push({ type: 'city', fa: cand.text, candidate: true });
            k = k + 2;
            break;
          }
        }
        break;
      }
      return { orgs, end: orgs.length ? k : j, spanEnd: (us[Math.max(i, k - 1)] as Unit).e };
    }
    // up to a few words before the org («مدیرکل ارتباطات و امور بین الملل شهرداری شیراز», «رئیس فعلی متروپلیس»)
    const maxSkip = w.role === 'other' || w.role === 'director_general' ? 7 : w.org === 'city' ? 1 : 2;
    for (let k = j, skipped = 0; k < n && skipped <= maxSkip; k++, skipped++) {
      const x = us[k] as Unit;
      // «شهردار شهر اوش»: an unknown city after its type word; English «the mayor of Leipzig»: a capitalised unknown word
      const e = this.titleEntAt(us, k) ?? (w.org === 'city' && k === j && x.k === 'tw' ? this.entityAt(us, k, 'city') : null) ?? (w.org === 'city' && k === j && this.state.lang === 'en' && us[k - 1]?.key === 'of' && x.k === 'w' && this.nameLike(x) && !this.nameLike(us[k + 1]) ? ([{ type: 'city', fa: x.text, en: x.text, candidate: true }, k + 1] as [Ref, number]) : null);
      if (e) {
        const r = e[0];
        const okType = w.org === 'country' ? r.type === 'country' : w.org === 'city' ? r.type === 'city' : r.type === 'org' || r.type === 'city';
        if (okType) {
          orgs.push(r);
          return { orgs, end: e[1], spanEnd: (us[e[1] - 1] as Unit).e };
        }
        break;
      }
      if (x.k === 'p' && x.text !== '"' && x.text !== '«' && x.text !== '»') break;
      if (x.k === 'role' || x.k === 'ev' || x.k === 'given' || x.k === 'honor') break;
      if (x.k === 'cue' && !(x.pl?.k === 'cue' && (x.pl.cue === 'and' || x.pl.cue === 'in' || x.pl.cue === 'from') && skipped < maxSkip && w.org === 'city')) break;
      // «ریاست مجمع ...»: a bare head word names the organisation last mentioned with that head
      if (w.org === 'org' && x.k === 'w' && skipped === 0 && ORG_HEAD_KEYS.has(x.key) && this.state.lastOrg && keyOf(this.state.lastOrg.fa.split(/\s+/)[0] ?? '') === x.key) {
        orgs.push(this.state.lastOrg);
        return { orgs, end: k + 1, spanEnd: x.e };
      }
      // org candidate: «میربیزنس بانک», «انجمن X Y»
      if (w.org === 'org' && x.k === 'w') {
        let b = k;
        while (b < n && b - k < 4 && us[b]?.k === 'w') b++;
        const tailAt = us.slice(k, b).findIndex((y) => ORG_TAIL_KEYS.has(y.key));
        // the head word's genitive chain (org-phrase.ts), also through a type word («فدراسیون شهرهای ...»)
        const ph = this.state.lang === 'fa' && ORG_HEAD_KEYS.has(x.key) ? orgPhraseAt(us, k, this.gz) : null;
        if (ORG_HEAD_KEYS.has(x.key) && (b - k >= 2 || ph)) {
          // «(متروپلیس)» after it names a known organisation
          const pe = ph ? ph.end : b;
          const acr = ph?.known !== undefined ? [this.entityAt(us, ph.known, 'org')?.[0], pe - 1] as const : us[pe]?.text === '(' ? this.entityAt(us, pe + 1, 'org') : null;
          if (acr?.[0] && (ph?.known !== undefined || us[acr[1]]?.text === ')')) {
            orgs.push(acr[0]);
            return { orgs, end: acr[1] + 1, spanEnd: (us[acr[1]] as Unit).e };
          }
          // a council's commission («کمیسیون ... شورا») is no organisation of its own
          if (us[pe]?.key === 'شورا' || us[pe]?.key === 'شورای') return { orgs, end: j, spanEnd: u.e };
          orgs.push({ type: 'org', fa: ph ? ph.fa : us.slice(k, b).map((y) => y.text).join(' '), candidate: true });
          return { orgs, end: pe, spanEnd: (us[pe - 1] as Unit).e };
        }
        if (tailAt > 0) {
          const end = k + tailAt + 1;
          orgs.push({ type: 'org', fa: us.slice(k, end).map((y) => y.text).join(' '), candidate: true });
          return { orgs, end, spanEnd: (us[end - 1] as Unit).e };
        }
      }
      if (w.org === 'country' && x.k === 'tw') continue;
      // the official form of a country's name («جمهوری بولیواری ونزوئلا», «پادشاهی هلند», «سلطنت عمان»)
      if (w.org === 'country' && x.k === 'w' && COUNTRY_FORM.has(x.key) && skipped < 5) continue;
      if (skipped >= 1 && w.org !== 'city' && w.role !== 'other' && w.role !== 'director_general' && !/^(فعلی|کنونی|سابق|جدید|موقت|current|new|former)$/.test(x.key)) break;
    }
    return { orgs, end: j, spanEnd: u.e };
  }
}
