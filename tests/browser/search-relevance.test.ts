/**
 * The relevance set: every query's expected pages come in the top three of
 * the real search page, against the built indexes, in Chromium: in the full
 * text for every case, and as a reader's first search (the brief index) for
 * the cases marked brief.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { resultPaths, waitForResults } from '../support/search-page';
import { RELEVANCE_SET } from '../search/relevance-set';

describe.skipIf(!chromiumPath)('search relevance', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));
  let page: Page;

  beforeAll(async () => {
    page = await ctx.browser.newPage();
  });

  it('has at least 25 queries', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(25);
  });

  const topThree = async (params: URLSearchParams) => {
    await page.goto(`${ctx.origin}/search/?${params}`, { waitUntil: 'load' });
    await waitForResults(page);
    return (await resultPaths(page)).slice(0, 3);
  };

  it('has first-search cases for names, headlines, bylines and summaries', () => {
    expect(RELEVANCE_SET.filter((c) => c.brief).length).toBeGreaterThanOrEqual(15);
  });

  it.each(RELEVANCE_SET)('full text: $query $filters → $top3 ($why)', async ({ query, filters, top3 }) => {
    const top = await topThree(new URLSearchParams({ q: query, ...filters, scope: 'full' }));
    for (const path of top3) expect(top, `“${query}” top 3 in the full text`).toContain(path);
  });

  it.each(RELEVANCE_SET.filter((c) => c.brief))(
    'first search: $query $filters → $top3 ($why)',
    async ({ query, filters, top3 }) => {
      const top = await topThree(new URLSearchParams({ q: query, ...filters }));
      expect(
        new URL(page.url()).searchParams.get('scope'),
        `“${query}” stayed in the brief index`,
      ).toBeNull();
      for (const path of top3) expect(top, `“${query}” top 3 in the first search`).toContain(path);
    },
  );
});
