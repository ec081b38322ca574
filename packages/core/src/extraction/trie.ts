/**
 * Multi-pattern matcher over token match keys. Patterns are phrases; a phrase's key is the
 * concatenation of its token keys, so «کلان شهر» and «کلانشهر», «مونته ویدئو» and «مونته‌ویدئو» are the
 * same pattern. A match must start at a token start and end at a token end (so «تهرانی» never matches
 * «تهران»), and the longest match wins. Character trie: matching costs one map step per character.
 */

interface Node<T> {
  next: Map<number, Node<T>>;
  items: T[] | null;
}

const node = <T>(): Node<T> => ({ next: new Map(), items: null });

/** A longest-match phrase matcher over token keys. */
export class KeyTrie<T> {
  private readonly root: Node<T> = node<T>();
  /** Node reached from the root by a whole token key (null: no pattern starts so). Tokens repeat a lot. */
  private readonly firstStep = new Map<string, Node<T> | null>();
  /** Results of the last `matchesAt` call. */
  readonly matchEnds: number[] = [];
  readonly matchHits: (readonly T[])[] = [];
  /** Maximum number of tokens a match may span. */
  maxTokens = 12;
  size = 0;

  /** Adds `item` under the phrase key `key` (already folded, no spaces). Empty keys are ignored. */
  add(key: string, item: T): void {
    if (!key) return;
    let n = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = n.next.get(c);
      if (!child) {
        child = node<T>();
        n.next.set(c, child);
      }
      n = child;
    }
    if (!n.items) n.items = [];
    n.items.push(item);
    this.size++;
    this.firstStep.clear();
  }

  /** Items stored under exactly `key`. */
  get(key: string): readonly T[] {
    let n: Node<T> | undefined = this.root;
    for (let i = 0; i < key.length && n; i++) n = n.next.get(key.charCodeAt(i));
    return n?.items ?? [];
  }

  /**
   * Every match starting at token `from` of `keys` (token keys), shortest first: `matchEnds[c]` is the
   * index one past the last token of match c and `matchHits[c]` its items, for c < the returned count.
   * The arrays are reused by the next call. (For callers that choose among the matches themselves.)
   */
  matchesAt(keys: readonly string[], from: number): number {
    const k0 = keys[from];
    if (!k0) return 0;
    let n: Node<T> | undefined | null = this.firstStep.get(k0);
    if (n === undefined) {
      let x: Node<T> | undefined = this.root;
      for (let i = 0; i < k0.length && x; i++) x = x.next.get(k0.charCodeAt(i));
      n = x ?? null;
      if (this.firstStep.size > 50_000) this.firstStep.clear();
      this.firstStep.set(k0, n);
    }
    if (!n) return 0;
    const ends = this.matchEnds;
    const hits = this.matchHits;
    let count = 0;
    if (n.items) {
      ends[count] = from + 1;
      hits[count++] = n.items;
    }
    const last = Math.min(keys.length, from + this.maxTokens);
    if (n.next.size > 0) {
      for (let j = from + 1; j < last && n; j++) {
        const k = keys[j] as string;
        if (!k) break;
        for (let i = 0; i < k.length && n; i++) n = n.next.get(k.charCodeAt(i));
        if (!n) break;
        if (n.items) {
          ends[count] = j + 1;
          hits[count++] = n.items;
        }
      }
    }
    return count;
  }

  /**
   * The longest match starting at token `from` of `keys` (token keys). Returns the index one past the
   * last token matched and the items, or null. `accept` can reject an item set (then shorter matches
   * are tried).
   */
  longestAt(
    keys: readonly string[],
    from: number,
    accept?: (items: readonly T[], end: number) => boolean,
  ): { end: number; items: readonly T[] } | null {
    const count = this.matchesAt(keys, from);
    for (let i = count - 1; i >= 0; i--) {
      const items = this.matchHits[i] as readonly T[];
      const end = this.matchEnds[i] as number;
      if (!accept || accept(items, end)) return { end, items };
    }
    return null;
  }
}
