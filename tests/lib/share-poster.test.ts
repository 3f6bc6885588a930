import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareImage, SHARE_IMAGE_HEIGHT } from '../../src/lib/share-image';
import { POSTER_HEIGHT, POSTER_WIDTH, renderSharePoster } from '../../src/lib/share-poster';

const card = {
  columnTitle: '《这些“和美小区”是怎样炼成的？》',
  kicker: '海口充分发挥基层党组织作用引领和美小区建设',
  headline: '党员带头“挑大梁” 物业“管家”更贴心',
  places: ['琼山区', '美兰区'],
};
const band = { caption: '微信扫一扫', hint: '长按识别二维码，阅读全文', columnTitle: card.columnTitle };
const SLOW = { timeout: 60_000 };

/** Share of dark pixels in a square of the poster. */
async function darkShare(png: Buffer, left: number, top: number, size: number): Promise<number> {
  const grey = await sharp(png)
    .extract({ left, top, width: size, height: size })
    .greyscale()
    .raw()
    .toBuffer();
  return grey.filter((v) => v < 100).length / grey.length;
}

describe('share poster', () => {
  it('is the share card with a band below holding the QR code of the address', SLOW, async () => {
    const cardPng = await renderShareImage(card);
    const poster = await renderSharePoster({
      card: cardPng,
      url: 'https://hemei.example.cn/articles/a/',
      band,
    });
    const meta = await sharp(poster).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', POSTER_WIDTH, POSTER_HEIGHT]);
    // A QR code is about half dark; the same square on the card's paper would be empty.
    expect(await darkShare(poster, 72, SHARE_IMAGE_HEIGHT + 50, 320)).toBeGreaterThan(0.3);
    // The top-left finder pattern’s dark centre: modules 4–6 of a code with 11 px modules and a 2-module margin.
    expect(await darkShare(poster, 72 + 50, SHARE_IMAGE_HEIGHT + 50 + 50, 16)).toBeGreaterThan(0.9);
    // Another address gives another code, and so another poster.
    const other = await renderSharePoster({
      card: cardPng,
      url: 'https://hemei.example.cn/articles/b/',
      band,
    });
    expect(other.equals(poster)).toBe(false);
  });
});
