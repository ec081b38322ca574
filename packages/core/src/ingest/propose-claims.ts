import type { Db } from '../storage/database.js';
import { insertRows } from '../storage/query-template.js';
import type { Fact } from '../extraction/types.js';
import { recordClaims, type RecordClaimsContext } from '../claims/record-claims.js';

/** What the seam receives besides the facts. */
export interface ProposeClaimsContext extends Pick<RecordClaimsContext, 'article' | 'freshArticle' | 'resolveCache'> {
  /** Version of the extractor that produced the facts (stored with each one). */
  extractorVersion: string;
  /** ISO timestamp of the ingest transaction. */
  now: string;
}

/** Ids of the linked entities a fact mentions (every `EntityRef` with an `id`, at any depth). */
export function entityIdsOf(fact: Fact): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const rec = value as Record<string, unknown>;
      if (typeof rec.id === 'string' && typeof rec.type === 'string' && 'fa' in rec) ids.add(rec.id);
      for (const [k, v] of Object.entries(rec)) if (k !== 'evidence') visit(v);
    }
  };
  visit(fact);
  return [...ids];
}

/**
 * THE SEAM between ingest and the claims layer. Ingest calls it once per stored article, inside the
 * article's transaction (`db` is that transaction), with every fact the extractor found, so an article
 * and its facts are committed together or not at all. Returns the number of claims proposed.
 *
 * Stores each fact as a JSON row of `extracted_facts` (`<article>:<n>`, kind, confidence, extractor
 * version: the raw record of what was read) and the linked entity ids in `article_entities` (the
 * entity facet of search), then hands the facts to the claims layer (`recordClaims`), which links
 * their arguments and clusters them into claims with evidence. Returns the number of NEW claims: a
 * report of a fact already claimed adds evidence, not a claim ("count events, not articles").
 */
export async function proposeClaims(db: Db, articleId: string, facts: readonly Fact[], ctx: ProposeClaimsContext): Promise<number> {
  if (facts.length === 0) return 0;
  const rows = facts.map((fact, position) => ({
    id: `${articleId}:${position}`,
    article_id: articleId,
    position,
    kind: fact.kind,
    fact: JSON.stringify(fact),
    confidence: fact.confidence,
    extractor_version: ctx.extractorVersion,
    created_at: ctx.now,
  }));
  // Chunked: SQLite caps bound parameters per statement.
  for (let i = 0; i < rows.length; i += 100) await insertRows(db, 'extracted_facts', rows.slice(i, i + 100));
  const entities = [...new Set(facts.flatMap(entityIdsOf))].sort();
  for (let i = 0; i < entities.length; i += 100) {
    await insertRows(db, 'article_entities', entities.slice(i, i + 100).map((entity_id) => ({ article_id: articleId, entity_id })), 'nothing');
  }
  // The claims layer: facts become claims with evidence (one claim per fact stated, however many reports).
  const recorded = await recordClaims(db, articleId, facts, ctx);
  return recorded.created;
}
