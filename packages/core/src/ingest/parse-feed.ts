import { DOMParser } from 'linkedom';
import type { IngestFailure, InputRecord } from './input-record.js';

interface XmlElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  outerHTML: string;
}

function localName(el: XmlElement): string {
  const tag = el.tagName.toLowerCase();
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(colon + 1);
}

/** First child with one of the names (namespace prefix ignored for `encoded`, exact for the rest). */
function child(el: XmlElement, ...names: string[]): XmlElement | undefined {
  const kids = Array.from(el.children);
  for (const name of names) {
    const hit = kids.find((k) => k.tagName.toLowerCase() === name || (name.includes(':') ? false : localName(k) === name && !k.tagName.includes(':')));
    if (hit) return hit;
  }
  return undefined;
}

function text(el: XmlElement | undefined): string | null {
  const t = el?.textContent?.trim();
  return t ? t : null;
}

/** An RFC 822 (RSS) or ISO (Atom) date as an ISO day, or the input unchanged when it cannot be read. */
function feedDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Reads an RSS 2.0 or Atom feed into article records, one per `<item>`/`<entry>`, taking the link, title,
 * date (`pubDate`, `dc:date`, `published`, `updated`) and the fullest body available (`content:encoded`,
 * Atom `content`, then `description`/`summary`) as HTML. Items without any body are failures naming the item.
 * linkedom's XML mode is lenient, so a truncated feed still yields its complete items.
 */
export function parseFeed(xml: string, path: string): { records: InputRecord[]; failures: IngestFailure[] } {
  const records: InputRecord[] = [];
  const failures: IngestFailure[] = [];
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    documentElement: XmlElement | null;
    querySelectorAll(selector: string): ArrayLike<XmlElement>;
  };
  const root = doc.documentElement ? localName(doc.documentElement) : '';
  if (root !== 'rss' && root !== 'feed' && root !== 'rdf') {
    return { records, failures: [{ source: path, reason: `not an RSS or Atom feed (root element <${root || 'none'}>)` }] };
  }
  const atom = root === 'feed';
  const items = Array.from(doc.querySelectorAll(atom ? 'entry' : 'item'));
  if (items.length === 0) failures.push({ source: path, reason: 'feed has no items' });
  items.forEach((item, i) => {
    const record = `item ${i + 1}`;
    let link: string | null;
    if (atom) {
      const links = Array.from(item.children).filter((k) => localName(k) === 'link');
      const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
      link = alt?.getAttribute('href') ?? null;
    } else {
      link = text(child(item, 'link')) ?? text(child(item, 'guid'));
    }
    const body = text(child(item, 'content:encoded')) ?? text(child(item, 'content')) ?? text(child(item, 'description', 'summary'));
    const title = text(child(item, 'title'));
    if (!body) {
      failures.push({ source: path, record, reason: 'feed item has no content or description' });
      return;
    }
    records.push({
      sourcePath: path,
      sourceRecord: record,
      format: atom ? 'atom' : 'rss',
      raw: item.outerHTML,
      url: link,
      title,
      published: feedDate(text(child(item, 'pubdate', 'dc:date', 'published', 'updated'))),
      html: body,
    });
  });
  return { records, failures };
}
