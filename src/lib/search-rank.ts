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

/** One page found for one stretch (run) of the query. */
export interface RunMatch {
  score: number;
  /** Word positions where the stretch's terms matched. */
  locations: readonly number[];
  /** True when the page holds the stretch exactly (its terms at consecutive places). */
  exact: boolean;
}

/**
 * True when `count` consecutive word positions below `before` all matched.
 * For a stretch of n ≥ 3 characters the n − 2 trigrams stand at consecutive
 * places wherever the page holds it; a stretch of one or two characters is
 * a single term (count 1).
 */
export function hasConsecutive(locations: readonly number[], count: number, before = Infinity): boolean {
  const places = new Set(locations.filter((location) => location < before));
  for (const start of places) {
    let length = 1;
    while (length < count && places.has(start + length)) length++;
    if (length >= count) return true;
  }
  return false;
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
 * Merges the pages found for each stretch of a query (`runs[i]` maps a page
 * id to its match for stretch i; `termCounts[i]` is how many terms stretch i
 * has at consecutive places) into one list: answers first, lead matches
 * before the rest, then by score.
 */
export function rankPages(
  runs: readonly ReadonlyMap<string, RunMatch>[],
  termCounts: readonly number[],
  order: 'relevance' | 'newest' = 'relevance',
): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  runs.forEach((matches, i) => {
    for (const [id, match] of matches) {
      const page = pages.get(id) ?? { id, exactRuns: 0, leadRuns: 0, score: 0, answer: false };
      page.score += match.score;
      if (match.exact) {
        page.exactRuns += 1;
        if (hasConsecutive(match.locations, termCounts[i] ?? 1, LEAD_SPAN)) page.leadRuns += 1;
      }
      pages.set(id, page);
    }
  });
  const ranked = [...pages.values()];
  for (const page of ranked) page.answer = runs.length > 0 && page.exactRuns === runs.length;
  return ranked.sort(
    (a, b) =>
      Number(b.answer) - Number(a.answer) ||
      b.exactRuns - a.exactRuns ||
      (order === 'relevance' ? b.leadRuns - a.leadRuns : 0) ||
      b.score - a.score ||
      a.id.localeCompare(b.id),
  );
}
