/**
 * axe-core's WCAG 2.2 A and AA rules on one page of every type, in light and
 * dark mode and in 长辈模式's 特大, and no sideways scrolling at 320 px, in headless Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { PAGE_TYPES, rememberedMode } from '../support/page-types';
import { waitForResults } from '../support/search-page';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const PAGES = PAGE_TYPES;

describe.skipIf(!chromiumPath)('accessibility', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));

  const settings = [
    ['light', 'standard'],
    ['dark', 'standard'],
    ['light', 'xlarge'],
  ] as const;
  for (const [scheme, size] of settings) {
    it.each(Object.entries(PAGES))(
      `%s (${scheme}, ${size}) has no WCAG 2.2 A/AA violation`,
      async (_name, path) => {
        // bypassCSP lets the test inject axe; the site's own policy is tested in security.test.ts.
        const page = await ctx.browser.newPage({
          viewport: { width: 390, height: 844 },
          colorScheme: scheme,
          bypassCSP: true,
        });
        await page.addInitScript(rememberedMode(size));
        await page.goto(ctx.origin + path, { waitUntil: 'load' });
        if (path.startsWith('/search/')) await waitForResults(page);
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG)} } })
           .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
        )) as string[];
        await page.close();
        expect(violations).toEqual([]);
      },
    );
  }

  it.each(Object.entries(PAGES))('%s fits a 320 px wide screen', async (_name, path) => {
    const page = await ctx.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(ctx.origin + path, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('prints an article without navigation, with its address', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.origin + PAGES.article!, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      breadcrumbs: getComputedStyle(document.querySelector('.breadcrumbs')!).display,
      // Drawn, not only display: block inside a hidden footer.
      url: document.querySelector('.print-url')!.checkVisibility(),
      urlText: document.querySelector('.print-url')!.textContent,
      series: document.querySelector('.article-header__series')!.checkVisibility(),
    }));
    await page.close();
    expect(shown.header).toBe('none');
    expect(shown.breadcrumbs).toBe('none');
    expect(shown.url).toBe(true);
    expect(shown.series).toBe(true);
    expect(shown.urlText).toContain('/articles/2026-05-13-first-story/');
  });
});
