import { cleanHtml, cleanText, detectLanguage, normalizeDisplay, type CleanArticle, type DateValue } from '@shahrnet/text';

/**
 * The one place the ingest pipeline calls the text library (`@shahrnet/text`): site-chrome removal for
 * flattened text and HTML, the publication date (told apart from the page's crawl/header date), the
 * source agency («به گزارش X»), and the language. Ingest stores the cleaned, display-normalized text, and
 * the extractor reads exactly that text, so evidence offsets point into `articles.text`.
 */

/** A publication date with its precision (partial ISO value). */
export interface IngestDate {
  value: string;
  precision: 'year' | 'month' | 'day';
}

/** What ingest needs from a cleaned article. */
export interface CleanedArticle {
  title: string;
  /** Body text without site chrome; paragraphs separated by blank lines. */
  text: string;
  published: IngestDate | null;
  crawlDate: string | null;
  /** The agency the article cites (X in «به گزارش X»), when there is no URL to take the site from. */
  source: string | null;
  language: 'fa' | 'en' | 'other';
}

/** A text-library date as a partial ISO value at its precision (minute precision keeps the day). */
function toIngestDate(value: DateValue | null): IngestDate | null {
  if (!value) return null;
  switch (value.precision) {
    case 'year':
      return { value: value.start.slice(0, 4), precision: 'year' };
    case 'month':
      return { value: value.start.slice(0, 7), precision: 'month' };
    default:
      return { value: value.start.slice(0, 10), precision: 'day' };
  }
}

function fromClean(c: CleanArticle, knownTitle: string | undefined): CleanedArticle {
  // A record's own title gets the same display form as the body (Persian letters, ZWNJ restored).
  const title = displayTitle(knownTitle) || c.title || '';
  const language = detectLanguage(`${title}\n${c.text}`);
  return {
    title,
    text: c.text,
    published: toIngestDate(c.published),
    crawlDate: c.crawlDate ? c.crawlDate.start.slice(0, 10) : null,
    source: c.source,
    language,
  };
}

/** Language of a text by its letters (Persian, English or other). */
export function detectLanguageOf(text: string): 'fa' | 'en' | 'other' {
  return detectLanguage(text);
}

/**
 * Cleans scraped plain text (one paragraph per line): chrome removed, title found (a title repeated
 * 2-3 times is kept once), dates read from the metadata lines. `knownTitle` (JSON records carry one)
 * wins over the title read from the page, and lines repeating it are dropped.
 */
export function cleanScrapedText(raw: string, knownTitle?: string): CleanedArticle {
  return fromClean(cleanText(raw, knownTitle ? { knownTitle } : {}), knownTitle);
}

/** Cleans an HTML page through Readability; `article:published_time` / JSON-LD dates come first. */
export function cleanScrapedHtml(html: string, url?: string): CleanedArticle {
  return fromClean(cleanHtml(html, url ? { url } : {}), undefined);
}

/** The display form of a title given by an input record (Persian letters, ZWNJ restored), or ''. */
export function displayTitle(title: string | null | undefined): string {
  return title ? normalizeDisplay(title).trim() : '';
}
