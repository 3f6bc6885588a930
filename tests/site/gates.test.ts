/**
 * Site-wide gates over the whole built test site, and proof that each gate
 * catches what it is for.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  brokenLinks,
  htmlErrors,
  htmlFiles,
  pagesWithContentAfterHtml,
  pagesWithoutEarlyReadingMode,
  pagesWithScripts,
  pageWeight,
  READING_MODE_SCRIPT,
  unusedImages,
} from '../support/site-gates';

const siteDir = inject('siteDir');
const ARTICLE = 'articles/2026-05-13-first-story/index.html';
/** A page's HTML + CSS + JS, gzipped, photos excluded. */
const PAGE_BUDGET = 30 * 1024;
/** The 长辈模式 script, gzipped. */
const READING_MODE_BUDGET = 1.5 * 1024;

/** A copy of one built page with a change, in its own small site. */
function tamperedSite(change: (html: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hemei-tampered-'));
  cpSync(siteDir, dir, { recursive: true });
  const page = join(dir, ARTICLE);
  writeFileSync(page, change(readFileSync(page, 'utf8')));
  return dir;
}

describe('the built site', () => {
  it('has no broken internal link, anchor or image', async () => {
    expect(await brokenLinks(siteDir)).toEqual([]);
  });

  it('has no HTML validation error on any page', async () => {
    expect(htmlFiles(siteDir).length).toBeGreaterThan(50);
    expect(await htmlErrors(siteDir)).toEqual([]);
    expect(pagesWithContentAfterHtml(siteDir)).toEqual([]);
  });

  it('keeps an article page within 30 KB gzipped, photos excluded', () => {
    const weight = pageWeight(siteDir, ARTICLE);
    expect(weight.css).toBeGreaterThan(0);
    expect(weight.total).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('publishes no image that no page or feed uses (no untouched originals)', () => {
    expect(readdirSync(join(siteDir, '_astro')).filter((f) => f.endsWith('.avif')).length).toBeGreaterThan(5);
    expect(unusedImages(siteDir)).toEqual([]);
  });

  it('keeps every page within 30 KB gzipped, photos excluded', () => {
    const over = htmlFiles(siteDir)
      .map((page) => ({ page, total: pageWeight(siteDir, page).total }))
      .filter(({ total }) => total > PAGE_BUDGET);
    expect(over).toEqual([]);
  });

  it('loads the 长辈模式 script (at most 1.5 KB gzipped) in every page’s <head>, before the stylesheet, blocking', () => {
    expect(gzipSync(readFileSync(join(siteDir, READING_MODE_SCRIPT))).length).toBeLessThanOrEqual(
      READING_MODE_BUDGET,
    );
    expect(pagesWithoutEarlyReadingMode(siteDir)).toEqual([]);
  });

  it('ships no other JavaScript but search and the article tools: the search page; on articles the highlight loader, copy link, WeChat hint and 听新闻', () => {
    const withScripts = pagesWithScripts(siteDir);
    expect(withScripts).toContain('search/index.html');
    for (const page of withScripts) expect(page).toMatch(/^(search|articles\/[^/]+)\/index\.html$/);
    const readingMode = gzipSync(readFileSync(join(siteDir, READING_MODE_SCRIPT))).length;
    const articleTools = pageWeight(siteDir, ARTICLE).js - readingMode;
    expect(articleTools).toBeGreaterThan(0);
    expect(articleTools).toBeLessThan(1536);
  });
});

describe('the gates themselves', () => {
  it('catch a broken link', async () => {
    const dir = tamperedSite((html) => html.replace('</main>', '<a href="/no-such-page/">坏链接</a></main>'));
    expect((await brokenLinks(dir)).some((b) => b.includes('/no-such-page/'))).toBe(true);
  }, 60_000);

  it('catch a link to a missing anchor', async () => {
    const dir = tamperedSite((html) =>
      html.replace('</main>', '<a href="#no-such-anchor">坏锚点</a></main>'),
    );
    expect((await brokenLinks(dir)).some((b) => b.includes('#no-such-anchor'))).toBe(true);
  }, 60_000);

  it('catch an image without alt text', async () => {
    const dir = tamperedSite((html) =>
      html.replace('</main>', '<img src="/favicon.svg" width="1" height="1"></main>'),
    );
    expect((await htmlErrors(dir)).some((e) => e.includes('wcag/h37'))).toBe(true);
  }, 60_000);

  it('catch a script after </html>', () => {
    const dir = tamperedSite((html) => `${html}<script type="module" src="/x.js"></script>`);
    expect(pagesWithContentAfterHtml(dir)).toEqual([ARTICLE]);
  });

  it('catch an image no page uses', () => {
    const dir = tamperedSite((html) => html);
    const [photo] = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.jpg'));
    cpSync(join(dir, '_astro', photo!), join(dir, '_astro', 'original.AbCd1234.jpg'));
    expect(unusedImages(dir)).toEqual(['original.AbCd1234.jpg']);
  });

  it('catch a page over budget', () => {
    const filler = Array.from({ length: 40_000 }, (_, i) => `<p>${i.toString(36)}${Math.sin(i)}</p>`).join(
      '',
    );
    const dir = tamperedSite((html) => html.replace('</main>', `${filler}</main>`));
    expect(pageWeight(dir, ARTICLE).total).toBeGreaterThan(PAGE_BUDGET);
  });
});
