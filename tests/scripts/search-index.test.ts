/**
 * The search index step (scripts/search-index.ts) on a small built site: shards oldest first,
 * and shards whose pages did not change copied from the cache, giving the same index as a
 * build from nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, DOCUMENT_CACHE_FOLDER, SHARD_CACHE_FOLDER } from '../../scripts/search-index';
import { fileTree } from '../support/file-tree';

const SLOW = { timeout: 60_000 };

/** An article page as the site renders it, reduced to what the index reads. */
function page(day: number, words: string): string {
  const date = `2026-01-${String(day).padStart(2, '0')}`;
  return `<!doctype html><html lang="zh-CN"><body><main><article data-pagefind-body>
<h1 data-pagefind-weight="10">第${day}期 ${words}</h1>
<div hidden><span data-pagefind-sort="date[data-value]" data-value="${date}"></span><span data-pagefind-meta="date[data-date]" data-date="${date}"></span></div>
<div class="prose"><p>${words}，小区居民一起商量。</p></div>
</article></main></body></html>`;
}

const STORIES = ['加装电梯', '议事堂开会', '停车位划线', '雨污分流', '垃圾分类', '楼道照明'];

describe('search index shards', () => {
  let work: string;
  const siteWith = (name: string, days: number[], change: Record<number, string> = {}) => {
    const site = join(work, name);
    for (const day of days) {
      const folder = join(site, 'articles', `story-${day}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), page(day, change[day] ?? STORIES[day - 1]!));
    }
    return site;
  };
  const index = (site: string) => fileTree(join(site, 'pagefind'));

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'hemei-search-index-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    're-indexes only the shards whose pages changed, and the index is the same as from nothing',
    SLOW,
    async () => {
      const cacheDir = join(work, 'cache');
      const options = { shardPages: 2, cacheDir };
      const five = await buildSearchIndex(siteWith('five', [1, 2, 3, 4, 5]), options);
      expect(five).toEqual({ pages: 5, shards: 3, reused: 0, pagesFromCache: 0, ok: true });

      // One installment more: only the newest shard (pages 5 and 6) is new, and only the new page is read.
      const sixSite = siteWith('six', [1, 2, 3, 4, 5, 6]);
      expect(await buildSearchIndex(sixSite, options)).toEqual({
        pages: 6,
        shards: 3,
        reused: 2,
        pagesFromCache: 5,
        ok: true,
      });
      const fromNothing = siteWith('six-cold', [1, 2, 3, 4, 5, 6]);
      await buildSearchIndex(fromNothing, { shardPages: 2, cacheDir: join(work, 'empty-cache') });
      expect(index(sixSite)).toEqual(index(fromNothing));
      const manifest = JSON.parse(readFileSync(join(sixSite, 'pagefind/search.json'), 'utf8')) as {
        shards: string[];
      };
      expect(manifest.shards).toEqual(['pagefind/', 'pagefind/shard-1/', 'pagefind/shard-2/']);

      // A correction to the oldest installment: its shard is indexed again, with the new words.
      const corrected = siteWith('corrected', [1, 2, 3, 4, 5, 6], { 1: '加装电梯更正' });
      expect(await buildSearchIndex(corrected, options)).toMatchObject({ reused: 2, pagesFromCache: 5 });
      expect(index(corrected)).not.toEqual(index(sixSite));
      const correctedCold = siteWith('corrected-cold', [1, 2, 3, 4, 5, 6], { 1: '加装电梯更正' });
      await buildSearchIndex(correctedCold, { shardPages: 2, cacheDir: join(work, 'empty-cache-2') });
      expect(index(corrected)).toEqual(index(correctedCold));

      // The cache holds the last build's shards and pages only.
      expect(readdirSync(join(cacheDir, SHARD_CACHE_FOLDER))).toHaveLength(3);
      expect(readdirSync(join(cacheDir, DOCUMENT_CACHE_FOLDER))).toHaveLength(6);

      // A half-written page entry (a build stopped while writing it) is read again, not trusted.
      const folder = join(cacheDir, DOCUMENT_CACHE_FOLDER);
      for (const entry of readdirSync(folder)) writeFileSync(join(folder, entry), '{"document":');
      const again = siteWith('again', [1, 2, 3, 4, 5, 6], { 1: '加装电梯更正' });
      expect(await buildSearchIndex(again, options)).toMatchObject({ reused: 3, pagesFromCache: 0 });
      expect(index(again)).toEqual(index(correctedCold));
    },
  );
});
