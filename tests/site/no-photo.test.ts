/**
 * An installment printed without a photo, as the built site publishes it: the
 * article page, its card on the home page, its feed item, its search entry and
 * its structured data all stand without a cover, with nothing empty in its place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const page = (path: string): CheerioAPI => load(read(join(path, 'index.html')));
const SLUG = '2026-11-30-no-photo-story';
const HEADLINE = '测试无图报道：楼道灯全亮了';

describe('an installment without a photo', () => {
  const $ = page(`articles/${SLUG}`);

  it('has its article page with the headline, the body and no picture or empty figure', () => {
    expect($('h1').text()).toBe(HEADLINE);
    expect($('.prose p').first().text()).toContain('楼道灯全部换新');
    expect($('article figure, article picture, article img')).toHaveLength(0);
    // A rule under the header stands where the photo would be.
    expect($('article.article--text .article-header')).toHaveLength(1);
  });

  it('still has a share card and names it as the image in its Open Graph tags and NewsArticle data', async () => {
    const card = `share/${SLUG}.png`;
    expect(existsSync(join(siteDir, card))).toBe(true);
    expect(await sharp(join(siteDir, card)).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect($('meta[property="og:image"]').attr('content')).toBe(`https://hemei.example.cn/${card}`);
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data.image).toEqual([`https://hemei.example.cn/${card}`]);
  });

  it('is a text card on the home page: kicker, headline and summary, no picture', () => {
    const card = page('')('.card').filter((_, el) => load(el)('.card__headline').text() === HEADLINE);
    expect(card).toHaveLength(1);
    expect(card.hasClass('card--text')).toBe(true);
    expect(card.find('picture, img')).toHaveLength(0);
    expect(card.find('.card__kicker').text()).toBe('测试引题：报纸上没有配照片');
    expect(card.find('.card__summary').text()).toContain('没有照片的一期测试报道');
    // Cards with a cover keep their picture.
    expect(page('')('.card:not(.card--text) picture').length).toBeGreaterThan(0);
  });

  it('has a feed item with its summary and no image', () => {
    const items = [
      new XMLParser({ ignoreAttributes: false }).parse(read('districts/meilan/feed.xml')).rss.channel.item,
    ].flat();
    const item = items.find((i: { link: string }) => i.link.endsWith(`/${SLUG}/`));
    expect(item['content:encoded']).toBe('<p>没有照片的一期测试报道：列表、文章页和分享卡片都只用文字。</p>');
  });

  it('gives search no thumbnail to show', () => {
    const meta = $('[data-pagefind-meta]').attr('data-pagefind-meta');
    expect(meta).toBe('date[data-date], districts[data-districts]');
    expect($('[data-image]')).toHaveLength(0);
  });
});
