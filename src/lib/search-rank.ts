/**
 * The order of search results. Pagefind finds the pages holding a query's
 * terms and scores them (BM25 with field weights); this module decides
 * what is an answer and what comes first:
 *
 * 1. Answers: pages that contain every stretch of the query exactly, as
 *    written. Anything else is at most a partial match, listed apart.
 * 2. Among answers, pages whose headline, kicker, subtitle or summary holds
 *    the query come before pages that hold it only further down.
 * 3. Then Pagefind's score (or, sorted by date, the date).
 */

/** data-pagefind-weight of the headline. */
export const HEADLINE_WEIGHT = 10;
/** data-pagefind-weight of the kicker, subtitle and summary: text at this weight or above is the lead. */
export const LEAD_WEIGHT = 5;

/**
 * Word positions reserved for the lead (headline, kicker, subtitle, summary)
 * at the start of every search document; the rest of the page starts here
 * (scripts/lib/search-documents.ts). Pagefind tells where a page matched
 * but not at what weight, so a match's place says whether it is in the lead.
 */
export const LEAD_SPAN = 400;

/** One page that holds one stretch (run) of the query. */
export interface RunMatch {
  /** Pagefind's scores of the run's terms on the page, added up. */
  score: number;
  /** Word positions where the run starts on the page, lowest first. */
  starts: readonly number[];
}

/**
 * Where a run starts on a page: the positions p such that each term i
 * matched at p + offsets[i]. `locations[i]` are the positions where term i
 * matched (Pagefind's result.words).
 */
export function runStarts(locations: readonly (readonly number[])[], offsets: readonly number[]): number[] {
  const [first, ...rest] = locations;
  if (!first) return [];
  const sets = rest.map((list) => new Set(list));
  const base = offsets[0] ?? 0;
  return [...new Set(first.map((location) => location - base))]
    .filter((start) => sets.every((set, i) => set.has(start + (offsets[i + 1] ?? 0))))
    .sort((a, b) => a - b);
}

/** A page in the merged result list. */
export interface RankedPage {
  id: string;
  /** Stretches of the query the page holds exactly. */
  exactRuns: number;
  /** Of those, how many in the headline, kicker, subtitle or summary. */
  leadRuns: number;
  score: number;
  /** Holds every stretch exactly: an answer. Otherwise a partial match. */
  answer: boolean;
}

/**
 * Merges the pages holding each stretch of a query (`runs[i]` maps a page
 * id to its match for stretch i) into one list: answers (pages holding
 * every stretch) first, then pages holding more stretches; among equals,
 * lead matches before the rest, then by score (or date, sorted newest first).
 */
export function rankPages(
  runs: readonly ReadonlyMap<string, RunMatch>[],
  order: 'relevance' | 'newest' = 'relevance',
): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  for (const matches of runs) {
    for (const [id, match] of matches) {
      if (!match.starts.length) continue;
      const page = pages.get(id) ?? { id, exactRuns: 0, leadRuns: 0, score: 0, answer: false };
      page.score += match.score;
      page.exactRuns += 1;
      if (match.starts[0]! < LEAD_SPAN) page.leadRuns += 1;
      pages.set(id, page);
    }
  }
  const ranked = [...pages.values()];
  for (const page of ranked) page.answer = page.exactRuns === runs.length;
  return ranked.sort(
    (a, b) =>
      b.exactRuns - a.exactRuns ||
      (order === 'relevance' ? b.leadRuns - a.leadRuns : 0) ||
      b.score - a.score ||
      a.id.localeCompare(b.id),
  );
}
