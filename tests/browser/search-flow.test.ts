/**
 * A reader searches: from the header of the home page to results from the
 * whole text at the first search, a district filter, newest first, a result
 * opened with the words highlighted, back again, and the same search from
 * its URL alone. Also: partial matches apart, no-JavaScript and
 * no-WebAssembly browsers, a site without an index, Pagefind loaded once.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { resultPaths, waitForResults } from '../support/search-page';

describe.skipIf(!chromiumPath)('searching', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));
  const foreign: string[] = [];

  async function newPage(options = {}, browser: Browser = ctx.browser): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, ...options });
    page.on('request', (r) => {
      if (!r.url().startsWith(ctx.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    return page;
  }
  const count = async (page: Page) =>
    Number((await page.textContent('#search-status'))?.match(/找到 (\d+) 篇/)?.[1] ?? NaN);

  it('on a phone, goes from the header’s 搜索 link to the search page’s own box', async () => {
    const page = await newPage();
    await page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
    // The header is compact on phones: no box, a link in the navigation row.
    expect(await page.isVisible('#site-search')).toBe(false);
    await page.click('.site-nav a:text-is("搜索")');
    await page.waitForURL(/\/search\/$/);
    await page.fill('#search-query', '电梯');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page);
    expect(await count(page)).toBeGreaterThan(10);
    await page.close();
  });

  it('goes from the header box (where the screen has room for it) to filtered, sorted results and a highlighted article', async () => {
    const page = await newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
    await page.fill('#site-search', '电梯');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=电梯');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toContain('包含“电梯”');
    const total = await count(page);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(6);
    // Every snippet shows the word it was found by.
    const marks = await page.$$eval('#search-results .search-result__excerpt', (els) =>
      els.map((el) => [...el.querySelectorAll('mark')].map((m) => m.textContent)),
    );
    for (const found of marks) expect(found).toContain('电梯');

    // Filter by district: every result is now about 琼山区.
    await page.click('#search-filters-box summary');
    await page.check('input[name="district"][value="琼山区"]');
    await page.waitForURL(/district=/);
    await waitForResults(page);
    const filtered = await count(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    // The filter's own count agrees with the list.
    expect(await page.textContent('input[name="district"][value="琼山区"] + *')).toBe(`(${filtered})`);
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
    expect(await count(page)).toBe(filtered);
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

    // The URL alone reproduces the search.
    const fresh = await newPage();
    await fresh.goto(searchUrl, { waitUntil: 'load' });
    await waitForResults(fresh);
    expect(await resultPaths(fresh)).toEqual(shown);
    expect(await fresh.inputValue('#search-query')).toBe('电梯');
    await fresh.close();
    await page.close();
  });

  it('finds a word only the article text holds at the first search, with no second tap', async () => {
    const page = await newPage();
    // 乘坐 is only in the text of the fixture's first installment.
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('乘坐')}`, { waitUntil: 'load' });
    await waitForResults(page);
    expect(await resultPaths(page)).toEqual(['/articles/2026-05-13-first-story/']);
    expect(await page.textContent('#search-status')).toBe('找到 1 篇包含“乘坐”的报道');
    await page.close();
  });

  it('says plainly when nothing holds the whole query, and lists partial matches apart', async () => {
    const page = await newPage();
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('测试花园电梯改造')}`, {
      waitUntil: 'load',
    });
    await waitForResults(page);
    expect(await page.textContent('#search-status')).toContain('没有找到包含“测试花园电梯改造”的报道');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.isVisible('#search-partial-section')).toBe(true);
    expect(await page.textContent('#search-partial-heading')).toContain('部分字词');
    expect(await page.textContent('#search-partial-note')).toMatch(/只包含“[^”]+”/);
    expect(await page.locator('#search-partial > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows one search box on the search page, and more results on request', async () => {
    const page = await newPage();
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('电梯')}`, { waitUntil: 'load' });
    await waitForResults(page);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    // The browse links are for browsers without JavaScript or WebAssembly only.
    expect(await page.isVisible('#search-browse')).toBe(false);
    // The first result is on the first screen of a 390×844 phone.
    const box = await page.locator('#search-results > li h2').first().boundingBox();
    expect(box!.y + box!.height).toBeLessThan(844);
    await page.click('#search-more');
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(16);
    await page.close();
  });

  it('downloads Pagefind’s code once for several searches', async () => {
    const page = await newPage();
    const code: string[] = [];
    page.on('request', (r) => {
      if (/pagefind\.js$|\.pagefind$/.test(new URL(r.url()).pathname)) code.push(new URL(r.url()).pathname);
    });
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('电梯')}`, { waitUntil: 'load' });
    await waitForResults(page);
    await page.fill('#search-query', '乘坐');
    await page.press('#search-query', 'Enter');
    await waitForResults(page);
    await page.selectOption('#search-sort', 'newest');
    await waitForResults(page);
    expect(code.sort()).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']);
    await page.close();
  });

  it('says so without JavaScript, and points to the browse pages', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${ctx.origin}/search/?q=x`, { waitUntil: 'load' });
    expect(await page.isVisible('#search-no-js')).toBe(true);
    expect(await page.locator('#search-browse a[href="/districts/"]').isVisible()).toBe(true);
    expect(await page.isVisible('#search-app')).toBe(false);
    await page.close();
  });

  describe('in a browser that cannot run the search, as older WeChat and iOS 15 WebViews', () => {
    const expectUnsupportedNotice = async (page: Page) => {
      await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('电梯')}`, { waitUntil: 'load' });
      await page.waitForSelector('#search-unsupported', { state: 'visible' });
      expect(await page.textContent('#search-unsupported')).toContain('无法运行本站的搜索');
      for (const path of ['/districts/', '/topics/', '/communities/'])
        expect(await page.locator(`#search-browse a[href="${path}"]`).isVisible()).toBe(true);
      expect(await page.isVisible('#search-app')).toBe(false);
      await page.close();
    };

    it('says so in Chinese and offers the indexes where WebAssembly is disabled', async () => {
      const page = await newPage();
      await page.addInitScript(() => {
        delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
      });
      await expectUnsupportedNotice(page);
    });

    it('does the same where the policy keyword for WebAssembly is unknown (Chrome 86 refuses to compile)', async () => {
      const page = await newPage();
      // Such a browser ignores 'wasm-unsafe-eval': the policy it applies is the one without it.
      await page.route(/\/search\/\?/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/ 'wasm-unsafe-eval'/g, '');
        await route.fulfill({ response, body: html });
      });
      await expectUnsupportedNotice(page);
    });
  });

  it('explains how to get search where there is no index, as in npm run dev', async () => {
    const page = await newPage();
    await page.route(/\/pagefind\//, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${ctx.origin}/search/?q=${encodeURIComponent('电梯')}`, { waitUntil: 'load' });
    await expect.poll(() => page.textContent('#search-status')).toContain('npm run build');
    await page.close();
  });

  it('loads Pagefind on the search page only, and nothing from other hosts', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (/\/pagefind\//.test(r.url())) scripts.push(r.url());
    });
    await page.goto(`${ctx.origin}/articles/2026-05-13-first-story/`, { waitUntil: 'load' });
    await page.goto(`${ctx.origin}/districts/`, { waitUntil: 'load' });
    expect(scripts).toEqual([]);
    await page.close();
    expect(foreign).toEqual([]);
  });
});
