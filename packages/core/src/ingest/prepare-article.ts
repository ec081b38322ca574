import { parsePartialDate } from '../domain/partial-date.js';
import { canonicalUrl, siteOf } from '../articles/canonical-url.js';
import { contentHashOfWords, foldTokens, rawHash } from '../articles/search-fold.js';
import { lshBuckets, minhashSignature } from '../articles/minhash.js';
import { AppError } from '../errors.js';
import { cleanScrapedHtml, cleanScrapedText, displayTitle, type CleanedArticle, type IngestDate } from './text-bridge.js';
import type { InputRecord } from './input-record.js';

/** An article cleaned and keyed, ready for duplicate checks, extraction and storage. Pure data. */
export interface PreparedArticle {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  site: string | null;
  title: string;
  language: 'fa' | 'en' | 'other';
  text: string;
  raw: string;
  rawFormat: InputRecord['format'];
  rawHash: string;
  contentHash: string;
  published: IngestDate | null;
  crawlDate: string | null;
  sourcePath: string;
  sourceRecord: string | null;
  /** Folded words of title + text, for the search index. */
  searchBody: string;
  signature: Uint32Array;
  buckets: number[];
}

/** The id of an article: derived from its content hash, so the same article gets the same id in every run. */
export function articleIdFor(hash: string): string {
  return `art_${hash.slice(0, 24)}`;
}

/** The id of a failed record: derived from its raw hash, in its own namespace (never equal to an article id). */
export function failedIdFor(rawHash: string): string {
  return `art_failed_${rawHash.slice(0, 24)}`;
}

/**
 * Reads a date given by an input record: ISO date or date-time, `YYYY-MM`, `YYYY`, or `jalali:...`.
 * Returns null for what it cannot read (the cleaned page's own date is used instead).
 */
export function parseInputDate(value: string | null | undefined): IngestDate | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(v);
  try {
    const d = parsePartialDate(iso ? (iso[1] as string) : v);
    return { value: d.value, precision: d.precision };
  } catch {
    return null;
  }
}

/**
 * Cleans a record (text or HTML through the text library), takes its URL, title and date from the record
 * when given (they beat what is read from the page), and computes the keys: canonical URL, content hash
 * of the folded text, MinHash signature and LSH buckets, and the folded search body.
 * Throws `AppError('validation_failed')` when nothing is left after cleaning.
 */
export function prepareArticle(record: InputRecord): PreparedArticle {
  const cleaned: CleanedArticle = record.html
    ? cleanScrapedHtml(record.html, record.url ?? undefined)
    : cleanScrapedText(record.text ?? '', record.title ?? undefined);
  const title = displayTitle(record.title) || cleaned.title;
  const text = cleaned.text.trim() ? cleaned.text : title === cleaned.title ? '' : cleaned.title;
  if (!text.trim()) {
    throw new AppError('validation_failed', 'no article text left after cleaning', [
      { source: record.sourcePath, message: `${record.sourceRecord ?? 'file'}: no article text left after cleaning` },
    ]);
  }
  let canonical: string | null = null;
  if (record.url) {
    try {
      canonical = canonicalUrl(record.url);
    } catch {
      canonical = null; // a malformed URL does not make the article unusable; it is kept in `url`
    }
  }
  const words = foldTokens(text).map((t) => t.key);
  const hash = contentHashOfWords(words);
  const signature = minhashSignature(words);
  const titleWords = title ? foldTokens(title).map((t) => t.key) : [];
  return {
    id: articleIdFor(hash),
    url: record.url ?? null,
    canonicalUrl: canonical,
    site: (record.url ? siteOf(record.url) : null) ?? cleaned.source,
    title,
    language: cleaned.language,
    text,
    raw: record.raw,
    rawFormat: record.format,
    rawHash: rawHash(record.raw),
    contentHash: hash,
    published: parseInputDate(record.published) ?? cleaned.published,
    crawlDate: cleaned.crawlDate,
    sourcePath: record.sourcePath,
    sourceRecord: record.sourceRecord,
    searchBody: [...titleWords, ...words].join(' '),
    signature,
    buckets: lshBuckets(signature),
  };
}
