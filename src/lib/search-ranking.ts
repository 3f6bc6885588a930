/**
 * Search for Chinese readers. Pagefind prefix-matches every word of a query
 * anywhere on a page, so a page that contains the exact phrase can rank far
 * down. We run the exact-phrase search beside the plain one and put its
 * pages first, each group in Pagefind's own order.
 */

/** The filters the archive's pages carry, in the order the search page shows them. */
export const SEARCH_FILTERS = ['district', 'topic', 'community', 'year'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

export type SearchSort = 'relevance' | 'newest';

/** Everything that defines a search; it lives in the URL so a search can be shared. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: SearchSort;
}

/**
 * The exact-phrase form of a query: "府城街道"; several words each kept
 * whole: "府城街道" "电梯". Empty when there is nothing to search for.
 */
export function phraseQuery(query: string): string {
  const words = query.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
  return words.map((word) => `"${word}"`).join(' ');
}

/** Result ids: every exact-phrase result first, then the other results, each in its own order. */
export function mergePhraseFirst<T extends { id: string }>(phrase: readonly T[], words: readonly T[]): T[] {
  const seen = new Set(phrase.map((result) => result.id));
  return [...phrase, ...words.filter((result) => !seen.has(result.id))];
}

/** Reads a search from a URL's query string: ?q=电梯&district=琼山区&sort=newest */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string for a search, in a stable order; the inverse of stateFromParams. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS)
    for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}
