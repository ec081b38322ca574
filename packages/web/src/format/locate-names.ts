/**
 * Finding names inside a sentence, tolerant of the spelling differences of Persian news: Arabic ي/ك
 * and Persian ی/ک, hamza forms, ZWNJ or a space between word parts, diacritics, tatweel, Persian or
 * Latin digits, Latin case. Used to highlight a claim's arguments in place in its evidence sentence
 * (the API gives the sentence and the names, not the names' offsets).
 */

const MAP: Record<string, string> = {
  ي: 'ی',
  ى: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
};

// Characters dropped entirely: diacritics (harakat, superscript alef, hamza above), tatweel.
const DROP = /[\u064B-\u065F\u0670\u0654\u0640]/;
// Characters that separate word parts: ZWNJ, ZWJ and whitespace all fold to nothing, so
// «می‌روند», «می روند» and «میروند» compare equal.
const JOINER = /[\u200c\u200d\s]/;

function foldChar(ch: string): string {
  if (DROP.test(ch) || JOINER.test(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  return (MAP[ch] ?? ch).toLowerCase();
}

/** A folded text and, for each folded character, the offset of the original character it came from. */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i] as string);
    for (const c of f) {
      folded += c;
      offsets.push(i);
    }
  }
  return { folded, offsets };
}

/** A located name: `[start, end)` offsets into the original text and which input it was (index). */
export interface NameSpan {
  start: number;
  end: number;
  index: number;
}

/**
 * Every occurrence of each name in `text`, as `[start, end)` ranges of the original text, longest
 * names first and without overlaps (a shorter name inside a longer one already marked is skipped).
 * `names[i]` may hold several spellings of one argument (Persian and English); `index` says which
 * argument matched. Result sorted by start.
 */
export function locateNames(text: string, names: readonly (readonly string[])[]): NameSpan[] {
  const { folded, offsets } = foldWithOffsets(text);
  const candidates = names
    .flatMap((spellings, index) => spellings.map((s) => ({ key: foldWithOffsets(s).folded, index })))
    .filter((c) => c.key.length >= 2)
    .sort((a, b) => b.key.length - a.key.length);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const spans: NameSpan[] = [];
  for (const { key, index } of candidates) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(key, from);
      if (at < 0) break;
      from = at + 1;
      const start = offsets[at] as number;
      const end = (offsets[at + key.length - 1] as number) + 1;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      spans.push({ start, end, index });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
