import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  fitHeadline,
  HEADLINE_MAX_LINES,
  HEADLINE_SIZES,
  renderFallbackShareImage,
  renderShareImage,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type ShareImageInput,
} from '../../src/lib/share-image';

const COLUMN = '《这些“和美小区”是怎样炼成的?》';
const sample: ShareImageInput = {
  columnTitle: COLUMN,
  kicker: '海口充分发挥基层党组织作用引领和美小区建设',
  headline: '党员带头“挑大梁” 物业“管家”更贴心',
  places: ['琼山区', '美兰区'],
};
/** Exactly 30 characters, with the quotes that keep the line breaker from breaking beside them. */
const THIRTY = '老旧小区加装电梯：从“爬楼难”到“上下楼”的幸福之路越走越宽';
const VERY_LONG = '这是一个非常非常长的标题，'.repeat(16);

// The first render reads and parses the fonts; on a busy two-core machine that can take seconds.
const SLOW = { timeout: 60_000 };

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

async function pixels(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** Headline ink (#1b1b1b and its darkest edges): dark and grey, so neither the muted kicker nor the red accent. */
function isInk(p: Pixels, x: number, y: number): boolean {
  const i = (y * p.width + x) * p.channels;
  const [r, g, b] = [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!];
  return r < 70 && g < 70 && b < 70;
}

function isAccent(p: Pixels, x: number, y: number): boolean {
  const i = (y * p.width + x) * p.channels;
  const [r, g, b] = [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!];
  return r > 120 && g < 70 && b < 70;
}

/** Rows that hold headline ink, and the bands of consecutive such rows: one band per line of text. */
function inkRows(p: Pixels): { rows: number[]; bands: number; count: number } {
  const rows: number[] = [];
  let count = 0;
  for (let y = 0; y < p.height; y++) {
    let inRow = 0;
    for (let x = 0; x < p.width; x++) if (isInk(p, x, y)) inRow++;
    if (inRow > 0) rows.push(y);
    count += inRow;
  }
  let bands = 0;
  rows.forEach((y, i) => {
    if (i === 0 || y - rows[i - 1]! > 4) bands++;
  });
  return { rows, bands, count };
}

describe('share image', () => {
  it('is a 1200×630 PNG', SLOW, async () => {
    const png = await renderShareImage(sample);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]);
    expect([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });

  it('is byte-identical for the same input, even after other renders loaded more fonts', SLOW, async () => {
    const first = await renderShareImage(sample);
    // Rare characters make satori load extra font slices into its shared font cache.
    await renderShareImage({ ...sample, headline: '骉晅小区' });
    await renderShareImage({ ...sample, headline: VERY_LONG, kicker: undefined });
    const again = await renderShareImage({ ...sample, places: [...sample.places] });
    expect(again.equals(first)).toBe(true);
    const other = await renderShareImage({ ...sample, headline: '物业“管家”更贴心' });
    expect(other.equals(first)).toBe(false);
  });

  it(
    'draws a card with rare characters the same before and after cards that needed other slices',
    SLOW,
    async () => {
      const rare = { ...sample, headline: '骉晅小区' };
      const before = await renderShareImage(rare);
      // 龘 and 𠀀 live in other slices, so the fonts handed to satori grow between the two draws.
      await renderShareImage({ ...sample, headline: '龘靐小区', kicker: '𠀀' });
      expect((await renderShareImage(rare)).equals(before)).toBe(true);
    },
  );

  it(
    'draws the headline in ink between the rules, the column name in red at the top, on paper',
    SLOW,
    async () => {
      const p = await pixels(await renderShareImage(sample));
      const { rows, bands, count } = inkRows(p);
      // Two lines of 17 bold characters at 72px: tens of thousands of dark pixels.
      expect(count).toBeGreaterThan(20_000);
      expect(bands).toBe(2);
      // Between the rule under the column name (y≈111) and the rule over the districts (y≈524).
      expect(Math.min(...rows)).toBeGreaterThan(115);
      expect(Math.max(...rows)).toBeLessThan(520);

      let accentInTitle = 0;
      for (let y = 30; y < 100; y++) for (let x = 60; x < 700; x++) if (isAccent(p, x, y)) accentInTitle++;
      expect(accentInTitle).toBeGreaterThan(2_000);

      // The margins are paper #fffdf8, give or take the palette quantiser's rounding (at most 3/255).
      for (const [x, y] of [
        [5, 300],
        [1194, 620],
        [600, 20],
      ] as const) {
        const i = (y * p.width + x) * p.channels;
        const rgb = [...p.data.subarray(i, i + 3)];
        [0xff, 0xfd, 0xf8].forEach((want, c) => expect(Math.abs(rgb[c]! - want)).toBeLessThanOrEqual(3));
      }
    },
  );

  it('sets a 30-character headline in at most three lines, shrinking it if needed', SLOW, async () => {
    expect([...THIRTY]).toHaveLength(30);
    const fit = await fitHeadline(THIRTY);
    expect(fit.lines).toBeLessThanOrEqual(HEADLINE_MAX_LINES);
    expect(fit.fontSize).toBeLessThan(HEADLINE_SIZES[0]);
    expect(fit.wrap).not.toBe('clamp');

    const { rows, bands } = inkRows(await pixels(await renderShareImage({ ...sample, headline: THIRTY })));
    expect(bands).toBeGreaterThanOrEqual(2);
    expect(bands).toBeLessThanOrEqual(HEADLINE_MAX_LINES);
    expect(Math.min(...rows)).toBeGreaterThan(115);
    expect(Math.max(...rows)).toBeLessThan(520);
  });

  it('keeps a short headline large and on one line', SLOW, async () => {
    expect(await fitHeadline('和美小区是怎样炼成的')).toEqual({ fontSize: 72, wrap: 'wrap', lines: 1 });
  });

  it('still renders a very long headline, cut to three lines at the smallest size', SLOW, async () => {
    expect(await fitHeadline(VERY_LONG)).toMatchObject({ fontSize: HEADLINE_SIZES.at(-1), wrap: 'clamp' });
    const png = await renderShareImage({
      ...sample,
      headline: VERY_LONG,
      kicker: '引题也很长'.repeat(20),
      places: ['秀英区', '龙华区', '琼山区', '美兰区'],
    });
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
    const { rows, bands } = inkRows(await pixels(png));
    expect(bands).toBe(HEADLINE_MAX_LINES);
    expect(Math.max(...rows)).toBeLessThan(520);
  });

  it('renders without a kicker, and the kicker shows when given', SLOW, async () => {
    const without = await renderShareImage({ ...sample, kicker: undefined });
    const blank = await renderShareImage({ ...sample, kicker: '  ' });
    expect(blank.equals(without)).toBe(true);
    expect(without.equals(await renderShareImage(sample))).toBe(false);
  });

  it('draws rare characters from the font slices instead of empty boxes', SLOW, async () => {
    // 骉 and 晅 are outside the package's chinese-simplified subset; missing glyphs would
    // both draw the same .notdef box, so the two images would be equal.
    const a = await renderShareImage({ ...sample, headline: '骉' });
    const b = await renderShareImage({ ...sample, headline: '晅' });
    expect(a.equals(b)).toBe(false);
  });
});

describe('fallback share image', () => {
  it('is a 1200×630 PNG with the column name in ink and the paper in red', SLOW, async () => {
    const png = await renderFallbackShareImage({ columnTitle: COLUMN });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    const p = await pixels(png);
    expect(inkRows(p).count).toBeGreaterThan(10_000);
    let accent = 0;
    for (let y = 380; y < 470; y++) for (let x = 400; x < 800; x++) if (isAccent(p, x, y)) accent++;
    expect(accent).toBeGreaterThan(1_000);
    expect((await renderFallbackShareImage({ columnTitle: COLUMN })).equals(png)).toBe(true);
  });
});
