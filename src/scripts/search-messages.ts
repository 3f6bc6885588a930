/**
 * Messages between the search page (src/scripts/search-page.ts) and its
 * worker (src/scripts/search-worker.ts).
 */
import type { SearchFilterName, SearchSort } from '../lib/search-state';
import type { SearchName } from '../lib/search-names';
import type { PinyinReading } from '../lib/search-query';
import type { SnippetPart } from '../lib/search-snippet';

/** Pagefind's filter counts: filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchRequest {
  type: 'search';
  id: number;
  query: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: SearchSort;
}
export interface BatchRequest {
  type: 'batch';
  id: number;
  list: 'answers' | 'partial';
  from: number;
  count: number;
}
/** Filter counts for the current answers (asked when the filters are open). */
export interface CountsRequest {
  type: 'counts';
  id: number;
}
export type WorkerRequest = SearchRequest | BatchRequest | CountsRequest;

/** One result as the page shows it. */
export interface ResultItem {
  url: string;
  title: string;
  date?: string | undefined;
  districts?: string | undefined;
  image?: string | undefined;
  imageAlt?: string | undefined;
  snippet: SnippetPart[];
}

export interface SearchReply {
  type: 'results';
  id: number;
  /** The query as searched (simplified, pinyin read as Chinese). */
  text: string;
  readings: PinyinReading[];
  /** Pages holding the whole query. */
  answers: number;
  /** When there are no answers: pages holding some of its pieces. */
  partial: number;
  /** The pieces those pages hold. */
  pieces: string[];
  /** Communities, people, topics and districts whose names match. */
  entities: Pick<SearchName, 'kind' | 'name' | 'url'>[];
}
export interface BatchReply {
  type: 'batch';
  id: number;
  list: 'answers' | 'partial';
  items: ResultItem[];
}
export interface CountsReply {
  type: 'counts';
  id: number;
  counts: FilterCounts;
}
export interface ErrorReply {
  type: 'error';
  id: number;
  message: string;
}
export type WorkerReply = SearchReply | BatchReply | CountsReply | ErrorReply;
