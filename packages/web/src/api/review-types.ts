/**
 * Types of the review API (claims, reconciliation), written by hand and checked against
 * packages/server/openapi.json by `openapi.test.ts` like the rest of `types.ts`.
 */
import type { EntitySummary } from './types.ts';

/** Fact kinds of the extractor (corpus format). */
export const FACT_KINDS = ['post', 'membership', 'event', 'meeting', 'agreement', 'founded', 'seat', 'proposal'] as const;
/** One fact kind. */
export type FactKind = (typeof FACT_KINDS)[number];

/** How certain an argument's link to the registry is. */
export type ArgumentLink = 'linked' | 'reconciled' | 'fuzzy' | 'ambiguous' | 'candidate';

/** An entity a claim mentions (in one slot of its fact) and its link. */
export interface ClaimArgument {
  slot: string;
  position: number;
  entity_type: string;
  name_fa: string | null;
  name_en: string | null;
  link: ArgumentLink;
  entity: EntitySummary | null;
  suggestions: EntitySummary[];
}

/** One report of a claim: a sentence of an article. `start`/`end` locate it in the article's cleaned text. */
export interface ClaimEvidence {
  id: string;
  article_id: string;
  url: string | null;
  title: string | null;
  site: string | null;
  published: string | null;
  sentence: string;
  start: number | null;
  end: number | null;
  extractor_version: string;
  confidence: number;
}

/** A contradiction found for review. */
export interface ClaimFlag {
  code: 'overlapping_term' | 'ends_before_start' | 'ordinal_mismatch' | 'already_stated';
  message: string;
  statement_ids: string[];
}

/** A claim: a proposed fact with its reports, arguments and flags. */
export interface Claim {
  id: string;
  kind: FactKind;
  status: 'proposed' | 'accepted' | 'rejected' | 'merged';
  version: number;
  fact: Record<string, unknown>;
  date: string | null;
  confidence: number;
  evidence_count: number;
  source_count: number;
  flags: ClaimFlag[];
  statement_ids: string[];
  entity_ids: string[];
  arguments: ClaimArgument[];
  evidence: ClaimEvidence[];
  decided_by: { kind: string; id: string; name: string } | null;
  decided_at: string | null;
  decision_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** Filters of the review queue, as the API takes them. */
export interface ClaimFilters {
  status?: Claim['status'];
  kind?: string;
  entity?: string;
  site?: string;
  min_confidence?: number;
  max_confidence?: number;
  from?: string;
  to?: string;
  flagged?: 'true' | 'false';
}

/** A reviewer's correction: scalar fields of the fact and argument links. */
export interface ClaimEdit {
  fact?: Record<string, string | number | boolean | null>;
  arguments?: { slot: string; position?: number; entity_id: string }[];
}

/** Result of one claim in a bulk action. */
export interface BulkResult {
  id: string;
  ok: boolean;
  version: number | null;
  error: { code: string; message: string } | null;
}

/** A name waiting for reconciliation. */
export interface ReconciliationItem {
  key: string;
  entity_type: string;
  name_fa: string | null;
  name_en: string | null;
  link: ArgumentLink;
  claim_count: number;
  suggestions: EntitySummary[];
}

/** A reconciliation decision. */
export interface ResolveInput {
  key: string;
  action: 'link' | 'create' | 'merge';
  entity_id?: string;
  duplicate_id?: string;
  names?: { lang: string; text: string }[];
  reason: string;
}
