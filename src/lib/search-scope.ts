/**
 * Two search indexes, so a reader's first search stays small on a weak
 * connection. The brief index holds what identifies an installment (kicker,
 * headline, subtitle, bylines, cover caption, summary, districts, topics and
 * communities) and is what a search uses first. The full-text index adds
 * the article text and is fetched only when the reader asks for it, with one
 * tap on the search page. At 10,000 articles a first search downloads
 * 110–140 KB of index and results from the brief index, and 230–430 KB from
 * the full text (docs/benchmarks.md).
 */

/** Where a search looks: headlines and summaries, or the whole text. */
export type SearchScope = 'brief' | 'full';

/** Each index's folder under the site root; `npm run build` writes both. */
export const SEARCH_BUNDLES: Readonly<Record<SearchScope, string>> = {
  brief: 'pagefind-brief/',
  full: 'pagefind/',
};

/** Marks page parts that only the full-text index holds (the article text). */
export const FULL_TEXT_ONLY = 'data-search-full-text';

/**
 * Pagefind splits each index into chunks of about this many word
 * occurrences (its default is 20,000). Smaller chunks for the brief index
 * mean a query word fetches less; each extra chunk costs about 16 bytes in
 * the index's metadata. Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE.
 */
export const BRIEF_INDEX_CHUNK_SIZE = 5000;

/** Spread on an element (`<div {...fullTextOnly}>`) to keep it out of the brief index. */
export const fullTextOnly: Readonly<Record<string, string>> = { [FULL_TEXT_ONLY]: '' };
