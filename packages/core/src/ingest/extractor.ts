import { defaultDataDir, readShippedData } from '../data-format/read-shipped-data.js';
import { buildGazetteer, gazetteerEntriesFromShipped } from '../extraction/gazetteer.js';
import { extractArticle } from '../extraction/extract-article.js';
import type { Extractor } from './ingest-record.js';

/**
 * Version recorded with every extracted fact (`extracted_facts.extractor_version`,
 * `articles.extractor_version`). Bump it when the rules change meaningfully, so facts can be re-extracted
 * selectively.
 */
export const EXTRACTOR_VERSION = 'rules-1';

/**
 * An extractor that finds nothing: ingest stores and indexes articles without proposing claims
 * (`shahrnet ingest --no-extract`, and benchmarks that measure storage alone).
 */
export const NO_EXTRACTION: Extractor = { version: 'none', extract: () => [] };

/**
 * The rule-based extractor of `extraction/` over a gazetteer built from the shipped dataset (`dataDir`,
 * default the repository's `data/`). The article's cleaned text is what the extractor reads, so evidence
 * offsets point into `articles.text`; the publication date the ingest found is passed on for relative
 * dates and titles resolved by date.
 */
export async function createExtractor(dataDir: string = defaultDataDir()): Promise<Extractor> {
  const data = await readShippedData(dataDir);
  const gazetteer = buildGazetteer(
    gazetteerEntriesFromShipped([...data.countries, ...data.cities, ...data.organizations, ...data.people, ...data.memberships]),
  );
  return {
    version: EXTRACTOR_VERSION,
    extract: (article) =>
      extractArticle(
        { id: article.id, text: article.text, ...(article.url ? { url: article.url } : {}), published: article.published?.value ?? null },
        gazetteer,
      ).facts,
  };
}
