/**
 * Search for Chinese readers. Pagefind prefix-matches every word of a query
 * anywhere on a page, so a page that contains the exact phrase can rank far
 * down. We run the exact-phrase search beside the plain one and put its
 * pages first, each group in Pagefind's own order.
 */
import type { SearchScope } from './search-scope';

/** The filters the archive's pages carry, in the order the search page shows them. */
export const SEARCH_FILTERS = ['district', 'topic', 'community', 'year'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

export type SearchSort = 'relevance' | 'newest';

/** Everything that defines a search; it lives in the URL so a search can be shared. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: SearchSort;
  /** Headlines and summaries (the default), or the whole text. */
  scope: SearchScope;
}

/**
 * Words on nearly every page of this column. Pagefind fetches one index file
 * per query word, and the file for such a word is the largest there is (at
 * 10,000 articles 小区 alone is 44 KB in the brief index and 330 KB in the full
 * text), while it tells pages apart hardly at all.
 */
export const COLUMN_WIDE_WORDS = ['小区'] as const;

/**
 * The query as Pagefind gets it: a column-wide word is taken off the start or
 * end of a term when at least two characters remain (红城湖国际广场小区 →
 * 红城湖国际广场), and a term that is only such a word is left out when other
 * terms remain. Never from the middle of a term, which would change a
 * phrase. The reader's words are still shown and highlighted as typed.
 */
export function searchableQuery(query: string): string {
  const trim = (term: string): string => {
    for (const word of COLUMN_WIDE_WORDS) {
      if (term.length - word.length < 2) continue;
      if (term.endsWith(word)) return trim(term.slice(0, -word.length));
      if (term.startsWith(word)) return trim(term.slice(word.length));
    }
    return term;
  };
  const isColumnWide = (term: string) => (COLUMN_WIDE_WORDS as readonly string[]).includes(term);
  const terms = query.split(/\s+/).filter(Boolean);
  const kept = terms.filter((term) => !isColumnWide(term));
  return (kept.length ? kept : terms).map(trim).join(' ');
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

/** A sort from the URL or the sort menu; anything else is relevance. */
export const sortFrom = (value: string | null): SearchSort => (value === 'newest' ? 'newest' : 'relevance');

/** A scope from the URL or the scope menu; anything else is the brief index. */
export const scopeFrom = (value: string | null): SearchScope => (value === 'full' ? 'full' : 'brief');

/** Reads a search from a URL's query string: ?q=电梯&district=琼山区&sort=newest&scope=full */
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
    scope: scopeFrom(params.get('scope')),
  };
}

/** The query string for a search, in a stable order; the inverse of stateFromParams. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS)
    for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  if (state.scope === 'full') params.set('scope', 'full');
  return params;
}
