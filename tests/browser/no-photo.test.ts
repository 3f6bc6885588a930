/**
 * A story without a photo, in a real browser on a phone: its card on the home
 * page and its article page show text where other stories show a picture, and
 * no box without content (an empty picture frame, a grey block) is left anywhere.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';

const ARTICLE = '/articles/2026-11-30-no-photo-story/';
const HEADLINE = '测试无图报道：楼道灯全亮了';

/** Boxes at least 24×24 px inside `selector` with no text, picture or control in them. */
function emptyBoxes(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width < 24 || box.height < 24) return false;
        if (el.matches('img, picture, svg, video, input, button, select, textarea')) return false;
        if (el.querySelector('img, picture, svg, video, input, button, select, textarea')) return false;
        return (el.textContent ?? '').trim() === '';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

describe.skipIf(!chromiumPath)('a story without a photo', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));

  async function open(path: string): Promise<Page> {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    const response = await page.goto(ctx.origin + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return page;
  }

  it('is a text card on the home page, as tall as its text, with no empty picture box', async () => {
    const page = await open('/');
    const card = page.locator('.card', { has: page.getByRole('link', { name: HEADLINE }) });
    expect(await card.count()).toBe(1);
    expect(await card.locator('img, picture').count()).toBe(0);
    expect(await emptyBoxes(page, `.card:has(a[href="${ARTICLE}"])`)).toEqual([]);
    // The headline starts near the top of the card, not below a blank 3:2 frame.
    const [cardTop, headlineTop] = await Promise.all([
      card.evaluate((el) => el.getBoundingClientRect().top),
      card.locator('.card__headline').evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(headlineTop - cardTop).toBeLessThan(80);
    await page.close();
  });

  it('opens on its headline and text, with no empty figure or picture box', async () => {
    const page = await open(ARTICLE);
    await expect.poll(() => page.locator('h1').textContent()).toBe(HEADLINE);
    expect(await page.locator('article figure, article picture, article img').count()).toBe(0);
    expect(await emptyBoxes(page, 'article')).toEqual([]);
    // The body follows the header directly: its first paragraph is on the first screen.
    const bodyTop = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    expect(bodyTop).toBeLessThan(844);
    await page.close();
  });
});
