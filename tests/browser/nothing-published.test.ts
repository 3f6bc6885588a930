/**
 * An archive with nothing published yet (a new site, or drafts only) is built and read
 * like any other: the home page and the search page say there is nothing yet, the header
 * search leads there, and no page fails or asks for an index that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN';
import { chromiumPath, useSiteInBrowser } from '../support/browser';
import { buildSite } from '../support/build-site';
import { ALL_ARTICLES } from '../support/bad-inputs';
import { copyFixture } from '../support/fixture-copy';

function buildDraftsOnly(): string {
  const content = copyFixture();
  for (const folder of ALL_ARTICLES.filter((f) => !f.endsWith('draft-story'))) content.remove(folder);
  // What remains is the fixture's one draft.
  const build = buildSite(content.dir);
  if (!build.ok) throw new Error(build.output);
  return build.outDir;
}

describe.skipIf(!chromiumPath)('a site with nothing published', () => {
  let dist = '';
  const ctx = useSiteInBrowser(() => (dist ||= buildDraftsOnly()));

  it('says so on the home page and on the search page, without errors or a missing index', async () => {
    // Wide enough for the header's search box (phones get a 搜索 link instead).
    const page = await ctx.browser.newPage({ viewport: { width: 1024, height: 800 } });
    const errors: string[] = [];
    const missing: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(response.url());
    });
    await page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
    expect(await page.textContent('main')).toContain(t.series.empty);
    await page.fill('#site-search', '电梯');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('main')).toContain(t.search.nothingPublished);
    expect(await page.isVisible('#search-app')).toBe(false);
    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
    await page.close();
  });
});
