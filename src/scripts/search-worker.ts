/// <reference lib="webworker" />
/**
 * The search itself, off the page's main thread: loads Pagefind and the
 * search manifest (once per visit), reads the query (src/lib/search-query.ts),
 * asks Pagefind where each term of each stretch stands, keeps the pages
 * that hold every stretch exactly and ranks them (src/lib/search-rank.ts),
 * applies filters and counts them, and cuts snippets
 * (src/lib/search-snippet.ts). The page (src/scripts/search-page.ts) sends
 * a search and asks for results in batches.
 *
 * In a worker there is no document, so Pagefind takes the language as
 * "unknown" and leaves the query's words as our terms: it never runs the
 * browser's Chinese word segmenter over them.
 */
import { SEARCH_FILES, shardOf, type SearchManifest } from '../lib/search-files';
import { foldTraditional, namesContaining, pinyinToChinese, type SearchName } from '../lib/search-names';
import { parseQuery, type ParsedQuery } from '../lib/search-query';
import { rankPages, runStarts, type RankedPage, type RunMatch } from '../lib/search-rank';
import type { SearchFilterName } from '../lib/search-state';
import { findAll, snippetOf } from '../lib/search-snippet';
import { decodeWords, runTerms, TERM_UNITS, type RunTerms } from '../lib/search-text';
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
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
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

async function json<T>(path: string, fallback: T): Promise<T> {
  try {
    const response = await fetch(`${BASE}${path}`);
    return response.ok ? ((await response.json()) as T) : fallback;
  } catch {
    return fallback;
  }
}

interface Search {
  pagefind: Pagefind;
  fold: Record<string, string>;
  names: SearchName[];
}
let loaded: Promise<Search> | undefined;
/** Pagefind with every shard of the index, the fold table and the names: fetched together, once. */
function load(): Promise<Search> {
  loaded ??= (async () => {
    const base = `${BASE}${SEARCH_FILES.index}`;
    const [pagefind, manifest, names] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<Pagefind>,
      json<SearchManifest>(SEARCH_FILES.manifest, { shards: [SEARCH_FILES.index], fold: {} }),
      json<SearchName[]>(SEARCH_FILES.names, []),
    ]);
    await pagefind.options({ basePath: base, baseUrl: BASE });
    await pagefind.init();
    // Later shards share the first one's code; each brings its own page list and index.
    await Promise.all(
      manifest.shards.slice(1).map((shard) => pagefind.mergeIndex(`${BASE}${shard}`, { baseUrl: BASE })),
    );
    return { pagefind, fold: manifest.fold, names };
  })();
  return loaded;
}

/** Each filter value's page ids. */
type FilterSets = Map<SearchFilterName, Map<string, Set<string>>>;

/** Each filter value's pages (from filter-only searches), fetched when filters are first needed. */
let filterSets: Promise<FilterSets> | undefined;
function loadFilterSets(pagefind: Pagefind) {
  filterSets ??= (async () => {
    const all = await pagefind.filters();
    const sets: FilterSets = new Map();
    for (const [name, values] of Object.entries(all)) {
      const byValue = new Map<string, Set<string>>();
      for (const value of Object.keys(values)) {
        const found = await pagefind.search(null, { filters: { [name]: [value] } });
        byValue.set(value, new Set(found.results.map((result) => result.id)));
      }
      sets.set(name as SearchFilterName, byValue);
    }
    return sets;
  })();
  return filterSets;
}

type Filters = SearchRequest['filters'];

/** Whether a page passes the filters: any chosen value of each filter. */
function passes(id: string, filters: Filters, sets: FilterSets, except?: SearchFilterName) {
  return Object.entries(filters).every(
    ([name, values]) =>
      name === except ||
      !values?.length ||
      values.some((value) =>
        sets
          .get(name as SearchFilterName)
          ?.get(value)
          ?.has(id),
      ),
  );
}

/**
 * A page's place in newest-first order across shards: Pagefind, sorting by
 * date, scores by place within each shard, and newer shards hold newer
 * installments.
 */
const newestScore = (result: PagefindResult) => shardOf(result.id) * 1e7 + result.score;

/** A page's text as the reader sees it, from the words Pagefind keeps for it. */
const pageText = (data: { content: string }) => decodeWords(data.content.split(' '));

/** Results Pagefind returned this visit, by page id, for their data. */
const results = new Map<string, PagefindResult>();
/** Pagefind's answer per term, kept for the visit: pieces and later searches reuse them. */
const termCache = new Map<string, Promise<PagefindResult[]>>();

function searchTerm(pagefind: Pagefind, term: string, newest: boolean): Promise<PagefindResult[]> {
  const key = `${newest ? 'n' : 'r'}:${term}`;
  let found = termCache.get(key);
  if (!found) {
    found = pagefind.search(term, newest ? { sort: { date: 'desc' } } : {}).then(({ results: list }) =>
      list.map((result) => {
        results.set(result.id, result);
        return newest ? { ...result, score: newestScore(result) } : result;
      }),
    );
    termCache.set(key, found);
  }
  return found;
}

/**
 * Whether a page's text holds a run, read from its fragment (the words
 * Pagefind keeps as the page's text).
 */
async function holds(result: PagefindResult, run: RunTerms): Promise<boolean> {
  return findAll(pageText(await result.data()), [run.text]).length > 0;
}

/**
 * The shards whose answers for a one- or two-unit run are real. Pagefind
 * 1.6, when no term in a shard starts with the query term, matches a
 * shorter start of it instead (167名 → 167…), and then every page it
 * reports from that shard lacks the run. So the best page of each shard is
 * read: if it holds the run, the shard's answers are real.
 */
async function realShards(found: readonly PagefindResult[], run: RunTerms): Promise<Set<number>> {
  const best = new Map<number, PagefindResult>();
  for (const result of found) {
    const shard = shardOf(result.id);
    const current = best.get(shard);
    if (!current || result.score > current.score) best.set(shard, result);
  }
  const checked = await Promise.all(
    [...best].map(async ([shard, result]) => [shard, await holds(result, run)] as const),
  );
  return new Set(checked.filter(([, real]) => real).map(([shard]) => shard));
}

/**
 * The pages holding a run exactly, with where it starts on each. Three or
 * more units: the pages Pagefind's exact search finds holding every
 * trigram whole (it never shortens a term), where the plain search's places
 * put each trigram at its offset from one start; scored by the plain
 * search. One or two units: the plain (prefix) search, from the shards
 * where it is real.
 */
async function matchRun(pagefind: Pagefind, run: RunTerms, newest: boolean): Promise<Map<string, RunMatch>> {
  const matches = new Map<string, RunMatch>();
  const scored = await Promise.all(run.terms.map(({ term }) => searchTerm(pagefind, term, newest)));
  if (run.units.length < TERM_UNITS) {
    const found = scored[0] ?? [];
    const real = await realShards(found, run);
    for (const result of found) {
      if (real.has(shardOf(result.id))) matches.set(result.id, { score: result.score, starts: result.words });
    }
    return matches;
  }
  // Exact search: the pages holding each trigram whole (it reports only the first place on a page).
  const exact = await Promise.all(run.terms.map(({ term }) => searchTerm(pagefind, `"${term}"`, false)));
  const holding = exact.map((list) => new Set(list.map((result) => result.id)));
  const offsets = run.terms.map((term) => term.offset);
  // On those pages the plain search's places are real: their shard holds the term, so nothing was shortened.
  const byId = scored.map((list) => new Map(list.map((result) => [result.id, result])));
  for (const id of holding[0] ?? []) {
    if (!holding.every((set) => set.has(id))) continue;
    const found = byId.map((map) => map.get(id));
    if (found.some((result) => !result)) continue;
    const starts = runStarts(
      found.map((result) => result!.words),
      offsets,
    );
    if (starts.length)
      matches.set(id, { score: found.reduce((sum, result) => sum + result!.score, 0), starts });
  }
  return matches;
}

/** At most this many pieces tried for a query nothing holds whole. */
const MAX_PIECE_TRIES = 24;

/**
 * The longest pieces of a run that some page holds, left to right, each of
 * two or more units: 红城湖电梯改造 → 红城湖, 电梯, 改造 when no page holds the whole.
 */
async function piecesOf(pagefind: Pagefind, run: RunTerms): Promise<RunTerms[]> {
  let budget = MAX_PIECE_TRIES;
  const pieces: RunTerms[] = [];
  let start = 0;
  while (start < run.units.length - 1 && budget > 0) {
    let found: RunTerms | undefined;
    for (let end = run.units.length; end >= start + 2 && budget > 0 && !found; end--) {
      // The whole run is known not to be held.
      if (start === 0 && end === run.units.length) continue;
      const piece = runTerms(run.units.slice(start, end));
      budget--;
      if ((await matchRun(pagefind, piece, false)).size) found = piece;
    }
    if (found) pieces.push(found);
    start += found ? found.units.length : 1;
  }
  return pieces;
}

/** The current search, so later batches and counts need no new search. */
let current:
  | {
      id: number;
      query: ParsedQuery;
      /** Answers before filters, for the filter counts. */
      unfiltered: RankedPage[];
      filters: Filters;
      pages: RankedPage[];
      partial: RankedPage[];
      pieces: string[];
    }
  | undefined;

async function search(request: SearchRequest): Promise<SearchReply> {
  const { pagefind, fold, names } = await load();
  const query = parseQuery(request.query, {
    fold: (text) => foldTraditional(text, fold),
    pinyin: (word) => pinyinToChinese(word, names)[0]?.text,
  });
  const filters = Object.fromEntries(
    Object.entries(request.filters).filter(([, values]) => values?.length),
  ) as Filters;
  const filtered = Object.keys(filters).length > 0;
  const sets = filtered ? await loadFilterSets(pagefind) : undefined;
  const keep = (pages: RankedPage[]) =>
    sets ? pages.filter((page) => passes(page.id, filters, sets)) : pages;
  const newest = request.sort === 'newest';

  let unfiltered: RankedPage[] = [];
  let pages: RankedPage[] = [];
  let partial: RankedPage[] = [];
  let pieces: RunTerms[] = [];
  if (!query.runs.length) {
    if (filtered) {
      // Filters only: every installment they select, newest first.
      const found = await pagefind.search(null, { sort: { date: 'desc' } });
      for (const result of found.results) results.set(result.id, result);
      unfiltered = found.results.map((result) => ({
        id: result.id,
        exactRuns: 0,
        leadRuns: 0,
        score: newestScore(result),
        answer: true,
      }));
      unfiltered.sort((a, b) => b.score - a.score);
      pages = keep(unfiltered);
    }
  } else {
    const matches = await Promise.all(query.runs.map((run) => matchRun(pagefind, run, newest)));
    const ranked = rankPages(matches, request.sort);
    unfiltered = ranked.filter((page) => page.answer);
    pages = keep(unfiltered);
    if (!pages.length) {
      // Nothing holds the whole query: pages holding some of its stretches, or of its longest pieces, labelled partial.
      if (query.runs.length > 1) {
        pieces = query.runs;
        partial = keep(ranked);
      } else {
        pieces = await piecesOf(pagefind, query.runs[0]!);
        const found = await Promise.all(pieces.map((piece) => matchRun(pagefind, piece, newest)));
        partial = keep(rankPages(found, request.sort));
      }
    }
  }
  current = {
    id: request.id,
    query,
    unfiltered,
    filters,
    pages,
    partial,
    pieces: pieces.map((piece) => piece.text),
  };
  const entities = query.text ? namesContaining(query.text.replace(/\s+/g, ''), names) : [];
  return {
    type: 'results',
    id: request.id,
    text: query.text,
    readings: query.readings,
    answers: pages.length,
    partial: partial.length,
    pieces: current.pieces,
    entities: entities.map(({ kind, name, url }) => ({ kind, name, url })),
  };
}

/**
 * Filter counts for the current answers: for each value, how many answers
 * it would leave with the other filters as they are (a chosen value counts
 * the answers the reader sees).
 */
async function counts(id: number): Promise<FilterCounts> {
  if (!current || current.id !== id) return {};
  const { pagefind } = await load();
  const sets = await loadFilterSets(pagefind);
  const out: FilterCounts = {};
  for (const [name, byValue] of sets) {
    const pool = current.unfiltered.filter((page) => passes(page.id, current!.filters, sets, name));
    const values: Record<string, number> = {};
    for (const [value, pages] of byValue) {
      const count = pool.filter((page) => pages.has(page.id)).length;
      if (count || current.filters[name]?.includes(value)) values[value] = count;
    }
    out[name] = values;
  }
  return out;
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
      const text = pageText(data);
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
      } else if (request.type === 'counts') {
        scope.postMessage({ type: 'counts', id: request.id, counts: await counts(request.id) });
      }
    } catch (error) {
      scope.postMessage({ type: 'error', id: request.id, message: String(error) });
    }
  };
  void run();
});
