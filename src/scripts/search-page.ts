/**
 * The search page in the browser: reads the search from the URL, runs
 * Pagefind (exact phrase first, then the rest), shows results with filters
 * and counts, and keeps the URL in step so a search can be shared and back
 * and forward work. A search looks in the brief index first and in the
 * full text when the reader asks (src/lib/search-scope.ts).
 */
import { t } from '../i18n/zh-CN';
import { formatDate } from '../lib/dates';
import { SEARCH_BUNDLES, type SearchScope } from '../lib/search-scope';
import {
  mergePhraseFirst,
  paramsFromState,
  phraseQuery,
  SEARCH_FILTERS,
  scopeFrom,
  searchableQuery,
  sortFrom,
  stateFromParams,
  type SearchState,
} from '../lib/search-ranking';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/** Results shown at first and added by each “show more”. */
const BATCH = 10;
const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** One Pagefind instance per index, each loaded the first time it is needed. */
const bundles = new Map<SearchScope, Promise<Pagefind>>();
function loadBundle(scope: SearchScope): Promise<Pagefind> {
  let bundle = bundles.get(scope);
  if (!bundle) {
    const base = `${BASE}${SEARCH_BUNDLES[scope]}`;
    bundle = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
      await pagefind.options({ basePath: base, baseUrl: BASE });
      await pagefind.init();
      return pagefind;
    })();
    bundles.set(scope, bundle);
  }
  return bundle;
}

export async function startSearchPage(): Promise<void> {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const sort = byId<HTMLSelectElement>('search-sort');
  const scope = byId<HTMLSelectElement>('search-scope');
  const scopeNote = byId('search-scope-note');
  const fullTextButton = byId<HTMLButtonElement>('search-full-text');
  const status = byId('search-status');
  const filtersBox = byId('search-filters');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const clear = byId<HTMLButtonElement>('search-clear');
  byId('search-no-js').hidden = true;
  byId('search-app').hidden = false;

  let state: SearchState = stateFromParams(new URLSearchParams(location.search));
  try {
    await loadBundle(state.scope);
  } catch {
    status.textContent = t.search.notBuilt;
    return;
  }

  // The filter index is a large download (about 110 KB at 10,000 articles), so it is
  // fetched only when a reader opens the filters or arrives with filters in the URL.
  const filtersBoxElement = byId<HTMLDetailsElement>('search-filters-box');
  const filtersLoaded = new Set<SearchScope>();
  const loadFilters = async (scope: SearchScope) => {
    if (filtersLoaded.has(scope)) return;
    await (await loadBundle(scope)).filters();
    filtersLoaded.add(scope);
  };
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const syncForm = () => {
    for (const box of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) box.value = state.query;
    sort.value = state.sort;
    scope.value = state.scope;
  };

  const navigate = (next: SearchState) => {
    state = next;
    const query = paramsFromState(state).toString();
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    void search();
  };

  const renderFilters = (counts: FilterCounts) => {
    if (!filtersLoaded.has(state.scope)) return;
    filtersBox.replaceChildren(
      ...SEARCH_FILTERS.filter(
        (name) => Object.keys(counts[name] ?? {}).length || state.filters[name]?.length,
      ).map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = t.search.filterNames[name] ?? name;
        fieldset.append(legend);
        const selected = new Set(state.filters[name] ?? []);
        const values = new Set([...Object.keys(counts[name] ?? {}), ...selected]);
        for (const value of [...values].sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = selected.has(value);
          box.addEventListener('change', () => {
            const current = new Set(state.filters[name] ?? []);
            if (box.checked) current.add(value);
            else current.delete(value);
            navigate({ ...state, filters: { ...state.filters, [name]: [...current] } });
          });
          label.append(box, ` ${value} `);
          const count = document.createElement('span');
          count.className = 'search-filter-count';
          count.textContent = `(${counts[name]?.[value] ?? 0})`;
          label.append(count);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
  };

  const highlightParams = () =>
    state.query
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => `pagefind-highlight=${encodeURIComponent(word)}`)
      .join('&');

  const renderBatch = async () => {
    const batch = results.slice(shown, shown + BATCH);
    const thisRun = run;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (thisRun !== run) return;
    for (const item of data) list.append(resultItem(item, highlightParams()));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const search = async (): Promise<void> => {
    const thisRun = ++run;
    syncForm();
    list.replaceChildren();
    more.hidden = true;
    scopeNote.hidden = true;
    shown = 0;
    // Loading the other index can take a while on a weak connection: never leave the last answer showing.
    status.textContent = t.search.loading;
    let pagefind: Pagefind;
    try {
      pagefind = await loadBundle(state.scope);
    } catch {
      status.textContent = t.search.notBuilt;
      return;
    }
    const filters = Object.fromEntries(
      Object.entries(state.filters)
        .filter(([, values]) => values?.length)
        .map(([name, values]) => [name, { any: values }]),
    );
    const hasFilters = Object.keys(filters).length > 0;
    if (hasFilters) {
      await loadFilters(state.scope);
      filtersBoxElement.open = true;
    }
    if (!state.query && !hasFilters) {
      results = [];
      status.textContent = t.search.empty;
      if (filtersLoaded.has(state.scope)) renderFilters(await pagefind.filters());
      return;
    }
    const options = { filters, ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
    const query = searchableQuery(state.query);
    const plain = await pagefind.search(query || null, options);
    let ordered = plain.results;
    if (query && state.sort === 'relevance') {
      const phrase = await pagefind.search(phraseQuery(query), options);
      ordered = mergePhraseFirst(phrase.results, plain.results);
    }
    if (thisRun !== run) return;
    results = ordered;
    renderFilters(plain.filters);
    // The full text is one tap away, never fetched unasked: it is two to three times the download.
    const briefOnly = state.scope === 'brief' && Boolean(state.query);
    status.textContent = results.length
      ? t.search.count(results.length, state.query, state.scope)
      : briefOnly
        ? t.search.noneBrief(state.query)
        : t.search.none(state.query);
    scopeNote.hidden = !briefOnly;
    await renderBatch();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...state, query: input.value.trim() });
  });
  sort.addEventListener('change', () => navigate({ ...state, sort: sortFrom(sort.value) }));
  scope.addEventListener('change', () => navigate({ ...state, scope: scopeFrom(scope.value) }));
  fullTextButton.addEventListener('click', () => navigate({ ...state, scope: 'full' }));
  clear.addEventListener('click', () => navigate({ ...state, filters: {} }));
  more.addEventListener('click', () => void renderBatch());
  filtersBoxElement.addEventListener('toggle', () => {
    if (filtersBoxElement.open && !filtersLoaded.has(state.scope)) {
      void loadFilters(state.scope).then(search);
    }
  });
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(location.search));
    void search();
  });
  await search();
}

/** One result: thumbnail, headline linking to the page with the query highlighted, date, districts, excerpt. */
function resultItem(data: ResultData, highlight: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  if (data.meta.image) {
    const image = document.createElement('img');
    image.src = data.meta.image;
    image.alt = data.meta.image_alt ?? '';
    image.width = 120;
    image.height = 80;
    image.loading = 'lazy';
    item.append(image);
  }
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = highlight ? `${data.url}?${highlight}` : data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const facts = [
    data.meta.date ? formatDate(new Date(data.meta.date)) : '',
    data.meta.districts ?? '',
  ].filter(Boolean);
  if (facts.length) {
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = facts.join(' · ');
    item.append(meta);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  // Pagefind's excerpt is text from our own pages, escaped, with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}
