import { AppError } from '../errors.js';

/**
 * Query parameters that only track where a reader came from. They never change the article, so two
 * URLs that differ only in them are the same article.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url',
  '_ga', '_gl', 'spm', 'cmpid', 'ocid', 'rss', 'from', 'share', 'amp',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('pk_') || TRACKING_PARAMS.has(n);
}

/**
 * The canonical form of an article URL, used as the exact-duplicate key: `https` for `http`, lower-case host
 * without `www.` and default port, no fragment, no tracking parameters (`utm_*`, `fbclid`, `gclid`, ...),
 * remaining parameters sorted, percent-escapes upper-cased, and no trailing slash after a non-empty path.
 * The same story linked from a feed, a share button and a newsletter gets one key. Throws
 * `AppError('validation_failed')` for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AppError('validation_failed', `not a URL: ${input}`, [{ path: ['url'], message: `not an absolute URL: ${input}` }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('validation_failed', `not an http(s) URL: ${input}`, [{ path: ['url'], message: 'only http and https URLs are articles' }]);
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let path = url.pathname.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return `https://${host}${port}${path}${query}`;
}

/**
 * The site of an article: the canonical host (`www.` removed), e.g. `isna.ir`. `null` when the URL is not
 * a valid http(s) URL, so a bad URL never blocks storing the article.
 */
export function siteOf(input: string): string | null {
  try {
    return new URL(canonicalUrl(input)).hostname;
  } catch {
    return null;
  }
}
