import { foldTokens } from './search-fold.js';

/** A piece of article text with the character ranges (into `text`) of the words that matched the query. */
export interface Highlighted {
  text: string;
  /** `[start, end)` offsets into `text`, ascending, non-overlapping. */
  highlights: [number, number][];
}

/**
 * Marks the words of `text` whose folded key is one of `keys` (so «كرج» in the query marks «کرج» in the
 * text). Returns the whole text; use `makeSnippet` for a window of a long text.
 */
export function highlight(text: string, keys: ReadonlySet<string>): Highlighted {
  const highlights = foldTokens(text)
    .filter((t) => keys.has(t.key))
    .map((t): [number, number] => [t.start, t.end]);
  return { text, highlights };
}

/**
 * A window of about `words` words of `text` around the densest cluster of matched words, with the matches
 * marked and `…` where text was cut. The same function serves SQLite and PostgreSQL, so snippets do not
 * depend on the database. With no match, the opening of the text.
 */
export function makeSnippet(text: string, keys: ReadonlySet<string>, words = 30): Highlighted {
  const tokens = foldTokens(text);
  if (tokens.length === 0) return { text: '', highlights: [] };
  const hit = tokens.map((t) => (keys.has(t.key) ? 1 : 0));
  let best = 0;
  let bestScore = -1;
  let score = 0;
  for (let i = 0; i < tokens.length; i++) {
    score += hit[i] as number;
    if (i >= words) score -= hit[i - words] as number;
    const start = Math.max(0, i - words + 1);
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  // Centre a little: start a few words before the first match of the window when there is room.
  const firstHit = hit.indexOf(1, best);
  if (firstHit >= 0 && firstHit - best < 3) best = Math.max(0, firstHit - 3);
  const last = Math.min(tokens.length - 1, best + words - 1);
  const from = best === 0 ? 0 : (tokens[best] as { start: number }).start;
  const to = last === tokens.length - 1 ? text.length : (tokens[last] as { end: number }).end;
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < text.length ? ' …' : '';
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  // Offsets are recomputed on the whitespace-collapsed body so they stay exact.
  const marked = highlight(body, keys);
  return {
    text: `${prefix}${body}${suffix}`,
    highlights: marked.highlights.map(([s, e]): [number, number] => [s + prefix.length, e + prefix.length]),
  };
}
