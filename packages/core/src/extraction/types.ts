/**
 * Types of the extraction pipeline: the gazetteer input (a plain array so the shipped data and the
 * database can both feed it) and the facts in the corpus format (`corpus/README.md`) plus our extras
 * (linked entity id, candidate flag, evidence, confidence).
 */

/** Entity types the extractor links. */
export type EntityType = 'city' | 'org' | 'country' | 'person';

/** One name of a gazetteer entry. `kind` follows the shipped-data name kinds plus `epithet`
 * (a descriptive alias such as «پایتخت تاریخ و تمدن ایران») and `surname` (a person's family name alone). */
export interface GazetteerName {
  lang: string;
  text: string;
  kind: string;
}

/** A term of a post holding, used to resolve titles («شهردار تهران») by the article's date. */
export interface GazetteerTerm {
  /** Role of the post (corpus role vocabulary). */
  role: string;
  /** Id of the city/org/country the post belongs to. */
  org: string;
  /** Partial ISO dates; missing = open. */
  start?: string;
  end?: string;
}

/** One entity for the gazetteer, independent of where it is stored. */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  names: GazetteerName[];
  /** ISO 3166-1 alpha-2 code for cities and countries. */
  country?: string;
  /** True for a country's capital city (so «پایتخت» can be resolved). */
  capital?: boolean;
  /** For a city council (an org): the id of its city. */
  councilOf?: string;
  /** Post holdings of a person, with terms. */
  terms?: GazetteerTerm[];
}

/** An entity reference in the corpus format, with our extras. */
export interface EntityRef {
  en: string;
  fa: string;
  type: EntityType;
  /** Id of the linked gazetteer entity; absent for candidates. */
  id?: string;
  /** True for an unknown name that looks like an entity of `type` (a new-entity candidate). */
  candidate?: true;
}

/** Where a fact was read: the sentence and its character offsets in the cleaned text. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

/** Fields every extracted fact carries. */
interface FactBase {
  evidence: Evidence[];
  confidence: number;
}

export type PostHow = 'elected' | 'reelected' | 'appointed' | 'held';

export interface PostFact extends FactBase {
  kind: 'post';
  holder: EntityRef;
  role: string;
  org: EntityRef;
  on_behalf_of?: EntityRef;
  how?: PostHow;
  start?: string;
  end?: string;
}

export interface MembershipFact extends FactBase {
  kind: 'membership';
  member: EntityRef;
  org: EntityRef;
  ordinal?: number;
  category?: 'full' | 'associate';
  date?: string;
}

export type EventType = 'congress' | 'general_assembly' | 'session' | 'summit' | 'forum' | 'conference' | 'visit';

export interface EventFact extends FactBase {
  kind: 'event';
  event_type: EventType;
  name?: string;
  ordinal?: number;
  org?: EntityRef;
  host?: EntityRef;
  date?: string;
  virtual?: boolean;
  participants?: EntityRef[];
}

export interface MeetingFact extends FactBase {
  kind: 'meeting';
  participants: EntityRef[];
  place?: EntityRef;
  date?: string;
}

export interface AgreementFact extends FactBase {
  kind: 'agreement';
  agreement_type: 'sister_city' | 'mou' | 'cooperation';
  parties: EntityRef[];
  status: 'signed' | 'in_force' | 'proposed';
  date?: string;
}

export interface FoundedFact extends FactBase {
  kind: 'founded';
  org: EntityRef;
  date?: string;
  place?: EntityRef;
  initiator?: EntityRef;
}

export interface SeatFact extends FactBase {
  kind: 'seat';
  org: EntityRef;
  city: EntityRef;
  since?: string;
}

export interface ProposalFact extends FactBase {
  kind: 'proposal';
  proposer: EntityRef;
  subject: string;
}

/** Any extracted fact. */
export type Fact =
  | PostFact
  | MembershipFact
  | EventFact
  | MeetingFact
  | AgreementFact
  | FoundedFact
  | SeatFact
  | ProposalFact;

/** The fact kinds, in output order. */
export const FACT_KINDS = ['post', 'membership', 'event', 'meeting', 'agreement', 'founded', 'seat', 'proposal'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One article's extraction result (the CLI writes it as `<id>.json`). */
export interface ArticleExtraction {
  id: string;
  published: string | null;
  language: 'fa' | 'en' | 'other';
  title: string;
  facts: Fact[];
}

/** Input of `extractArticle`: raw text or HTML as scraped. */
export interface ArticleInput {
  id: string;
  text?: string;
  html?: string;
  url?: string;
  /** Publication date if known from elsewhere (ISO); otherwise read from the article. */
  published?: string | null;
}
