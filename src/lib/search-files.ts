/**
 * Where the search's files live under the site root. `npm run build` writes
 * them after the pages (scripts/search-index.ts); the search page reads
 * them (src/scripts/search-worker.ts).
 */
export const SEARCH_FILES = {
  /** Pagefind's index of every installment's visible text, in search terms (src/lib/search-text.ts). */
  index: 'pagefind/',
  /** Traditional → simplified characters, for the characters the site uses. */
  fold: 'pagefind/fold.json',
  /** Names of communities, districts, people and topics with their pinyin (src/pages/search-names.json.ts). */
  names: 'search-names.json',
} as const;
