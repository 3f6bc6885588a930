/**
 * Where the search's files live under the site root. `npm run build` writes
 * them after the pages (scripts/search-index.ts); the search page reads
 * them (src/scripts/search-worker.ts).
 */
export const SEARCH_FILES = {
  /** Pagefind's index of every installment's visible text, in search terms (src/lib/search-text.ts). */
  index: 'pagefind/',
  /** The index's shards and the traditional → simplified table (SearchManifest). */
  manifest: 'pagefind/search.json',
  /** Names of communities, districts, people and topics with their pinyin (src/pages/search-names.json.ts). */
  names: 'search-names.json',
} as const;

/** What the search page needs to know about the index, written by scripts/search-index.ts. */
export interface SearchManifest {
  /**
   * Folders of the index's shards, oldest installments first; the first
   * holds Pagefind's code. Pagefind's memory while indexing grows with every
   * page, so a large archive is indexed in shards of at most SHARD_PAGES.
   */
  shards: string[];
  /** Traditional → simplified, for the characters the site uses. */
  fold: Record<string, string>;
}

/**
 * Most pages in one shard of the index. Pagefind needs about 1.4 MB per
 * page while indexing (2.86 GB for 2,000 pages, docs/benchmarks.md), so a
 * shard stays under about 3.4 GB; every shard costs each query term one
 * more download, so shards are as few as that allows, of about equal size (SHARD_STEP).
 */
export const SHARD_PAGES = 2400;

/**
 * Shard sizes are rounded up to a multiple of this, so the shards' boundaries stay put while
 * installments are added (a new one then changes only the newest shard, and the others are
 * reused from the cache: scripts/search-index.ts) and the shards stay within 50 pages of equal.
 */
export const SHARD_STEP = 50;

/**
 * How many shards, and pages in each (the last may hold fewer), for a number of pages: as few
 * shards as `limit` pages each allow, of about equal size.
 */
export function shardSizes(pages: number, limit = SHARD_PAGES): { shards: number; size: number } {
  const fewest = Math.max(1, Math.ceil(pages / limit));
  const even = Math.ceil(pages / fewest);
  const size = Math.max(1, Math.min(limit, Math.ceil(even / SHARD_STEP) * SHARD_STEP));
  return { shards: Math.max(1, Math.ceil(pages / size)), size };
}

/** Each shard's language tag; page ids start with it, so a result tells its shard. */
export const shardLanguage = (shard: number) => `und-x-s${shard}`;

/** The shard a page id came from (0 for an id without one). */
export function shardOf(id: string): number {
  return Number(/-s(\d+)_/.exec(id)?.[1] ?? 0);
}
