/**
 * The relevance set: every query's expected pages come in the top three of
 * the real search page, against the built index, in Chromium.
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

  it.each(RELEVANCE_SET)('$query $filters → $top3 ($why)', async ({ query, filters, top3 }) => {
    const params = new URLSearchParams({ q: query, ...filters });
    await page.goto(`${ctx.origin}/search/?${params}`, { waitUntil: 'load' });
    await waitForResults(page);
    const top = (await resultPaths(page)).slice(0, 3);
    for (const path of top3) expect(top, `“${query}” top 3`).toContain(path);
  });
});
