/**
 * The search page in the browser: reads the search from the URL, hands it
 * to the search worker (src/scripts/search-worker.ts), shows the answers
 * (pages holding the whole query) in #search-results, partial matches apart
 * and labelled, names that match, filters with counts, and keeps the URL in
 * step so a search can be shared and back and forward work.
 *
 * #search-app's data-state is "searching" while a search runs and "done"
 * when its first results are shown, for tests and outside checks.
 */
import { t } from '../i18n/zh-CN';
import { formatDate } from '../lib/dates';
import {
  paramsFromState,
  SEARCH_FILTERS,
  sortFrom,
  stateFromParams,
  type SearchState,
} from '../lib/search-state';
import type { SnippetPart } from '../lib/search-snippet';
import type { FilterCounts, ResultItem, SearchReply, WorkerReply, WorkerRequest } from './search-messages';

/**
 * Results shown at first, and added by each “show more”. Each result costs
 * its page's text (about 4 KB); a phone's first screen shows three.
 */
const FIRST_BATCH = 6;
const BATCH = 10;
const HIGHLIGHT_PARAM = 'pagefind-highlight';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * True where the search can run: module workers and WebAssembly that this
 * site's security policy lets compile ('wasm-unsafe-eval', which Chrome 86
 * WebViews and iOS 15 Safari do not know, so they refuse it).
 */
function canSearch(): boolean {
  if (typeof Worker === 'undefined' || typeof WebAssembly !== 'object') return false;
  try {
    // The smallest valid module: "\0asm", version 1.
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return true;
  } catch {
    return false;
  }
}

export async function startSearchPage(): Promise<void> {
  const app = byId('search-app');
  // Nothing is published yet, so there is no index to load (src/pages/search.astro says so).
  if (app.dataset.state === 'nothing-published') return;
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const sort = byId<HTMLSelectElement>('search-sort');
  const status = byId('search-status');
  const readings = byId('search-readings');
  const entities = byId<HTMLUListElement>('search-entities');
  const filtersBox = byId<HTMLDetailsElement>('search-filters-box');
  const filtersList = byId('search-filters');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const partialSection = byId('search-partial-section');
  const partialNote = byId('search-partial-note');
  const partialList = byId<HTMLOListElement>('search-partial');
  const partialMore = byId<HTMLButtonElement>('search-partial-more');
  const clear = byId<HTMLButtonElement>('search-clear');

  let state: SearchState = stateFromParams(new URLSearchParams(location.search));
  input.value = state.query;

  if (!canSearch()) {
    app.hidden = true;
    byId('search-unsupported').hidden = false;
    byId('search-browse').hidden = false;
    return;
  }

  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  let run = 0;
  let reply: SearchReply | undefined;
  const shown = { answers: 0, partial: 0 };
  let counts: FilterCounts = {};
  const pending = new Map<string, (items: ResultItem[]) => void>();
  const send = (request: WorkerRequest) => worker.postMessage(request);

  const setState = (value: 'searching' | 'done') => {
    app.dataset.state = value;
    app.setAttribute('aria-busy', String(value === 'searching'));
  };

  const renderFilters = () => {
    filtersList.replaceChildren(
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
          const count = counts[name]?.[value];
          if (count !== undefined) {
            const number = document.createElement('span');
            number.className = 'search-filter-count';
            number.textContent = `(${count})`;
            label.append(number);
          }
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
  };

  // One highlight term per word of the query as searched (pinyin read as Chinese, traditional folded).
  const highlight = () => {
    const words = (reply?.text ?? '').split(/\s+/).filter(Boolean);
    return words.length
      ? `?${words.map((word) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(word)}`).join('&')}`
      : '';
  };

  const showBatch = (which: 'answers' | 'partial') =>
    new Promise<void>((resolve) => {
      const id = run;
      pending.set(`${id}:${which}`, (items) => {
        if (id !== run) return resolve();
        const target = which === 'answers' ? list : partialList;
        for (const item of items) target.append(resultItem(item, highlight(), which === 'partial'));
        shown[which] += items.length;
        const total = which === 'answers' ? (reply?.answers ?? 0) : (reply?.partial ?? 0);
        (which === 'answers' ? more : partialMore).hidden = shown[which] >= total;
        resolve();
      });
      send({ type: 'batch', id, list: which, from: shown[which], count: shown[which] ? BATCH : FIRST_BATCH });
    });

  const onResults = async (result: SearchReply) => {
    if (result.id !== run) return;
    reply = result;
    const query = result.text;
    status.textContent = !query
      ? result.answers
        ? t.search.count(result.answers, '')
        : t.search.empty
      : result.answers
        ? t.search.count(result.answers, query)
        : `${t.search.none(query)}${result.partial ? '' : t.search.noneHint}`;
    readings.hidden = result.readings.length === 0;
    readings.textContent = result.readings.map((r) => t.search.reading(r.pinyin, r.chinese)).join('；');
    entities.hidden = result.entities.length === 0;
    entities.replaceChildren(
      ...result.entities.map((entity) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = entity.url;
        link.textContent = entity.name;
        item.append(`${t.search.entityKinds[entity.kind] ?? ''}：`, link);
        return item;
      }),
    );
    counts = {};
    renderFilters();
    if (filtersBox.open) send({ type: 'counts', id: result.id });
    if (result.partial) {
      partialNote.textContent = t.search.partialNote(
        result.partial,
        result.pieces.map((piece) => `“${piece}”`).join(''),
      );
    }
    partialSection.hidden = result.partial === 0;
    await Promise.all([
      result.answers ? showBatch('answers') : Promise.resolve(),
      result.partial ? showBatch('partial') : Promise.resolve(),
    ]);
    if (result.id === run) setState('done');
  };

  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const message = event.data;
    if (message.type === 'results') void onResults(message);
    else if (message.type === 'batch') {
      const key = `${message.id}:${message.list}`;
      pending.get(key)?.(message.items);
      pending.delete(key);
    } else if (message.type === 'counts' && message.id === run) {
      counts = message.counts;
      renderFilters();
    } else if (message.type === 'error' && message.id === run) {
      status.textContent = /pagefind\.js|Failed to fetch|import/i.test(message.message)
        ? t.search.notBuilt
        : t.search.failed;
      setState('done');
    }
  });
  worker.addEventListener('error', () => {
    status.textContent = t.search.failed;
    setState('done');
  });

  const search = () => {
    run += 1;
    reply = undefined;
    shown.answers = 0;
    shown.partial = 0;
    input.value = state.query;
    sort.value = state.sort;
    list.replaceChildren();
    partialList.replaceChildren();
    more.hidden = true;
    partialMore.hidden = true;
    partialSection.hidden = true;
    setState('searching');
    status.textContent = state.query || Object.keys(state.filters).length ? t.search.loading : t.search.empty;
    if (Object.values(state.filters).some((values) => values?.length)) filtersBox.open = true;
    send({ type: 'search', id: run, query: state.query, filters: state.filters, sort: state.sort });
  };

  const navigate = (next: SearchState) => {
    state = next;
    const query = paramsFromState(state).toString();
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    search();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...state, query: input.value.trim() });
  });
  sort.addEventListener('change', () => navigate({ ...state, sort: sortFrom(sort.value) }));
  clear.addEventListener('click', () => navigate({ ...state, filters: {} }));
  more.addEventListener('click', () => void showBatch('answers'));
  partialMore.addEventListener('click', () => void showBatch('partial'));
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open && reply) send({ type: 'counts', id: reply.id });
  });
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(location.search));
    search();
  });
  search();
}

function snippetElement(parts: readonly SnippetPart[]): HTMLParagraphElement {
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  return excerpt;
}

/** One result: thumbnail, headline linking to the page with the query highlighted, date, districts, snippet. */
function resultItem(data: ResultItem, highlight: string, partial: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = partial ? 'search-result search-result--partial' : 'search-result';
  if (data.image) {
    const image = document.createElement('img');
    image.src = data.image;
    image.alt = data.imageAlt ?? '';
    image.width = 120;
    image.height = 80;
    image.loading = 'lazy';
    item.append(image);
  }
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = `${data.url}${highlight}`;
  link.textContent = data.title;
  heading.append(link);
  item.append(heading);
  const facts = [data.date ? formatDate(new Date(data.date)) : '', data.districts ?? ''].filter(Boolean);
  if (facts.length) {
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = facts.join(' · ');
    item.append(meta);
  }
  item.append(snippetElement(data.snippet));
  return item;
}
