/**
 * Large text and narrow screens (issue 12): every page type, in each 长辈模式 text size, at 320 px
 * and at 195 px (a 390 px phone zoomed to 200 %), never scrolls sideways; WCAG 1.4.12's text
 * spacing clips or overlaps nothing; every link and control outside running text is a target of
 * at least 24 px (44 px at 特大, the header's navigation 60 px); and a 390×844 phone shows an
 * article's headline and first lines of text on its first screen. Chinese is laid out in a real
 * Chinese font (newReaderPage).
 */
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, fontsReady, newReaderPage, useSiteInBrowser } from '../support/browser';
import {
  clippedOrOverlappingText,
  sidewaysOverflow,
  smallTargets,
  TEXT_SPACING_CSS,
  widestElements,
} from '../support/layout-checks';
import { PAGE_TYPES, rememberedMode, TEXT_SIZES } from '../support/page-types';
import { waitForResults } from '../support/search-page';

const WIDTHS = [320, 195];
const REAL_INSTALLMENT = PAGE_TYPES['the real installment']!;

describe.skipIf(!chromiumPath)('large text and narrow screens', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));

  async function load(page: Awaited<ReturnType<typeof newReaderPage>>, path: string) {
    await page.goto(ctx.origin + path, { waitUntil: 'load' });
    if (path.startsWith('/search/')) await waitForResults(page);
    await fontsReady(page);
  }

  it.each(Object.entries(PAGE_TYPES))('%s never scrolls sideways, at any text size', async (_name, path) => {
    const wide: string[] = [];
    for (const size of TEXT_SIZES) {
      const page = await newReaderPage(ctx.browser, {
        before: rememberedMode(size),
        viewport: { width: 320, height: 640 },
      });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 640 });
        await load(page, path);
        if ((await sidewaysOverflow(page)) > 0)
          wide.push(`${size} @ ${width}px: ${(await widestElements(page)).join(', ')}`);
      }
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  it.each(Object.entries(PAGE_TYPES))(
    '%s keeps all its text under WCAG 1.4.12 text spacing',
    async (_name, path) => {
      const problems: string[] = [];
      for (const size of ['standard', 'xlarge'] as const) {
        const page = await newReaderPage(ctx.browser, {
          before: rememberedMode(size),
          readerCss: TEXT_SPACING_CSS,
          viewport: { width: 320, height: 640 },
        });
        await load(page, path);
        problems.push(...(await clippedOrOverlappingText(page)).map((p) => `${size}: ${p}`));
        if ((await sidewaysOverflow(page)) > 0) problems.push(`${size}: scrolls sideways`);
        await page.close();
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(Object.entries(PAGE_TYPES))(
    '%s: every target outside running text is at least 24 px, 44 px at 特大',
    async (_name, path) => {
      const page = await newReaderPage(ctx.browser, { viewport: { width: 390, height: 844 } });
      await load(page, path);
      expect(await smallTargets(page, 24)).toEqual([]);
      await page.close();
      const large = await newReaderPage(ctx.browser, {
        before: rememberedMode('xlarge'),
        viewport: { width: 390, height: 844 },
      });
      await load(large, path);
      expect(await smallTargets(large, 44)).toEqual([]);
      const navHeights = await large.$$eval('.site-nav a, .reading-mode summary', (links) =>
        links.map((a) => a.getBoundingClientRect().height),
      );
      expect(navHeights.length).toBeGreaterThan(0);
      expect(Math.min(...navHeights)).toBeGreaterThanOrEqual(60);
      await large.close();
    },
  );

  it('catches what it is for: a wide box, a clipped line, overlapping text, a small link', async () => {
    const page = await newReaderPage(ctx.browser, { viewport: { width: 320, height: 640 } });
    await load(page, REAL_INSTALLMENT);
    // Styles set from script: the site's CSP (rightly) refuses style attributes in markup.
    await page.evaluate(`(() => {
      const main = document.querySelector('main');
      const add = (tag, text, style, parent = main) => {
        const el = parent.appendChild(document.createElement(tag));
        el.textContent = text;
        Object.assign(el.style, style);
        return el;
      };
      add('div', '宽', { width: '400px' });
      add('p', '被裁掉的第一行被裁掉的第一行被裁掉的第一行被裁掉的第一行', { height: '1em', overflow: 'hidden' });
      add('p', '底下的字', {});
      add('p', '压在上面的字', { marginTop: '-3em' });
      add('a', '小', { fontSize: '10px', display: 'inline', minWidth: '0', minHeight: '0' }, add('nav', '', {})).href = '/';
    })()`);
    expect(await sidewaysOverflow(page)).toBeGreaterThan(0);
    const text = await clippedOrOverlappingText(page);
    expect(text.some((p) => p.startsWith('clipped: p'))).toBe(true);
    expect(text.some((p) => p.includes('压在上面的字'))).toBe(true);
    expect((await smallTargets(page, 24)).some((t) => t.includes('"小"'))).toBe(true);
    await page.close();
  });

  it('shows an installment’s headline and the first lines of its story on a 390×844 phone’s first screen', async () => {
    const page = await newReaderPage(ctx.browser, { viewport: { width: 390, height: 844 } });
    await load(page, REAL_INSTALLMENT);
    const screen = await page.evaluate(() => {
      const headline = document.querySelector('h1')!.getBoundingClientRect();
      const first = document.querySelector('.prose p')!;
      return {
        headlineBottom: headline.bottom,
        firstTop: first.getBoundingClientRect().top,
        line: parseFloat(getComputedStyle(first).lineHeight),
        header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      };
    });
    expect(screen.headlineBottom).toBeLessThan(844);
    // Two full lines of the story above the fold.
    expect(screen.firstTop + 2 * screen.line).toBeLessThanOrEqual(844);
    expect(screen.header).toBeLessThanOrEqual(100);
    await page.close();
  });
});
