/**
 * What a reader on a phone sees, in a real browser.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';

const ARTICLE = '/articles/2026-05-13-first-story/';
const PHONE = { width: 360, height: 740 };

describe.skipIf(!chromiumPath)('reading on a phone', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));
  const foreignRequests: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await ctx.browser.newPage({ viewport: PHONE, deviceScaleFactor: 2 });
    page.on('request', (request) => {
      if (!request.url().startsWith(ctx.origin) && !request.url().startsWith('data:')) {
        foreignRequests.push(request.url());
      }
    });
    const response = await page.goto(ctx.origin + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return page;
  }

  it('shows the article without sideways scrolling, the cover as AVIF', async () => {
    const page = await open(ARTICLE);
    await expect.poll(() => page.locator('h1').textContent()).toBe('测试主标题：电梯换新了');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cover = page.locator('.photo img').first();
    await expect
      .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await cover.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
    const fontSize = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => getComputedStyle(p).lineHeight);
    expect(parseFloat(fontSize)).toBeGreaterThan(17 * 1.7);
    await page.close();
  });

  it('lets a keyboard user skip straight to the article', async () => {
    const page = await open(ARTICLE);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('finds the article with Pagefind by a Chinese word from its body', async () => {
    const page = await open(ARTICLE);
    // Passed as text: vitest would rewrite a dynamic import() inside a function.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search('电梯');
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => d.url);
    })()`)) as string[];
    expect(urls).toContain(ARTICLE);
    expect(urls).not.toContain('/articles/2026-06-10-draft-story/');
    await page.close();
  });

  it('never asked any other host for anything', () => {
    expect(foreignRequests).toEqual([]);
  });
});
