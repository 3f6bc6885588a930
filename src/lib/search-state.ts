/**
 * A search as the URL holds it, so a search can be shared and back and
 * forward work: ?q=电梯&district=琼山区&sort=newest. The ranking itself is
 * src/lib/search-rank.ts.
 */

/** The filters the archive's pages carry, in the order the search page shows them. */
export const SEARCH_FILTERS = ['district', 'topic', 'community', 'year'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

export type SearchSort = 'relevance' | 'newest';

/** Everything that defines a search. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: SearchSort;
}

/** A sort from the URL or the sort menu; anything else is relevance. */
export const sortFrom = (value: string | null): SearchSort => (value === 'newest' ? 'newest' : 'relevance');

/** Reads a search from a URL's query string; unknown parameters (such as an old scope=full) are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: sortFrom(params.get('sort')),
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
