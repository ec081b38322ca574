import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanLines } from './chrome.js';
import type { CleanArticle } from './chrome.js';
import { parseDateValue } from './dates.js';
import type { DateValue } from './dates.js';

/** Options of `cleanHtml`. */
export interface CleanHtmlOptions {
  /** The page's address (kept for callers; relative links are not resolved). */
  url?: string;
  /** The crawl date (ISO), the reference for text dates without a year. */
  now?: string;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TR', 'TABLE', 'FIGURE', 'FIGCAPTION', 'PRE', 'DD', 'DT', 'DL', 'HR', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FORM', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const PAGE_CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Flattens a DOM subtree to text with one line per block element (paragraphs survive). */
function flatten(root: DomNode, dropPageChrome: boolean): string {
  const out: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      out.push((n.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name) || (dropPageChrome && PAGE_CHROME.has(name))) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i] as DomNode);
    if (block) out.push('\n');
  };
  walk(root);
  return out.join('').replace(/ *\n[ \n]*/g, '\n').trim();
}

interface QueryDoc {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
  title: string;
  body: DomNode | null;
}

const META_DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
  'time[itemprop="datePublished"]',
];

/** Finds `datePublished` in JSON-LD blocks (objects, arrays and @graph), preferring article types. */
function jsonLdDate(doc: QueryDoc): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let fallback: string | null = null;
  const visit = (v: unknown): string | null => {
    if (Array.isArray(v)) {
      for (const x of v) {
        const r = visit(x);
        if (r) return r;
      }
      return null;
    }
    if (v === null || typeof v !== 'object') return null;
    const o = v as Record<string, unknown>;
    const date = o['datePublished'];
    if (typeof date === 'string') {
      const type = String(o['@type'] ?? '');
      if (/Article|Posting|Report/i.test(type)) return date;
      fallback ??= date;
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      const r = visit(o[key]);
      if (r) return r;
    }
    return null;
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      const r = visit(JSON.parse(scripts[i]?.textContent ?? ''));
      if (r) return r;
    } catch {
      // malformed JSON-LD is common on news sites; the other sources still apply
    }
  }
  return fallback;
}

function metaDate(doc: QueryDoc): DateValue | null {
  const candidates: string[] = [];
  for (const sel of META_DATE_SELECTORS) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    if (v) candidates.push(v);
  }
  const ld = jsonLdDate(doc);
  if (ld) candidates.splice(1, 0, ld); // after article:published_time, before the weaker metas
  for (const c of candidates) {
    const v = parseDateValue(c);
    if (v) return v;
  }
  return null;
}

const tokens = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Readability scores and prunes by counting commas: the scorer knows «،» but the conditional cleaner
 * counts only ",", and the title-similarity tokenizer (\W) sees Persian as empty. Both are patched on
 * the instance so Persian paragraphs are not pruned as "few commas" boilerplate.
 */
function persianAwareReadability(doc: object): Readability {
  const reader = new Readability(doc as ConstructorParameters<typeof Readability>[0], { charThreshold: 250, keepClasses: false });
  const patch = reader as unknown as {
    _getCharCount: (e: { textContent: string | null }, s?: string) => number;
    _getInnerText: (e: unknown, normalize?: boolean) => string;
    _textSimilarity: (a: string, b: string) => number;
  };
  const inner = patch._getInnerText.bind(reader);
  patch._getCharCount = (e, s = ',') => {
    const text = inner(e);
    const count = text.split(s).length - 1;
    return s === ',' ? count + text.split('،').length - 1 : count;
  };
  patch._textSimilarity = (a, b) => {
    const ta = tokens(a);
    const tb = tokens(b);
    if (ta.length === 0 || tb.length === 0) return 0;
    const uniqB = tb.filter((t) => !ta.includes(t));
    return 1 - uniqB.join(' ').length / tb.join(' ').length;
  };
  return reader;
}

/**
 * Cleans an HTML news page: metadata dates first (`article:published_time`, JSON-LD `datePublished`,
 * other date metas — preferred over dates in the text), the article body via @mozilla/readability on a
 * linkedom document (patched to count Persian commas), then the flat-text cleaning of `cleanText`.
 * When Readability finds nothing or keeps far less than the page's own paragraphs, the whole page
 * minus nav/header/footer/aside is flattened and cleaned instead.
 */
export function cleanHtml(html: string, opts: CleanHtmlOptions = {}): CleanArticle {
  // A fragment (a feed item's content) has no <html>/<body>: linkedom then builds no body, so wrap it.
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const doc = document as unknown as QueryDoc;
  const published = metaDate(doc);
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null;
  const h1 = doc.querySelector('h1')?.textContent?.trim() ?? null;
  const pageText = doc.body ? flatten(doc.body, true) : '';

  let bodyText = '';
  let title: string | null = h1 || ogTitle || doc.title || null;
  try {
    const article = persianAwareReadability(document).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      const innerBody = (inner as unknown as QueryDoc).body;
      bodyText = innerBody ? flatten(innerBody, false) : '';
      title = h1 || article.title || title;
    }
  } catch {
    bodyText = '';
  }
  // Readability sometimes keeps only a fragment of RTL pages: fall back to the whole page.
  // Short pages (under Readability's threshold) come back empty: their whole text is the article.
  if ((bodyText.length < 0.3 * pageText.length && pageText.length > 200) || bodyText.length === 0) bodyText = pageText;

  const result = cleanLines(bodyText, { now: opts.now, knownTitle: title });
  return { ...result, title: result.title ?? title, published: published ?? result.published };
}
