import type { EntityRef, Fact } from '../extraction/types.js';
import type { Db } from '../storage/database.js';
import { createEntity } from '../registry/create-entity.js';
import { change, cityInput, networkInput, personInput } from '../testing/factories.js';

/**
 * Helpers of the claims/review/queries tests: stored articles without going through cleaning, and
 * facts in the extractor's format. The Persian sentences are written for these tests.
 */

/** Stores a minimal article row (what claim evidence points at). */
export async function seedArticle(
  db: Db,
  a: { id: string; site: string; published?: string; duplicateOf?: string; title?: string },
): Promise<void> {
  await db
    .insertInto('articles')
    .values({
      id: a.id, url: `https://${a.site}/news/${a.id}`, canonical_url: `https://${a.site}/news/${a.id}`, site: a.site,
      title: a.title ?? `گزارش ${a.id}`, language: 'fa', text: '', raw: '', raw_format: 'txt', raw_hash: a.id,
      content_hash: `h-${a.id}`, published: a.published ?? null, published_precision: a.published ? 'day' : null,
      published_year: a.published ? Number(a.published.slice(0, 4)) : null, crawl_date: null, source_path: null,
      source_record: null, ingested_at: new Date().toISOString(), duplicate_of: a.duplicateOf ?? null, similarity: null,
      minhash: null, status: 'ok', error: null, extractor_version: 'test',
    })
    .execute();
}

/** An entity reference linked to `id`, or a candidate when `id` is omitted. */
export function ref(type: EntityRef['type'], fa: string, en: string, id?: string): EntityRef {
  return id ? { type, fa, en, id } : { type, fa, en, candidate: true };
}

/** Evidence and confidence for a fact. */
export function reported(sentence: string, confidence = 0.9): { evidence: Fact['evidence']; confidence: number } {
  return { evidence: [{ sentence, start: 0, end: sentence.length }], confidence };
}

/** The registry every claims test starts from. */
export interface World {
  tehran: string;
  qazvin: string;
  hamedan: string;
  tabriz: string;
  metropolis: string;
  assembly: string;
  zakani: string;
  hanachi: string;
}

/** Creates cities, networks and people the tests talk about. */
export async function seedWorld(db: Db): Promise<World> {
  const make = async (input: Parameters<typeof createEntity>[1]): Promise<string> => (await createEntity(db, input, change('seed'))).id;
  return {
    tehran: await make(cityInput('تهران', 'Tehran', { id: 'tehran' })),
    qazvin: await make(cityInput('قزوین', 'Qazvin', { id: 'qazvin' })),
    hamedan: await make(cityInput('همدان', 'Hamedan', { id: 'hamedan' })),
    tabriz: await make(cityInput('تبریز', 'Tabriz', { id: 'tabriz' })),
    metropolis: await make(networkInput('متروپلیس', 'Metropolis', { id: 'metropolis' })),
    assembly: await make(networkInput('مجمع شهرداران کلانشهرهای ایران', 'Assembly of Mayors of Iranian Metropolises', { id: 'amim' })),
    zakani: await make(personInput('علیرضا زاکانی', 'Alireza Zakani', { id: 'alireza-zakani' })),
    hanachi: await make(personInput('پیروز حناچی', 'Pirouz Hanachi', { id: 'pirouz-hanachi' })),
  };
}
