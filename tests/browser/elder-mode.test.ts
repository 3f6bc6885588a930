/**
 * 长辈模式 (issue 12): on every page, two taps give larger text or high contrast; the choice is
 * applied before the first paint, kept across pages and visits, and without JavaScript the control
 * is hidden and the page reads at the browser's own size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { sidewaysOverflow } from '../support/layout-checks';
import { PAGE_TYPES, rememberedMode } from '../support/page-types';
import { waitForResults } from '../support/search-page';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = PAGE_TYPES['the real installment']!;
const PHONE = { width: 390, height: 844 };

describe.skipIf(!chromiumPath)('长辈模式', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));

  const bodySize = (context: BrowserContext, path: string) =>
    context.newPage().then(async (page) => {
      await page.goto(ctx.origin + path, { waitUntil: 'load' });
      const size = await page.evaluate(() => ({
        text: document.documentElement.dataset.text ?? 'standard',
        px: parseFloat(getComputedStyle(document.querySelector('.prose p') ?? document.body).fontSize),
      }));
      await page.close();
      return size;
    });

  it('is in the header of every page type, labelled 长辈模式', async () => {
    const page = await ctx.browser.newPage({ viewport: PHONE });
    const missing: string[] = [];
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      await page.goto(ctx.origin + path, { waitUntil: 'load' });
      const control = page.locator('.site-header .reading-mode summary');
      if (!(await control.isVisible()) || (await control.textContent())?.trim() !== '长辈模式')
        missing.push(name);
    }
    await page.close();
    expect(missing).toEqual([]);
  });

  it('takes two taps to 特大 and 大, and remembers them across pages and visits', async () => {
    const context = await ctx.browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    await page.goto(ctx.origin + ARTICLE, { waitUntil: 'load' });
    const standard = parseFloat(
      await page
        .locator('.prose p')
        .first()
        .evaluate((p) => getComputedStyle(p).fontSize),
    );
    expect(standard).toBeGreaterThanOrEqual(17);

    await page.tap('.reading-mode summary');
    await page.tap('.reading-mode label:has-text("特大")');
    expect(await page.evaluate(() => document.documentElement.dataset.text)).toBe('xlarge');
    const xlarge = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(xlarge).toBeGreaterThanOrEqual(24);
    // Another page, then a later visit in a new tab: still 特大.
    expect(await bodySize(context, PAGE_TYPES['city-wide article']!)).toMatchObject({ text: 'xlarge' });
    const later = await bodySize(context, ARTICLE);
    expect(later.text).toBe('xlarge');
    expect(later.px).toBeGreaterThanOrEqual(24);

    await page.tap('.reading-mode label:has-text("大") >> nth=0');
    expect(await page.evaluate(() => document.documentElement.dataset.text)).toBe('large');
    expect((await bodySize(context, ARTICLE)).px).toBeGreaterThanOrEqual(20);

    await page.tap('.reading-mode label:has-text("标准")');
    expect(await bodySize(context, ARTICLE)).toEqual({ text: 'standard', px: standard });
    await context.close();
  });

  it('applies the remembered size before the page is drawn: <html> has it when <body> begins', async () => {
    const page = await ctx.browser.newPage({ viewport: PHONE });
    await page.addInitScript(rememberedMode('xlarge', true));
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.body) return;
        const root = document.documentElement;
        (window as unknown as { atBody: string }).atBody = `${root.dataset.text}/${root.dataset.contrast}`;
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(ctx.origin + ARTICLE, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('xlarge/high');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(Object.entries(PAGE_TYPES))(
      `%s in high contrast (${scheme}) has text at 7:1 or more`,
      async (_name, path) => {
        const page = await ctx.browser.newPage({ viewport: PHONE, colorScheme: scheme, bypassCSP: true });
        await page.addInitScript(rememberedMode('standard', true));
        await page.goto(ctx.origin + path, { waitUntil: 'load' });
        if (path.startsWith('/search/')) await waitForResults(page);
        expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced', 'color-contrast'] } })
           .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
        )) as string[];
        await page.close();
        expect(violations).toEqual([]);
      },
    );
  }

  it('without JavaScript hides the control and leaves the page whole at the browser’s size', async () => {
    const page = await ctx.browser.newPage({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    for (const path of [ARTICLE, '/', '/search/']) {
      await page.goto(ctx.origin + path, { waitUntil: 'load' });
      expect(await page.locator('.reading-mode').isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.dataset.text)).toBeUndefined();
      for (const link of await page.locator('.site-nav a').all()) expect(await link.isVisible()).toBe(true);
      expect(await sidewaysOverflow(page)).toBe(0);
    }
    await page.close();
  });

  it('still applies a choice where the browser refuses storage', async () => {
    const page = await ctx.browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto(ctx.origin + ARTICLE, { waitUntil: 'load' });
    await page.click('.reading-mode summary');
    await page.click('.reading-mode label:has-text("高对比度")');
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    await page.close();
  });
});
