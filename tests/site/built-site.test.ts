/**
 * The fixture content built with the real build: what a reader gets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const page = (path: string): CheerioAPI => load(readFileSync(join(siteDir, path, 'index.html'), 'utf8'));
const FIRST = 'articles/2026-05-13-first-story';

describe('article page', () => {
  const $ = page(FIRST);

  it('is a Chinese document with one h1: the headline, with kicker above and subtitle below', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe('测试主标题：电梯换新了');
    const header = $('.article-header').text();
    expect(header.indexOf('测试引题')).toBeLessThan(header.indexOf('测试主标题'));
    expect(header.indexOf('测试主标题')).toBeLessThan(header.indexOf('测试副题'));
    expect($('title').text()).toContain('测试主标题：电梯换新了');
  });

  it('groups bylines by role in the paper order, names apart in the text itself, each linking to the person', () => {
    const groups = $('.bylines__group')
      .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
      .get();
    // Real spaces and 、 in the text: copied text and reader mode keep the names apart.
    expect(groups).toEqual(['本报记者 甲记者、乙记者', '通讯员 丙通讯员', '摄影 丁摄影']);
    expect($('.bylines a').first().attr('href')).toBe('/people/reporter-a/');
  });

  it('shows both roles of a reporter who took the photos too, and lists them once as an author', () => {
    const $citywide = page('articles/2026-06-01-citywide-story');
    const groups = $citywide('.bylines__group')
      .map((_, el) => $citywide(el).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(groups).toEqual(['本报记者 甲记者', '摄影 甲记者']);
    const data = JSON.parse($citywide('script[type="application/ld+json"]').text());
    expect(data.author).toEqual([
      { '@type': 'Person', name: '甲记者', url: 'https://hemei.example.cn/people/reporter-a/' },
    ]);
    // The person page lists the installment once, not once per role.
    const $person = page('people/reporter-a');
    const items = $person('li').filter(
      (_, li) => $person(li).find('a[href="/articles/2026-06-01-citywide-story/"]').length > 0,
    );
    expect(items).toHaveLength(1);
  });

  it('prints dates in Chinese inside <time datetime>', () => {
    const times = $('.article-header__dates time');
    expect(times.first().attr('datetime')).toBe('2026-05-13');
    expect(times.first().text()).toBe('2026年5月13日');
    expect(times.eq(1).text()).toBe('2026年5月20日');
    expect($('.article-header__print').text()).toBe('原载《海口日报》2026年5月13日 A03版');
  });

  it('serves the cover as AVIF and WebP with srcset, fixed size, loaded first', () => {
    const cover = $('.photo').first();
    expect(cover.find('source[type="image/avif"]').attr('srcset')).toMatch(/\.avif 800w, .+\.avif 1200w$/);
    const img = cover.find('img');
    expect(img.attr('srcset')).toMatch(/\.webp 800w, .+\.webp 1200w$/);
    expect(img.attr('src')).toMatch(/\.webp$/);
    expect(img.attr('alt')).toBe('测试封面：蓝色背景上的色块');
    expect(img.attr('width')).toBe('1200');
    expect(img.attr('height')).toBe('800');
    expect(img.attr('loading')).toBe('eager');
    expect(img.attr('fetchpriority')).toBe('high');
    expect(cover.find('figcaption').text()).toContain('测试封面的图片说明');
    expect(cover.find('.photo__credit').text()).toBe('丁摄影 摄');
    for (const src of cover.find('source').attr('srcset')!.split(', ')) {
      expect(existsSync(join(siteDir, src.split(' ')[0]!))).toBe(true);
    }
  });

  it('renders the body photo through <Figure>, lazily, with caption and credit', () => {
    const figure = $('.prose .photo');
    expect(figure).toHaveLength(1);
    expect(figure.find('img').attr('loading')).toBe('lazy');
    expect(figure.find('img').attr('alt')).toBe('测试插图：绿色色块');
    expect(figure.find('figcaption').text()).toContain('正文里的测试照片说明');
    // The photo is optimized like the cover: every size it lists was written.
    const srcset = figure.find('source').first().attr('srcset') ?? '';
    expect(srcset).toMatch(/\.(avif|webp) /);
    for (const src of srcset.split(', ')) expect(existsSync(join(siteDir, src.split(' ')[0]!))).toBe(true);
  });

  it('renders the body in order: paragraphs, a subheading with its anchor, the photo', () => {
    const prose = $('.prose');
    expect(prose.children().first().is('p')).toBe(true);
    expect(prose.find('h2').attr('id')).toBe('小标题一');
    expect(
      prose
        .children()
        .map((_, el) => $(el).prop('tagName'))
        .get(),
    ).toEqual(['P', 'H2', 'FIGURE', 'P']);
    expect(prose.text()).not.toContain('import');
  });

  it('numbers heading anchors within each article, not across the site', () => {
    // The second installment has a subheading with the same text as this one's.
    expect(page('articles/2026-06-01-citywide-story')('.prose h2').attr('id')).toBe('小标题一');
  });

  it('shows corrections with their date', () => {
    expect($('.corrections h2').text()).toBe('更正');
    expect($('.corrections li').text()).toContain('2026年5月20日更正：原文把电梯数量写错了');
  });

  it('links to its district, community and topic pages', () => {
    const hrefs = $('.tag-links a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(hrefs).toEqual(['/districts/qiongshan/', '/communities/test-garden/', '/topics/lift-renewal/']);
  });

  it('links to the next installment, and the next back to it', () => {
    expect($('a[rel="next"]').attr('href')).toBe('/articles/2026-06-01-citywide-story/');
    expect($('a[rel="prev"]')).toHaveLength(0);
    const $next = page('articles/2026-06-01-citywide-story');
    expect($next('a[rel="prev"]').attr('href')).toBe(`/${FIRST}/`);
  });

  it('has a skip link to the main landmark', () => {
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
  });
});

describe('series page', () => {
  const $ = page('series/test-column');

  it('shows the editor’s note and every published installment, newest first', () => {
    expect($('h1').text()).toBe('《测试专栏》');
    expect($('.series-note').text()).toContain('开栏的话');
    expect($('.series-note').text()).toContain('这是测试专栏的开栏的话');
    const headlines = $('.article-list__headline')
      .map((_, el) => $(el).text())
      .get();
    expect(headlines).toEqual([
      '测试无图报道：楼道灯全亮了',
      '转义</script>“引号”&amp;<!--',
      '测试全市报道：抄表到户推进',
      '测试主标题：电梯换新了',
    ]);
  });
});

describe('publishing', () => {
  it('leaves drafts and future installments out of pages and lists', () => {
    expect(existsSync(join(siteDir, 'articles/2026-06-10-draft-story'))).toBe(false);
    expect(existsSync(join(siteDir, 'articles/2099-01-01-future-story'))).toBe(false);
    const meilan = page('districts/meilan').html();
    expect(meilan).not.toContain('测试草稿');
    expect(meilan).not.toContain('测试定时');
  });

  it('builds one search index of the published installments only, in search terms', () => {
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    // Not zh: neither Pagefind nor the browser may segment the terms again (src/lib/search-text.ts).
    expect(Object.keys(entry.languages)).toEqual(['und-x-s0']);
    const published = readdirSync(join(siteDir, 'articles'), { withFileTypes: true }).filter((d) =>
      existsSync(join(siteDir, 'articles', d.name, 'index.html')),
    ).length;
    expect(entry.languages['und-x-s0'].page_count).toBe(published);
    // Pagefind's own user interfaces are not published: the site uses none of them.
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });

  it('publishes the traditional-character table and the names with their pinyin', () => {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'search.json'), 'utf8'));
    expect(manifest.shards).toEqual(['pagefind/']);
    expect(manifest.fold['區']).toBe('区');
    const names = JSON.parse(readFileSync(join(siteDir, 'search-names.json'), 'utf8')) as {
      kind: string;
      name: string;
      url: string;
      syllables: string[];
    }[];
    expect(names).toContainEqual(
      expect.objectContaining({ kind: 'community', name: '测试花园小区', url: '/communities/test-garden/' }),
    );
    expect(names.find((n) => n.name === '琼山区')?.syllables).toEqual(['qiong', 'shan', 'qu']);
  });

  it('loads scripts, styles and images only from the site itself', () => {
    for (const path of ['', FIRST, 'series/test-column', 'communities/test-garden']) {
      const $ = page(path);
      const fetched = [
        ...$('script[src]')
          .map((_, el) => $(el).attr('src'))
          .get(),
        ...$('link[rel="stylesheet"], link[rel="icon"], link[rel="preload"], link[rel="modulepreload"]')
          .map((_, el) => $(el).attr('href'))
          .get(),
        ...$('img[src]')
          .map((_, el) => $(el).attr('src'))
          .get(),
        ...$('[srcset]')
          .map((_, el) =>
            $(el)
              .attr('srcset')!
              .split(/,\s*/)
              .map((s) => s.split(' ')[0]!),
          )
          .get(),
      ];
      expect(fetched.length).toBeGreaterThan(0);
      for (const url of fetched) expect(url, path).toMatch(/^\/(?!\/)/);
    }
  });
});

describe('index pages', () => {
  it('lists a community with its facts and its installments', () => {
    const $ = page('communities/test-garden');
    const facts = $('.fact-card dl').text();
    expect(facts).toContain('琼山区');
    expect(facts).toContain('府城街道');
    expect(facts).toContain('2011年');
    expect(facts).toContain('8 部');
    expect($('.article-list__headline').text()).toBe('测试主标题：电梯换新了');
  });

  it('files a city-wide story under no single district', () => {
    expect(page('districts/qiongshan').text()).not.toContain('测试全市报道');
    expect(page('topics/metering').text()).toContain('测试全市报道');
  });
});
