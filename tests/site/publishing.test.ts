/**
 * What makes the archive a publication on the open web: feeds, sitemap,
 * structured data, share cards, corrections and the security policy, on the
 * built test site, including an article whose frontmatter tries to break out
 * of every context it is printed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { FEED_SIZE } from '../../src/lib/pagination';
import { CSP_META } from '../../src/lib/csp';
import { htmlFiles } from '../support/site-gates';

const siteDir = inject('siteDir');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const page = (path: string): CheerioAPI => load(read(join(path, 'index.html')));
const xml = (path: string) => new XMLParser({ ignoreAttributes: false }).parse(read(path));
const HOSTILE = 'articles/2026-06-20-hostile-story';
/** As published: the editor's straight quotes become Chinese ones everywhere (src/lib/full-width-quotes.ts). */
const HOSTILE_HEADLINE = '转义</script>“引号”&amp;<!--';

describe('feeds', () => {
  it('publish the column’s latest installments, newest first, however large the archive', () => {
    const channel = xml('feed.xml').rss.channel;
    expect(channel.language).toBe('zh-cn');
    const items = [channel.item].flat();
    expect(items).toHaveLength(FEED_SIZE);
    const dates = items.map((item: { pubDate: string }) => new Date(item.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('carry the full summary, cover, categories and share card of each installment', () => {
    const items = [xml('topics/metering/feed.xml').rss.channel.item].flat();
    const citywide = items.find((item: { link: string }) =>
      item.link.endsWith('/2026-06-01-citywide-story/'),
    );
    expect(citywide.description).toBe('全市推进水电“抄表到户”的测试报道。');
    expect([citywide.category].flat()).toEqual(['全市', '抄表到户', '电梯更新']);
    expect(citywide.enclosure['@_url']).toBe('https://hemei.example.cn/share/2026-06-01-citywide-story.png');
    expect(citywide.enclosure['@_type']).toBe('image/png');
    expect(Number(citywide.enclosure['@_length'])).toBeGreaterThan(1000);
    expect(citywide['content:encoded']).toMatch(
      /<img src="https:\/\/hemei\.example\.cn\/_astro\/.+\.jpg" alt="测试封面：橙色背景"/,
    );
  });

  it('exist per district and per topic, with only their installments and no drafts', () => {
    const meilan = [xml('districts/meilan/feed.xml').rss.channel.item].flat().filter(Boolean);
    expect(meilan.map((i: { link: string }) => i.link)).toContain(
      'https://hemei.example.cn/articles/2026-06-20-hostile-story/',
    );
    expect(JSON.stringify(meilan)).not.toContain('draft-story');
    const metering = [xml('topics/metering/feed.xml').rss.channel.item].flat();
    expect(metering.every((i: { category: string[] }) => [i.category].flat().includes('抄表到户'))).toBe(
      true,
    );
  });

  it('are announced on the pages for readers’ feed apps', () => {
    expect(page('').root().find('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(
      'https://hemei.example.cn/feed.xml',
    );
    const district = page('districts/qiongshan').root().find('link[rel="alternate"]');
    expect(district.map((_, el) => el.attribs.href).get()).toContain(
      'https://hemei.example.cn/districts/qiongshan/feed.xml',
    );
  });
});

describe('sitemap and robots', () => {
  it('list every public page and nothing unpublished', () => {
    const index = xml('sitemap-index.xml');
    const sitemap = xml(new URL([index.sitemapindex.sitemap].flat()[0].loc).pathname);
    const urls = [sitemap.urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(urls).toContain('https://hemei.example.cn/articles/2026-05-13-first-story/');
    expect(urls).toContain('https://hemei.example.cn/districts/meilan/');
    expect(urls.some((u: string) => u.includes('draft-story') || u.includes('future-story'))).toBe(false);
    expect(urls.some((u: string) => u.includes('/search/'))).toBe(false);
    expect(read('robots.txt')).toContain('Sitemap: https://hemei.example.cn/sitemap-index.xml');
  });

  it('give every page a canonical URL', () => {
    for (const file of htmlFiles(siteDir).filter((f) => f !== '404.html')) {
      const href = load(read(file))('link[rel="canonical"]').attr('href');
      expect(href, file).toBe(`https://hemei.example.cn/${file.replace(/index\.html$/, '')}`);
    }
  });
});

describe('structured data and share cards', () => {
  it('describe an article as a NewsArticle in its column', () => {
    const $ = page('articles/2026-05-13-first-story');
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: '测试主标题：电梯换新了',
      datePublished: '2026-05-13',
      dateModified: '2026-05-20',
      author: [{ name: '甲记者' }, { name: '乙记者' }, { name: '丙通讯员' }, { name: '丁摄影' }],
      publisher: { name: '海口日报' },
      isPartOf: { '@type': 'CreativeWorkSeries', name: '测试专栏' },
      image: ['https://hemei.example.cn/share/2026-05-13-first-story.png'],
    });
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:image"]').attr('content')).toBe(
      'https://hemei.example.cn/share/2026-05-13-first-story.png',
    );
    expect($('meta[property="article:modified_time"]').attr('content')).toBe('2026-05-20');
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });

  it('keep hostile frontmatter text inert in JSON-LD, attributes and text', () => {
    const html = read(join(HOSTILE, 'index.html'));
    const $ = load(html);
    expect($('script')).toHaveLength(3); // the 长辈模式 script, the JSON-LD block and the highlight loader, nothing injected
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data.headline).toBe(HOSTILE_HEADLINE);
    expect(data.description).toBe('摘要里有 </script> 和 “引号” 以及 & 符号 <b>不是粗体</b>');
    expect($('h1').text()).toBe(HOSTILE_HEADLINE);
    expect($('meta[property="og:title"]').attr('content')).toBe(HOSTILE_HEADLINE);
    expect($('meta[name="description"]').attr('content')).toBe(
      '摘要里有 </script> 和 “引号” 以及 & 符号 <b>不是粗体</b>',
    );
    expect($('.photo img').attr('alt')).toBe('替代文字里有“引号”和 <尖括号>');
    expect($('b')).toHaveLength(0);
    const item = [xml('feed.xml').rss.channel.item]
      .flat()
      .find((i: { link: string }) => i.link.includes('hostile'));
    expect(item.title).toBe(`${HOSTILE_HEADLINE}——引题里有“双引号”和‘单引号’`);
  });

  it('draw a 1200×630 share card per article and one for the site', async () => {
    for (const path of ['share/2026-05-13-first-story.png', 'share/site.png']) {
      const meta = await sharp(join(siteDir, path)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
    expect(page('districts').root().find('meta[property="og:image"]').attr('content')).toBe(
      'https://hemei.example.cn/share/site.png',
    );
  });
});

describe('corrections', () => {
  it('show as a dated notice at the top of the article', () => {
    const $ = page('articles/2026-05-13-first-story');
    const order = $('.article')
      .children()
      .map((_, el) => $(el).attr('class') ?? el.tagName)
      .get();
    expect(order.indexOf('corrections')).toBeLessThan(order.indexOf('photo'));
    expect($('.corrections').text()).toContain('2026年5月20日更正');
  });

  it('are listed on /corrections/ with links, newest first', () => {
    const $ = page('corrections');
    const entries = $('.correction-entry');
    expect(entries.length).toBeGreaterThanOrEqual(1);
    const fixture = entries.filter((_, el) => $(el).text().includes('原文把电梯数量写错了'));
    expect(fixture.find('a').attr('href')).toBe('/articles/2026-05-13-first-story/');
    const dates = entries.map((_, el) => $(el).find('time').attr('datetime')).get();
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('security policy', () => {
  it('is on every page and in _headers, with no inline script allowed', () => {
    expect(CSP_META).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_META).not.toContain('unsafe-inline');
    for (const file of htmlFiles(siteDir)) {
      const $ = load(read(file));
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content'), file).toBe(CSP_META);
      expect($('script:not([src]):not([type="application/ld+json"])'), file).toHaveLength(0);
      expect(read(file), file).not.toMatch(/\son[a-z]+="/);
    }
    expect(read('_headers')).toContain(`Content-Security-Policy: ${CSP_META}; frame-ancestors 'self'`);
  });

  it('shows no filing numbers when none are configured', () => {
    expect(page('').root().find('.site-footer__filing')).toHaveLength(0);
  });
});
