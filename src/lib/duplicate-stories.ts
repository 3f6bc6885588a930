/**
 * The same story twice in the archive: the same headline, or nearly the
 * same body (at least SIMILAR_BODY of their five-character pieces shared,
 * Jaccard). Used by `npm run validate` (an error) and `npm run import` (a
 * skip).
 *
 * Fast at ten thousand installments: each body is reduced once to 256
 * minimum hashes (one-permutation MinHash), bodies that agree on all eight
 * values of any of 32 bands become candidates (locality-sensitive hashing:
 * a pair at 0.8 is a candidate with probability 0.997, at 0.9 always, at
 * 0.2 — two unrelated stories in the same words — one in 20,000), and only
 * candidates are compared exactly. No other pair is compared.
 */
import { fmix32 as mix } from './hash';
import { PLACEHOLDER } from './placeholder';

/** Share of five-character pieces two bodies must have in common to be the same story. */
export const SIMILAR_BODY = 0.8;
/** Characters (letters and digits) a body needs before it is compared at all: placeholders and stubs are not stories. */
export const MIN_BODY_CHARS = 200;
const SHINGLE = 5;
const BINS = 256;
const BANDS = 32;
const ROWS = BINS / BANDS;
const EMPTY = 0xffffffff;

/** Letters and digits only: punctuation, spaces and quote styles do not make two texts different. */
export const essence = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/** Chinese characters, Latin letters and digits: the characters a body is compared on. */
const isWordChar = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122);

/** Buffers reused from one body to the next: ten thousand bodies would otherwise keep the garbage collector busy. */
const scratch = { codes: new Uint16Array(4096), hashes: new Uint32Array(4096) };

/** Lines that are not the story's words: imports, components, comments. */
const MARKUP_LINE = /^(?:import\s|export\s|<|\{\/\*)/;

/**
 * The words of an MDX body as character codes: only Chinese characters,
 * letters and digits, without imports, components, comments, heading marks
 * and paragraphs that are still placeholder text. One pass, no regular
 * expression over the text (ten thousand bodies are read on every validate).
 */
export function bodyWords(body: string): Uint16Array {
  if (scratch.codes.length < body.length) scratch.codes = new Uint16Array(body.length * 2);
  const codes = scratch.codes;
  let n = 0;
  for (let start = 0; start < body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let first = start;
    while (first < end && (body.charCodeAt(first) <= 32 || body.charCodeAt(first) === 0x3000)) first++;
    let text = first;
    while (text < end && body.charCodeAt(text) === 35 /* # */) text++;
    while (text < end && body.charCodeAt(text) === 32) text++;
    const line = body.slice(first, Math.min(end, first + 8));
    if (!MARKUP_LINE.test(line) && !body.startsWith(PLACEHOLDER, text)) {
      for (let i = text; i < end; i++) {
        const c = body.charCodeAt(i);
        if (isWordChar(c)) codes[n++] = c;
      }
    }
    start = end + 1;
  }
  return codes.slice(0, n);
}

/** 31 to the power of SHINGLE, modulo 2^32: takes a character out of the rolling hash. */
const OUT = Array.from({ length: SHINGLE }).reduce<number>((p) => Math.imul(p, 31), 1);

/** A hash of every five-character piece of a text, in order (a rolling hash, then mixed). */
function pieceHashes(words: Uint16Array, into?: Uint32Array): Uint32Array {
  const count = Math.max(0, words.length - SHINGLE + 1);
  const hashes = into && into.length >= count ? into.subarray(0, count) : new Uint32Array(count);
  let h = 0;
  for (let i = 0; i < words.length; i++) {
    h = (Math.imul(h, 31) + (words[i] ?? 0)) | 0;
    if (i >= SHINGLE) h = (h - Math.imul(OUT, words[i - SHINGLE] ?? 0)) | 0;
    if (i >= SHINGLE - 1) hashes[i - SHINGLE + 1] = mix(h);
  }
  return hashes;
}

/** The distinct five-character pieces of a text, as sorted 32-bit hashes. */
export function shingles(words: Uint16Array): Uint32Array {
  const hashes = pieceHashes(words).sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i] ?? 0;
  }
  return hashes.subarray(0, unique);
}

/** Exact Jaccard similarity of two sorted sets of hashes. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

/** One-permutation MinHash: the smallest hash in each of 256 ranges of the hash space. */
function signature(hashes: Uint32Array): Uint32Array {
  const mins = new Uint32Array(BINS).fill(EMPTY);
  for (const h of hashes) {
    const bin = h >>> 24;
    const low = h & 0xffffff;
    if (low < (mins[bin] ?? EMPTY)) mins[bin] = low;
  }
  return mins;
}

/** A story as the check sees it; `key` names it in the answers (its file). */
export interface StoryText {
  key: string;
  headline: string;
  body: string;
}

/** Why two stories are the same one. */
export interface DuplicateMatch {
  /** Key of the story already there (the earlier one). */
  of: string;
  reason: 'headline' | 'body';
  /** Body similarity, 0–1, when the bodies are compared. */
  similarity?: number | undefined;
}

interface Entry {
  key: string;
  words: Uint16Array;
}

/**
 * Stories added one at a time; each new one is matched against those
 * already added by headline and by body.
 */
export class StoryIndex {
  readonly #byHeadline = new Map<string, string>();
  readonly #buckets = new Map<number, number[]>();
  readonly #entries: Entry[] = [];

  /** The stories already added that the given one duplicates, earliest first; at most one per earlier story. */
  match(story: StoryText): DuplicateMatch[] {
    return this.#match(story).matches;
  }

  /** Adds a story and returns what it duplicates among those added before it. */
  add(story: StoryText): DuplicateMatch[] {
    const { matches, words, keys } = this.#match(story);
    const headline = essence(story.headline);
    if (headline && !this.#byHeadline.has(headline)) this.#byHeadline.set(headline, story.key);
    if (keys.length > 0) {
      const n = this.#entries.push({ key: story.key, words }) - 1;
      for (const key of keys) {
        const bucket = this.#buckets.get(key);
        if (bucket) bucket.push(n);
        else this.#buckets.set(key, [n]);
      }
    }
    return matches;
  }

  #match(story: StoryText): { matches: DuplicateMatch[]; words: Uint16Array; keys: number[] } {
    const matches: DuplicateMatch[] = [];
    const headline = essence(story.headline);
    const sameHeadline = headline ? this.#byHeadline.get(headline) : undefined;
    if (sameHeadline !== undefined) matches.push({ of: sameHeadline, reason: 'headline' });
    const words = bodyWords(story.body);
    if (words.length < MIN_BODY_CHARS) return { matches, words, keys: [] };
    if (scratch.hashes.length < words.length) scratch.hashes = new Uint32Array(words.length * 2);
    const mins = signature(pieceHashes(words, scratch.hashes));
    // One number per band: the band and a hash of its values (a collision only adds a candidate).
    const keys: number[] = [];
    for (let band = 0; band < BANDS; band++) {
      let h = band + 1;
      for (let row = band * ROWS; row < (band + 1) * ROWS; row++)
        h = mix((h ^ (mins[row] ?? 0)) + 0x9e3779b9);
      keys.push(band * 2 ** 32 + h);
    }
    const candidates = new Set<number>();
    for (const key of keys) for (const n of this.#buckets.get(key) ?? []) candidates.add(n);
    const set = candidates.size > 0 ? shingles(words) : undefined;
    for (const n of [...candidates].sort((a, b) => a - b)) {
      const entry = this.#entries[n];
      if (!entry || !set || entry.key === sameHeadline) continue;
      const similarity = jaccard(set, shingles(entry.words));
      if (similarity >= SIMILAR_BODY) matches.push({ of: entry.key, reason: 'body', similarity });
    }
    return { matches, words, keys };
  }
}

/** For every story that repeats an earlier one (in the order given), the earliest story it repeats. */
export function findDuplicates(stories: readonly StoryText[]): { key: string; match: DuplicateMatch }[] {
  const index = new StoryIndex();
  const found: { key: string; match: DuplicateMatch }[] = [];
  for (const story of stories) {
    const [first] = index.add(story);
    if (first) found.push({ key: story.key, match: first });
  }
  return found;
}
