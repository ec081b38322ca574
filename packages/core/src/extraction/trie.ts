/**
 * Multi-pattern matcher over token match keys. Patterns are phrases; a phrase's key is the
 * concatenation of its token keys, so «کلان شهر» and «کلانشهر», «مونته ویدئو» and «مونته‌ویدئو» are the
 * same pattern. A match must start at a token start and end at a token end (so «تهرانی» never matches
 * «تهران»), and the longest match wins. A character trie, walked a token at a time: each node memoizes
 * where a whole token key leads from it, and the root step can be an array look-up by token id.
 */

interface Node<T> {
  next: Map<number, Node<T>>;
  items: T[] | null;
  /** The phrase key this node ends (set where `items` is). */
  key: string;
  /** Whether any pattern goes on from here (`next` is not empty: read without touching the map). */
  more: boolean;
  /** Memo of whole-token steps from this node: token key -> node reached (null: none). See `step`. */
  tok: Map<string, Node<T> | null> | null;
}

const node = <T>(): Node<T> => ({ next: new Map(), items: null, key: '', more: false, tok: null });

/** Bound on the memoized token steps of all nodes together (they are dropped all at once beyond it). */
const MAX_MEMO = 100_000;

/** A longest-match phrase matcher over token keys. */
export class KeyTrie<T> {
  private readonly root: Node<T> = node<T>();
  /** Nodes holding a token-step memo, and the memos' total size (bounded by MAX_MEMO). */
  private memoNodes: Node<T>[] = [];
  private memoSize = 0;
  /**
   * Root steps by token id (see `matchesAt`): undefined = not yet computed. Valid for the ids of one
   * `idEpoch`; an array index is cheaper than the root memo's hash look-up on every token.
   */
  private rootById: (Node<T> | null | undefined)[] = [];
  private idEpoch = -1;
  /** Results of the last `matchesAt` call. */
  readonly matchEnds: number[] = [];
  readonly matchHits: (readonly T[])[] = [];
  /** The phrase key of each match of the last `matchesAt` call (the concatenated token keys). */
  readonly matchKeys: string[] = [];
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
        n.more = true;
      }
      n = child;
    }
    if (!n.items) n.items = [];
    n.items.push(item);
    n.key = key;
    this.size++;
    this.dropMemo();
  }

  /** Makes room for token id `id` (dense storage, no holes: a sparse array is a dictionary in V8). */
  private growIds(id: number, epoch: number): void {
    const size = Math.max(1024, 2 ** Math.ceil(Math.log2(id + 1)));
    const next = new Array<Node<T> | null | undefined>(size).fill(undefined);
    if (epoch === this.idEpoch) for (let i = 0; i < this.rootById.length; i++) next[i] = this.rootById[i];
    this.rootById = next;
    this.idEpoch = epoch;
  }

  private dropMemo(): void {
    for (const m of this.memoNodes) m.tok = null;
    this.memoNodes = [];
    this.memoSize = 0;
    this.rootById = [];
  }

  /**
   * The node reached from `n` by the characters of one token key, null when no pattern continues so.
   * Memoized per node: news vocabulary repeats and token keys are interned strings (their hash is
   * cached), so one map look-up replaces a look-up per character - the character walk was ~10% of
   * extraction. The memo is bounded (MAX_MEMO entries over all nodes).
   */
  private step(n: Node<T>, k: string): Node<T> | null {
    let memo = n.tok;
    if (memo !== null) {
      const hit = memo.get(k);
      if (hit !== undefined) return hit;
    }
    let x: Node<T> | undefined = n;
    for (let i = 0; i < k.length && x; i++) x = x.next.get(k.charCodeAt(i));
    const r = x ?? null;
    if (this.memoSize >= MAX_MEMO) {
      this.dropMemo();
      memo = null;
    }
    if (memo === null) {
      memo = new Map();
      n.tok = memo;
      this.memoNodes.push(n);
    }
    memo.set(k, r);
    this.memoSize++;
    return r;
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
   * `matchKeys[c]` its phrase key. The arrays are reused by the next call. (For callers that choose
   * among the matches themselves; `longestAt` does not touch them, so an acceptance test may call it.)
   *
   * `ids` (optional): a small non-negative integer per token that stands for its key, -1 for none,
   * valid while `epoch` is unchanged - the tokenizer's intern slots (`scanTokens`). The step from the
   * root, taken for every token of a text, is then an array look-up.
   */
  matchesAt(keys: readonly string[], from: number, ids?: Int32Array, epoch = 0): number {
    return this.collect(keys, from, ids, epoch, this.matchEnds, this.matchHits, this.matchKeys);
  }

  private readonly scratchEnds: number[] = [];
  private readonly scratchHits: (readonly T[])[] = [];
  private readonly scratchKeys: string[] = [];

  private collect(keys: readonly string[], from: number, ids: Int32Array | undefined, epoch: number, ends: number[], hits: (readonly T[])[], mkeys: string[]): number {
    const k0 = keys[from];
    if (!k0) return 0;
    let n: Node<T> | null;
    const id = ids ? (ids[from] as number) : -1;
    if (id >= 0) {
      if (epoch !== this.idEpoch || id >= this.rootById.length) this.growIds(id, epoch);
      const hit = this.rootById[id];
      if (hit !== undefined) n = hit;
      else {
        let x: Node<T> | undefined = this.root;
        for (let i = 0; i < k0.length && x; i++) x = x.next.get(k0.charCodeAt(i));
        n = x ?? null;
        this.rootById[id] = n;
      }
    } else n = this.step(this.root, k0);
    if (!n) return 0;
    let count = 0;
    if (n.items) {
      ends[count] = from + 1;
      mkeys[count] = n.key;
      hits[count++] = n.items;
    }
    const last = Math.min(keys.length, from + this.maxTokens);
    for (let j = from + 1; j < last && n.more; j++) {
      const k = keys[j] as string;
      if (!k) break;
      n = this.step(n, k);
      if (!n) break;
      if (n.items) {
        ends[count] = j + 1;
        mkeys[count] = n.key;
        hits[count++] = n.items;
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
    const count = this.collect(keys, from, undefined, 0, this.scratchEnds, this.scratchHits, this.scratchKeys);
    for (let i = count - 1; i >= 0; i--) {
      const items = this.scratchHits[i] as readonly T[];
      const end = this.scratchEnds[i] as number;
      if (!accept || accept(items, end)) return { end, items };
    }
    return null;
  }
}
