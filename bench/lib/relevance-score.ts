/**
 * Runs the relevance queries (bench/lib/relevance-queries.ts) through the
 * built /search/ page and scores what a reader sees first, for the relevance
 * test and `npm run bench:search -- --corpus N`.
 *
 * The page's contract: `#search-results` is an `<ol>` of answers (pages
 * containing the whole query), one `<li>` each, whose heading link (`h2 a`,
 * else the first link) points to the page, best first; partial matches, if
 * shown, are in a separate `#search-partial` and are not read.
 * `#search-app[data-state]` is `searching` while a search runs and `done`
 * when results or a "nothing found" are shown.
 *
 * Scores: first hit (the expected installment, or an `alsoFirst` one, is the
 * first result) and precision at 5 (of the first min(5, n) results, the share
 * whose visible text contains the query's words; no result: 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { answerWords, type RelevanceQuery } from './relevance-queries.ts';

/** The suite passes at these. */
export const FIRST_HIT_MIN = 0.95;
export const PRECISION_MIN = 0.9;
/** Results read for precision. */
export const PRECISION_AT = 5;

/**
 * Opens /search/?q=… and returns the paths of the first list's results, in
 * order. Waits for `data-state="done"`; on a page without that attribute, for
 * results or a status saying nothing was found or asked.
 */
export async function searchFirstList(page: Page, origin: string, query: string, timeout = 30_000) {
  await page.goto(`${origin}/search/?${new URLSearchParams({ q: query }).toString()}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const state = document.querySelector('#search-app')?.getAttribute('data-state');
      if (state) return state === 'done';
      return (
        document.querySelectorAll('#search-results > li').length > 0 ||
        /没有找到|请输入/.test(document.querySelector('#search-status')?.textContent ?? '')
      );
    },
    null,
    { timeout },
  );
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => {
      const link = item.querySelector('h2 a') ?? item.querySelector('a');
      return link ? new URL(link.getAttribute('href') ?? '', location.href).pathname : '';
    }),
  );
}

/** Text a reader sees in a built page's `<main>`: no hidden elements, scripts, styles, templates or attributes. */
export function visibleText(html: string): string {
  const $ = load(html);
  const main = $('main').length > 0 ? $('main').first() : $('body');
  main.find('[hidden], script, style, template').remove();
  return main.text().replace(/\s+/g, ' ').trim();
}

/** Visible text of the built pages under `distDir`, by site path, read once each; undefined when there is no such page. */
export function builtPageTexts(distDir: string): (path: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      const file = join(distDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
      cache.set(path, existsSync(file) ? visibleText(readFileSync(file, 'utf8')) : undefined);
    }
    return cache.get(path);
  };
}

/** Whether text contains every word (white space ignored on both sides). */
export function containsAll(text: string, words: readonly string[]): boolean {
  const flat = text.replace(/\s+/g, '');
  return words.every((word) => flat.includes(word.replace(/\s+/g, '')));
}

export interface QueryOutcome {
  query: RelevanceQuery;
  /** Paths of the first list, in order. */
  results: string[];
  /** 1-based rank of the expected installment, or 0 when it is not in the list. */
  rank: number;
  firstHit: boolean;
  /** Precision at 5 (0 when there are no results). */
  precision: number;
  /** Results among the first five that do not show the query's words. */
  lacking: string[];
  /** What went wrong running the search, when it did (it then counts as no results). */
  error?: string | undefined;
}

/** Scores one query's first list. */
export function scoreQuery(
  query: RelevanceQuery,
  results: readonly string[],
  textOf: (path: string) => string | undefined,
  error?: string,
): QueryOutcome {
  const words = answerWords(query);
  const shows = (path: string) => containsAll(textOf(path) ?? '', words);
  const first = results[0];
  const firstHit =
    first !== undefined &&
    (first === query.expect ||
      (query.alsoFirst === 'any'
        ? first.startsWith('/articles/') && shows(first)
        : (query.alsoFirst ?? []).includes(first)));
  const top = results.slice(0, PRECISION_AT);
  const lacking = top.filter((path) => !shows(path));
  return {
    query,
    results: [...results],
    rank: results.indexOf(query.expect) + 1,
    firstHit,
    precision: top.length === 0 ? 0 : (top.length - lacking.length) / top.length,
    lacking,
    error,
  };
}

/** Runs one query and scores it; a search that fails or never finishes scores as no results. */
export async function runQuery(
  page: Page,
  origin: string,
  query: RelevanceQuery,
  textOf: (path: string) => string | undefined,
  timeout?: number,
): Promise<QueryOutcome> {
  try {
    return scoreQuery(query, await searchFirstList(page, origin, query.query, timeout), textOf);
  } catch (error) {
    return scoreQuery(query, [], textOf, (error as Error).message.split('\n')[0]);
  }
}

export interface RelevanceSummary {
  queries: number;
  firstHitRate: number;
  meanPrecision: number;
  passed: boolean;
  failures: QueryOutcome[];
}

export function summarize(outcomes: readonly QueryOutcome[]): RelevanceSummary {
  const n = outcomes.length || 1;
  const firstHitRate = outcomes.filter((o) => o.firstHit).length / n;
  const meanPrecision = outcomes.reduce((sum, o) => sum + o.precision, 0) / n;
  return {
    queries: outcomes.length,
    firstHitRate,
    meanPrecision,
    passed: firstHitRate >= FIRST_HIT_MIN && meanPrecision >= PRECISION_MIN,
    failures: outcomes.filter((o) => !o.firstHit || o.precision < 1),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The figures and a Markdown table of every query that missed or showed results without its words. */
export function formatRelevanceReport(summary: RelevanceSummary): string {
  const lines = [
    `search relevance: ${summary.queries} queries, first hit ${(summary.firstHitRate * 100).toFixed(1)}% ` +
      `(needs ${FIRST_HIT_MIN * 100}%), mean P@${PRECISION_AT} ${summary.meanPrecision.toFixed(3)} (needs ${PRECISION_MIN})` +
      ` → ${summary.passed ? 'PASS' : 'FAIL'}`,
  ];
  if (summary.failures.length === 0) return lines.join('\n');
  lines.push(
    '',
    `| query | kind | expected | rank | first result | P@${PRECISION_AT} | results without the query |`,
    '|---|---|---|---:|---|---:|---|',
  );
  for (const o of summary.failures) {
    const q = o.query.means ? `${o.query.query} (${o.query.means})` : o.query.query;
    const rank =
      o.results.length === 0 ? 'no results' : o.rank === 0 ? `not in ${o.results.length}` : String(o.rank);
    lines.push(
      `| ${cell(q)} | ${o.query.kind} | ${o.query.expect} | ${rank} | ${o.firstHit ? '✓' : (o.results[0] ?? '—')} | ` +
        `${o.precision.toFixed(2)} | ${o.lacking.join(' ') || '—'} |`,
    );
  }
  return lines.join('\n');
}
