/**
 * MinHash signatures and LSH banding for near-duplicate detection (the same story syndicated by several
 * sites with different chrome or a changed sentence). Written here because it is a few lines and the npm
 * packages for it are unmaintained. The signature of an article estimates the Jaccard similarity of its
 * sets of word 3-shingles; LSH bands turn "find similar articles" into equality look-ups on an index.
 */

/** Number of hash functions in a signature. */
export const SIGNATURE_SIZE = 64;
/** Rows per LSH band; SIGNATURE_SIZE / BAND_ROWS bands. 16 bands x 4 rows: P(candidate) is 0.64 at J=0.5, 0.99 at J=0.7. */
export const BAND_ROWS = 4;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;

// Fixed seeds so that signatures are stable across processes and versions.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32((i + 1) * 0x9e3779b1));

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The MinHash signature of a sequence of (already folded) words: for each of SIGNATURE_SIZE seeded hash
 * functions, the minimum over the text's word 3-shingles. Texts shorter than a shingle use their words.
 */
export function minhashSignature(words: readonly string[]): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = words.length < SHINGLE_WORDS ? Math.min(words.length, 1) : words.length - SHINGLE_WORDS + 1;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const shingle = words.length < SHINGLE_WORDS ? words.join(' ') : words.slice(i, i + SHINGLE_WORDS).join(' ');
    const x = fnv1a(shingle);
    if (seen.has(x)) continue;
    seen.add(x);
    for (let j = 0; j < SIGNATURE_SIZE; j++) {
      const v = fmix32(x ^ (SEEDS[j] as number));
      if (v < (sig[j] as number)) sig[j] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures: the share of equal positions. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * The LSH bucket keys of a signature, one per band: band number in the high bits and a 32-bit hash of
 * the band's rows in the low bits, as a safe integer (< 2^53) so both SQLite and PostgreSQL store it as
 * an ordinary integer and look it up through one index.
 */
export function lshBuckets(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let band = 0; band * BAND_ROWS < SIGNATURE_SIZE; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix32(h ^ (sig[band * BAND_ROWS + r] as number));
    out.push(band * 2 ** 32 + h);
  }
  return out;
}

/** A signature as text (base64 of its little-endian bytes), for storage. */
export function encodeSignature(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

/** The inverse of `encodeSignature`. */
export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = bytes.readUInt32LE(i * 4);
  return sig;
}
