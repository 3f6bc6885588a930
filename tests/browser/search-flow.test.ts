/**
 * A reader searches: from the header of the home page to results in
 * headlines and summaries, then the full text, a district filter, newest
 * first, a result opened with the words highlighted, back again, and the
 * same search from its URL alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { resultPaths, waitForResults } from '../support/search-page';

describe.skipIf(!chromiumPath)('searching', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));
  const foreign: string[] = [];

  async function newPage(options = {}): Promise<Page> {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, ...options });
    page.on('request', (r) => {
      if (!r.url().startsWith(ctx.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    return page;
  }

  it('goes from the header box to filtered, sorted results and a highlighted article', async () => {
    const page = await newPage();
    await page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
    await page.fill('#site-search', '电梯');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=电梯');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    const count = async () => Number((await status.textContent())?.match(/共找到 (\d+) 条/)?.[1]);

    // The first search looks in headlines and summaries, and offers the full text.
    expect(await status.textContent()).toContain('在标题和摘要中');
    expect(await page.inputValue('#search-scope')).toBe('brief');
    expect(await page.isVisible('#search-scope-note')).toBe(true);
    const brief = await count();
    expect(brief).toBeGreaterThan(0);
    expect(await page.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);

    await page.click('#search-full-text');
    await page.waitForURL(/scope=full/);
    await waitForResults(page);
    expect(await status.textContent()).toContain('在全文中');
    expect(await page.isVisible('#search-scope-note')).toBe(false);
    const total = await count();
    expect(total).toBeGreaterThan(Math.max(brief, 10));
    expect(await page.locator('.search-result').count()).toBe(10);
    expect(await page.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);

    // Filter by district: every result is now about 琼山区.
    await page.click('#search-filters-box summary');
    await page.check('input[name="district"][value="琼山区"]');
    await page.waitForURL(/district=/);
    await waitForResults(page);
    const filtered = await count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    const places = await page.$$eval('.search-result__meta', (els) => els.map((el) => el.textContent ?? ''));
    for (const place of places) expect(place).toContain('琼山区');

    // Newest first: dates never go up.
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    await waitForResults(page);
    const dates = await page.$$eval('.search-result__meta', (els) =>
      els.map((el) =>
        (el.textContent ?? '')
          .match(/(\d+)年(\d+)月(\d+)日/)!
          .slice(1)
          .map(Number),
      ),
    );
    const days = dates.map(([y, m, d]) => y! * 10000 + m! * 100 + d!);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const searchUrl = page.url();
    const shown = await resultPaths(page);

    // Open a result: the searched word is marked on the article.
    await page.click('.search-result h2 a');
    await page.waitForURL(/\/articles\//);
    await page.waitForSelector('mark.pagefind-highlight');
    expect(await page.locator('mark.pagefind-highlight').first().textContent()).toBe('电梯');

    // Back: the same search, filter still ticked.
    await page.goBack();
    await waitForResults(page);
    expect(page.url()).toBe(searchUrl);
    expect(await page.isChecked('input[name="district"][value="琼山区"]')).toBe(true);
    expect(await page.inputValue('#search-scope')).toBe('full');

    // The URL alone reproduces the search.
    const fresh = await newPage();
    await fresh.goto(searchUrl, { waitUntil: 'load' });
    await waitForResults(fresh);
    expect(await resultPaths(fresh)).toEqual(shown);
    expect(await fresh.inputValue('#search-query')).toBe('电梯');
    await fresh.close();
    await page.close();
  });

  it('offers the full text when headlines and summaries have nothing, and finds it there', async () => {
    const page = await newPage();
    // 乘坐 is only in the text of the fixture's first installment.
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('乘坐')}`, { waitUntil: 'load' });
    await waitForResults(page);
    expect(await page.textContent('#search-status')).toBe('标题和摘要中没有找到“乘坐”。');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.click('#search-full-text');
    await page.waitForURL(/scope=full/);
    await expect.poll(() => page.textContent('#search-status')).toContain('在全文中');
    await waitForResults(page);
    expect(await resultPaths(page)).toContain('/articles/2026-05-13-first-story/');
    await page.close();
  });

  it('shows more results on request', async () => {
    const page = await newPage();
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('电梯')}&scope=full`, {
      waitUntil: 'load',
    });
    await waitForResults(page);
    await page.click('#search-more');
    await expect.poll(() => page.locator('.search-result').count()).toBe(20);
    await page.close();
  });

  it('says so without JavaScript, and points to the browse pages', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${ctx.origin}/search/?q=x`, { waitUntil: 'load' });
    expect(await page.isVisible('#search-no-js')).toBe(true);
    expect(await page.locator('#search-no-js a[href="/districts/"]').count()).toBe(1);
    expect(await page.isVisible('#search-app')).toBe(false);
    await page.close();
  });

  it('explains how to get search where there is no index, as in npm run dev', async () => {
    const page = await newPage();
    await page.route(/\/pagefind(-brief)?\//, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('电梯')}`, { waitUntil: 'load' });
    await expect.poll(() => page.textContent('#search-status')).toContain('npm run build');
    await page.close();
  });

  it('loads Pagefind on the search page only, and nothing from other hosts', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (/\/pagefind(-brief)?\//.test(r.url())) scripts.push(r.url());
    });
    await page.goto(`${ctx.origin}/articles/2026-05-13-first-story/`, { waitUntil: 'load' });
    await page.goto(`${ctx.origin}/districts/`, { waitUntil: 'load' });
    expect(scripts).toEqual([]);
    await page.close();
    expect(foreign).toEqual([]);
  });
});
