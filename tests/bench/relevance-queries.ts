/**
 * The search relevance queries. They live in bench/lib/relevance-queries.ts
 * so that `npm run bench:search -- --corpus N` runs the same set; tests
 * import them from here.
 */
export {
  answerWords,
  DONGHU_YUAN,
  PAGE_STORIES,
  QUERY_KINDS,
  RELEVANCE_QUERIES,
  type QueryKind,
  type RelevanceQuery,
} from '../../bench/lib/relevance-queries';
