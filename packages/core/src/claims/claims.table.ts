/**
 * Row types of the claims layer (what the database stores; `claim.ts` has the domain view).
 * JSON is text and timestamps are ISO text, as in the registry, so both dialects share one schema.
 */

/**
 * One claim: a fact proposed by extraction (or edited by a reviewer), reported by one or more
 * articles. It is not a statement: accepting it creates the statements (and the event, agreement
 * or proposal entities) it stands for, whose ids are kept in `statement_ids`/`entity_ids`.
 */
export interface ClaimsTable {
  id: string;
  /** Fact kind of the corpus format: post, membership, event, meeting, agreement, founded, seat, proposal. */
  kind: string;
  /** Kind plus the identities of the key arguments: claims with the same key are candidates to be one. */
  match_key: string;
  /** `proposed`, `accepted`, `rejected`, or `merged` (folded into `merged_into` after a reconciliation). */
  status: string;
  /** The fact without evidence (JSON), after reviewer edits. */
  fact: string;
  /** The main date of the fact (start / date / since), partial ISO, for filters and clustering. */
  date_value: string | null;
  /** Highest confidence over the evidence. */
  confidence: number;
  evidence_count: number;
  /** Independent sources: distinct original stories (near-duplicates count once) on distinct sites. */
  source_count: number;
  /**
   * The two counts `source_count` is the smaller of: distinct original stories, and distinct sites (an
   * article without a site counts as its own). Kept so a new report updates them without reading every
   * report of the claim; null on claims recorded before they existed (recounted at their next report).
   */
  root_count: number | null;
  site_count: number | null;
  /** JSON array of `ClaimFlag` (contradictions found for review). */
  flags: string;
  /** JSON arrays of what accepting created or touched. */
  statement_ids: string;
  entity_ids: string;
  merged_into: string | null;
  /** Optimistic-locking counter exposed as the ETag. */
  version: number;
  decided_at: string | null;
  decided_by_kind: string | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decision_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** One report of a claim: a sentence of an article. Id `<article>:<fact position>:<evidence position>`. */
export interface ClaimEvidenceTable {
  id: string;
  claim_id: string;
  article_id: string;
  sentence: string;
  char_start: number | null;
  char_end: number | null;
  extractor_version: string;
  confidence: number;
  /** Copies of the article's site and publication date (filters need no join). */
  site: string | null;
  published: string | null;
  /** The fact as read in this article (JSON): what an edit or a disagreement is compared with. */
  fact: string;
  created_at: string;
}

/**
 * An argument of a claim (an entity it mentions) and how it is linked: `linked` (the extractor's or
 * a reviewer's id), `reconciled` (by an earlier reconciliation of the same name), `fuzzy` (one entity
 * has this name but the link is a guess), `ambiguous` (several do), `candidate` (none: a new entity).
 */
export interface ClaimArgumentsTable {
  claim_id: string;
  /** Field of the fact: holder, org, on_behalf_of, member, host, participants, parties, place, initiator, city, proposer. */
  slot: string;
  position: number;
  /** Registry entity type (city, country, organization, person). */
  entity_type: string;
  name_fa: string | null;
  name_en: string | null;
  /** `nameKey` of the name: the identity of a candidate and the reconciliation key. */
  name_key: string;
  entity_id: string | null;
  link: string;
  /** JSON array of entity ids that could be meant (fuzzy/ambiguous). */
  suggestions: string;
}

/** A reviewer's decision that a name of a type means an entity: applied to every later claim with that name. */
export interface ReconciliationsTable {
  entity_type: string;
  name_key: string;
  entity_id: string;
  actor_kind: string;
  actor_id: string;
  reason: string | null;
  created_at: string;
}

/**
 * The cluster index of event and meeting claims: one row per `clusterTerms` term of a claim (organizer
 * and host pair, organizer, host, participants). Clustering looks up the claims a report can be
 * `compatible` with by these terms; their match-key buckets (a type and a year, a month) grow with the
 * corpus. Rewritten with the claim's arguments.
 */
export interface ClaimMatchTermsTable {
  term: string;
  claim_id: string;
}
