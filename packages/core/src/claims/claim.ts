import type { Actor } from '../domain/actor.js';
import type { EntityType } from '../domain/entity.js';
import type { Fact, FactKind } from '../extraction/types.js';

/** Review state of a claim. `merged`: folded into another claim after its arguments were reconciled. */
export const CLAIM_STATUSES = ['proposed', 'accepted', 'rejected', 'merged'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * How an argument is linked to the registry. `linked` and `reconciled` are certain (the extractor's
 * gazetteer id, a reviewer's choice, or an earlier reconciliation of the same name); `fuzzy`
 * (one entity bears the name), `ambiguous` (several do) and `candidate` (none: a new entity) are
 * uncertain and wait in the reconciliation queue.
 */
export const ARGUMENT_LINKS = ['linked', 'reconciled', 'fuzzy', 'ambiguous', 'candidate'] as const;
export type ArgumentLink = (typeof ARGUMENT_LINKS)[number];

/** Links that need no reviewer before a claim can be accepted automatically. */
export const CERTAIN_LINKS: ReadonlySet<ArgumentLink> = new Set(['linked', 'reconciled']);

/** A claim's fact: the corpus-format fact without its evidence and confidence (they are per report). */
export type ClaimFact = Fact extends infer F ? (F extends Fact ? Omit<F, 'evidence' | 'confidence'> : never) : never;

/** An entity a claim mentions, in one field (`slot`) of its fact, and how it is linked. */
export interface ClaimArgument {
  slot: string;
  position: number;
  entityType: EntityType;
  nameFa?: string;
  nameEn?: string;
  nameKey: string;
  entityId?: string;
  link: ArgumentLink;
  /** Entity ids that could be meant (fuzzy / ambiguous links). */
  suggestions: string[];
}

/** One report of a claim: the sentence of an article that states it. */
export interface ClaimEvidence {
  id: string;
  articleId: string;
  sentence: string;
  start?: number;
  end?: number;
  extractorVersion: string;
  confidence: number;
  site?: string;
  published?: string;
  url?: string;
  title?: string;
  createdAt: string;
}

/** Codes of the contradictions a claim can be flagged with. */
export const FLAG_CODES = ['overlapping_term', 'ends_before_start', 'ordinal_mismatch', 'already_stated'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** A contradiction found for review: never resolved silently. `statementIds` are the stored facts it clashes with. */
export interface ClaimFlag {
  code: FlagCode;
  message: string;
  statementIds: string[];
}

/** A claim (domain view). `version` is the optimistic-locking counter exposed as the ETag. */
export interface Claim {
  id: string;
  kind: FactKind;
  status: ClaimStatus;
  fact: ClaimFact;
  date?: string;
  confidence: number;
  evidenceCount: number;
  sourceCount: number;
  flags: ClaimFlag[];
  statementIds: string[];
  entityIds: string[];
  mergedInto?: string;
  version: number;
  decidedAt?: string;
  decidedBy?: Actor;
  decisionReason?: string;
  createdAt: string;
  updatedAt: string;
  arguments: ClaimArgument[];
  evidence: ClaimEvidence[];
}

/** The actor recorded when the auto-accept policy accepts a claim. */
export const AUTO_ACCEPT_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'auto-accept', name: 'Auto-accept policy' });
