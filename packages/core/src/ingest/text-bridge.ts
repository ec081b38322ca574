import { parseHTML } from 'linkedom';

/**
 * The one place the ingest pipeline calls the text library (`@shahrnet/text`): cleaning scraped text and
 * HTML into title + body + dates, and language detection. TEMPORARY bodies until `cleanText`,
 * `cleanHtml` and `detectLanguage` land; the signatures here are what ingest relies on.
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
  /** Site name read from the chrome, when there is no URL to take it from. */
  source: string | null;
  language: 'fa' | 'en' | 'other';
}

/** Language of a text by its letters: mostly Arabic-script letters is Persian, mostly Latin is English. */
export function detectLanguageOf(text: string): 'fa' | 'en' | 'other' {
  let arabic = 0;
  let latin = 0;
  for (const ch of text.slice(0, 4000)) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (arabic === 0 && latin === 0) return 'other';
  return arabic >= latin ? 'fa' : 'en';
}

/**
 * Cleans scraped plain text. Without `knownTitle` the first non-empty line is the title and the rest the
 * body; with it (JSON records carry their title) every line is body except a repetition of the title.
 */
export function cleanScrapedText(raw: string, knownTitle?: string): CleanedArticle {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const title = knownTitle?.trim() || (lines[0] ?? '');
  const body = knownTitle?.trim() ? lines.filter((l) => l !== title) : lines.slice(1);
  const text = body.join('\n\n');
  return { title, text, published: null, crawlDate: null, source: null, language: detectLanguageOf(`${title}\n${text}`) };
}

/** Cleans an HTML page or fragment: the `<title>`/first heading is the title, block elements become paragraphs. */
export function cleanScrapedHtml(html: string, _url?: string): CleanedArticle {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, nav, footer, header, aside, noscript')) el.remove();
  const heading = document.querySelector('h1')?.textContent?.trim() ?? '';
  const title = document.querySelector('title')?.textContent?.trim() || heading;
  const blocks = [...document.querySelectorAll('p, h2, h3, h4, li, blockquote')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  const text = blocks.length ? blocks.join('\n\n') : (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const meta = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? null;
  const published = meta && /^\d{4}-\d{2}-\d{2}/.test(meta) ? { value: meta.slice(0, 10), precision: 'day' as const } : null;
  return { title, text, published, crawlDate: null, source: null, language: detectLanguageOf(`${title}\n${text}`) };
}
