import type { Item, Mention } from '../chunker.js';

/** True when item is a cue named one of the names (fixed arity: no array per call in the hot path). */
export function isCue(it: Item | undefined, a: string, b?: string, c?: string, d?: string): boolean {
  if (it === undefined || it.t !== 'cue') return false;
  const n = it.cue;
  return n === a || n === b || n === c || n === d;
}

/** Index of the first cue named one of the names at or after `from` (or -1). */
export function findCue(items: readonly Item[], from: number, a: string, b?: string, c?: string, d?: string): number {
  for (let i = from < 0 ? 0 : from; i < items.length; i++) if (isCue(items[i], a, b, c, d)) return i;
  return -1;
}

/** Index of the last cue named one of the names before `before` (or -1). */
export function findCueBack(items: readonly Item[], before: number, a: string, b?: string, c?: string, d?: string): number {
  for (let i = Math.min(before, items.length) - 1; i >= 0; i--) if (isCue(items[i], a, b, c, d)) return i;
  return -1;
}

const LIST_SEPS = new Set(['،', ',', 'و']);
const SKIP_WORDS = new Set(['نیز', 'هم', 'همچنین', 'مشترکا', 'also', 'jointly', 'both']);

function isComma(it: Item | undefined): boolean {
  return it?.t === 'sep' && (it.ch === '،' || it.ch === ',');
}

/** True for a list separator item. */
export function isListSep(it: Item | undefined): boolean {
  return (it?.t === 'sep' && LIST_SEPS.has(it.ch)) || isCue(it, 'along');
}

/**
 * The list of mentions starting at `from` («A، B و C», «A به همراه B»): mentions separated by list
 * separators. Asides are skipped. Returns the mentions and the index after the list.
 */
export function listAfter(items: readonly Item[], from: number): { ms: Mention[]; end: number } {
  const ms: Mention[] = [];
  let i = from;
  // «A، B» without a closing «و» is an apposition or a clause boundary, not a list
  let commaEnd = -1;
  let conj = false;
  while (i < items.length) {
    const it = items[i] as Item;
    if (it.t === 'm') {
      if (!it.m.aside) ms.push(it.m);
      i++;
      // skip an aside «(کشور چین)»
      while (items[i]?.t === 'sep' && (items[i] as { ch: string }).ch === '(') {
        let j = i + 1;
        while (j < items.length && !(items[j]?.t === 'sep' && (items[j] as { ch: string }).ch === ')') && j - i < 5) j++;
        i = j + 1;
      }
      if (isListSep(items[i]) && items[i + 1]?.t === 'm') {
        if (isComma(items[i])) {
          if (commaEnd < 0) commaEnd = ms.length;
        } else conj = true;
        i++;
        continue;
      }
      if (isListSep(items[i]) && isListSep(items[i + 1]) && items[i + 2]?.t === 'm') {
        conj = true;
        i += 2;
        continue;
      }
      break;
    }
    break;
  }
  if (!conj && commaEnd > 0) ms.length = commaEnd;
  return { ms, end: i };
}

/**
 * The list of mentions ending just before `before`, skipping words such as «نیز» and cues named in
 * `skipCues`. Returns the mentions in text order and the index of the first one.
 */
export function listBefore(items: readonly Item[], before: number, skipCues: string[] = []): { ms: Mention[]; start: number } {
  const ms: Mention[] = [];
  let i = before - 1;
  let start = before;
  let wantMention = true;
  let conj = false;
  let commaStart = -1;
  while (i >= 0) {
    const it = items[i] as Item;
    if ((it.t === 'w' && SKIP_WORDS.has(it.key)) || (it.t === 'cue' && skipCues.includes(it.cue))) {
      i--;
      continue;
    }
    if (it.t === 'sep' && it.ch === ')') {
      // skip a bracketed aside
      let j = i - 1;
      while (j >= 0 && !(items[j]?.t === 'sep' && (items[j] as { ch: string }).ch === '(') && i - j < 6) j--;
      i = j - 1;
      continue;
    }
    if (wantMention && it.t === 'm') {
      if (!it.m.aside) ms.unshift(it.m);
      start = i;
      wantMention = false;
      i--;
      continue;
    }
    if (!wantMention && isListSep(it)) {
      if (isComma(it)) {
        if (commaStart < 0 && !conj) commaStart = ms.length;
      } else conj = true;
      wantMention = true;
      i--;
      continue;
    }
    break;
  }
  if (!conj && commaStart > 0 && ms.length > commaStart) return { ms: ms.slice(ms.length - commaStart), start };
  return { ms, start };
}

/** The first mention (not an aside) of the items [from, to), with its index. */
export function firstMention(items: readonly Item[], from = 0, to = items.length): { m: Mention; i: number } | null {
  for (let i = from; i < to; i++) {
    const it = items[i] as Item;
    if (it.t === 'm' && !it.m.aside) return { m: it.m, i };
  }
  return null;
}

/** Items of a sentence up to the first of these cues (a clause ends at a verb). */
export function nextMentionAfter(items: readonly Item[], from: number, maxGap = 3): { m: Mention; i: number } | null {
  for (let i = from, gap = 0; i < items.length && gap <= maxGap; i++) {
    const it = items[i] as Item;
    if (it.t === 'm') return it.m.aside ? null : { m: it.m, i };
    if (it.t === 'sep' && (it.ch === '«' || it.ch === '»' || it.ch === '"' || it.ch === '“')) continue;
    gap++;
  }
  return null;
}

/** Index where the clause holding item `i` starts: after the last «:» or speech verb before it. */
export function clauseStart(items: readonly Item[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const it = items[j] as Item;
    if ((it.t === 'sep' && it.ch === ':') || isCue(it, 'speech')) return j + 1;
  }
  return 0;
}
