/// <reference lib="webworker" />
/**
 * The search itself, off the page's main thread: loads Pagefind (once per
 * visit), reads the query (src/lib/search-query.ts), asks Pagefind for each
 * stretch of it, ranks the pages (src/lib/search-rank.ts) and cuts their
 * snippets (src/lib/search-snippet.ts). The page (src/scripts/search-page.ts)
 * sends a search and asks for results in batches.
 *
 * In a worker there is no document, so Pagefind takes the language as
 * "unknown" and leaves the query's words as our terms: it never runs the
 * browser's Chinese word segmenter over them.
 */
import { SEARCH_FILES } from '../lib/search-files';
import { foldTraditional, namesContaining, pinyinToChinese, type SearchName } from '../lib/search-names';
import { pagefindQuery, parseQuery, type ParsedQuery } from '../lib/search-query';
import { rankPages, type RankedPage, type RunMatch } from '../lib/search-rank';
import { snippetOf } from '../lib/search-snippet';
import { decodeWords, runTerms, type RunTerms } from '../lib/search-text';
import type { FilterCounts, ResultItem, SearchReply, SearchRequest, WorkerRequest } from './search-messages';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; content: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const base = `${BASE}${SEARCH_FILES.index}`;
    const module = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    await module.options({ basePath: base, baseUrl: BASE });
    await module.init();
    return module;
  })();
  return pagefind;
}

interface Helpers {
  fold: Record<string, string>;
  names: SearchName[];
}
let helpers: Promise<Helpers> | undefined;
function loadHelpers(): Promise<Helpers> {
  const json = async <T>(path: string, fallback: T): Promise<T> => {
    try {
      const response = await fetch(`${BASE}${path}`);
      return response.ok ? ((await response.json()) as T) : fallback;
    } catch {
      return fallback;
    }
  };
  helpers ??= Promise.all([json(SEARCH_FILES.fold, {}), json(SEARCH_FILES.names, [])]).then(
    ([fold, names]) => ({ fold, names }),
  );
  return helpers;
}

/** The current search: its ranked pages, so later batches need no new search. */
const termCounts = (runs: readonly RunTerms[]) => runs.map((run) => (run.consecutive ? run.terms.length : 1));

/**
 * Each run's pages: Pagefind's score and match positions, and whether the
 * page holds the run exactly (its trigrams at consecutive places, which
 * Pagefind's quoted search checks). Filter counts are returned for a
 * single run, where they count exactly the pages listed.
 */
async function matchRuns(
  pf: Pagefind,
  runs: readonly RunTerms[],
  filters: Record<string, unknown>,
  sort: Record<string, unknown>,
): Promise<{ matches: Map<string, RunMatch>[]; counts: FilterCounts }> {
  const matches: Map<string, RunMatch>[] = [];
  let counts: FilterCounts = {};
  for (const run of runs) {
    const plain = await pf.search(pagefindQuery(run, false), { filters, ...sort });
    const exact = run.consecutive ? await pf.search(pagefindQuery(run, true), { filters }) : plain;
    const exactIds = new Set(exact.results.map((result) => result.id));
    const byPage = new Map<string, RunMatch>();
    for (const result of plain.results) {
      results.set(result.id, result);
      byPage.set(result.id, { score: result.score, locations: result.words, exact: exactIds.has(result.id) });
    }
    matches.push(byPage);
    if (runs.length === 1) counts = exact.filters;
  }
  return { matches, counts };
}

/** At most this many Pagefind searches to find the pieces of a query nothing holds whole. */
const MAX_PIECE_SEARCHES = 24;

/**
 * The longest pieces of a run that some page holds, left to right, each of
 * two or more units: 红城湖电梯改造 → 红城湖, 电梯改造 when no page holds the whole.
 */
async function piecesOf(pf: Pagefind, run: RunTerms, filters: Record<string, unknown>): Promise<RunTerms[]> {
  let budget = MAX_PIECE_SEARCHES;
  const held = async (piece: RunTerms) => {
    budget--;
    return (await pf.search(pagefindQuery(piece, piece.consecutive), { filters })).results.length > 0;
  };
  const pieces: RunTerms[] = [];
  let start = 0;
  while (start < run.units.length - 1 && budget > 0) {
    let found: RunTerms | undefined;
    for (let end = run.units.length; end >= start + 2 && budget > 0 && !found; end--) {
      // The whole run is known not to be held.
      if (start === 0 && end === run.units.length) continue;
      const piece = runTerms(run.units.slice(start, end));
      if (await held(piece)) found = piece;
    }
    if (found) pieces.push(found);
    start += found ? found.units.length : 1;
  }
  return pieces;
}

let current:
  | { id: number; query: ParsedQuery; pages: RankedPage[]; partial: RankedPage[]; pieces: string[] }
  | undefined;
const results = new Map<string, PagefindResult>();

async function search(request: SearchRequest): Promise<SearchReply> {
  const [pf, { fold, names }] = await Promise.all([loadPagefind(), loadHelpers()]);
  const query = parseQuery(request.query, {
    fold: (text) => foldTraditional(text, fold),
    pinyin: (word) => pinyinToChinese(word, names)[0]?.text,
  });
  const filters = Object.fromEntries(
    Object.entries(request.filters)
      .filter(([, values]) => values?.length)
      .map(([name, values]) => [name, { any: values }]),
  );
  const sort = request.sort === 'newest' ? { sort: { date: 'desc' } } : {};
  results.clear();
  if (!query.runs.length && !Object.keys(filters).length) {
    current = { id: request.id, query, pages: [], partial: [], pieces: [] };
    return reply(current, [], {});
  }

  let counts: FilterCounts = {};
  let ranked: RankedPage[];
  if (!query.runs.length) {
    // Filters only: every installment they select, newest first.
    const found = await pf.search(null, { filters, sort: { date: 'desc' } });
    counts = found.filters;
    for (const result of found.results) results.set(result.id, result);
    ranked = found.results.map((result, i) => ({
      id: result.id,
      exactRuns: 0,
      leadRuns: 0,
      score: -i,
      answer: true,
    }));
  } else {
    const found = await matchRuns(pf, query.runs, filters, sort);
    counts = found.counts;
    ranked = rankPages(found.matches, termCounts(query.runs), request.sort);
  }
  const answers = ranked.filter((page) => page.answer);
  let partial: RankedPage[] = [];
  let pieces: RunTerms[] = [];
  if (!answers.length && query.runs.length) {
    // Nothing holds the whole query: the pages holding its longest pieces, labelled as partial.
    pieces = (await Promise.all(query.runs.map((run) => piecesOf(pf, run, filters)))).flat();
    const found = await matchRuns(pf, pieces, filters, sort);
    partial = rankPages(found.matches, termCounts(pieces), request.sort).filter((page) => page.exactRuns > 0);
    counts = {};
  }
  current = { id: request.id, query, pages: answers, partial, pieces: pieces.map((piece) => piece.text) };
  const entities = query.text ? namesContaining(query.text.replace(/\s+/g, ''), names) : [];
  return reply(current, entities, counts);
}

function reply(
  search: NonNullable<typeof current>,
  entities: SearchName[],
  counts: FilterCounts,
): SearchReply {
  return {
    type: 'results',
    id: search.id,
    text: search.query.text,
    readings: search.query.readings,
    answers: search.pages.length,
    partial: search.partial.length,
    pieces: search.pieces,
    entities: entities.map(({ kind, name, url }) => ({ kind, name, url })),
    counts,
  };
}

/** Results from..from+count of the current answers (or partial matches), with their snippets. */
async function batch(
  id: number,
  list: 'answers' | 'partial',
  from: number,
  count: number,
): Promise<ResultItem[]> {
  if (!current || current.id !== id) return [];
  const pages = (list === 'answers' ? current.pages : current.partial).slice(from, from + count);
  const needles = list === 'answers' ? current.query.runs.map((run) => run.text) : current.pieces;
  return Promise.all(
    pages.map(async (page) => {
      const data = await results.get(page.id)!.data();
      const text = decodeWords(data.content.split(' '));
      const title = data.meta.title ?? data.url;
      return {
        url: data.url,
        title,
        date: data.meta.date,
        districts: data.meta.districts,
        image: data.meta.image,
        imageAlt: data.meta.image_alt,
        snippet: snippetOf(text, needles, title),
      };
    }),
  );
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const run = async () => {
    try {
      if (request.type === 'search') scope.postMessage(await search(request));
      else if (request.type === 'batch') {
        const items = await batch(request.id, request.list, request.from, request.count);
        scope.postMessage({ type: 'batch', id: request.id, list: request.list, items });
      } else if (request.type === 'filters') {
        scope.postMessage({ type: 'filters', counts: await (await loadPagefind()).filters() });
      }
    } catch (error) {
      scope.postMessage({ type: 'error', id: 'id' in request ? request.id : 0, message: String(error) });
    }
  };
  void run();
});
