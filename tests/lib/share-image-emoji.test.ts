/**
 * An emoji in a headline, kicker or district name on the share card: no empty
 * boxes. Missing glyphs all draw the same box, so a card that still held one
 * would differ from the card drawn from the text without the emoji.
 */
import { describe, expect, it } from 'vitest';
import { renderShareImage, renderShareSvg, type ShareImageInput } from '../../src/lib/share-image';

const SLOW = { timeout: 60_000 };
const sample: ShareImageInput = {
  columnTitle: '《这些“和美小区”是怎样炼成的?》',
  kicker: '海口充分发挥基层党组织作用',
  headline: '党员带头“挑大梁” 物业“管家”更贴心',
  places: ['琼山区'],
};

describe('share card with emoji', () => {
  it('draws the card of the text without the emoji the font lacks, not boxes', SLOW, async () => {
    const withEmoji = await renderShareImage({
      ...sample,
      kicker: '🎉海口充分发挥基层党组织作用👍🏻',
      headline: '党员带头“挑大梁”❤️ 物业“管家”更贴心✅',
      places: ['琼山区🏠'],
    });
    expect(withEmoji.equals(await renderShareImage(sample))).toBe(true);
  });

  it('sets the headline at the size the text without emoji takes', SLOW, async () => {
    const long = '老旧小区加装电梯：从“爬楼难”到“上下楼”的幸福之路越走越宽';
    const svg = await renderShareSvg({ ...sample, headline: `🎉🎉🎉${long}🎉🎉🎉` });
    expect(svg).toBe(await renderShareSvg({ ...sample, headline: long }));
  });

  it('still draws a pictograph the font has, from its plain character', SLOW, async () => {
    const sun = await renderShareImage({ ...sample, headline: '晴天☀️好' });
    expect(sun.equals(await renderShareImage({ ...sample, headline: '晴天☀好' }))).toBe(true);
    expect(sun.equals(await renderShareImage({ ...sample, headline: '晴天好' }))).toBe(false);
  });
});
