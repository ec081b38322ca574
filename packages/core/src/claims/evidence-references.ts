import type { ReferenceInput } from '../domain/statement.js';
import type { Db } from '../storage/database.js';

/** The source URL of an article: its canonical URL, its given URL, or a URN naming the stored article. */
export function articleSourceUrl(a: { id: string; canonical_url: string | null; url: string | null }): string {
  return a.canonical_url ?? a.url ?? `urn:shahrnet:article:${a.id}`;
}

/**
 * The statement references of evidence rows: the article as the source (URL, title, site as
 * publisher, publication date) and the sentence as the quote, with offsets, extractor version and
 * confidence. Statements created from a claim carry one reference per report.
 */
export async function evidenceReferences(db: Db, evidenceIds: readonly string[]): Promise<ReferenceInput[]> {
  if (evidenceIds.length === 0) return [];
  const rows = await db
    .selectFrom('claim_evidence as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select(['e.id', 'e.sentence', 'e.char_start', 'e.char_end', 'e.extractor_version', 'e.confidence', 'a.id as article_id', 'a.url', 'a.canonical_url', 'a.title', 'a.site', 'a.published'])
    .where('e.id', 'in', [...evidenceIds])
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => {
    const ref: ReferenceInput = {
      source: {
        url: articleSourceUrl({ id: r.article_id, canonical_url: r.canonical_url, url: r.url }),
        ...(r.title ? { title: r.title } : {}),
        ...(r.site ? { publisher: r.site } : {}),
        ...(r.published ? { published: r.published } : {}),
      },
      extractorVersion: r.extractor_version,
      confidence: Number(r.confidence),
    };
    if (r.sentence) ref.quote = r.sentence;
    if (r.char_start !== null) ref.charStart = Number(r.char_start);
    if (r.char_end !== null) ref.charEnd = Number(r.char_end);
    return ref;
  });
}

/** The references of every report of a claim. */
export async function claimReferences(db: Db, claimId: string): Promise<ReferenceInput[]> {
  const ids = await db.selectFrom('claim_evidence').select('id').where('claim_id', '=', claimId).execute();
  return evidenceReferences(db, ids.map((r) => r.id));
}
