/**
 * In a real browser: the Content-Security-Policy blocks nothing the site
 * needs (search included), and no page asks any other host for anything.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { waitForResults } from '../support/search-page';

describe.skipIf(!chromiumPath)('security in the browser', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));

  async function visit(path: string, act?: (page: Page) => Promise<void>) {
    const page = await ctx.browser.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(ctx.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
        foreign.push(r.url());
      }
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    await page.goto(ctx.origin + path, { waitUntil: 'load' });
    await act?.(page);
    violations.push(...((await page.evaluate('window.cspViolations ?? []')) as string[]));
    await page.close();
    return { foreign, violations };
  }

  it.each([
    ['/', undefined],
    [
      '/articles/2026-05-13-first-story/?pagefind-highlight=%E7%94%B5%E6%A2%AF',
      (p: Page) => p.waitForSelector('mark').then(() => {}),
    ],
    ['/articles/2026-06-20-hostile-story/', undefined],
    ['/districts/', undefined],
    ['/search/?q=%E7%94%B5%E6%A2%AF', waitForResults],
  ] as [string, ((p: Page) => Promise<void>) | undefined][])(
    '%s: no policy violation, no other host',
    async (path, act) => {
      const { foreign, violations } = await visit(path, act);
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    },
  );
});
