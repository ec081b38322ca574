import type { ReactNode } from 'react';

/** A range to mark in a text: `[start, end)` UTF-16 offsets and what to render it as. */
export interface Mark {
  start: number;
  end: number;
  render(text: string, key: string): ReactNode;
}

/**
 * Splits `text` at the marks and renders the pieces: plain text as React text nodes, marked ranges
 * with their own renderer. Never builds HTML from the text (no innerHTML), so markup inside an
 * article or a search snippet stays inert text. Overlapping or out-of-range marks are clipped.
 */
export function renderMarked(text: string, marks: readonly Mark[]): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  for (const [i, m] of sorted.entries()) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(m.render(text.slice(start, end), `m${i}-${start}`));
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Text with `[start, end)` ranges shown as `<mark>` (search snippets). */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly (readonly [number, number])[] }) {
  return (
    <>
      {renderMarked(
        text,
        highlights.map(([start, end]) => ({
          start,
          end,
          render: (piece, key) => (
            <mark key={key} className="search-mark">
              {piece}
            </mark>
          ),
        })),
      )}
    </>
  );
}
