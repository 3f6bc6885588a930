/**
 * Cover images for the synthetic corpus: a few abstract "compound" pictures
 * (sky, buildings with windows, trees; no text), rendered once per palette
 * with sharp and then written into every article folder.
 */
import sharp from 'sharp';
import type { Rng } from './prng.ts';
import { COVER_PALETTES } from './corpus-vocabulary.ts';

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 800;

export interface CoverVariant {
  /** Colour name, used in the alt text. */
  name: string;
  jpeg: Buffer;
}

/**
 * The scene, drawn on a 1200-unit-wide canvas of the output's proportions and
 * rendered at `size` (the cover's own size by default).
 */
export function sceneSvg(
  rng: Rng,
  colors: readonly [string, string, string, string, string],
  size: { width: number; height: number } = { width: COVER_WIDTH, height: COVER_HEIGHT },
): string {
  const [sky, ground, building, accent, tree] = colors;
  const W = COVER_WIDTH;
  const H = Math.round((W * size.height) / size.width);
  const horizon = Math.round(H * 0.7);
  const parts: string[] = [];
  parts.push(
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>`,
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
    `<circle cx="${rng.int(120, 1080)}" cy="${rng.int(80, 180)}" r="${rng.int(40, 70)}" fill="${accent}" opacity="0.85"/>`,
    `<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${ground}"/>`,
  );
  // Buildings with rows of windows: enough edges to look like a photo-sized JPEG.
  let x = rng.int(10, 40);
  while (x < W - 80) {
    const width = rng.int(110, 190);
    const height = rng.int(200, 420);
    const top = horizon - height;
    parts.push(
      `<rect x="${x}" y="${top}" width="${width}" height="${height}" fill="${building}" stroke="#8a8a8a" stroke-width="2"/>`,
    );
    for (let wy = top + 18; wy < horizon - 30; wy += 44) {
      for (let wx = x + 14; wx < x + width - 24; wx += 38) {
        const lit = rng.chance(0.3);
        parts.push(
          `<rect x="${wx}" y="${wy}" width="16" height="20" fill="${lit ? accent : '#6f8fa6'}" opacity="${lit ? 0.8 : 0.6}"/>`,
        );
      }
    }
    x += width + rng.int(12, 40);
  }
  // Trees along the front.
  for (let i = 0; i < 14; i++) {
    const cx = rng.int(0, W);
    const cy = rng.int(horizon + 20, H - 40);
    const r = rng.int(28, 60);
    parts.push(
      `<rect x="${cx - 5}" y="${cy}" width="10" height="${r + 10}" fill="#6b4f3a"/>`,
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${tree}" opacity="0.9"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

/** One JPEG per palette, in palette order; the same Rng always gives the same bytes. */
export async function renderCovers(rng: Rng): Promise<CoverVariant[]> {
  // Draw every SVG first so the Rng is consumed in a fixed order, then encode in parallel.
  const svgs = COVER_PALETTES.map((palette) => sceneSvg(rng, palette.colors));
  const jpegs = await Promise.all(
    svgs.map((svg) => sharp(Buffer.from(svg)).jpeg({ quality: 62 }).toBuffer()),
  );
  return COVER_PALETTES.map((palette, i) => ({ name: palette.name, jpeg: jpegs[i] as Buffer }));
}
