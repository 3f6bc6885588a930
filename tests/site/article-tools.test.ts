/**
 * Headline words, bylines, Chinese quotes, and sharing in the built test site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { headlineWords } from '../../src/lib/headline-words';

const siteDir = inject('siteDir');
const read = (path: string) => readFileSync(join(siteDir, path));
const page = (path: string): CheerioAPI => load(read(join(path, 'index.html')).toString('utf8'));
const FIRST = 'articles/2026-05-13-first-story';
const CITYWIDE = 'articles/2026-06-01-citywide-story';
const HOSTILE = 'articles/2026-06-20-hostile-story';
/** The project's own first installment: its only picture is an illustration credited 示意图. */
const COLUMN = 'articles/2026-05-13-dangyuan-tiao-daliang';
const SITE = 'https://hemei.example.cn';

/** The groups of a headline as the page marks them: the text between <wbr>s. */
const groupsOf = ($: CheerioAPI, selector: string) =>
  ($(selector).html() ?? '').split('<wbr>').map((part) => load(part, null, false).text());

describe('headlines', () => {
  it('let the browser break the column’s headline only between words: 物业“管家”更贴心 stays whole', () => {
    const $ = page(COLUMN);
    const groups = groupsOf($, 'h1');
    expect(groups.join('')).toBe($('h1').text());
    expect(groups).toContain('“管家”');
    expect(groups).toContain('更贴心');
    expect(groups).toEqual(headlineWords($('h1').text()));
  });

  it('mark kickers, subtitles and the headlines of lists the same way', () => {
    const $ = page(FIRST);
    for (const selector of ['.article-header__kicker', '.article-header__subtitle']) {
      expect($(selector).hasClass('keep-words')).toBe(true);
      expect($(selector).find('wbr').length).toBeGreaterThan(0);
    }
    const list = page('series/test-column');
    expect(list('.article-list__headline.keep-words wbr').length).toBeGreaterThan(1);
  });
});

describe('quotation marks', () => {
  it('are Chinese in the page, its description and the feeds even where the editor typed straight ones', () => {
    const $ = page(CITYWIDE);
    expect($('.article-header__summary').text()).toBe('全市推进水电“抄表到户”的测试报道。');
    expect($('meta[name="description"]').attr('content')).toBe('全市推进水电“抄表到户”的测试报道。');
  });
});

describe('bylines', () => {
  it('never claim a photographer when the only picture is credited 示意图', () => {
    const $ = page(COLUMN);
    expect($('.photo__credit').first().text()).toContain('示意图');
    expect($('.bylines').text().replace(/\s+/g, ' ').trim()).toBe('本报记者 李欣');
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as { author: { name: string }[] };
    expect(ld.author.map((a) => a.name)).toEqual(['李欣']);
    // The fixture's hostile story names photographer-d, but its only picture is credited 示意图.
    const hostile = page(HOSTILE);
    expect(hostile('.bylines').text()).not.toContain('摄影');
    // The person's page does not list the installment either.
    expect(page('people/photographer-d').text()).not.toContain('转义');
  });

  it('keep the photographer a photo on the page credits', () => {
    const $ = page(FIRST);
    expect($('.bylines').text().replace(/\s+/g, ' ')).toContain('摄影 丁摄影');
    expect(page('people/photographer-d').text()).toContain('测试主标题');
  });
});

describe('sharing', () => {
  const $ = page(FIRST);
  const url = `${SITE}/${FIRST}/`;

  it('draws the QR code of the article’s absolute address inline, small, captioned 微信扫一扫', async () => {
    const svg = $('.share__qr svg');
    expect(svg).toHaveLength(1);
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-label')).toBe('本文网址的二维码');
    expect($('.share__qr figcaption').text()).toBe('微信扫一扫');
    // The same modules as the code of the address: the path that draws the dark modules.
    const expected = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const dark = (markup: string) => /<path stroke="#000000" d="([^"]+)"/.exec(markup)?.[1];
    expect(dark($.html(svg))).toBe(dark(expected));
    expect(Buffer.byteLength($.html(svg))).toBeLessThan(4096);
  });

  it('shows the address as text and links the 分享海报; the copy button and WeChat hint wait for JavaScript', () => {
    expect($('[data-share-url]').text()).toBe(url);
    expect($('.share__poster a').attr('href')).toBe('/share/poster/2026-05-13-first-story.png');
    for (const selector of ['[data-copy-row]', '[data-wechat-hint]', '[data-read-aloud]']) {
      expect($(selector).attr('hidden'), selector).toBeDefined();
    }
  });

  it('publishes a poster per article: the share card above, the QR code below', async () => {
    const poster = read('share/poster/2026-05-13-first-story.png');
    const meta = await sharp(poster).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 1050]);
    expect(poster.length).toBeLessThan(80 * 1024);
    const raw = async (png: Buffer, height: number) =>
      (
        await sharp(png).extract({ left: 0, top: 0, width: 1200, height }).removeAlpha().raw().toBuffer()
      ).subarray(0, 1200 * height * 3);
    const [top, card] = await Promise.all([
      raw(poster, 630),
      raw(read('share/2026-05-13-first-story.png'), 630),
    ]);
    let differing = 0;
    for (let i = 0; i < top.length; i++) if (Math.abs(top[i]! - card[i]!) > 8) differing++;
    expect(differing / top.length).toBeLessThan(0.001);
    // The QR code's top-left finder pattern: a dark ring round a light one round a dark centre.
    const band = await sharp(poster)
      .extract({ left: 72, top: 680, width: 320, height: 320 })
      .greyscale()
      .raw()
      .toBuffer();
    const dark = band.filter((v) => v < 100).length / band.length;
    expect(dark).toBeGreaterThan(0.3);
    expect(dark).toBeLessThan(0.7);
  });
});
